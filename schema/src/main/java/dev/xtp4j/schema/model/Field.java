package dev.xtp4j.schema.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A named field of an {@link ObjectType} (an entry of a schema's {@code properties}).
 *
 * <p>{@code required} has JSON-Schema meaning: the field is required only when its name is listed in the schema's
 * {@code required} array; a schema without that array has only optional fields. {@code nullable} says whether the
 * value may be JSON {@code null}. All four combinations are valid.
 *
 * <p>Equality compares a named field type by name (see {@link XtpType}).
 *
 * @param name the property name, exactly as written (the key on the wire)
 * @param javaName the identifier generated Java code uses (the name, escaped when it is a Java reserved word)
 * @param type the field's type
 * @param required whether the key must be present
 * @param nullable whether the value may be {@code null}
 * @param description the property's own description (for a {@code $ref} property, the description written next to
 *     the reference, which overrides the referenced schema's description)
 */
public record Field(String name, String javaName, XtpType type, boolean required, boolean nullable,
        Optional<String> description) {

    /**
     * Creates a field.
     *
     * @param name the property name
     * @param javaName the Java identifier
     * @param type the type
     * @param required whether the key must be present
     * @param nullable whether the value may be {@code null}
     * @param description the description, or empty
     */
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaName, "javaName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Field f && name.equals(f.name) && javaName.equals(f.javaName)
                && required == f.required && nullable == f.nullable && description.equals(f.description)
                && Shapes.same(type, f.type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, javaName, required, nullable, description, Shapes.hash(type));
    }

    @Override
    public String toString() {
        return name + ": " + (nullable ? "nullable " : "") + type.display() + (required ? " (required)" : "");
    }
}
