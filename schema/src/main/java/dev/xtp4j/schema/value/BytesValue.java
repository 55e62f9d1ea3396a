package dev.xtp4j.schema.value;

import dev.xtp4j.schema.model.BufferType;
import dev.xtp4j.schema.model.ByteStringType;
import dev.xtp4j.schema.model.XtpType;
import java.util.Arrays;
import java.util.Objects;

/**
 * Bytes: a {@code buffer}, or a {@code string} with {@code format: byte} (base64 text in JSON, the decoded bytes
 * here). The array is copied in and out.
 *
 * @param type  {@link BufferType} or {@link ByteStringType}
 * @param bytes the bytes
 */
public record BytesValue(XtpType type, byte[] bytes) implements XtpValue {

    /**
     * Creates a bytes value.
     *
     * @param type  {@link BufferType} or {@link ByteStringType}
     * @param bytes the bytes (copied)
     */
    public BytesValue {
        Objects.requireNonNull(type, "type");
        if (!(type instanceof BufferType) && !(type instanceof ByteStringType)) {
            throw new IllegalArgumentException("bytes are a buffer or a byte string, not " + type.display());
        }
        bytes = bytes.clone();
    }

    /**
     * Creates a {@code buffer}.
     *
     * @param bytes the bytes (copied)
     * @return the value
     */
    public static BytesValue buffer(byte[] bytes) {
        return new BytesValue(BufferType.INSTANCE, bytes);
    }

    /**
     * Creates a {@code string, format: byte}.
     *
     * @param bytes the bytes (copied)
     * @return the value
     */
    public static BytesValue byteString(byte[] bytes) {
        return new BytesValue(ByteStringType.INSTANCE, bytes);
    }

    /**
     * Returns a copy of the bytes.
     *
     * @return the bytes
     */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Returns the number of bytes.
     *
     * @return the length
     */
    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BytesValue b && type.equals(b.type) && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return XtpJson.toJson(this).toString();
    }
}
