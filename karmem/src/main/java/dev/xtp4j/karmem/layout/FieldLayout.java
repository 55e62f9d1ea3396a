package dev.xtp4j.karmem.layout;

import dev.xtp4j.karmem.schema.EnumDecl;
import dev.xtp4j.karmem.schema.FieldDecl;
import dev.xtp4j.karmem.schema.ScalarType;

/**
 * Where and how a field is stored: its offset in the struct, its size there, the element size of arrays and slices,
 * and what it refers to. It is the precomputed handle used to read the field with
 * {@link dev.xtp4j.karmem.wire.KarmemView} and to write it with {@link dev.xtp4j.karmem.wire.KarmemWriter}.
 */
public final class FieldLayout {

    /**
     * The primitive read that fits a single scalar or enum field (or the elements of a scalar array or slice).
     * Unsigned types share the read of their width.
     */
    public enum Access {
        /** {@code bool}. */
        BOOL,
        /** One-byte integers: {@code int8}, {@code uint8}, {@code byte}, {@code char}. */
        INT8,
        /** Two-byte integers. */
        INT16,
        /** Four-byte integers. */
        INT32,
        /** Eight-byte integers. */
        INT64,
        /** {@code float32}. */
        FLOAT32,
        /** {@code float64}. */
        FLOAT64,
        /** Not a scalar: a struct, or a field whose elements are structs. */
        NONE;

        static Access of(ScalarType t) {
            if (t == null) {
                return NONE;
            }
            switch (t) {
                case BOOL:
                    return BOOL;
                case FLOAT32:
                    return FLOAT32;
                case FLOAT64:
                    return FLOAT64;
                default:
                    switch (t.size()) {
                        case 1:
                            return INT8;
                        case 2:
                            return INT16;
                        case 4:
                            return INT32;
                        default:
                            return INT64;
                    }
            }
        }
    }

    private final FieldDecl decl;
    private final String structName;
    private final int index;
    private final FieldKind kind;
    private final int offset;
    private final int size;
    private final int elementSize;
    private final long length;
    private final ScalarType scalar;
    private final EnumDecl enumDecl;
    private final StructLayout target;
    private final boolean inTable;
    private final boolean packed;
    private final Access access;
    private final Access elementAccess;

    FieldLayout(FieldDecl decl, String structName, int index, FieldKind kind, int offset, int size, int elementSize,
            long length, ScalarType scalar, EnumDecl enumDecl, StructLayout target, boolean inTable,
            boolean packed) {
        this.decl = decl;
        this.structName = structName;
        this.index = index;
        this.kind = kind;
        this.offset = offset;
        this.size = size;
        this.elementSize = elementSize;
        this.length = length;
        this.scalar = scalar;
        this.enumDecl = enumDecl;
        this.target = target;
        this.inTable = inTable;
        this.packed = packed;
        boolean single = kind == FieldKind.SCALAR || kind == FieldKind.ENUM;
        this.access = single ? Access.of(scalar) : Access.NONE;
        this.elementAccess = single ? Access.NONE : Access.of(scalar);
    }

    /**
     * Returns the field's name.
     *
     * @return the name
     */
    public String name() {
        return decl.name();
    }

    /**
     * Returns the field's declaration.
     *
     * @return the declaration
     */
    public FieldDecl decl() {
        return decl;
    }

    /**
     * Returns the name of the struct this field belongs to.
     *
     * @return the struct name
     */
    public String structName() {
        return structName;
    }

    /**
     * Returns the field's 0-based position in its struct.
     *
     * @return the index
     */
    public int index() {
        return index;
    }

    /**
     * Returns how the field is stored.
     *
     * @return the kind
     */
    public FieldKind kind() {
        return kind;
    }

    /**
     * Returns the field's offset from the start of its struct; in a table the first field is at 4, after the size
     * header.
     *
     * @return the offset in bytes
     */
    public int offset() {
        return offset;
    }

    /**
     * Returns the bytes the field occupies in its struct: the scalar size, {@code N × element} for arrays, 8 (packed)
     * or 12 (unpacked) for a slice descriptor, {@code Total} for an inline struct, 4 for a table offset.
     *
     * @return the size in bytes
     */
    public int size() {
        return size;
    }

    /**
     * Returns the size of one element ({@code Alloc} upstream): the scalar size, or {@code Total} of the struct (for
     * a table field, the bytes allocated for the child table).
     *
     * @return the element size in bytes
     */
    public int elementSize() {
        return elementSize;
    }

    /**
     * Returns N of {@code [N]T} or {@code [<N]T}.
     *
     * @return N, or 0 for single values and unlimited slices
     */
    public long length() {
        return length;
    }

    /**
     * Returns the scalar type of the value or the elements: the scalar itself, the underlying type of an enum, or the
     * element scalar of an array or slice.
     *
     * @return the scalar type, or {@code null} when the field holds structs
     */
    public ScalarType scalar() {
        return scalar;
    }

    /**
     * Returns the primitive read that fits the value of a single scalar or enum field.
     *
     * @return the access, or {@link Access#NONE} for structs, arrays and slices
     */
    public Access access() {
        return access;
    }

    /**
     * Returns the primitive read that fits the elements of an array or slice of scalars.
     *
     * @return the access, or {@link Access#NONE} for single values and for elements that are structs
     */
    public Access elementAccess() {
        return elementAccess;
    }

    /**
     * Returns the enum of an {@link FieldKind#ENUM} field.
     *
     * @return the enum, or {@code null}
     */
    public EnumDecl enumDecl() {
        return enumDecl;
    }

    /**
     * Returns the struct of an inline or table field, or of the elements of an array or slice of inline structs.
     *
     * @return the struct layout, or {@code null} when the field holds scalars or an enum
     */
    public StructLayout target() {
        return target;
    }

    /**
     * Tells whether the field belongs to a table, so that reads check it against the table's stored size.
     *
     * @return true in a table, false in an inline struct
     */
    public boolean inTable() {
        return inTable;
    }

    /**
     * Tells whether the field's struct uses the packed layout (8-byte slice descriptors) or the unpacked one
     * (12-byte descriptors).
     *
     * @return true if packed
     */
    public boolean packed() {
        return packed;
    }

    /**
     * Tells whether the field is a string ({@code []char} or {@code [<N]char}).
     *
     * @return true for strings
     */
    public boolean isString() {
        return (kind == FieldKind.SLICE || kind == FieldKind.LIMITED_SLICE) && scalar == ScalarType.CHAR;
    }

    /**
     * Tells whether the field is a slice or a limited slice.
     *
     * @return true for {@code []T} and {@code [<N]T}
     */
    public boolean isSlice() {
        return kind == FieldKind.SLICE || kind == FieldKind.LIMITED_SLICE;
    }

    @Override
    public String toString() {
        return structName + "." + name() + " " + decl.type().toKm() + " @" + offset + "+" + size;
    }
}
