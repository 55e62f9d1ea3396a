package dev.xtp4j.karmem.schema;

import java.util.Optional;

/**
 * The built-in scalar types of Karmem, with their size in bytes. All are little-endian; {@code bool} is one byte
 * (0 or 1), floats are raw IEEE-754 bits, {@code byte} and {@code char} are unsigned bytes ({@code []char} is a
 * UTF-8 string).
 */
public enum ScalarType implements ElementType {
    /** One byte, 0 = false, 1 = true. */
    BOOL("bool", 1, false, false),
    /** An unsigned byte; {@code []byte} is a byte buffer. */
    BYTE("byte", 1, true, false),
    /** A UTF-8 code unit; meaningful as {@code []char} or {@code [<N]char}, a string. */
    CHAR("char", 1, true, false),
    /** Unsigned 8-bit integer. */
    UINT8("uint8", 1, true, false),
    /** Unsigned 16-bit integer. */
    UINT16("uint16", 2, true, false),
    /** Unsigned 32-bit integer. */
    UINT32("uint32", 4, true, false),
    /** Unsigned 64-bit integer. */
    UINT64("uint64", 8, true, false),
    /** Signed 8-bit integer. */
    INT8("int8", 1, true, true),
    /** Signed 16-bit integer. */
    INT16("int16", 2, true, true),
    /** Signed 32-bit integer. */
    INT32("int32", 4, true, true),
    /** Signed 64-bit integer. */
    INT64("int64", 8, true, true),
    /** IEEE-754 binary32. */
    FLOAT32("float32", 4, false, true),
    /** IEEE-754 binary64. */
    FLOAT64("float64", 8, false, true);

    private final String kmName;
    private final int size;
    private final boolean integer;
    private final boolean signed;

    ScalarType(String kmName, int size, boolean integer, boolean signed) {
        this.kmName = kmName;
        this.size = size;
        this.integer = integer;
        this.signed = signed;
    }

    @Override
    public String kmName() {
        return kmName;
    }

    /**
     * Returns the size in bytes.
     *
     * @return 1, 2, 4 or 8
     */
    public int size() {
        return size;
    }

    /**
     * Tells whether this is an integer type, including {@code byte} and {@code char}.
     *
     * @return true for every type but {@code bool}, {@code float32} and {@code float64}
     */
    public boolean isInteger() {
        return integer;
    }

    /**
     * Tells whether values are signed (signed integers and floats).
     *
     * @return true for {@code int8..int64} and the floats
     */
    public boolean isSigned() {
        return signed;
    }

    /**
     * Tells whether this type may underlie an enum: {@code uint8..uint64} and {@code int8..int64}.
     *
     * @return true for the eight sized integer types
     */
    public boolean isEnumBase() {
        return integer && this != BYTE && this != CHAR;
    }

    /**
     * Looks a scalar up by its {@code .km} name.
     *
     * @param kmName a name such as {@code uint16}
     * @return the scalar, or empty if the name is not a built-in type
     */
    public static Optional<ScalarType> fromKmName(String kmName) {
        for (ScalarType t : values()) {
            if (t.kmName.equals(kmName)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return kmName;
    }
}
