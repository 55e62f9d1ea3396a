package dev.xtp4j.codec.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.xtp4j.codec.DateTimes;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.msgpack.jackson.dataformat.MessagePackExtensionType;
import org.msgpack.jackson.dataformat.MessagePackGenerator;

/**
 * The XTP value conventions for Jackson, shared by the JSON and the MessagePack mappers:
 *
 * <ul>
 *   <li>{@link OffsetDateTime} and {@link Instant}: RFC 3339 text ({@link DateTimes#format}); in MessagePack a
 *       timestamp extension (type −1); both forms are read in either format;</li>
 *   <li>{@link Optional}: the three states of an optional and nullable field: a {@code null} reference is an absent
 *       key, {@code Optional.empty()} is {@code null}, {@code Optional.of(v)} is {@code v};</li>
 *   <li>{@code byte[]}: base64 text (standard alphabet, padding optional) in both formats, MessagePack {@code bin},
 *       or an array of numbers 0 to 255;</li>
 *   <li>{@code byte}: only −128 to 127 (Jackson alone also takes 128 to 255);</li>
 *   <li>JSON only: {@code float} and {@code double} must be finite (JSON has no NaN or infinity).</li>
 * </ul>
 */
public final class XtpJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the module.
     *
     * @param json true for the JSON mapper (floats must be finite), false for MessagePack
     */
    public XtpJacksonModule(boolean json) {
        super("xtp4j-conventions");
        addSerializer(OffsetDateTime.class, new DateTimeSerializer<>(OffsetDateTime.class));
        addSerializer(Instant.class, new DateTimeSerializer<>(Instant.class));
        addDeserializer(OffsetDateTime.class, new DateTimeDeserializer<>(OffsetDateTime.class));
        addDeserializer(Instant.class, new DateTimeDeserializer<>(Instant.class));
        addSerializer(rawOptional(), new OptionalSerializer(null));
        addDeserializer(rawOptional(), new OptionalDeserializer(null));
        addDeserializer(byte[].class, new BytesDeserializer());
        addDeserializer(Byte.class, new StrictByteDeserializer(Byte.class));
        addDeserializer(Byte.TYPE, new StrictByteDeserializer(Byte.TYPE));
        if (json) {
            addSerializer(Float.class, new FiniteSerializer(Float.class));
            addSerializer(Float.TYPE, new FiniteSerializer(Float.TYPE));
            addSerializer(Double.class, new FiniteSerializer(Double.class));
            addSerializer(Double.TYPE, new FiniteSerializer(Double.TYPE));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<Optional<?>> rawOptional() {
        return (Class) Optional.class;
    }

    /** Converts whatever date-time type the caller uses to an {@link OffsetDateTime}. */
    private static OffsetDateTime toOffset(Object value) {
        return value instanceof Instant ? ((Instant) value).atOffset(ZoneOffset.UTC) : (OffsetDateTime) value;
    }

    /** RFC 3339 text, or a MessagePack timestamp when the generator writes MessagePack. */
    static final class DateTimeSerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;

        DateTimeSerializer(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            OffsetDateTime dt = toOffset(value);
            if (gen instanceof MessagePackGenerator) {
                ((MessagePackGenerator) gen).writeExtensionType(new MessagePackExtensionType(
                        DateTimes.MSGPACK_TIMESTAMP_TYPE, DateTimes.toMsgpackTimestamp(dt.toInstant())));
                return;
            }
            String text;
            try {
                text = DateTimes.format(dt);
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(gen, e.getMessage(), e);
            }
            gen.writeString(text);
        }
    }

    /** Reads RFC 3339 text or a MessagePack timestamp. */
    static final class DateTimeDeserializer<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final Class<T> type;

        DateTimeDeserializer(Class<T> type) {
            super(type);
            this.type = type;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            OffsetDateTime value;
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String text = p.getText();
                try {
                    value = DateTimes.parse(text);
                } catch (IllegalArgumentException e) {
                    return type.cast(ctxt.handleWeirdStringValue(type, text, "%s", e.getMessage()));
                }
            } else if (p.currentToken() == JsonToken.VALUE_EMBEDDED_OBJECT
                    && p.getEmbeddedObject() instanceof MessagePackExtensionType) {
                MessagePackExtensionType ext = (MessagePackExtensionType) p.getEmbeddedObject();
                if (ext.getType() != DateTimes.MSGPACK_TIMESTAMP_TYPE) {
                    return type.cast(ctxt.reportInputMismatch(this, "expected a timestamp (extension type -1), "
                            + "found extension type %d", ext.getType()));
                }
                try {
                    value = DateTimes.fromMsgpackTimestamp(ext.getData()).atOffset(ZoneOffset.UTC);
                } catch (IllegalArgumentException e) {
                    return type.cast(ctxt.reportInputMismatch(this, "%s", e.getMessage()));
                }
            } else {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            return type.cast(type == Instant.class ? value.toInstant() : value);
        }
    }

    /** {@code Optional.empty()} is written as {@code null}; a present value with its own serializer. */
    static final class OptionalSerializer extends StdSerializer<Optional<?>> implements ContextualSerializer {
        private static final long serialVersionUID = 1L;
        private final JsonSerializer<Object> content;

        OptionalSerializer(JsonSerializer<Object> content) {
            super(rawOptional());
            this.content = content;
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider prov, BeanProperty property)
                throws JsonMappingException {
            if (property == null) {
                return this;
            }
            JavaType contentType = property.getType().containedTypeOrUnknown(0);
            if (contentType.isJavaLangObject() || contentType.isAbstract() || contentType.isInterface()) {
                return this; // look the serializer up by the runtime class of each value
            }
            return new OptionalSerializer(prov.findValueSerializer(contentType, property));
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Optional<?> value) {
            return value == null || value.isEmpty();
        }

        @Override
        public void serialize(Optional<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.isEmpty()) {
                gen.writeNull();
            } else if (content != null) {
                content.serialize(value.get(), gen, provider);
            } else {
                provider.findValueSerializer(value.get().getClass()).serialize(value.get(), gen, provider);
            }
        }
    }

    /** {@code null} reads as {@code Optional.empty()}, an absent key as a {@code null} reference. */
    static final class OptionalDeserializer extends StdDeserializer<Optional<?>> implements ContextualDeserializer {
        private static final long serialVersionUID = 1L;
        private final JsonDeserializer<Object> content;

        OptionalDeserializer(JsonDeserializer<Object> content) {
            super(rawOptional());
            this.content = content;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            JavaType type = ctxt.getContextualType();
            if (type == null && property != null) {
                type = property.getType();
            }
            JavaType contentType = type == null ? ctxt.constructType(Object.class) : type.containedTypeOrUnknown(0);
            return new OptionalDeserializer(ctxt.findContextualValueDeserializer(contentType, property));
        }

        @Override
        public Optional<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonDeserializer<Object> d = content != null ? content
                    : ctxt.findRootValueDeserializer(ctxt.constructType(Object.class));
            return Optional.ofNullable(d.deserialize(p, ctxt));
        }

        @Override
        public Optional<?> getNullValue(DeserializationContext ctxt) {
            return Optional.empty();
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return null;
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return Optional.empty();
        }
    }

    /**
     * Bytes from base64 text (JSON's form; also accepted in MessagePack, where the MessagePack library alone would
     * take a str's UTF-8 bytes), from binary data (MessagePack {@code bin}), or from an array of numbers 0 to 255.
     */
    static final class BytesDeserializer extends StdDeserializer<byte[]> {
        private static final long serialVersionUID = 1L;

        BytesDeserializer() {
            super(byte[].class);
        }

        @Override
        public byte[] deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            switch (p.currentToken()) {
                case VALUE_STRING:
                    String text = p.getText();
                    try {
                        return java.util.Base64.getDecoder().decode(text);
                    } catch (IllegalArgumentException e) {
                        return (byte[]) ctxt.handleWeirdStringValue(byte[].class, text,
                                "not base64 (standard alphabet, padding optional): %s", e.getMessage());
                    }
                case VALUE_EMBEDDED_OBJECT:
                    if (p.getEmbeddedObject() instanceof byte[]) {
                        return (byte[]) p.getEmbeddedObject();
                    }
                    return (byte[]) ctxt.handleUnexpectedToken(byte[].class, p);
                case START_ARRAY:
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                        if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                                || p.getIntValue() < 0 || p.getIntValue() > 255) {
                            return (byte[]) ctxt.reportInputMismatch(this, "expected a byte 0-255 in the array, "
                                    + "found %s", p.getText());
                        }
                        out.write(p.getIntValue());
                    }
                    return out.toByteArray();
                default:
                    return (byte[]) ctxt.handleUnexpectedToken(byte[].class, p);
            }
        }
    }

    /** A byte is −128 to 127; Jackson alone also accepts 128 to 255. */
    static final class StrictByteDeserializer extends StdDeserializer<Byte> {
        private static final long serialVersionUID = 1L;
        private final boolean primitive;

        StrictByteDeserializer(Class<?> type) {
            super(type);
            this.primitive = type.isPrimitive();
        }

        @Override
        public Byte deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return (Byte) ctxt.handleUnexpectedToken(handledType(), p);
            }
            if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() < Byte.MIN_VALUE
                    || p.getIntValue() > Byte.MAX_VALUE) {
                return (Byte) ctxt.handleWeirdNumberValue(handledType(), p.getNumberValue(),
                        "out of range for a byte [-128, 127]");
            }
            return (byte) p.getIntValue();
        }

        @Override
        public Byte getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            if (primitive) {
                return (Byte) ctxt.reportInputMismatch(this, "null for a primitive byte");
            }
            return null;
        }
    }

    /** JSON has no NaN or infinity: fail instead of writing Jackson's non-standard tokens or strings. */
    static final class FiniteSerializer extends StdSerializer<Number> {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings({"unchecked", "rawtypes"})
        FiniteSerializer(Class<?> type) {
            super((Class) type);
        }

        @Override
        public void serialize(Number value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            double d = value.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw JsonMappingException.from(gen, "JSON has no NaN or infinity, cannot write " + value
                        + " (use MessagePack or Karmem for non-finite numbers)");
            }
            if (value instanceof Float) {
                gen.writeNumber(value.floatValue());
            } else {
                gen.writeNumber(d);
            }
        }
    }
}
