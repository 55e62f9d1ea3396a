package dev.xtp4j.schema.value;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.xtp4j.codec.DateTimes;
import dev.xtp4j.schema.model.ArrayType;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.Field;
import dev.xtp4j.schema.model.IntegerFormat;
import dev.xtp4j.schema.model.IntegerType;
import dev.xtp4j.schema.model.MapType;
import dev.xtp4j.schema.model.NumberFormat;
import dev.xtp4j.schema.model.NumberType;
import dev.xtp4j.schema.model.ObjectType;
import dev.xtp4j.schema.model.XtpType;
import dev.xtp4j.schema.wave.Wave;
import dev.xtp4j.schema.wave.WaveNameTable;
import dev.xtp4j.schema.wave.WaveParseException;
import dev.xtp4j.schema.wave.WaveType;
import dev.xtp4j.schema.wave.WaveValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Values as WAVE, through the XTP → WIT type mapping (wave-and-json-coercion spec, section 14):
 *
 * <table>
 *   <caption>WIT types of XTP types</caption>
 *   <tr><th>XTP</th><th>WIT</th><th>WAVE example</th></tr>
 *   <tr><td>{@code string}</td><td>{@code string}</td><td>{@code "héllo"}</td></tr>
 *   <tr><td>{@code date-time}</td><td>{@code string}, RFC 3339</td><td>{@code "2024-05-01T12:00:00Z"}</td></tr>
 *   <tr><td>{@code buffer}, {@code byte}</td><td>{@code list<u8>}</td><td>{@code [104, 105]}</td></tr>
 *   <tr><td>{@code boolean}</td><td>{@code bool}</td><td>{@code true}</td></tr>
 *   <tr><td>{@code integer} {@code int8} … {@code uint64}</td><td>{@code s8} … {@code u64}</td><td>{@code -5}</td></tr>
 *   <tr><td>{@code number} {@code float}, {@code double}</td><td>{@code f32}, {@code f64}</td><td>{@code 1.5},
 *       {@code nan}</td></tr>
 *   <tr><td>{@code enum}</td><td>{@code enum}, kebab-case cases</td><td>{@code dark-red}, {@code %none}</td></tr>
 *   <tr><td>{@code array}</td><td>{@code list<T>}</td><td>{@code [1, 2]}</td></tr>
 *   <tr><td>map</td><td>{@code list<tuple<string, V>>}</td><td>{@code [("a", 1)]}</td></tr>
 *   <tr><td>free-form object</td><td>{@code string}, its JSON text</td><td>{@code "{\"k\":1}"}</td></tr>
 *   <tr><td>object</td><td>{@code record}, kebab-case fields</td><td>{@code {user-name: "Ada"}}</td></tr>
 *   <tr><td>nullable, or an optional field</td><td>{@code option<T>}</td><td>{@code none}, {@code some(1)}, or
 *       {@code 1}</td></tr>
 *   <tr><td>optional and nullable field</td><td>{@code option<option<T>>}</td><td>left out (absent),
 *       {@code some(none)} (null), {@code some(5)} (5)</td></tr>
 * </table>
 *
 * <p>Field and case labels come from {@link WaveNameTable} (so {@code userName} is {@code user-name}); a type whose
 * names collide as labels cannot be written in WAVE, and {@link #type} says which two names collide.
 */
public final class XtpWave {
    private XtpWave() {
    }

    /**
     * Returns the WIT type of an XTP type.
     *
     * @param type     the XTP type
     * @param nullable whether the place is nullable ({@code option<T>})
     * @return the WAVE type
     * @throws IllegalArgumentException if two field names of an object, or two values of an enum, map to the same
     *                                  label (the message names both)
     */
    public static WaveType type(XtpType type, boolean nullable) {
        WaveType t = type(type);
        return nullable ? WaveType.option(t) : t;
    }

    private static WaveType type(XtpType declared) {
        XtpType type = declared.resolved();
        switch (type.kind()) {
            case STRING:
            case DATE_TIME:
            case FREE_FORM_OBJECT:
                return WaveType.STRING;
            case BYTE_STRING:
            case BUFFER:
                return WaveType.list(WaveType.U8);
            case BOOLEAN:
                return WaveType.BOOL;
            case INTEGER:
                return integer(((IntegerType) type).format());
            case NUMBER:
                return ((NumberType) type).format() == NumberFormat.FLOAT ? WaveType.F32 : WaveType.F64;
            case ARRAY:
                ArrayType a = (ArrayType) type;
                return WaveType.list(type(a.items(), a.nullableItems()));
            case MAP:
                MapType m = (MapType) type;
                return WaveType.list(WaveType.tuple(WaveType.STRING, type(m.values(), m.nullableValues())));
            case ENUM:
                EnumType e = (EnumType) type;
                return WaveType.enumOf(enumLabels(e).labels().toArray(new String[0]));
            default:
                ObjectType o = (ObjectType) type;
                WaveNameTable labels = fieldLabels(o);
                WaveType.RecordType.Builder record = WaveType.record();
                for (Field f : o.fields()) {
                    WaveType ft = type(f.type());
                    for (int i = levels(f); i > 0; i--) {
                        ft = WaveType.option(ft);
                    }
                    record.field(labels.toLabel(f.name()), ft);
                }
                return record.build();
        }
    }

    private static WaveType integer(IntegerFormat f) {
        switch (f) {
            case INT8:
                return WaveType.S8;
            case INT16:
                return WaveType.S16;
            case INT32:
                return WaveType.S32;
            case INT64:
                return WaveType.S64;
            case UINT8:
                return WaveType.U8;
            case UINT16:
                return WaveType.U16;
            case UINT32:
                return WaveType.U32;
            default:
                return WaveType.U64;
        }
    }

    /** Option levels of a field: one for nullable, one for optional. */
    private static int levels(Field f) {
        return (f.nullable() ? 1 : 0) + (f.required() ? 0 : 1);
    }

    private static WaveNameTable fieldLabels(ObjectType o) {
        try {
            return WaveNameTable.of(o.fields().stream().map(Field::name).toList());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("object " + o.name() + " cannot be written in WAVE: " + e.getMessage(),
                    e);
        }
    }

    private static WaveNameTable enumLabels(EnumType e) {
        try {
            return WaveNameTable.of(e.wireValues());
        } catch (IllegalArgumentException x) {
            throw new IllegalArgumentException("enum " + e.name() + " cannot be written in WAVE: " + x.getMessage(),
                    x);
        }
    }

    // ------------------------------------------------------------------------------------------ to WAVE

    /**
     * Converts a value to a WAVE value.
     *
     * @param value    the value
     * @param nullable whether the place is nullable (the result is then an {@code option})
     * @return the WAVE value
     * @throws ValueException if a date-time cannot be written as RFC 3339
     */
    public static WaveValue toWave(XtpValue value, boolean nullable) {
        Objects.requireNonNull(value, "value");
        if (nullable) {
            return value.isNull() ? WaveValue.none(type(value.type())) : WaveValue.some(base(value, ""));
        }
        if (value.isNull()) {
            throw new ValueException("", "null, but the place is not nullable");
        }
        return base(value, "");
    }

    private static WaveValue slot(XtpValue value, XtpType type, boolean nullable, String at) {
        if (!nullable) {
            return base(value, at);
        }
        return value.isNull() ? WaveValue.none(type(type)) : WaveValue.some(base(value, at));
    }

    private static WaveValue base(XtpValue value, String at) {
        if (value instanceof StringValue s) {
            return WaveValue.string(s.value());
        }
        if (value instanceof BytesValue b) {
            byte[] bytes = b.bytes();
            List<WaveValue> items = new ArrayList<>(bytes.length);
            for (byte x : bytes) {
                items.add(WaveValue.u8(x & 0xFF));
            }
            return WaveValue.list(WaveType.U8, items);
        }
        if (value instanceof DateTimeValue d) {
            try {
                return WaveValue.string(DateTimes.format(d.value()));
            } catch (IllegalArgumentException e) {
                throw new ValueException(at, e.getMessage());
            }
        }
        if (value instanceof BooleanValue b) {
            return WaveValue.bool(b.value());
        }
        if (value instanceof IntegerValue i) {
            long v = i.bits();
            switch (i.format()) {
                case INT8:
                    return WaveValue.s8((int) v);
                case INT16:
                    return WaveValue.s16((int) v);
                case INT32:
                    return WaveValue.s32((int) v);
                case INT64:
                    return WaveValue.s64(v);
                case UINT8:
                    return WaveValue.u8((int) v);
                case UINT16:
                    return WaveValue.u16((int) v);
                case UINT32:
                    return WaveValue.u32(v);
                default:
                    return WaveValue.u64(v);
            }
        }
        if (value instanceof NumberValue n) {
            return n.type().format() == NumberFormat.FLOAT ? WaveValue.f32(n.floatValue()) : WaveValue.f64(n.value());
        }
        if (value instanceof EnumCase e) {
            WaveType.EnumType t = (WaveType.EnumType) type(e.type());
            return WaveValue.enumCase(t, enumLabels(e.type()).toLabel(e.wire()));
        }
        if (value instanceof FreeFormValue f) {
            return WaveValue.string(f.toString());
        }
        if (value instanceof ArrayValue a) {
            ArrayType t = a.type();
            List<WaveValue> items = new ArrayList<>(a.items().size());
            for (int i = 0; i < a.items().size(); i++) {
                items.add(slot(a.items().get(i), t.items(), t.nullableItems(), ValueException.child(at, i)));
            }
            return WaveValue.list(type(t.items(), t.nullableItems()), items);
        }
        if (value instanceof MapValue m) {
            MapType t = m.type();
            WaveType.TupleType entry = WaveType.tuple(WaveType.STRING, type(t.values(), t.nullableValues()));
            List<WaveValue> entries = new ArrayList<>(m.entries().size());
            for (Map.Entry<String, XtpValue> e : m.entries().entrySet()) {
                entries.add(new WaveValue.TupleValue(entry, List.of(WaveValue.string(e.getKey()),
                        slot(e.getValue(), t.values(), t.nullableValues(), ValueException.child(at, e.getKey())))));
            }
            return WaveValue.list(entry, entries);
        }
        ObjectValue o = (ObjectValue) value;
        WaveType.RecordType rt = (WaveType.RecordType) type(o.type());
        WaveNameTable labels = fieldLabels(o.type());
        WaveValue.RecordValue.Builder record = WaveValue.record(rt);
        for (Field f : o.type().fields()) {
            XtpValue v = o.fields().get(f.name());
            String here = ValueException.child(at, f.name());
            String label = labels.toLabel(f.name());
            if (v == null) {
                continue; // absent: the builder leaves the option field none
            }
            WaveValue w;
            if (f.required()) {
                w = slot(v, f.type(), f.nullable(), here);
            } else if (!f.nullable()) {
                w = WaveValue.some(base(v, here));
            } else {
                w = WaveValue.some(slot(v, f.type(), true, here));
            }
            record.set(label, w);
        }
        return record.build();
    }

    /**
     * Prints a value as canonical WAVE.
     *
     * @param value    the value
     * @param nullable whether the place is nullable
     * @return the WAVE text
     */
    public static String print(XtpValue value, boolean nullable) {
        return Wave.print(toWave(value, nullable));
    }

    // ------------------------------------------------------------------------------------------ from WAVE

    /**
     * Parses WAVE text as a value of an XTP type.
     *
     * @param text     the WAVE text
     * @param type     the XTP type
     * @param nullable whether the place is nullable
     * @return the value
     * @throws WaveParseException if the text is not WAVE or does not fit the WIT type (with line and column)
     * @throws ValueException     if it fits the WIT type but not the XTP type (an RFC 3339 string that is not a
     *                            date-time, free-form text that is not a JSON object, a map with a repeated key)
     */
    public static XtpValue parse(String text, XtpType type, boolean nullable) throws WaveParseException {
        return fromWave(Wave.parse(text, type(type, nullable)), type, nullable);
    }

    /**
     * Converts a WAVE value of the mapped type back to an XTP value.
     *
     * @param wave     a value of {@code type(type, nullable)}
     * @param type     the XTP type
     * @param nullable whether the place is nullable
     * @return the value
     * @throws ValueException if the WAVE value does not fit
     */
    public static XtpValue fromWave(WaveValue wave, XtpType type, boolean nullable) {
        return slotFrom(wave, type, nullable, "");
    }

    private static XtpValue slotFrom(WaveValue w, XtpType type, boolean nullable, String at) {
        if (!nullable) {
            return baseFrom(w, type, at);
        }
        WaveValue.OptionValue o = expect(w, WaveValue.OptionValue.class, at, type);
        return o.value().isEmpty() ? new NullValue(type) : baseFrom(o.value().get(), type, at);
    }

    private static <T> T expect(WaveValue w, Class<T> kind, String at, XtpType type) {
        if (!kind.isInstance(w)) {
            throw new ValueException(at, "expected a WAVE value for " + type.display() + ", got " + w.type());
        }
        return kind.cast(w);
    }

    private static XtpValue baseFrom(WaveValue w, XtpType declared, String at) {
        XtpType type = declared.resolved();
        switch (type.kind()) {
            case STRING:
                return new StringValue(expect(w, WaveValue.StringValue.class, at, declared).value());
            case DATE_TIME:
                try {
                    return DateTimeValue.parse(expect(w, WaveValue.StringValue.class, at, declared).value());
                } catch (IllegalArgumentException e) {
                    throw new ValueException(at, e.getMessage());
                }
            case FREE_FORM_OBJECT:
                String json = expect(w, WaveValue.StringValue.class, at, declared).value();
                try {
                    JsonNode node = XtpJson.readTree(json);
                    if (node == null || !node.isObject()) {
                        throw new ValueException(at, "a free-form object is written as the text of a JSON object, "
                                + "not " + JsonCoercion.abbreviate(json));
                    }
                    return FreeFormValue.of(node);
                } catch (JsonProcessingException e) {
                    throw new ValueException(at, "not JSON: " + e.getOriginalMessage());
                }
            case BYTE_STRING:
            case BUFFER:
                WaveValue.ListValue l = expect(w, WaveValue.ListValue.class, at, declared);
                byte[] bytes = new byte[l.size()];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) expect(l.get(i), WaveValue.U8Value.class, at, declared).value();
                }
                return new BytesValue(type, bytes);
            case BOOLEAN:
                return BooleanValue.of(expect(w, WaveValue.BoolValue.class, at, declared).value());
            case INTEGER:
                return integerFrom(w, (IntegerType) type, at);
            case NUMBER:
                if (((NumberType) type).format() == NumberFormat.FLOAT) {
                    return NumberValue.ofFloat(expect(w, WaveValue.F32Value.class, at, declared).value());
                }
                return NumberValue.ofDouble(expect(w, WaveValue.F64Value.class, at, declared).value());
            case ENUM:
                EnumType e = (EnumType) type;
                String label = expect(w, WaveValue.EnumValue.class, at, declared).caseName();
                return EnumCase.of(e, enumLabels(e).toIdentifier(label));
            case ARRAY:
                ArrayType a = (ArrayType) type;
                WaveValue.ListValue list = expect(w, WaveValue.ListValue.class, at, declared);
                List<XtpValue> items = new ArrayList<>(list.size());
                for (int i = 0; i < list.size(); i++) {
                    items.add(slotFrom(list.get(i), a.items(), a.nullableItems(), ValueException.child(at, i)));
                }
                return new ArrayValue(a, items);
            case MAP:
                MapType m = (MapType) type;
                WaveValue.ListValue pairs = expect(w, WaveValue.ListValue.class, at, declared);
                Map<String, XtpValue> entries = new LinkedHashMap<>();
                for (int i = 0; i < pairs.size(); i++) {
                    WaveValue.TupleValue t = expect(pairs.get(i), WaveValue.TupleValue.class, at, declared);
                    String key = expect(t.elements().get(0), WaveValue.StringValue.class, at, declared).value();
                    String here = ValueException.child(at, key);
                    if (entries.containsKey(key)) {
                        throw new ValueException(ValueException.child(at, i), "duplicate map key \"" + key + "\"");
                    }
                    entries.put(key, slotFrom(t.elements().get(1), m.values(), m.nullableValues(), here));
                }
                return new MapValue(m, entries);
            default:
                ObjectType o = (ObjectType) type;
                WaveValue.RecordValue r = expect(w, WaveValue.RecordValue.class, at, declared);
                WaveNameTable labels = fieldLabels(o);
                Map<String, XtpValue> fields = new LinkedHashMap<>();
                for (Field f : o.fields()) {
                    WaveValue fv = r.get(labels.toLabel(f.name()));
                    String here = ValueException.child(at, f.name());
                    if (f.required()) {
                        fields.put(f.name(), slotFrom(fv, f.type(), f.nullable(), here));
                        continue;
                    }
                    WaveValue.OptionValue present = expect(fv, WaveValue.OptionValue.class, here, f.type());
                    if (present.value().isPresent()) {
                        fields.put(f.name(), slotFrom(present.value().get(), f.type(), f.nullable(), here));
                    }
                }
                return new ObjectValue(o, fields);
        }
    }

    private static XtpValue integerFrom(WaveValue w, IntegerType type, String at) {
        IntegerFormat f = type.format();
        long v;
        if (w instanceof WaveValue.S8Value x) {
            v = x.value();
        } else if (w instanceof WaveValue.S16Value x) {
            v = x.value();
        } else if (w instanceof WaveValue.S32Value x) {
            v = x.value();
        } else if (w instanceof WaveValue.S64Value x) {
            v = x.value();
        } else if (w instanceof WaveValue.U8Value x) {
            v = x.value();
        } else if (w instanceof WaveValue.U16Value x) {
            v = x.value();
        } else if (w instanceof WaveValue.U32Value x) {
            v = x.value();
        } else if (w instanceof WaveValue.U64Value x) {
            return new IntegerValue(IntegerType.of(IntegerFormat.UINT64), x.value());
        } else {
            throw new ValueException(at, "expected a WAVE integer for " + f.wireName() + ", got " + w.type());
        }
        try {
            return IntegerValue.of(f, v);
        } catch (IllegalArgumentException e) {
            throw new ValueException(at, e.getMessage());
        }
    }
}
