package dev.xtp4j.schema.value;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.xtp4j.codec.CodecException;
import dev.xtp4j.codec.ContentType;
import dev.xtp4j.codec.XtpJackson;
import dev.xtp4j.schema.model.XtpType;
import java.io.IOException;

/**
 * Values as MessagePack, with the same value mapping as JSON (see {@code docs/codecs.md}): bytes as {@code bin},
 * date-times as timestamp extensions (type −1), {@code float} as float32, {@code uint64} as uint 64, enums as their
 * wire string, objects and maps as maps with string keys. Decoding checks the bytes first
 * ({@link XtpJackson#checkMessagePack}) and then applies the {@link JsonCoercion} rules.
 */
public final class MsgpackValues {
    private MsgpackValues() {
    }

    /**
     * Encodes a value.
     *
     * @param value the value
     * @return the MessagePack bytes
     * @throws CodecException if Jackson cannot write it
     */
    public static byte[] write(XtpValue value) {
        try {
            return Mappers.MSGPACK.writeValueAsBytes(JavaValues.toJava(value));
        } catch (JsonProcessingException e) {
            throw new CodecException(ContentType.MSGPACK, CodecException.Operation.ENCODE, "", e.getOriginalMessage(),
                    e);
        }
    }

    /**
     * Decodes a value of a type.
     *
     * @param bytes    the MessagePack bytes
     * @param type     the type
     * @param nullable whether nil is accepted
     * @param coercion the coercion rules
     * @return the value
     * @throws CodecException for malformed bytes (with the byte offset) or a value that does not fit (with its JSON
     *                        pointer)
     */
    public static XtpValue read(byte[] bytes, XtpType type, boolean nullable, JsonCoercion coercion) {
        XtpJackson.checkMessagePack(bytes);
        JsonNode tree;
        try {
            tree = Mappers.MSGPACK.readTree(bytes);
        } catch (IOException | RuntimeException e) {
            throw new CodecException(ContentType.MSGPACK, CodecException.Operation.DECODE, "", String.valueOf(e), e);
        }
        try {
            return coercion.coerce(tree, type, nullable);
        } catch (ValueException e) {
            throw new CodecException(ContentType.MSGPACK, CodecException.Operation.DECODE, e.location(), e.detail(),
                    e);
        }
    }
}
