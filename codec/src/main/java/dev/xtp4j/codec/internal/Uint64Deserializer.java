package dev.xtp4j.codec.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.math.BigInteger;

/** Reads an unsigned 64-bit number into the bits of a {@code long} (see {@link dev.xtp4j.codec.Uint64}). */
public final class Uint64Deserializer extends StdDeserializer<Long> {
    private static final long serialVersionUID = 1L;
    private static final BigInteger MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** Creates the deserializer; Jackson calls it through {@link dev.xtp4j.codec.Uint64}. */
    public Uint64Deserializer() {
        super(Long.class);
    }

    @Override
    public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            return (Long) ctxt.handleUnexpectedToken(Long.class, p);
        }
        BigInteger v = p.getBigIntegerValue();
        if (v.signum() < 0 || v.compareTo(MAX) > 0) {
            return (Long) ctxt.handleWeirdNumberValue(Long.class, v, "out of range for uint64 [0, %s]", MAX);
        }
        return v.longValue();
    }
}
