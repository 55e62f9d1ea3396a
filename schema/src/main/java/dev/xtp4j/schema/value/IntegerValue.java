package dev.xtp4j.schema.value;

import dev.xtp4j.schema.model.IntegerFormat;
import dev.xtp4j.schema.model.IntegerType;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An {@code integer} of one of the eight formats, range-checked: {@code int8} −128…127, {@code uint8} 0…255, …,
 * {@code uint64} 0…2<sup>64</sup>−1. The number is held in a {@code long}; for {@code uint64} the {@code long} holds
 * the 64 bits, so values above {@link Long#MAX_VALUE} are negative there ({@link #bigValue()} gives the number).
 *
 * @param type the integer type (its format)
 * @param bits the number, or for {@code uint64} its 64 bits
 */
public record IntegerValue(IntegerType type, long bits) implements XtpValue {

    /**
     * Creates an integer value.
     *
     * @param type the integer type
     * @param bits the number (for {@code uint64}: its bits)
     * @throws IllegalArgumentException if the number is out of the format's range
     */
    public IntegerValue {
        Objects.requireNonNull(type, "type");
        IntegerFormat f = type.format();
        if (f != IntegerFormat.UINT64 && f != IntegerFormat.INT64) {
            if (bits < f.minValue().longValue() || bits > f.maxValue().longValue()) {
                throw new IllegalArgumentException(bits + " is out of range for " + f.wireName() + " ["
                        + f.minValue() + ", " + f.maxValue() + "]");
            }
        }
    }

    /**
     * Creates an integer value from a {@code long}.
     *
     * @param format the format
     * @param value  the number; for {@code uint64} it must not be negative (use {@link #of(IntegerFormat,
     *               BigInteger)} above {@link Long#MAX_VALUE})
     * @return the value
     * @throws IllegalArgumentException if out of range
     */
    public static IntegerValue of(IntegerFormat format, long value) {
        if (format == IntegerFormat.UINT64 && value < 0) {
            throw new IllegalArgumentException(value + " is out of range for uint64 [0, " + format.maxValue() + "]");
        }
        return new IntegerValue(IntegerType.of(format), value);
    }

    /**
     * Creates an integer value from any integer.
     *
     * @param format the format
     * @param value  the number
     * @return the value
     * @throws IllegalArgumentException if out of range
     */
    public static IntegerValue of(IntegerFormat format, BigInteger value) {
        if (value.compareTo(format.minValue()) < 0 || value.compareTo(format.maxValue()) > 0) {
            throw new IllegalArgumentException(value + " is out of range for " + format.wireName() + " ["
                    + format.minValue() + ", " + format.maxValue() + "]");
        }
        return new IntegerValue(IntegerType.of(format), value.longValue());
    }

    /**
     * Returns the format.
     *
     * @return the format
     */
    public IntegerFormat format() {
        return type.format();
    }

    /**
     * Returns the number.
     *
     * @return the number, exact for every format
     */
    public BigInteger bigValue() {
        if (type.format() == IntegerFormat.UINT64 && bits < 0) {
            return new BigInteger(Long.toUnsignedString(bits));
        }
        return BigInteger.valueOf(bits);
    }

    /**
     * Returns the number as a {@code long}.
     *
     * @return the number
     * @throws ArithmeticException for a {@code uint64} above {@link Long#MAX_VALUE}
     */
    public long longValue() {
        if (type.format() == IntegerFormat.UINT64 && bits < 0) {
            throw new ArithmeticException(Long.toUnsignedString(bits) + " does not fit a long");
        }
        return bits;
    }

    @Override
    public String toString() {
        return bigValue().toString();
    }
}
