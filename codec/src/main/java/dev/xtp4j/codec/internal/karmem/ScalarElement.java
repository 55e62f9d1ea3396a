package dev.xtp4j.codec.internal.karmem;

import dev.xtp4j.codec.DateTimes;
import dev.xtp4j.karmem.schema.ScalarType;
import dev.xtp4j.karmem.wire.KarmemView;
import dev.xtp4j.karmem.wire.KarmemWriter;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A Karmem scalar (or enum, as its integer) bound to a Java type: booleans, integral types with range checks in both
 * directions, floats, date-times as Unix microseconds in an {@code int64}, and Java enums through an
 * {@link EnumTable}.
 */
final class ScalarElement extends Element {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** The Java side of a scalar. */
    enum JavaKind {
        BOOLEAN, BYTE, SHORT, INT, LONG, BIG_INTEGER, FLOAT, DOUBLE, OFFSET_DATE_TIME, INSTANT, ENUM
    }

    private final ScalarType karmem;
    private final JavaKind java;
    private final EnumTable enums;
    private final String where;
    private final long min;
    private final long max;

    private ScalarElement(ScalarType karmem, JavaKind java, EnumTable enums, String where) {
        this.karmem = karmem;
        this.java = java;
        this.enums = enums;
        this.where = where;
        int bits = karmem.size() * 8;
        boolean signed = karmem.isSigned();
        if (bits == 64) {
            this.min = signed ? Long.MIN_VALUE : 0;
            this.max = Long.MAX_VALUE;
        } else {
            this.min = signed ? -(1L << (bits - 1)) : 0;
            this.max = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
        }
    }

    /**
     * Binds a scalar.
     *
     * @param karmem the Karmem scalar (an enum's underlying type for enums)
     * @param enums  the enum table when the field is a Karmem enum bound to a Java enum, else null
     * @param type   the Java type
     * @param where  {@code Struct.Field} for messages
     * @return the element, or null if the Java type cannot hold this scalar
     */
    static ScalarElement bind(ScalarType karmem, EnumTable enums, Type type, String where) {
        Class<?> c = JavaTypes.raw(type);
        JavaKind kind = kindOf(c);
        if (kind == null) {
            return null;
        }
        boolean integer = karmem.isInteger() && karmem != ScalarType.BOOL;
        switch (kind) {
            case BOOLEAN:
                return karmem == ScalarType.BOOL ? new ScalarElement(karmem, kind, null, where) : null;
            case FLOAT:
                return karmem == ScalarType.FLOAT32 ? new ScalarElement(karmem, kind, null, where) : null;
            case DOUBLE:
                return karmem == ScalarType.FLOAT32 || karmem == ScalarType.FLOAT64
                        ? new ScalarElement(karmem, kind, null, where) : null;
            case OFFSET_DATE_TIME:
            case INSTANT:
                return karmem == ScalarType.INT64 ? new ScalarElement(karmem, kind, null, where) : null;
            case ENUM:
                return enums != null ? new ScalarElement(karmem, kind, enums, where) : null;
            default:
                return integer ? new ScalarElement(karmem, kind, null, where) : null;
        }
    }

    static JavaKind kindOf(Class<?> c) {
        if (c == boolean.class || c == Boolean.class) {
            return JavaKind.BOOLEAN;
        }
        if (c == byte.class || c == Byte.class) {
            return JavaKind.BYTE;
        }
        if (c == short.class || c == Short.class) {
            return JavaKind.SHORT;
        }
        if (c == int.class || c == Integer.class) {
            return JavaKind.INT;
        }
        if (c == long.class || c == Long.class) {
            return JavaKind.LONG;
        }
        if (c == BigInteger.class) {
            return JavaKind.BIG_INTEGER;
        }
        if (c == float.class || c == Float.class) {
            return JavaKind.FLOAT;
        }
        if (c == double.class || c == Double.class) {
            return JavaKind.DOUBLE;
        }
        if (c == OffsetDateTime.class) {
            return JavaKind.OFFSET_DATE_TIME;
        }
        if (c == Instant.class) {
            return JavaKind.INSTANT;
        }
        if (c.isEnum()) {
            return JavaKind.ENUM;
        }
        return null;
    }

    @Override
    int size() {
        return karmem.size();
    }

    @Override
    void write(KarmemWriter w, int at, Object value) {
        if (value == null) {
            throw Failures.encode("null, but " + karmem.kmName() + " cannot be absent");
        }
        switch (karmem) {
            case BOOL:
                w.putBool(at, (Boolean) expect(value, Boolean.class));
                return;
            case FLOAT32:
                w.putFloat32(at, ((Number) expect(value, java == JavaKind.FLOAT ? Float.class : Double.class))
                        .floatValue());
                return;
            case FLOAT64:
                w.putFloat64(at, ((Number) expect(value, Double.class)).doubleValue());
                return;
            default:
                putInteger(w, at, toLong(value));
        }
    }

    private Object expect(Object value, Class<?> type) {
        if (!type.isInstance(value)) {
            throw Failures.encode("expected " + type.getSimpleName() + " for " + karmem.kmName() + ", got "
                    + value.getClass().getName());
        }
        return value;
    }

    private long toLong(Object value) {
        long v;
        switch (java) {
            case BIG_INTEGER:
                BigInteger big = (BigInteger) expect(value, BigInteger.class);
                if (karmem == ScalarType.UINT64) {
                    if (big.signum() < 0 || big.compareTo(TWO_64) >= 0) {
                        throw Failures.encode(big + " is out of range for uint64 [0, 18446744073709551615]");
                    }
                    return big.longValue();
                }
                if (big.bitLength() > 63) {
                    throw outOfRange(big.toString());
                }
                v = big.longValue();
                break;
            case OFFSET_DATE_TIME:
            case INSTANT:
                try {
                    return value instanceof Instant ? DateTimes.toUnixMicros((Instant) value)
                            : DateTimes.toUnixMicros((OffsetDateTime) expect(value, OffsetDateTime.class));
                } catch (IllegalArgumentException e) {
                    throw Failures.encode(e.getMessage());
                }
            case ENUM:
                return enums.valueOf(value);
            default:
                Object n = expect(value, Number.class);
                if (!(n instanceof Byte || n instanceof Short || n instanceof Integer || n instanceof Long)) {
                    throw Failures.encode("expected an integral number for " + karmem.kmName() + ", got "
                            + n.getClass().getName());
                }
                v = ((Number) n).longValue();
                if (karmem == ScalarType.UINT64) {
                    return v; // a Java long holds the 64 bits of a uint64
                }
        }
        if (v < min || v > max) {
            throw outOfRange(Long.toString(v));
        }
        return v;
    }

    private Failures.Encode outOfRange(String v) {
        return Failures.encode(v + " is out of range for " + karmem.kmName() + " [" + min + ", "
                + (karmem == ScalarType.UINT64 ? "18446744073709551615" : Long.toString(max)) + "]");
    }

    private void putInteger(KarmemWriter w, int at, long v) {
        switch (karmem.size()) {
            case 1:
                w.putInt8(at, (int) v);
                break;
            case 2:
                w.putInt16(at, (int) v);
                break;
            case 4:
                w.putInt32(at, (int) v);
                break;
            default:
                w.putInt64(at, v);
        }
    }

    @Override
    Object read(KarmemView view, int at, Budget budget) {
        switch (karmem) {
            case BOOL:
                return view.readBool(at);
            case FLOAT32:
                float f = view.readFloat32(at);
                return java == JavaKind.FLOAT ? (Object) f : (Object) (double) f;
            case FLOAT64:
                return view.readFloat64(at);
            default:
                return fromLong(readLong(view, at), at);
        }
    }

    long readLong(KarmemView view, int at) {
        switch (karmem.size()) {
            case 1:
                return karmem.isSigned() ? view.readInt8(at) : view.readInt8(at) & 0xFF;
            case 2:
                return karmem.isSigned() ? view.readInt16(at) : view.readInt16(at) & 0xFFFF;
            case 4:
                return karmem.isSigned() ? view.readInt32(at) : view.readInt32(at) & 0xFFFF_FFFFL;
            default:
                return view.readInt64(at);
        }
    }

    private Object fromLong(long v, int at) {
        switch (java) {
            case BYTE:
                return (byte) fit(v, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte", at);
            case SHORT:
                return (short) fit(v, Short.MIN_VALUE, Short.MAX_VALUE, "short", at);
            case INT:
                return (int) fit(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "int", at);
            case LONG:
                return v; // for uint64, the 64 bits
            case BIG_INTEGER:
                return karmem == ScalarType.UINT64 && v < 0 ? BigInteger.valueOf(v).add(TWO_64)
                        : BigInteger.valueOf(v);
            case OFFSET_DATE_TIME:
                return DateTimes.fromUnixMicros(v);
            case INSTANT:
                return DateTimes.fromUnixMicros(v).toInstant();
            default: // ENUM
                Object constant = enums.constantOf(v);
                if (constant == null) {
                    throw Failures.decode(where + " (byte offset " + at + ")", "value " + v
                            + " is not an entry of " + enums.describe());
                }
                return constant;
        }
    }

    private long fit(long v, long lo, long hi, String javaType, int at) {
        boolean fits = karmem == ScalarType.UINT64 ? v >= 0 && v <= hi : v >= lo && v <= hi;
        if (!fits) {
            String shown = karmem == ScalarType.UINT64 ? Long.toUnsignedString(v) : Long.toString(v);
            throw Failures.decode(where + " (byte offset " + at + ")", karmem.kmName() + " value " + shown
                    + " does not fit the Java type " + javaType);
        }
        return v;
    }
}
