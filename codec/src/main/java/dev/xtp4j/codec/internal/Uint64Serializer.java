package dev.xtp4j.codec.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigInteger;

/** Writes a {@code long} as an unsigned 64-bit number (see {@link dev.xtp4j.codec.Uint64}). */
public final class Uint64Serializer extends StdSerializer<Long> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer; Jackson calls it through {@link dev.xtp4j.codec.Uint64}. */
    public Uint64Serializer() {
        super(Long.class);
    }

    @Override
    public void serialize(Long value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        long bits = value;
        if (bits >= 0) {
            gen.writeNumber(bits);
        } else {
            gen.writeNumber(new BigInteger(Long.toUnsignedString(bits)));
        }
    }
}
