package dev.xtp4j.schema.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.xtp4j.codec.DateTimes;
import dev.xtp4j.codec.UnknownKeys;
import dev.xtp4j.schema.model.ArrayType;
import dev.xtp4j.schema.model.BufferType;
import dev.xtp4j.schema.model.ByteStringType;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.EnumValue;
import dev.xtp4j.schema.model.Field;
import dev.xtp4j.schema.model.IntegerFormat;
import dev.xtp4j.schema.model.IntegerType;
import dev.xtp4j.schema.model.MapType;
import dev.xtp4j.schema.model.NumberFormat;
import dev.xtp4j.schema.model.NumberType;
import dev.xtp4j.schema.model.ObjectType;
import dev.xtp4j.schema.model.XtpType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.msgpack.jackson.dataformat.MessagePackExtensionType;

/**
 * Type-directed conversion of untyped JSON (a Jackson tree) into a typed value, with the rules of the xtp4j spec
 * (wave-and-json-coercion, section 13). Accepted, per target type:
 *
 * <table>
 *   <caption>Accepted JSON per target</caption>
 *   <tr><th>target</th><th>accepted</th></tr>
 *   <tr><td>{@code string}</td><td>a string</td></tr>
 *   <tr><td>{@code date-time}</td><td>an RFC 3339 string (also a MessagePack timestamp)</td></tr>
 *   <tr><td>{@code buffer}, {@code byte}</td><td>a base64 string (standard alphabet, padded or not), a DAG-JSON
 *       {@code {"/": {"bytes": "<base64>"}}}, an array of integers 0–255, or binary data (MessagePack)</td></tr>
 *   <tr><td>{@code boolean}</td><td>{@code true}, {@code false}</td></tr>
 *   <tr><td>{@code integer}</td><td>an integer in the format's range, or a number with an integral value
 *       ({@code 5.0})</td></tr>
 *   <tr><td>{@code float}, {@code double}</td><td>any finite number within the range of the format (integers
 *       are converted, rounding to nearest)</td></tr>
 *   <tr><td>{@code enum}</td><td>a string equal to one of the values</td></tr>
 *   <tr><td>{@code array}</td><td>an array, item by item</td></tr>
 *   <tr><td>map</td><td>an object, each value converted with the map's value type</td></tr>
 *   <tr><td>free-form object</td><td>any object</td></tr>
 *   <tr><td>object</td><td>an object by property name: a missing optional key is absent; {@code null} is null for
 *       a nullable field and absent for an optional one; unknown keys are errors or ignored
 *       ({@link Builder#unknownKeys})</td></tr>
 *   <tr><td>nullable place</td><td>also {@code null}</td></tr>
 * </table>
 *
 * <p>Everything else is rejected with a {@link ValueException} that names the JSON pointer, the expected type and
 * what was found: no numbers from strings, no strings from numbers, no booleans from anything but booleans, no
 * truncation of fractional numbers, no {@code "null"} strings. Immutable and thread-safe.
 */
public final class JsonCoercion {
    private static final JsonCoercion DEFAULTS = builder().build();
    private static final int MAX_INTEGER_DIGITS = 40;

    private final UnknownKeys unknownKeys;

    private JsonCoercion(Builder b) {
        this.unknownKeys = b.unknownKeys;
    }

    /**
     * Returns the default rules: unknown object keys are errors.
     *
     * @return the rules
     */
    public static JsonCoercion defaults() {
        return DEFAULTS;
    }

    /**
     * Starts a set of rules.
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns what happens to object keys that the type does not declare.
     *
     * @return the policy
     */
    public UnknownKeys unknownKeys() {
        return unknownKeys;
    }

    /**
     * Converts a JSON tree into a value of a type.
     *
     * @param json     the tree
     * @param type     the target type
     * @param nullable whether {@code null} is accepted (a nullable parameter, item or value)
     * @return the value
     * @throws ValueException naming the JSON pointer, the expected type and what was found
     */
    public XtpValue coerce(JsonNode json, XtpType type, boolean nullable) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        return value(json, type, nullable, "");
    }

    private XtpValue value(JsonNode node, XtpType declared, boolean nullable, String at) {
        XtpType type = declared.resolved();
        if (node.isNull() || node.isMissingNode()) {
            if (nullable) {
                return new NullValue(type);
            }
            throw mismatch(at, declared, false, node);
        }
        switch (type.kind()) {
            case STRING:
                if (node.isTextual()) {
                    return new StringValue(node.textValue());
                }
                break;
            case DATE_TIME:
                return dateTime(node, declared, nullable, at);
            case BYTE_STRING:
            case BUFFER:
                return bytes(node, type, declared, at);
            case BOOLEAN:
                if (node.isBoolean()) {
                    return BooleanValue.of(node.booleanValue());
                }
                break;
            case INTEGER:
                return integer(node, (IntegerType) type, nullable, at);
            case NUMBER:
                return number(node, (NumberType) type, nullable, at);
            case ENUM:
                return enumCase(node, (EnumType) type, nullable, at);
            case ARRAY:
                if (node.isArray()) {
                    ArrayType a = (ArrayType) type;
                    List<XtpValue> items = new ArrayList<>(node.size());
                    for (int i = 0; i < node.size(); i++) {
                        items.add(value(node.get(i), a.items(), a.nullableItems(), ValueException.child(at, i)));
                    }
                    return new ArrayValue(a, items);
                }
                break;
            case MAP:
                if (node.isObject()) {
                    MapType m = (MapType) type;
                    Map<String, XtpValue> entries = new LinkedHashMap<>();
                    for (Map.Entry<String, JsonNode> e : node.properties()) {
                        entries.put(e.getKey(), value(e.getValue(), m.values(), m.nullableValues(),
                                ValueException.child(at, e.getKey())));
                    }
                    return new MapValue(m, entries);
                }
                break;
            case FREE_FORM_OBJECT:
                if (node.isObject()) {
                    return new FreeFormValue((ObjectNode) node);
                }
                break;
            case OBJECT:
                if (node.isObject()) {
                    return object((ObjectNode) node, (ObjectType) type, at);
                }
                break;
            default:
                break;
        }
        throw mismatch(at, declared, nullable, node);
    }

    private XtpValue dateTime(JsonNode node, XtpType declared, boolean nullable, String at) {
        if (node.isTextual()) {
            try {
                return new DateTimeValue(DateTimes.parse(node.textValue()));
            } catch (IllegalArgumentException e) {
                throw new ValueException(at, e.getMessage());
            }
        }
        if (node instanceof POJONode p) {
            Object o = p.getPojo();
            if (o instanceof OffsetDateTime t) {
                return new DateTimeValue(t);
            }
            if (o instanceof Instant t) {
                return new DateTimeValue(t.atOffset(ZoneOffset.UTC));
            }
            if (o instanceof MessagePackExtensionType ext && ext.getType() == DateTimes.MSGPACK_TIMESTAMP_TYPE) {
                try {
                    return DateTimeValue.of(DateTimes.fromMsgpackTimestamp(ext.getData()));
                } catch (IllegalArgumentException e) {
                    throw new ValueException(at, e.getMessage());
                }
            }
        }
        throw mismatch(at, declared, nullable, node);
    }

    private XtpValue bytes(JsonNode node, XtpType type, XtpType declared, String at) {
        byte[] bytes = null;
        if (node.isTextual()) {
            bytes = base64(node.textValue(), at);
        } else if (node.isBinary()) {
            try {
                bytes = node.binaryValue();
            } catch (java.io.IOException e) {
                throw new ValueException(at, "unreadable binary data: " + e.getMessage());
            }
        } else if (node.isArray()) {
            bytes = new byte[node.size()];
            for (int i = 0; i < node.size(); i++) {
                JsonNode b = node.get(i);
                BigInteger v = integral(b);
                if (v == null || v.signum() < 0 || v.compareTo(BigInteger.valueOf(255)) > 0) {
                    throw new ValueException(ValueException.child(at, i), "expected a byte 0-255, found "
                            + describe(b));
                }
                bytes[i] = (byte) v.intValue();
            }
        } else if (node.isObject() && node.size() == 1 && node.get("/") instanceof ObjectNode slash
                && slash.size() == 1 && slash.get("bytes") != null && slash.get("bytes").isTextual()) {
            bytes = base64(slash.get("bytes").textValue(), ValueException.child(ValueException.child(at, "/"),
                    "bytes"));
        }
        if (bytes == null) {
            throw new ValueException(at, "expected " + declared.display() + " (a base64 string, an array of bytes "
                    + "or {\"/\": {\"bytes\": \"<base64>\"}}), found " + describe(node));
        }
        return new BytesValue(type instanceof BufferType ? BufferType.INSTANCE : ByteStringType.INSTANCE, bytes);
    }

    private static byte[] base64(String text, String at) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new ValueException(at, "not base64 (standard alphabet, padding optional): "
                    + abbreviate(text) + " (" + e.getMessage() + ")");
        }
    }

    /** Stands for an integral value with more digits than any integer format holds (not computed exactly). */
    private static final BigInteger TOO_LARGE = new BigInteger("1" + "0".repeat(MAX_INTEGER_DIGITS));

    /**
     * The exact integral value of a number node, {@link #TOO_LARGE} for a huge one, or null if it is not a number
     * with an integral value.
     */
    private static BigInteger integral(JsonNode n) {
        if (n.isIntegralNumber()) {
            return n.bigIntegerValue();
        }
        if (!n.isNumber()) {
            return null;
        }
        if ((n.isDouble() || n.isFloat()) && !Double.isFinite(n.doubleValue())) {
            return null;
        }
        BigDecimal d = n.isBigDecimal() ? n.decimalValue() : new BigDecimal(n.doubleValue());
        if (d.signum() == 0) {
            return BigInteger.ZERO;
        }
        d = d.stripTrailingZeros();
        if (d.scale() > 0) {
            return null;
        }
        if (d.precision() - d.scale() > MAX_INTEGER_DIGITS) {
            return TOO_LARGE;
        }
        return d.toBigIntegerExact();
    }

    private XtpValue integer(JsonNode node, IntegerType type, boolean nullable, String at) {
        if (!node.isNumber()) {
            throw mismatch(at, type, nullable, node);
        }
        IntegerFormat f = type.format();
        BigInteger v = integral(node);
        if (v == TOO_LARGE || v != null && (v.compareTo(f.minValue()) < 0 || v.compareTo(f.maxValue()) > 0)) {
            throw new ValueException(at, abbreviate(node.asText()) + " is out of range for " + f.wireName() + " ["
                    + f.minValue() + ", " + f.maxValue() + "]");
        }
        if (v == null) {
            throw new ValueException(at, "expected " + type.display() + ", found " + describe(node)
                    + ", which is not an integer");
        }
        return IntegerValue.of(f, v);
    }

    private XtpValue number(JsonNode node, NumberType type, boolean nullable, String at) {
        if (!node.isNumber()) {
            throw mismatch(at, type, nullable, node);
        }
        boolean isFloat = type.format() == NumberFormat.FLOAT;
        if (node.isFloat() || node.isDouble()) {
            // binary floats (from Java objects or MessagePack) are taken as they are, NaN and infinities included
            return new NumberValue(type, isFloat ? (double) node.floatValue() : node.doubleValue());
        }
        // integers and exact decimals (JSON text): parse the decimal digits, so the result is correctly rounded
        String text = node.isBigDecimal() ? node.decimalValue().toString() : node.bigIntegerValue().toString();
        double d = isFloat ? Float.parseFloat(text) : Double.parseDouble(text);
        if (!Double.isFinite(d)) {
            throw new ValueException(at, describe(node) + " is out of range for " + type.display());
        }
        return new NumberValue(type, d);
    }

    private XtpValue enumCase(JsonNode node, EnumType type, boolean nullable, String at) {
        if (node.isTextual()) {
            for (EnumValue v : type.values()) {
                if (v.value().equals(node.textValue())) {
                    return new EnumCase(type, v);
                }
            }
            throw new ValueException(at, "expected a value of enum " + type.name() + " " + type.wireValues()
                    + ", found " + describe(node));
        }
        throw mismatch(at, type, nullable, node);
    }

    private XtpValue object(ObjectNode node, ObjectType type, String at) {
        Map<String, XtpValue> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            String here = ValueException.child(at, key);
            Field f = type.field(key).orElse(null);
            if (f == null) {
                if (unknownKeys == UnknownKeys.IGNORE) {
                    continue;
                }
                throw new ValueException(here, "unknown field \"" + key + "\" of object " + type.name() + " "
                        + type.fields().stream().map(Field::name).toList());
            }
            JsonNode v = e.getValue();
            if (v.isNull() && !f.nullable()) {
                if (!f.required()) {
                    continue; // null for an optional, non-nullable field: absent
                }
                throw new ValueException(here, "expected " + f.type().display() + ", found null (field \""
                        + key + "\" of " + type.name() + " is required and not nullable)");
            }
            fields.put(key, value(v, f.type(), f.nullable(), here));
        }
        for (Field f : type.fields()) {
            if (f.required() && !fields.containsKey(f.name())) {
                throw new ValueException(at, "missing required field \"" + f.name() + "\" of object "
                        + type.name());
            }
        }
        return new ObjectValue(type, fields);
    }

    private static ValueException mismatch(String at, XtpType type, boolean nullable, JsonNode found) {
        return new ValueException(at, "expected " + (nullable ? "nullable " : "") + type.display() + ", found "
                + describe(found));
    }

    /** Describes a JSON node for messages: {@code string "abc"}, {@code number 5.5}, {@code an object}. */
    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isNull()) {
            return "null";
        }
        if (n.isTextual()) {
            return "string \"" + abbreviate(n.textValue()) + "\"";
        }
        if (n.isNumber()) {
            return "number " + abbreviate(n.asText());
        }
        if (n.isBoolean()) {
            return "boolean " + n.booleanValue();
        }
        if (n.isArray()) {
            return "an array of " + n.size() + " item" + (n.size() == 1 ? "" : "s");
        }
        if (n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> keys = n.properties().iterator();
            return "an object" + (keys.hasNext() ? " with key \"" + abbreviate(keys.next().getKey()) + "\"" : " {}")
                    + (n.size() > 1 ? " and " + (n.size() - 1) + " more" : "");
        }
        if (n.isBinary()) {
            return "binary data";
        }
        if (n instanceof POJONode p) {
            return p.getPojo() == null ? "null" : "a " + p.getPojo().getClass().getSimpleName();
        }
        return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** Options of a {@link JsonCoercion}. */
    public static final class Builder {
        private UnknownKeys unknownKeys = UnknownKeys.ERROR;

        private Builder() {
        }

        /**
         * Sets what happens to object keys the type does not declare.
         *
         * @param policy {@link UnknownKeys#ERROR} (default) or {@link UnknownKeys#IGNORE}
         * @return this builder
         */
        public Builder unknownKeys(UnknownKeys policy) {
            this.unknownKeys = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Builds the rules.
         *
         * @return the coercion
         */
        public JsonCoercion build() {
            return new JsonCoercion(this);
        }
    }
}
