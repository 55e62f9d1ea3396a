package dev.xtp4j.schema.value;

import dev.xtp4j.codec.CodecException;
import dev.xtp4j.codec.ContentType;
import dev.xtp4j.codec.DateTimes;
import dev.xtp4j.schema.model.XtpType;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Value codecs for the content types that need no Karmem layout: JSON, MessagePack, text and raw bytes. (Karmem
 * value codecs come from {@code dev.xtp4j.schema.karmem.KarmemDerivation#valueCodec}.)
 *
 * <ul>
 *   <li>JSON and MessagePack: any type, see {@link XtpJson} and {@link MsgpackValues};</li>
 *   <li>text: a {@code string} (its UTF-8), an enum (its wire string) or a {@code date-time} (RFC 3339);</li>
 *   <li>raw bytes: a {@code buffer} or a byte string (the bytes themselves).</li>
 * </ul>
 */
public final class ValueCodecs {
    private ValueCodecs() {
    }

    /**
     * Returns a value codec.
     *
     * @param contentType JSON, MessagePack, text or raw bytes
     * @param type        the type of the values
     * @param nullable    whether {@code null} is valid (JSON and MessagePack only)
     * @param coercion    the rules for decoding JSON and MessagePack
     * @return the codec
     * @throws IllegalArgumentException for Karmem, or a type the content type cannot carry
     */
    public static ValueCodec of(ContentType contentType, XtpType type, boolean nullable, JsonCoercion coercion) {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(coercion, "coercion");
        XtpType.Kind kind = type.resolved().kind();
        switch (contentType) {
            case JSON:
            case MSGPACK:
                return new Structured(contentType, type, nullable, coercion);
            case TEXT:
                if (kind != XtpType.Kind.STRING && kind != XtpType.Kind.ENUM && kind != XtpType.Kind.DATE_TIME) {
                    throw new IllegalArgumentException("text/plain carries a string, an enum or a date-time, not "
                            + type.display());
                }
                return new Text(type);
            case BINARY:
                if (kind != XtpType.Kind.BUFFER && kind != XtpType.Kind.BYTE_STRING) {
                    throw new IllegalArgumentException("application/x-binary carries a buffer, not " + type.display());
                }
                return new Raw(type);
            default:
                throw new IllegalArgumentException("Karmem value codecs come from KarmemDerivation.valueCodec");
        }
    }

    private static CodecException encodeError(ContentType ct, ValueException e) {
        return new CodecException(ct, CodecException.Operation.ENCODE, e.location(), e.detail(), e);
    }

    private static void check(ContentType ct, XtpValue value, XtpType type, boolean nullable) {
        try {
            Types.check(value, type, nullable, "the value");
        } catch (IllegalArgumentException e) {
            throw new CodecException(ct, CodecException.Operation.ENCODE, "", e.getMessage(), e);
        }
    }

    /** JSON and MessagePack. */
    private record Structured(ContentType contentType, XtpType type, boolean nullable, JsonCoercion coercion)
            implements ValueCodec {
        @Override
        public byte[] encode(XtpValue value) {
            check(contentType, value, type, nullable);
            return contentType == ContentType.JSON ? XtpJson.write(value) : MsgpackValues.write(value);
        }

        @Override
        public XtpValue decode(byte[] bytes) {
            return contentType == ContentType.JSON ? XtpJson.read(bytes, type, nullable, coercion)
                    : MsgpackValues.read(bytes, type, nullable, coercion);
        }
    }

    /** UTF-8 text: strings, enum wire strings, RFC 3339 date-times. */
    private record Text(XtpType type) implements ValueCodec {
        @Override
        public ContentType contentType() {
            return ContentType.TEXT;
        }

        @Override
        public boolean nullable() {
            return false;
        }

        @Override
        public byte[] encode(XtpValue value) {
            check(ContentType.TEXT, value, type, false);
            String text;
            if (value instanceof StringValue s) {
                text = s.value();
            } else if (value instanceof EnumCase e) {
                text = e.wire();
            } else {
                try {
                    text = DateTimes.format(((DateTimeValue) value).value());
                } catch (IllegalArgumentException e) {
                    throw encodeError(ContentType.TEXT, new ValueException("", e.getMessage()));
                }
            }
            return text.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public XtpValue decode(byte[] bytes) {
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new CodecException(ContentType.TEXT, CodecException.Operation.DECODE, "",
                        "not well-formed UTF-8", e);
            }
            try {
                return JsonCoercion.defaults().coerce(com.fasterxml.jackson.databind.node.TextNode.valueOf(text),
                        type, false);
            } catch (ValueException e) {
                throw new CodecException(ContentType.TEXT, CodecException.Operation.DECODE, "", e.detail(), e);
            }
        }
    }

    /** Raw bytes: buffers. */
    private record Raw(XtpType type) implements ValueCodec {
        @Override
        public ContentType contentType() {
            return ContentType.BINARY;
        }

        @Override
        public boolean nullable() {
            return false;
        }

        @Override
        public byte[] encode(XtpValue value) {
            check(ContentType.BINARY, value, type, false);
            return ((BytesValue) value).bytes();
        }

        @Override
        public XtpValue decode(byte[] bytes) {
            return new BytesValue(type.resolved(), bytes);
        }
    }
}
