package dev.xtp4j.schema.value;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.xtp4j.schema.model.IntegerFormat;
import dev.xtp4j.schema.model.NumberFormat;
import dev.xtp4j.schema.model.XtpType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values to and from plain Java objects.
 *
 * <p>{@link #toJava} gives: {@code String}; {@code byte[]}; {@code OffsetDateTime}; {@code Boolean};
 * {@code Integer} for {@code int8}, {@code uint8}, {@code int16}, {@code uint16}, {@code int32}; {@code Long} for
 * {@code uint32} and {@code int64}; {@code Long}, or {@code BigInteger} above {@link Long#MAX_VALUE}, for
 * {@code uint64}; {@code Float}, {@code Double}; the wire {@code String} of an enum; an {@code ArrayList} for an
 * array; a {@code LinkedHashMap} for a map, a free-form object (plain JSON values inside) and an object (present
 * fields only, in field order; {@code null} for null); and {@code null} for {@link NullValue}.
 *
 * <p>{@link #fromJava} takes any object Jackson can map (the plain values above, records, Java enums, lists, maps),
 * turns it into a tree with the XTP conventions and applies the {@link JsonCoercion} rules, so the same value is
 * accepted whether it comes as JSON text or as Java objects.
 */
public final class JavaValues {
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private JavaValues() {
    }

    /**
     * Converts a value to plain Java objects.
     *
     * @param value the value
     * @return the Java object, {@code null} for {@link NullValue}
     */
    public static Object toJava(XtpValue value) {
        if (value instanceof NullValue) {
            return null;
        }
        if (value instanceof StringValue s) {
            return s.value();
        }
        if (value instanceof BytesValue b) {
            return b.bytes();
        }
        if (value instanceof DateTimeValue d) {
            return d.value();
        }
        if (value instanceof BooleanValue b) {
            return b.value();
        }
        if (value instanceof IntegerValue i) {
            IntegerFormat f = i.format();
            if (f == IntegerFormat.UINT64) {
                return i.bits() < 0 ? (Object) i.bigValue() : (Object) i.bits();
            }
            return f == IntegerFormat.UINT32 || f == IntegerFormat.INT64 ? (Object) i.bits() : (Object) (int) i.bits();
        }
        if (value instanceof NumberValue n) {
            return n.type().format() == NumberFormat.FLOAT ? (Object) n.floatValue() : (Object) n.value();
        }
        if (value instanceof EnumCase e) {
            return e.wire();
        }
        if (value instanceof FreeFormValue f) {
            return Mappers.MSGPACK.convertValue(f.json(), MAP);
        }
        if (value instanceof ArrayValue a) {
            List<Object> out = new ArrayList<>(a.items().size());
            for (XtpValue item : a.items()) {
                out.add(toJava(item));
            }
            return out;
        }
        Map<String, XtpValue> entries = value instanceof MapValue m ? m.entries() : ((ObjectValue) value).fields();
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, XtpValue> e : entries.entrySet()) {
            out.put(e.getKey(), toJava(e.getValue()));
        }
        return out;
    }

    /**
     * Converts a Java object to a value of a type, with the default coercion rules.
     *
     * @param value    the object ({@code null} for null)
     * @param type     the type
     * @param nullable whether {@code null} is accepted
     * @return the value
     * @throws ValueException naming the JSON pointer of the part that does not fit
     */
    public static XtpValue fromJava(Object value, XtpType type, boolean nullable) {
        return fromJava(value, type, nullable, JsonCoercion.defaults());
    }

    /**
     * Converts a Java object to a value of a type.
     *
     * @param value    the object ({@code null} for null)
     * @param type     the type
     * @param nullable whether {@code null} is accepted
     * @param coercion the coercion rules
     * @return the value
     * @throws ValueException naming the JSON pointer of the part that does not fit
     */
    public static XtpValue fromJava(Object value, XtpType type, boolean nullable, JsonCoercion coercion) {
        JsonNode tree;
        try {
            tree = value == null ? NullNode.getInstance() : Mappers.MSGPACK.valueToTree(value);
        } catch (IllegalArgumentException e) {
            throw new ValueException("", "cannot convert a " + value.getClass().getName() + ": " + e.getMessage());
        }
        return coercion.coerce(tree, type, nullable);
    }
}
