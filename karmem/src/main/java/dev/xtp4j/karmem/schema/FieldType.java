package dev.xtp4j.karmem.schema;

import java.util.Locale;
import java.util.Objects;

/**
 * The type of a struct field: an element type with a shape — single, fixed array {@code [N]T}, slice {@code []T}
 * or limited slice {@code [<N]T}. A string is {@code []char} (or {@code [<N]char}).
 *
 * @param shape   single, array, slice or limited slice
 * @param length  N for arrays and limited slices (1 to 2<sup>32</sup>−1), 0 otherwise
 * @param element the scalar or named element type
 */
public record FieldType(Shape shape, long length, ElementType element) {

    /** The largest N of {@code [N]T} and {@code [<N]T}: upstream parses N as a uint32. */
    public static final long MAX_LENGTH = 0xFFFF_FFFFL;

    /** How many values a field holds and where they live. */
    public enum Shape {
        /** One value, in place (or, for a table, a 4-byte offset). */
        SINGLE,
        /** {@code [N]T}: exactly N values, in place. */
        ARRAY,
        /** {@code []T}: any number of values in the heap, referenced by offset and byte size. */
        SLICE,
        /** {@code [<N]T}: like a slice; readers clamp the count to N. */
        LIMITED_SLICE
    }

    /**
     * Creates a field type.
     *
     * @param shape   the shape, not null
     * @param length  N for arrays and limited slices (1 to {@link #MAX_LENGTH}), 0 for single values and slices
     * @param element the element type, not null
     * @throws IllegalArgumentException if the length does not fit the shape
     */
    public FieldType {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(element, "element");
        boolean counted = shape == Shape.ARRAY || shape == Shape.LIMITED_SLICE;
        if (counted && (length < 1 || length > MAX_LENGTH)) {
            throw new IllegalArgumentException("the length of " + shape.name().toLowerCase(Locale.ROOT)
                    + " of " + element.kmName() + " must be between 1 and " + MAX_LENGTH + ", got " + length);
        }
        if (!counted && length != 0) {
            throw new IllegalArgumentException("a " + shape.name().toLowerCase(Locale.ROOT)
                    + " has no length, got " + length);
        }
    }

    /**
     * A single scalar.
     *
     * @param scalar the scalar type
     * @return e.g. {@code uint16}
     */
    public static FieldType of(ScalarType scalar) {
        return new FieldType(Shape.SINGLE, 0, scalar);
    }

    /**
     * A single value of a declared enum or struct.
     *
     * @param typeName the declared name
     * @return e.g. {@code Vec3}
     */
    public static FieldType of(String typeName) {
        return new FieldType(Shape.SINGLE, 0, new NamedType(typeName));
    }

    /**
     * A fixed array {@code [N]T}.
     *
     * @param length  N
     * @param element the element type
     * @return the array type
     */
    public static FieldType array(long length, ElementType element) {
        return new FieldType(Shape.ARRAY, length, element);
    }

    /**
     * A slice {@code []T}.
     *
     * @param element the element type
     * @return the slice type
     */
    public static FieldType slice(ElementType element) {
        return new FieldType(Shape.SLICE, 0, element);
    }

    /**
     * A limited slice {@code [<N]T}.
     *
     * @param length  N, the most elements a reader will see
     * @param element the element type
     * @return the limited slice type
     */
    public static FieldType limitedSlice(long length, ElementType element) {
        return new FieldType(Shape.LIMITED_SLICE, length, element);
    }

    /**
     * A UTF-8 string, {@code []char}.
     *
     * @return the string type
     */
    public static FieldType string() {
        return slice(ScalarType.CHAR);
    }

    /**
     * A UTF-8 string of at most N bytes, {@code [<N]char}.
     *
     * @param maxBytes N
     * @return the limited string type
     */
    public static FieldType limitedString(long maxBytes) {
        return limitedSlice(maxBytes, ScalarType.CHAR);
    }

    /**
     * Tells whether this is a slice or a limited slice.
     *
     * @return true for {@code []T} and {@code [<N]T}
     */
    public boolean isSlice() {
        return shape == Shape.SLICE || shape == Shape.LIMITED_SLICE;
    }

    /**
     * Tells whether this is a string: a slice or limited slice of {@code char}.
     *
     * @return true for {@code []char} and {@code [<N]char}
     */
    public boolean isString() {
        return isSlice() && element == ScalarType.CHAR;
    }

    /**
     * Returns the type in {@code .km} syntax.
     *
     * @return e.g. {@code [<4]uint16}
     */
    public String toKm() {
        switch (shape) {
            case ARRAY:
                return "[" + length + "]" + element.kmName();
            case SLICE:
                return "[]" + element.kmName();
            case LIMITED_SLICE:
                return "[<" + length + "]" + element.kmName();
            default:
                return element.kmName();
        }
    }

    @Override
    public String toString() {
        return toKm();
    }
}
