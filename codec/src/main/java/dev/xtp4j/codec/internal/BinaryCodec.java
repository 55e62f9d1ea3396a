package dev.xtp4j.codec.internal;

import dev.xtp4j.codec.Codec;
import dev.xtp4j.codec.CodecException;
import dev.xtp4j.codec.ContentType;

/** {@code application/x-binary}: the bytes themselves. Arrays are passed through without copying. */
public final class BinaryCodec implements Codec<byte[]> {
    /** The one instance; it has no state. */
    public static final BinaryCodec INSTANCE = new BinaryCodec();

    private BinaryCodec() {
    }

    @Override
    public ContentType contentType() {
        return ContentType.BINARY;
    }

    @Override
    public byte[] encode(byte[] value) {
        if (value == null) {
            throw new CodecException(ContentType.BINARY, CodecException.Operation.ENCODE, "",
                    "null cannot be sent as raw bytes", null);
        }
        return value;
    }

    @Override
    public byte[] decode(byte[] bytes) {
        return bytes;
    }
}
