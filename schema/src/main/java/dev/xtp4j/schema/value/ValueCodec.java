package dev.xtp4j.schema.value;

import dev.xtp4j.codec.CodecException;
import dev.xtp4j.codec.ContentType;
import dev.xtp4j.schema.model.XtpType;

/**
 * Typed values to and from the bytes of one content type, for one place (a function's input or output): what tools
 * such as {@code xtp call --schema} use when they have a schema but no generated classes. Immutable and
 * thread-safe. Create with {@link ValueCodecs}, or for Karmem with
 * {@code dev.xtp4j.schema.karmem.KarmemDerivation#valueCodec}.
 */
public interface ValueCodec {

    /**
     * Returns the content type.
     *
     * @return the content type
     */
    ContentType contentType();

    /**
     * Returns the type of the values.
     *
     * @return the type
     */
    XtpType type();

    /**
     * Tells whether {@link NullValue} is a valid value.
     *
     * @return whether the place is nullable
     */
    boolean nullable();

    /**
     * Encodes a value.
     *
     * @param value a value of {@link #type()} (or a {@link NullValue} if nullable)
     * @return the bytes
     * @throws CodecException if the value does not fit the type or has no form in this content type
     */
    byte[] encode(XtpValue value);

    /**
     * Decodes bytes.
     *
     * @param bytes the bytes
     * @return the value
     * @throws CodecException naming the place of the problem
     */
    XtpValue decode(byte[] bytes);
}
