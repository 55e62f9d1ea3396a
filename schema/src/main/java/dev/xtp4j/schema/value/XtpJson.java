package dev.xtp4j.schema.value;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xtp4j.codec.CodecException;
import dev.xtp4j.codec.ContentType;
import dev.xtp4j.codec.DateTimes;
import dev.xtp4j.schema.model.IntegerFormat;
import dev.xtp4j.schema.model.NumberFormat;
import dev.xtp4j.schema.model.XtpType;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;

/**
 * Values as JSON with the XTP conventions: the canonical JSON of a value ({@link #toJson}), and JSON back to a value
 * through the type-directed {@link JsonCoercion} ({@link #fromJson}, {@link #read}).
 *
 * <p>Canonical JSON: strings as strings; bytes as standard base64 with padding; date-times as RFC 3339
 * ({@link DateTimes#format}); integers as integers ({@code uint64} unsigned); {@code float} with the digits of
 * {@link Float#toString}, {@code double} with those of {@link Double#toString}; enums as their wire string; objects
 * with present fields in field order ({@code null} for null, absent fields left out); maps and free-form objects in
 * their order. NaN and the infinities have no JSON form and are rejected.
 */
public final class XtpJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private XtpJson() {
    }

    /**
     * Returns the canonical JSON tree of a value.
     *
     * @param value the value
     * @return a new tree
     * @throws ValueException if the value holds NaN or an infinity, or a date-time RFC 3339 cannot write (years
     *                        outside 0000–9999)
     */
    public static JsonNode toJson(XtpValue value) {
        return toJson(value, "");
    }

    private static JsonNode toJson(XtpValue value, String at) {
        if (value instanceof NullValue) {
            return NODES.nullNode();
        }
        if (value instanceof StringValue s) {
            return NODES.textNode(s.value());
        }
        if (value instanceof BytesValue b) {
            return NODES.textNode(Base64.getEncoder().encodeToString(b.bytes()));
        }
        if (value instanceof DateTimeValue d) {
            try {
                return NODES.textNode(DateTimes.format(d.value()));
            } catch (IllegalArgumentException e) {
                throw new ValueException(at, e.getMessage());
            }
        }
        if (value instanceof BooleanValue b) {
            return NODES.booleanNode(b.value());
        }
        if (value instanceof IntegerValue i) {
            IntegerFormat f = i.format();
            if (f == IntegerFormat.UINT64 && i.bits() < 0) {
                return NODES.numberNode(i.bigValue());
            }
            return f.bits() <= 32 && f != IntegerFormat.UINT32 ? NODES.numberNode((int) i.bits())
                    : NODES.numberNode(i.bits());
        }
        if (value instanceof NumberValue n) {
            if (!Double.isFinite(n.value())) {
                throw new ValueException(at, "JSON has no NaN or infinity, cannot write " + n);
            }
            return n.type().format() == NumberFormat.FLOAT ? NODES.numberNode(n.floatValue())
                    : NODES.numberNode(n.value());
        }
        if (value instanceof EnumCase e) {
            return NODES.textNode(e.wire());
        }
        if (value instanceof FreeFormValue f) {
            return f.json();
        }
        if (value instanceof ArrayValue a) {
            ArrayNode out = NODES.arrayNode(a.items().size());
            for (int i = 0; i < a.items().size(); i++) {
                out.add(toJson(a.items().get(i), ValueException.child(at, i)));
            }
            return out;
        }
        ObjectNode out = NODES.objectNode();
        Map<String, XtpValue> entries = value instanceof MapValue m ? m.entries() : ((ObjectValue) value).fields();
        for (Map.Entry<String, XtpValue> e : entries.entrySet()) {
            out.set(e.getKey(), toJson(e.getValue(), ValueException.child(at, e.getKey())));
        }
        return out;
    }

    /**
     * Reads a JSON tree as a value of a type, with the default {@link JsonCoercion} (unknown keys are errors).
     *
     * @param json     the tree
     * @param type     the type
     * @param nullable whether {@code null} is accepted
     * @return the value
     * @throws ValueException naming the JSON pointer and the expected type
     */
    public static XtpValue fromJson(JsonNode json, XtpType type, boolean nullable) {
        return JsonCoercion.defaults().coerce(json, type, nullable);
    }

    /**
     * Writes a value as compact JSON text (UTF-8).
     *
     * @param value the value
     * @return the JSON bytes
     * @throws CodecException if the value has no JSON form (NaN, infinity)
     */
    public static byte[] write(XtpValue value) {
        try {
            return Mappers.JSON.writeValueAsBytes(toJson(value));
        } catch (ValueException e) {
            throw new CodecException(ContentType.JSON, CodecException.Operation.ENCODE, e.location(), e.detail(), e);
        } catch (JsonProcessingException e) {
            throw new CodecException(ContentType.JSON, CodecException.Operation.ENCODE, "", e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads JSON text (UTF-8) as a value of a type.
     *
     * @param json      the bytes
     * @param type      the type
     * @param nullable  whether {@code null} is accepted
     * @param coercion  the coercion rules
     * @return the value
     * @throws CodecException for malformed JSON (with line and column) or a value that does not fit (with its JSON
     *                        pointer)
     */
    public static XtpValue read(byte[] json, XtpType type, boolean nullable, JsonCoercion coercion) {
        JsonNode tree;
        try (JsonParser p = Mappers.JSON.getFactory().createParser(json)) {
            tree = readTree(p);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new CodecException(ContentType.JSON, CodecException.Operation.DECODE, where,
                    e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CodecException(ContentType.JSON, CodecException.Operation.DECODE, "", e.toString(), e);
        }
        try {
            return coercion.coerce(tree, type, nullable);
        } catch (ValueException e) {
            throw new CodecException(ContentType.JSON, CodecException.Operation.DECODE, e.location(), e.detail(), e);
        }
    }

    /**
     * Reads JSON text into a tree that keeps numbers exact: integers as integers, other numbers as
     * {@link java.math.BigDecimal}s (so that a {@code float} is rounded once, from the digits), and {@code -0.0} as
     * the negative zero it is. Duplicate keys and trailing content are errors.
     *
     * @param json the JSON text
     * @return the tree
     * @throws JsonProcessingException if the text is not one JSON value
     */
    public static JsonNode readTree(String json) throws JsonProcessingException {
        try (JsonParser p = Mappers.JSON.getFactory().createParser(json)) {
            return readTree(p);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading a String cannot fail with I/O", e);
        }
    }

    private static JsonNode readTree(JsonParser p) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new JsonParseException(p, "no JSON value");
        }
        JsonNode tree = node(p, first);
        JsonToken trailing = p.nextToken();
        if (trailing != null) {
            throw new JsonParseException(p, "Trailing token " + trailing + " after the JSON value");
        }
        return tree;
    }

    private static JsonNode node(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT:
                ObjectNode o = NODES.objectNode();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    o.set(name, node(p, p.nextToken()));
                }
                return o;
            case START_ARRAY:
                ArrayNode a = NODES.arrayNode();
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                    a.add(node(p, v));
                }
                return a;
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                java.math.BigDecimal d = p.getDecimalValue();
                if (d.signum() == 0 && p.getText().startsWith("-")) {
                    return NODES.numberNode(-0.0);
                }
                return NODES.numberNode(d);
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonParseException(p, "unexpected token " + t);
        }
    }
}
