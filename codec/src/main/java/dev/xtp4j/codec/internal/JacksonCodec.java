package dev.xtp4j.codec.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.xtp4j.codec.Codec;
import dev.xtp4j.codec.CodecException;
import dev.xtp4j.codec.ContentType;
import dev.xtp4j.codec.XtpJackson;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * JSON or MessagePack through a Jackson mapper configured by {@link XtpJackson}.
 *
 * @param <T> the value type
 */
public final class JacksonCodec<T> implements Codec<T> {
    private final ContentType contentType;
    private final ObjectReader reader;
    private final ObjectWriter writer;
    private final boolean nullable;

    /**
     * Creates a codec.
     *
     * @param contentType {@link ContentType#JSON} or {@link ContentType#MSGPACK}
     * @param mapper      the mapper of that format
     * @param type        the value type
     * @param nullable    whether {@code null} is a valid value (JSON {@code null}, MessagePack nil)
     */
    public JacksonCodec(ContentType contentType, ObjectMapper mapper, Type type, boolean nullable) {
        this.contentType = contentType;
        JavaType javaType = mapper.constructType(type);
        this.reader = mapper.readerFor(javaType);
        this.writer = mapper.writerFor(javaType);
        this.nullable = nullable;
    }

    @Override
    public ContentType contentType() {
        return contentType;
    }

    @Override
    public byte[] encode(T value) {
        if (value == null && !nullable) {
            throw new CodecException(contentType, CodecException.Operation.ENCODE, "",
                    "null, but the value is not nullable", null);
        }
        try {
            return writer.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw translate(CodecException.Operation.ENCODE, e);
        } catch (RuntimeException e) {
            throw new CodecException(contentType, CodecException.Operation.ENCODE, "", String.valueOf(e), e);
        }
    }

    @Override
    public T decode(byte[] bytes) {
        if (contentType == ContentType.MSGPACK) {
            XtpJackson.checkMessagePack(bytes);
        }
        T value;
        try {
            value = reader.readValue(bytes);
        } catch (JsonProcessingException e) {
            throw translate(CodecException.Operation.DECODE, e);
        } catch (IOException | RuntimeException e) {
            throw new CodecException(contentType, CodecException.Operation.DECODE, "", String.valueOf(e), e);
        }
        if (value == null && !nullable) {
            throw new CodecException(contentType, CodecException.Operation.DECODE, "",
                    "null, but the value is not nullable", null);
        }
        return value;
    }

    private CodecException translate(CodecException.Operation op, JsonProcessingException e) {
        String location = "";
        if (e instanceof DatabindException) {
            location = pointer((JsonMappingException) e);
        }
        if (location.isEmpty()) {
            location = position(e.getLocation());
        }
        String detail = e.getOriginalMessage();
        return new CodecException(contentType, op, location, detail == null ? e.toString() : detail, e);
    }

    private String position(JsonLocation at) {
        if (at == null || at == JsonLocation.NA) {
            return "";
        }
        if (contentType == ContentType.JSON && at.getLineNr() > 0) {
            return "line " + at.getLineNr() + ", column " + at.getColumnNr();
        }
        return at.getByteOffset() >= 0 ? "byte " + at.getByteOffset() : "";
    }

    /**
     * Turns Jackson's reference chain into an RFC 6901 JSON pointer.
     *
     * @param e the exception
     * @return e.g. {@code /items/2/price}, or empty for the root
     */
    static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            sb.append('/');
            if (ref.getFieldName() != null) {
                sb.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (ref.getIndex() >= 0) {
                sb.append(ref.getIndex());
            } else {
                sb.append('?');
            }
        }
        return sb.toString();
    }
}
