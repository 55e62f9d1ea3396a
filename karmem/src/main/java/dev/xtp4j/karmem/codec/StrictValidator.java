package dev.xtp4j.karmem.codec;

import dev.xtp4j.karmem.internal.Utf8;
import dev.xtp4j.karmem.layout.FieldKind;
import dev.xtp4j.karmem.layout.FieldLayout;
import dev.xtp4j.karmem.layout.StructLayout;
import dev.xtp4j.karmem.schema.EnumDecl;
import dev.xtp4j.karmem.schema.ScalarType;
import dev.xtp4j.karmem.wire.KarmemView;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

/**
 * Checks an untrusted message against a layout without materialising it: every offset, size and count against the
 * message, every table header, slice descriptor, UTF-8 string, enum value and bool, and the element budget. A
 * message that passes decodes to exactly what the lenient decoder reads, within the same budget.
 */
final class StrictValidator {
    private final KarmemView view;
    private final ByteBuffer bytes;
    private final long length;
    private final Budget budget;
    private final Map<StructLayout, Long> defaultCosts;

    StrictValidator(ByteBuffer message, Budget budget, Map<StructLayout, Long> defaultCosts) {
        this.bytes = message.slice();
        this.view = KarmemView.of(bytes);
        this.length = view.length();
        this.budget = budget;
        this.defaultCosts = defaultCosts;
    }

    void validateRoot(StructLayout root) {
        if (root.isTable()) {
            validateTable(root, 0);
        } else {
            if (length < root.content()) {
                throw new PathFailure(0, "the message is " + length + " bytes, too short for inline struct "
                        + root.name() + " (" + root.content() + " bytes)");
            }
            validateStruct(root, 0, -1);
        }
    }

    private long u32(long at) {
        return view.readUint32((int) at);
    }

    private void validateTable(StructLayout s, long off) {
        if (off + 4 > length) {
            throw new PathFailure(off, "table " + s.name() + " starts at " + off + " but its 4-byte size header does "
                    + "not fit in the message (" + length + " bytes)");
        }
        long size = u32(off);
        if (size < 4) {
            throw new PathFailure(off, "table " + s.name() + " has size " + size
                    + ", less than its own 4-byte header");
        }
        if (off + size > length) {
            throw new PathFailure(off, "table " + s.name() + " at " + off + " says it is " + size
                    + " bytes, past the end of the message (" + length + " bytes)");
        }
        if (off + s.minimum() > length) {
            throw new PathFailure(off, "unpacked table " + s.name() + " at " + off + " needs " + s.minimum()
                    + " bytes before the end of the message, or Karmem readers ignore it");
        }
        validateStruct(s, (int) off, size);
    }

    /** Validates a struct at {@code ref}; {@code tableSize} is the header of a table, or -1 for an inline struct. */
    private void validateStruct(StructLayout s, int ref, long tableSize) {
        budget.take(1, ref);
        List<FieldLayout> fields = s.fields();
        for (int i = 0, n = fields.size(); i < n; i++) {
            FieldLayout f = fields.get(i);
            try {
                if (tableSize >= 0 && f.offset() + (long) f.size() > tableSize) {
                    if (f.offset() < tableSize) {
                        throw new PathFailure(ref + tableSize, "table " + s.name() + " has size " + tableSize
                                + ", which ends inside field " + f.name() + " (bytes " + f.offset() + " to "
                                + (f.offset() + f.size()) + " of the table)");
                    }
                    // Written by an older schema version: the field reads as its default.
                    budget.take(Budget.defaultCost(f, defaultCosts), ref);
                    continue;
                }
                validateField(f, ref + f.offset());
            } catch (PathFailure e) {
                throw e.within("." + f.name());
            }
        }
    }

    private void validateField(FieldLayout f, int p) {
        switch (f.kind()) {
            case SCALAR:
                checkScalar(f.scalar(), p);
                break;
            case ENUM:
                checkEnum(f.enumDecl(), p);
                break;
            case INLINE:
                validateStruct(f.target(), p, -1);
                break;
            case TABLE:
                validateTable(f.target(), u32(p));
                break;
            case ARRAY:
                budget.take(f.length(), p);
                validateElements(f, p, (int) f.length());
                break;
            default:
                validateSlice(f, p);
        }
    }

    private void validateSlice(FieldLayout f, int p) {
        long off = u32(p);
        long size = u32(p + 4L);
        int elementSize = f.elementSize();
        if (off + size > length) {
            throw new PathFailure(p, "the slice points to bytes " + off + " to " + (off + size)
                    + ", past the end of the message (" + length + " bytes)");
        }
        if (size % elementSize != 0) {
            throw new PathFailure(p, "the slice is " + size + " bytes, not a multiple of its element size "
                    + elementSize);
        }
        if (!f.packed()) {
            long stride = u32(p + 8L);
            if (stride != elementSize) {
                throw new PathFailure(p + 8L, "the slice descriptor gives element size " + stride + ", expected "
                        + elementSize);
            }
        }
        long n = size / elementSize;
        if (f.kind() == FieldKind.LIMITED_SLICE && n > f.length()) {
            throw new PathFailure(p, "the slice has " + n + " elements, more than the limit of "
                    + f.decl().type().toKm());
        }
        budget.take(n, off);
        if (f.isString()) {
            int bad = Utf8.firstInvalid(bytes, (int) off, (int) n);
            if (bad >= 0) {
                throw new PathFailure(bad, "invalid UTF-8 at byte " + (bad - off) + " of the string");
            }
            return;
        }
        validateElements(f, (int) off, (int) n);
    }

    private void validateElements(FieldLayout f, int base, int n) {
        StructLayout target = f.target();
        if (target == null && f.scalar() != ScalarType.BOOL) {
            return;
        }
        int size = f.elementSize();
        for (int i = 0; i < n; i++) {
            try {
                if (target == null) {
                    checkScalar(ScalarType.BOOL, base + i * size);
                } else {
                    validateStruct(target, base + i * size, -1);
                }
            } catch (PathFailure e) {
                throw e.within("[" + i + "]");
            }
        }
    }

    private void checkScalar(ScalarType t, int p) {
        if (t == ScalarType.BOOL) {
            int b = view.readInt8(p) & 0xFF;
            if (b > 1) {
                throw new PathFailure(p, "a bool must be 0 or 1, found " + b);
            }
        }
    }

    private void checkEnum(EnumDecl e, int p) {
        long v;
        switch (e.type().size()) {
            case 1:
                v = e.type().isSigned() ? view.readInt8(p) : view.readInt8(p) & 0xFF;
                break;
            case 2:
                v = e.type().isSigned() ? view.readInt16(p) : view.readInt16(p) & 0xFFFF;
                break;
            case 4:
                v = e.type().isSigned() ? view.readInt32(p) : view.readInt32(p) & 0xFFFF_FFFFL;
                break;
            default:
                v = view.readInt64(p);
        }
        if (!e.hasValue(v)) {
            throw new PathFailure(p, (e.type().isSigned() ? Long.toString(v) : Long.toUnsignedString(v))
                    + " is not a value of enum " + e.name());
        }
    }
}
