package dev.xtp4j.schema.model;

import java.util.Objects;

/**
 * A map from string keys to values of one type: {@code type: object} with {@code additionalProperties}.
 *
 * <p>Equality compares named value types by name (see {@link XtpType}).
 *
 * @param values the value type
 * @param nullableValues whether a value may be {@code null} ({@code nullable: true} on {@code additionalProperties})
 */
public record MapType(XtpType values, boolean nullableValues) implements XtpType {

    /**
     * Creates a map type.
     *
     * @param values the value type, not {@code null}
     * @param nullableValues whether a value may be {@code null}
     */
    public MapType {
        Objects.requireNonNull(values, "values");
    }

    /**
     * Creates a map of non-nullable values.
     *
     * @param values the value type
     * @return the map type
     */
    public static MapType of(XtpType values) {
        return new MapType(values, false);
    }

    @Override
    public Kind kind() {
        return Kind.MAP;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitMap(this);
    }

    @Override
    public String display() {
        return "map<string, " + (nullableValues ? "nullable " : "") + values.display() + ">";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapType other && Shapes.same(this, other);
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
