package dev.xtp4j.karmem.layout;

/** How a field is stored in its struct. */
public enum FieldKind {
    /** A scalar, in place. */
    SCALAR,
    /** An enum, in place, as its underlying integer. */
    ENUM,
    /** An inline struct, in place ({@code Total} bytes). */
    INLINE,
    /** A table: a u32 offset to the child table. */
    TABLE,
    /** {@code [N]T}: N scalars or inline structs, in place. */
    ARRAY,
    /** {@code []T}: a descriptor (u32 offset, u32 byte size, and in unpacked structs u32 element size). */
    SLICE,
    /** {@code [<N]T}: like a slice; readers clamp the element count to N. */
    LIMITED_SLICE
}
