package dev.xtp4j.codec.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xtp4j.codec.Codec;
import dev.xtp4j.codec.CodecException;
import dev.xtp4j.codec.ContentType;
import dev.xtp4j.codec.DateTimes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code text/plain; charset=utf-8}: the UTF-8 bytes of a {@link String}, of an enum's wire string, or of an RFC 3339
 * date-time, without quotes. Decoding rejects malformed UTF-8 instead of replacing it.
 *
 * @param <T> {@code String}, an enum, {@code OffsetDateTime} or {@code Instant}
 */
public final class TextCodec<T> implements Codec<T> {
    private final Class<T> type;
    private final Map<String, Object> constantsByWire;
    private final Map<Object, String> wireByConstant;

    private TextCodec(Class<T> type, Map<String, Object> constantsByWire, Map<Object, String> wireByConstant) {
        this.type = type;
        this.constantsByWire = constantsByWire;
        this.wireByConstant = wireByConstant;
    }

    /**
     * Creates a text codec.
     *
     * @param type   {@code String}, an enum class, {@code OffsetDateTime} or {@code Instant}
     * @param mapper the JSON mapper whose enum names apply
     * @param <T>    the type
     * @return the codec
     * @throws IllegalArgumentException for any other type
     */
    public static <T> TextCodec<T> of(Class<T> type, ObjectMapper mapper) {
        if (type == String.class || type == OffsetDateTime.class || type == Instant.class) {
            return new TextCodec<>(type, Map.of(), Map.of());
        }
        if (type.isEnum()) {
            Map<String, Object> byWire = new LinkedHashMap<>();
            Map<Object, String> byConstant = new LinkedHashMap<>();
            for (T constant : type.getEnumConstants()) {
                String wire = mapper.convertValue(constant, String.class);
                byWire.put(wire, constant);
                byConstant.put(constant, wire);
            }
            return new TextCodec<>(type, byWire, byConstant);
        }
        throw new IllegalArgumentException("text/plain carries a String, an enum or a date-time, not " + type.getName());
    }

    @Override
    public ContentType contentType() {
        return ContentType.TEXT;
    }

    @Override
    public byte[] encode(T value) {
        if (value == null) {
            throw fail(CodecException.Operation.ENCODE, "", "null cannot be sent as text");
        }
        String text;
        if (value instanceof String) {
            text = (String) value;
            int bad = Utf8.firstUnpairedSurrogate(text);
            if (bad >= 0) {
                throw fail(CodecException.Operation.ENCODE, "character " + bad,
                        "unpaired surrogate, which UTF-8 cannot carry");
            }
        } else if (value instanceof OffsetDateTime || value instanceof Instant) {
            OffsetDateTime dt = value instanceof Instant ? ((Instant) value).atOffset(java.time.ZoneOffset.UTC)
                    : (OffsetDateTime) value;
            try {
                text = DateTimes.format(dt);
            } catch (IllegalArgumentException e) {
                throw fail(CodecException.Operation.ENCODE, "", e.getMessage());
            }
        } else {
            text = wireByConstant.get(value);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public T decode(byte[] bytes) {
        int bad = Utf8.firstInvalid(bytes, 0, bytes.length);
        if (bad >= 0) {
            throw fail(CodecException.Operation.DECODE, "byte " + bad,
                    "not well-formed UTF-8 (0x" + Integer.toHexString(bytes[bad] & 0xFF) + ")");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (type == String.class) {
            return type.cast(text);
        }
        if (type == OffsetDateTime.class || type == Instant.class) {
            try {
                OffsetDateTime dt = DateTimes.parse(text);
                return type.cast(type == Instant.class ? dt.toInstant() : dt);
            } catch (IllegalArgumentException e) {
                throw fail(CodecException.Operation.DECODE, "", e.getMessage());
            }
        }
        Object constant = constantsByWire.get(text);
        if (constant == null) {
            throw fail(CodecException.Operation.DECODE, "", "\"" + abbreviate(text) + "\" is not a value of "
                    + type.getSimpleName() + " " + constantsByWire.keySet());
        }
        return type.cast(constant);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static CodecException fail(CodecException.Operation op, String location, String detail) {
        return new CodecException(ContentType.TEXT, op, location, detail, null);
    }
}
