package dev.xtp4j.karmem.codec;

import dev.xtp4j.karmem.KarmemEncodeException;
import dev.xtp4j.karmem.internal.Utf8;
import dev.xtp4j.karmem.layout.FieldKind;
import dev.xtp4j.karmem.layout.FieldLayout;
import dev.xtp4j.karmem.layout.StructLayout;
import dev.xtp4j.karmem.schema.EnumDecl;
import dev.xtp4j.karmem.schema.EnumEntry;
import dev.xtp4j.karmem.schema.ScalarType;
import dev.xtp4j.karmem.wire.KarmemWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes plain Java values with a layout, following the upstream allocation order (depth first, declaration order)
 * so the bytes match upstream's. See {@link KarmemCodec} for the value mapping.
 */
final class DynamicEncoder {
    private static final BigInteger MAX_U64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private final KarmemWriter w;

    DynamicEncoder(KarmemWriter writer) {
        this.w = writer;
    }

    void writeRoot(StructLayout root, Object value) {
        int at = w.alloc(root.total());
        writeStruct(root, value, at);
    }

    private void writeStruct(StructLayout s, Object value, int at) {
        Map<?, ?> map;
        if (value == null) {
            map = Map.of();
        } else if (value instanceof Map<?, ?> m) {
            map = m;
        } else {
            throw new PathFailure(-1, "expected a Map for struct " + s.name() + ", got " + typeOf(value));
        }
        if (s.isTable()) {
            w.putInt32(at, s.content());
        }
        int present = 0;
        List<FieldLayout> fields = s.fields();
        // A struct decoded with this schema: read its values by position instead of by key.
        FieldMap decoded = map instanceof FieldMap fm && fm.size() == fields.size() ? fm : null;
        for (int i = 0, n = fields.size(); i < n; i++) {
            FieldLayout f = fields.get(i);
            Object v;
            if (decoded != null && decoded.keyAt(i) == f.name()) {
                v = decoded.valueAt(i);
                present++;
            } else {
                v = map.get(f.name());
                if (v != null || (!map.isEmpty() && map.containsKey(f.name()))) {
                    present++;
                }
            }
            try {
                writeField(f, v, at + f.offset());
            } catch (PathFailure e) {
                throw e.within("." + f.name());
            } catch (KarmemEncodeException e) {
                throw new PathFailure(-1, e.detail()).within("." + f.name());
            }
        }
        if (present != map.size()) {
            for (Object key : map.keySet()) {
                if (!(key instanceof String name) || !hasField(s, name)) {
                    List<String> names = new ArrayList<>();
                    for (FieldLayout f : fields) {
                        names.add(f.name());
                    }
                    throw new PathFailure(-1, "unknown field " + key + " for struct " + s.name() + " (fields: "
                            + String.join(", ", names) + ")");
                }
            }
        }
    }

    private static boolean hasField(StructLayout s, String name) {
        for (FieldLayout f : s.fields()) {
            if (f.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void writeField(FieldLayout f, Object v, int p) {
        switch (f.kind()) {
            case SCALAR:
                if (v != null) {
                    writeScalar(f.scalar(), v, p);
                }
                break;
            case ENUM:
                if (v != null) {
                    writeEnum(f.enumDecl(), v, p);
                }
                break;
            case INLINE:
                writeStruct(f.target(), v, p);
                break;
            case TABLE: {
                StructLayout t = f.target();
                int child = w.alloc(t.total());
                w.putInt32(p, child);
                writeStruct(t, v, child);
                break;
            }
            case ARRAY:
                writeArray(f, v, p);
                break;
            default:
                writeSlice(f, v, p);
        }
    }

    private void writeArray(FieldLayout f, Object v, int p) {
        int n = (int) f.length();
        int size = f.elementSize();
        if (f.scalar() == ScalarType.BYTE && v instanceof byte[] bytes) {
            if (bytes.length != n) {
                throw new PathFailure(-1, "expected exactly " + n + " bytes for " + f.decl().type().toKm() + ", got "
                        + bytes.length);
            }
            w.putBytes(p, bytes, 0, n);
            return;
        }
        if (v == null) {
            if (f.target() != null) {
                for (int i = 0; i < n; i++) {
                    writeElement(f, null, p + i * size, i);
                }
            }
            return;
        }
        List<?> list = asList(f, v);
        if (list.size() != n) {
            throw new PathFailure(-1, "expected exactly " + n + " elements for " + f.decl().type().toKm() + ", got "
                    + list.size());
        }
        for (int i = 0; i < n; i++) {
            writeElement(f, list.get(i), p + i * size, i);
        }
    }

    private void writeSlice(FieldLayout f, Object v, int p) {
        boolean limited = f.kind() == FieldKind.LIMITED_SLICE;
        if (f.isString()) {
            CharSequence s;
            if (v == null) {
                s = "";
            } else if (v instanceof CharSequence cs) {
                s = cs;
            } else {
                throw new PathFailure(-1, "expected a String for " + f.decl().type().toKm() + ", got " + typeOf(v));
            }
            if (limited && Utf8.encodedLength(s) > f.length()) {
                throw new PathFailure(-1, "the string is " + Utf8.encodedLength(s) + " UTF-8 bytes, more than the "
                        + f.length() + " of " + f.decl().type().toKm());
            }
            w.putString(p, s, f.packed());
            return;
        }
        if (f.scalar() == ScalarType.BYTE && v instanceof byte[] bytes) {
            checkLimit(f, limited, bytes.length);
            w.putByteSlice(p, bytes, 0, bytes.length, f.packed());
            return;
        }
        List<?> list = v == null ? List.of() : asList(f, v);
        int n = list.size();
        checkLimit(f, limited, n);
        int size = f.elementSize();
        int data = w.allocSlice(p, n, size, f.packed());
        for (int i = 0; i < n; i++) {
            writeElement(f, list.get(i), data + i * size, i);
        }
    }

    private static void checkLimit(FieldLayout f, boolean limited, int n) {
        if (limited && n > f.length()) {
            throw new PathFailure(-1, n + " elements, more than the " + f.length() + " of " + f.decl().type().toKm()
                    + " (readers would drop the rest)");
        }
    }

    private void writeElement(FieldLayout f, Object e, int at, int index) {
        try {
            if (f.target() != null) {
                writeStruct(f.target(), e, at);
            } else if (e != null) {
                writeScalar(f.scalar(), e, at);
            }
        } catch (PathFailure failure) {
            throw failure.within("[" + index + "]");
        }
    }

    private static List<?> asList(FieldLayout f, Object v) {
        if (v instanceof List<?> list) {
            return list;
        }
        if (v instanceof byte[] bytes) {
            List<Integer> out = new ArrayList<>(bytes.length);
            for (byte b : bytes) {
                out.add(b & 0xFF);
            }
            return out;
        }
        throw new PathFailure(-1, "expected a List for " + f.decl().type().toKm() + ", got " + typeOf(v));
    }

    private void writeEnum(EnumDecl e, Object v, int p) {
        long bits;
        if (v instanceof CharSequence name) {
            EnumEntry entry = e.entry(name.toString()).orElseThrow(() -> new PathFailure(-1, "enum " + e.name()
                    + " has no entry named " + name));
            bits = entry.value();
        } else {
            bits = integerBits(e.type(), v);
        }
        putInteger(e.type(), bits, p);
    }

    private void writeScalar(ScalarType t, Object v, int p) {
        switch (t) {
            case BOOL:
                if (!(v instanceof Boolean b)) {
                    throw new PathFailure(-1, "expected a Boolean for bool, got " + typeOf(v));
                }
                w.putBool(p, b);
                break;
            case FLOAT32:
                w.putFloat32(p, number(t, v).floatValue());
                break;
            case FLOAT64:
                w.putFloat64(p, number(t, v).doubleValue());
                break;
            default:
                putInteger(t, integerBits(t, v), p);
        }
    }

    private void putInteger(ScalarType t, long bits, int p) {
        switch (t.size()) {
            case 1:
                w.putInt8(p, (int) bits);
                break;
            case 2:
                w.putInt16(p, (int) bits);
                break;
            case 4:
                w.putInt32(p, (int) bits);
                break;
            default:
                w.putInt64(p, bits);
        }
    }

    private static Number number(ScalarType t, Object v) {
        if (v instanceof Number n) {
            return n;
        }
        throw new PathFailure(-1, "expected a Number for " + t.kmName() + ", got " + typeOf(v));
    }

    /** Converts an integral number to the bits of an integer type, checking its range. */
    static long integerBits(ScalarType t, Object v) {
        Number n = number(t, v);
        BigInteger big;
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            long l = n.longValue();
            if (t != ScalarType.UINT64 || l >= 0) {
                checkRange(t, l, v);
                return l;
            }
            big = BigInteger.valueOf(l);
        } else if (n instanceof BigInteger b) {
            big = b;
        } else {
            BigDecimal d;
            try {
                d = n instanceof BigDecimal bd ? bd : new BigDecimal(n.toString());
            } catch (NumberFormatException e) {
                throw new PathFailure(-1, "expected an integer for " + t.kmName() + ", got " + v);
            }
            try {
                big = d.toBigIntegerExact();
            } catch (ArithmeticException e) {
                throw new PathFailure(-1, "expected an integer for " + t.kmName() + ", got " + v);
            }
        }
        if (t == ScalarType.UINT64) {
            if (big.signum() < 0 || big.compareTo(MAX_U64) > 0) {
                throw outOfRange(t, v);
            }
            return big.longValue();
        }
        if (big.bitLength() > 63) {
            throw outOfRange(t, v);
        }
        long l = big.longValue();
        checkRange(t, l, v);
        return l;
    }

    private static void checkRange(ScalarType t, long l, Object v) {
        long min;
        long max;
        switch (t) {
            case INT8:
                min = Byte.MIN_VALUE;
                max = Byte.MAX_VALUE;
                break;
            case INT16:
                min = Short.MIN_VALUE;
                max = Short.MAX_VALUE;
                break;
            case INT32:
                min = Integer.MIN_VALUE;
                max = Integer.MAX_VALUE;
                break;
            case INT64:
                return;
            case UINT16:
                min = 0;
                max = 0xFFFF;
                break;
            case UINT32:
                min = 0;
                max = 0xFFFF_FFFFL;
                break;
            case UINT64:
                min = 0;
                max = Long.MAX_VALUE;
                break;
            default: // uint8, byte, char
                min = 0;
                max = 0xFF;
        }
        if (l < min || l > max) {
            throw outOfRange(t, v);
        }
    }

    private static PathFailure outOfRange(ScalarType t, Object v) {
        return new PathFailure(-1, v + " is out of range for " + t.kmName());
    }

    static String typeOf(Object v) {
        return v == null ? "null" : v.getClass().getName();
    }
}
