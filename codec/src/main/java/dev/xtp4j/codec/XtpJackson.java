package dev.xtp4j.codec;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.xtp4j.codec.internal.MsgpackScanner;
import dev.xtp4j.codec.internal.XtpJacksonModule;
import java.util.Objects;
import org.msgpack.jackson.dataformat.MessagePackMapper;

/**
 * Jackson mappers configured with the XTP value conventions, as the JSON and MessagePack codecs use them (see
 * {@code docs/codecs.md}):
 *
 * <ul>
 *   <li>{@code byte[]}: standard base64 with padding in JSON (read with or without padding), {@code bin} in
 *       MessagePack;</li>
 *   <li>{@link java.time.OffsetDateTime} and {@link java.time.Instant}: RFC 3339 text in JSON, a timestamp
 *       extension (type −1) in MessagePack;</li>
 *   <li>enums: their wire string ({@code @JsonProperty} on the constant, or the constant's name);</li>
 *   <li>{@link java.util.Optional}: absent key / {@code null} / value for optional and nullable fields;</li>
 *   <li>strict reading: no numbers from strings, no integers from fractional numbers, no enums from numbers, no
 *       {@code null} for primitives, no duplicate keys, no trailing content, unknown keys as configured;</li>
 *   <li>JSON only: no NaN or infinity.</li>
 * </ul>
 *
 * <p>Each call returns a new mapper that the caller owns; configure it further only before first use, as usual with
 * Jackson.
 */
public final class XtpJackson {
    /** Standard base64 alphabet; written with padding, read with or without. */
    public static final Base64Variant BASE64 =
            Base64Variants.MIME_NO_LINEFEEDS.withReadPadding(Base64Variant.PaddingReadBehaviour.PADDING_ALLOWED);

    private XtpJackson() {
    }

    /**
     * Creates a JSON mapper with the XTP conventions.
     *
     * @param unknownKeys what to do with undeclared object keys when reading into a record or class
     * @return a new mapper
     */
    public static ObjectMapper newJsonMapper(UnknownKeys unknownKeys) {
        return configure(JsonMapper.builder(), unknownKeys, true).build();
    }

    /**
     * Creates a MessagePack mapper with the XTP conventions.
     *
     * @param unknownKeys what to do with undeclared map keys when reading into a record or class
     * @return a new mapper
     */
    public static ObjectMapper newMessagePackMapper(UnknownKeys unknownKeys) {
        // The scanner of checkMessagePack rejects trailing bytes; Jackson's own check fails at the end of the input.
        return configure(MessagePackMapper.builder(), unknownKeys, false)
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder,
            UnknownKeys unknownKeys, boolean json) {
        Objects.requireNonNull(unknownKeys, "unknownKeys");
        return builder
                .addModule(new XtpJacksonModule(json))
                .defaultBase64Variant(BASE64)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, unknownKeys == UnknownKeys.ERROR)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfigDefaults(all -> all
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    }

    /**
     * Checks that bytes are one well-formed MessagePack value before a mapper reads them: lengths and counts fit the
     * input, strings are UTF-8, map keys are strings, nesting is at most 500 levels, nothing follows the value.
     * The MessagePack codecs call this first, so that malformed input fails with a byte offset and never makes the
     * parser allocate more than the input justifies.
     *
     * @param bytes the bytes
     * @throws CodecException naming the byte offset of the problem
     */
    public static void checkMessagePack(byte[] bytes) {
        try {
            MsgpackScanner.check(bytes);
        } catch (MsgpackScanner.Problem p) {
            throw new CodecException(ContentType.MSGPACK, CodecException.Operation.DECODE, "byte " + p.offset(),
                    p.getMessage(), null);
        }
    }
}
