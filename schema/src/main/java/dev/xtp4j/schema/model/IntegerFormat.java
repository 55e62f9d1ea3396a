package dev.xtp4j.schema.model;

import java.math.BigInteger;
import java.util.Optional;

/**
 * The eight integer formats of {@code type: integer}. Without a format, an integer is {@link #INT64}.
 *
 * <p>The production XTP JSON Schema knows only {@link #INT32} and {@link #INT64}; the other six exist in the reference
 * parser only and are rejected in strict mode.
 */
public enum IntegerFormat {
    /** Signed 8-bit. */
    INT8("int8", 8, true),
    /** Unsigned 8-bit. */
    UINT8("uint8", 8, false),
    /** Signed 16-bit. */
    INT16("int16", 16, true),
    /** Unsigned 16-bit. */
    UINT16("uint16", 16, false),
    /** Signed 32-bit. */
    INT32("int32", 32, true),
    /** Unsigned 32-bit. */
    UINT32("uint32", 32, false),
    /** Signed 64-bit (the default). */
    INT64("int64", 64, true),
    /** Unsigned 64-bit. */
    UINT64("uint64", 64, false);

    private final String wireName;
    private final int bits;
    private final boolean signed;

    IntegerFormat(String wireName, int bits, boolean signed) {
        this.wireName = wireName;
        this.bits = bits;
        this.signed = signed;
    }

    /**
     * Returns the spelling used in a schema's {@code format} key, e.g. {@code uint16}.
     *
     * @return the format name
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the width in bits (8, 16, 32 or 64).
     *
     * @return the width
     */
    public int bits() {
        return bits;
    }

    /**
     * Tells whether the format is signed.
     *
     * @return {@code true} for the {@code int*} formats
     */
    public boolean signed() {
        return signed;
    }

    /**
     * Returns the smallest value of the format.
     *
     * @return the minimum, e.g. -128 for int8 or 0 for any unsigned format
     */
    public BigInteger minValue() {
        return signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
    }

    /**
     * Returns the largest value of the format.
     *
     * @return the maximum, e.g. 127 for int8 or 2^64-1 for uint64
     */
    public BigInteger maxValue() {
        return (signed ? BigInteger.ONE.shiftLeft(bits - 1) : BigInteger.ONE.shiftLeft(bits)).subtract(BigInteger.ONE);
    }

    /**
     * Tells whether the production XTP JSON Schema accepts this format (only int32 and int64).
     *
     * @return {@code true} for {@link #INT32} and {@link #INT64}
     */
    public boolean isProductionFormat() {
        return this == INT32 || this == INT64;
    }

    /**
     * Looks a format up by its schema spelling.
     *
     * @param wireName the spelling, e.g. {@code int32}
     * @return the format, or empty when the spelling is not an integer format
     */
    public static Optional<IntegerFormat> fromWireName(String wireName) {
        for (IntegerFormat f : values()) {
            if (f.wireName.equals(wireName)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
