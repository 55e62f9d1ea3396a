package dev.xtp4j.schema.model;

import java.util.Objects;

/**
 * An array: {@code type: array} with {@code items}.
 *
 * <p>Equality compares named item types by name (see {@link XtpType}).
 *
 * @param items the element type
 * @param nullableItems whether an element may be {@code null} ({@code nullable: true} on {@code items})
 */
public record ArrayType(XtpType items, boolean nullableItems) implements XtpType {

    /**
     * Creates an array type.
     *
     * @param items the element type, not {@code null}
     * @param nullableItems whether an element may be {@code null}
     */
    public ArrayType {
        Objects.requireNonNull(items, "items");
    }

    /**
     * Creates an array of non-nullable elements.
     *
     * @param items the element type
     * @return the array type
     */
    public static ArrayType of(XtpType items) {
        return new ArrayType(items, false);
    }

    @Override
    public Kind kind() {
        return Kind.ARRAY;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitArray(this);
    }

    @Override
    public String display() {
        return "array<" + (nullableItems ? "nullable " : "") + items.display() + ">";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayType other && Shapes.same(this, other);
    }

    @Override
    public int hashCode() {
        return Shapes.hash(this);
    }

    @Override
    public String toString() {
        return display();
    }
}
