package dev.xtp4j.schema.karmem;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.xtp4j.codec.DateTimes;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.IntegerFormat;
import dev.xtp4j.schema.model.IntegerType;
import dev.xtp4j.schema.model.NumberFormat;
import dev.xtp4j.schema.model.NumberType;
import dev.xtp4j.schema.model.XtpType;
import dev.xtp4j.schema.value.ArrayValue;
import dev.xtp4j.schema.value.BooleanValue;
import dev.xtp4j.schema.value.BytesValue;
import dev.xtp4j.schema.value.DateTimeValue;
import dev.xtp4j.schema.value.EnumCase;
import dev.xtp4j.schema.value.FreeFormValue;
import dev.xtp4j.schema.value.IntegerValue;
import dev.xtp4j.schema.value.MapValue;
import dev.xtp4j.schema.value.NullValue;
import dev.xtp4j.schema.value.NumberValue;
import dev.xtp4j.schema.value.ObjectValue;
import dev.xtp4j.schema.value.StringValue;
import dev.xtp4j.schema.value.ValueException;
import dev.xtp4j.schema.value.XtpJson;
import dev.xtp4j.schema.value.XtpValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed values to and from the plain Java values of the dynamic Karmem codec
 * ({@code dev.xtp4j.karmem.codec.KarmemCodec}: maps keyed by Karmem field names, lists, boxed scalars), following
 * the {@link Shape}s of a derivation.
 */
final class KarmemValues {
    private KarmemValues() {
    }

    // ------------------------------------------------------------------------------------------ to Karmem

    /** The Karmem value of a slot; {@code value} is null when an optional field is absent. */
    static Object toKarmem(Shape.Slot slot, XtpValue value, String at) {
        switch (slot.levels()) {
            case 0:
                return base(slot.base(), value, at);
            case 1:
                if (value == null || value.isNull()) {
                    return List.of();
                }
                return List.of(box(base(slot.base(), value, at)));
            default:
                if (value == null) {
                    return List.of();
                }
                if (value.isNull()) {
                    return List.of(box(List.of()));
                }
                return List.of(box(List.of(box(base(slot.base(), value, at)))));
        }
    }

    private static Map<String, Object> box(Object value) {
        Map<String, Object> m = new LinkedHashMap<>(2);
        m.put(Shape.VALUE, value);
        return m;
    }

    private static Object base(Shape shape, XtpValue value, String at) {
        if (shape instanceof Shape.Scalar) {
            if (value instanceof BooleanValue b) {
                return b.value();
            }
            if (value instanceof IntegerValue i) {
                return i.format() == IntegerFormat.UINT64 && i.bits() < 0 ? (Object) i.bigValue() : (Object) i.bits();
            }
            NumberValue n = (NumberValue) value;
            return n.type().format() == NumberFormat.FLOAT ? (Object) n.floatValue() : (Object) n.value();
        }
        if (shape instanceof Shape.Text) {
            return ((StringValue) value).value();
        }
        if (shape instanceof Shape.Bytes) {
            return ((BytesValue) value).bytes();
        }
        if (shape instanceof Shape.DateTime) {
            try {
                return Map.of(Shape.UNIX_MICROS, DateTimes.toUnixMicros(((DateTimeValue) value).value()));
            } catch (IllegalArgumentException e) {
                throw new ValueException(at, e.getMessage());
            }
        }
        if (shape instanceof Shape.Json) {
            return Map.of(Shape.TEXT, value.toString());
        }
        if (shape instanceof Shape.Enum) {
            return ((EnumCase) value).ordinal();
        }
        if (shape instanceof Shape.Sequence s) {
            List<XtpValue> items = ((ArrayValue) value).items();
            List<Object> out = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                String here = at + "/" + i;
                Object v = toKarmem(s.item(), items.get(i), here);
                out.add(s.box() == null ? v : box(v));
            }
            return out;
        }
        if (shape instanceof Shape.Entries e) {
            List<Object> out = new ArrayList<>();
            for (Map.Entry<String, XtpValue> entry : ((MapValue) value).entries().entrySet()) {
                Map<String, Object> m = new LinkedHashMap<>(4);
                m.put(Shape.KEY, entry.getKey());
                m.put(Shape.VALUE, toKarmem(e.value(), entry.getValue(), pointer(at, entry.getKey())));
                out.add(m);
            }
            return out;
        }
        Shape.Table t = (Shape.Table) shape;
        ObjectValue o = (ObjectValue) value;
        Map<String, Object> m = new LinkedHashMap<>();
        for (Shape.FieldShape f : t.fields()) {
            XtpValue v = o.fields().get(f.field().name());
            m.put(f.name(), toKarmem(f.slot(), v, pointer(at, f.field().name())));
        }
        return m;
    }

    private static String pointer(String at, String key) {
        return at + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    // ------------------------------------------------------------------------------------------ from Karmem

    /** Marks an absent optional field. */
    static final Object ABSENT = new Object();

    /** The value of a slot, {@link #ABSENT} for an absent optional field. */
    static Object fromKarmem(Shape.Slot slot, XtpType type, Object karmem, String at) {
        switch (slot.levels()) {
            case 0:
                return base(slot.base(), type, karmem, at);
            case 1:
                List<?> one = (List<?>) karmem;
                if (one.isEmpty()) {
                    return slot.nullable() ? new NullValue(type) : ABSENT;
                }
                return base(slot.base(), type, unbox(one.get(0)), at);
            default:
                List<?> outer = (List<?>) karmem;
                if (outer.isEmpty()) {
                    return ABSENT;
                }
                List<?> inner = (List<?>) unbox(outer.get(0));
                if (inner.isEmpty()) {
                    return new NullValue(type);
                }
                return base(slot.base(), type, unbox(inner.get(0)), at);
        }
    }

    private static Object unbox(Object box) {
        return ((Map<?, ?>) box).get(Shape.VALUE);
    }

    private static XtpValue base(Shape shape, XtpType declared, Object k, String at) {
        XtpType type = declared.resolved();
        if (shape instanceof Shape.Scalar) {
            if (type instanceof IntegerType it) {
                BigInteger v = k instanceof BigInteger b ? b : BigInteger.valueOf(((Number) k).longValue());
                if (it.format() == IntegerFormat.UINT64 && v.signum() < 0) {
                    v = v.add(BigInteger.ONE.shiftLeft(64));
                }
                return IntegerValue.of(it.format(), v);
            }
            if (type instanceof NumberType nt) {
                return nt.format() == NumberFormat.FLOAT ? NumberValue.ofFloat(((Number) k).floatValue())
                        : NumberValue.ofDouble(((Number) k).doubleValue());
            }
            return BooleanValue.of((Boolean) k);
        }
        if (shape instanceof Shape.Text) {
            return new StringValue((String) k);
        }
        if (shape instanceof Shape.Bytes) {
            return new BytesValue(type, (byte[]) k);
        }
        if (shape instanceof Shape.DateTime) {
            long micros = ((Number) ((Map<?, ?>) k).get(Shape.UNIX_MICROS)).longValue();
            return new DateTimeValue(DateTimes.fromUnixMicros(micros));
        }
        if (shape instanceof Shape.Json) {
            String json = (String) ((Map<?, ?>) k).get(Shape.TEXT);
            try {
                return XtpJson.fromJson(XtpJson.readTree(json.isEmpty() ? "{}" : json), type, false);
            } catch (JsonProcessingException e) {
                throw new ValueException(at, "the free-form JSON text is not JSON: " + e.getOriginalMessage());
            }
        }
        if (shape instanceof Shape.Enum) {
            EnumType e = (EnumType) type;
            int position = ((Number) k).intValue();
            if (position < 0 || position >= e.values().size()) {
                throw new ValueException(at, "value " + k + " is not an entry of enum " + e.name());
            }
            return new EnumCase(e, e.values().get(position));
        }
        if (shape instanceof Shape.Sequence s) {
            List<?> items = (List<?>) k;
            List<XtpValue> out = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                Object item = s.box() == null ? items.get(i) : unbox(items.get(i));
                out.add((XtpValue) fromKarmem(s.item(), s.type().items(), item, at + "/" + i));
            }
            return new ArrayValue(s.type(), out);
        }
        if (shape instanceof Shape.Entries e) {
            Map<String, XtpValue> out = new LinkedHashMap<>();
            List<?> entries = (List<?>) k;
            for (int i = 0; i < entries.size(); i++) {
                Map<?, ?> entry = (Map<?, ?>) entries.get(i);
                String key = (String) entry.get(Shape.KEY);
                if (out.containsKey(key)) {
                    throw new ValueException(at + "/" + i, "duplicate map key \"" + key + "\"");
                }
                out.put(key, (XtpValue) fromKarmem(e.value(), e.type().values(), entry.get(Shape.VALUE),
                        pointer(at, key)));
            }
            return new MapValue(e.type(), out);
        }
        Shape.Table t = (Shape.Table) shape;
        Map<?, ?> m = (Map<?, ?>) k;
        Map<String, XtpValue> fields = new LinkedHashMap<>();
        for (Shape.FieldShape f : t.fields()) {
            String here = pointer(at, f.field().name());
            Object v = fromKarmem(f.slot(), f.field().type(), m.get(f.name()), here);
            if (v != ABSENT) {
                fields.put(f.field().name(), (XtpValue) v);
            }
        }
        try {
            return new ObjectValue(t.type(), fields);
        } catch (IllegalArgumentException e) {
            throw new ValueException(at, e.getMessage());
        }
    }

}
