package dev.xtp4j.karmem.codec;

import dev.xtp4j.karmem.layout.FieldLayout;
import dev.xtp4j.karmem.layout.StructLayout;
import dev.xtp4j.karmem.schema.ScalarType;
import dev.xtp4j.karmem.wire.KarmemView;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads plain Java values with upstream's lenient rules (anything out of range reads as its default), through a
 * {@link KarmemView}. Every struct, element and string byte is taken from the {@link Budget} before it is
 * materialised.
 */
final class DynamicDecoder {
    private final KarmemView view;
    private final Budget budget;
    private final Map<StructLayout, String[]> fieldNames;

    DynamicDecoder(KarmemView view, Budget budget, Map<StructLayout, String[]> fieldNames) {
        this.view = view;
        this.budget = budget;
        this.fieldNames = fieldNames;
    }

    Map<String, Object> readRoot(StructLayout root) {
        return readStruct(root, view.root(root));
    }

    private Map<String, Object> readStruct(StructLayout s, int ref) {
        budget.take(1, ref);
        List<FieldLayout> fields = s.fields();
        int n = fields.size();
        FieldMap out = new FieldMap(fieldNames.get(s));
        for (int i = 0; i < n; i++) {
            FieldLayout f = fields.get(i);
            try {
                out.set(i, readField(ref, f));
            } catch (PathFailure e) {
                throw e.within("." + f.name());
            }
        }
        return out;
    }

    private Object readField(int ref, FieldLayout f) {
        switch (f.kind()) {
            case SCALAR:
            case ENUM:
                return box(f.scalar(), view.fieldPosition(ref, f));
            case INLINE:
            case TABLE:
                return readStruct(f.target(), view.struct(ref, f));
            case ARRAY:
                return readArray(ref, f);
            default:
                return readSlice(ref, f);
        }
    }

    private Object readArray(int ref, FieldLayout f) {
        int p = view.fieldPosition(ref, f);
        int n = (int) f.length();
        budget.take(n, p);
        if (f.scalar() == ScalarType.BYTE) {
            byte[] bytes = new byte[n];
            if (p >= 0) {
                view.readBytes(p, bytes);
            }
            return bytes;
        }
        return readElements(f, p, n);
    }

    private Object readSlice(int ref, FieldLayout f) {
        int n = view.count(ref, f);
        int base = view.elements(ref, f);
        budget.take(n, base);
        if (f.isString() || f.scalar() == ScalarType.BYTE) {
            byte[] bytes = new byte[n];
            if (n > 0) {
                view.readBytes(base, bytes);
            }
            return f.isString() ? new String(bytes, StandardCharsets.UTF_8) : bytes;
        }
        return readElements(f, base, n);
    }

    /** Reads {@code n} elements from {@code base} ({@link KarmemView#ABSENT} for an absent array: defaults). */
    private List<Object> readElements(FieldLayout f, int base, int n) {
        List<Object> out = new ArrayList<>(n);
        int size = f.elementSize();
        StructLayout target = f.target();
        for (int i = 0; i < n; i++) {
            int at = base < 0 ? KarmemView.ABSENT : base + i * size;
            if (target == null) {
                out.add(box(f.scalar(), at));
            } else {
                try {
                    out.add(readStruct(target, at));
                } catch (PathFailure e) {
                    throw e.within("[" + i + "]");
                }
            }
        }
        return out;
    }

    /** Boxes the scalar at {@code p}; the raw reads return 0 for {@link KarmemView#ABSENT}, giving the default. */
    private Object box(ScalarType t, int p) {
        switch (t) {
            case BOOL:
                return view.readBool(p);
            case INT8:
                return (int) view.readInt8(p);
            case INT16:
                return (int) view.readInt16(p);
            case UINT16:
                return view.readInt16(p) & 0xFFFF;
            case INT32:
                return view.readInt32(p);
            case UINT32:
                return view.readInt32(p) & 0xFFFF_FFFFL;
            case INT64:
                return view.readInt64(p);
            case UINT64: {
                long v = view.readInt64(p);
                return v >= 0 ? (Object) v : new BigInteger(Long.toUnsignedString(v));
            }
            case FLOAT32:
                return view.readFloat32(p);
            case FLOAT64:
                return view.readFloat64(p);
            default: // uint8, byte, char
                return view.readInt8(p) & 0xFF;
        }
    }
}
