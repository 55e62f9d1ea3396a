package dev.xtp4j.schema.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A named component schema that stands for another type: a primitive (e.g. {@code MyInt: {type: integer}}), a map
 * ({@code type: object} with {@code additionalProperties}), an array, a free-form object, or a {@code $ref} to
 * another schema.
 *
 * <p>A {@code $ref} to such a schema yields this alias, so the name stays visible to generators; use
 * {@link #resolved()} to look through it (the reference parser resolves it to the target type right away).
 *
 * <p>Equality compares a named target by name (see {@link NamedType}).
 *
 * @param name the schema name
 * @param javaName the Java type name (see {@link NamedType#javaName()})
 * @param description the schema's description, or empty
 * @param target the type it stands for
 */
public record AliasType(String name, String javaName, Optional<String> description, XtpType target)
        implements NamedType {

    /**
     * Creates an alias.
     *
     * @param name the name
     * @param javaName the Java type name
     * @param description the description, or empty
     * @param target the type it stands for, not {@code null}
     */
    public AliasType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaName, "javaName");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Kind kind() {
        return Kind.ALIAS;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitAlias(this);
    }

    @Override
    public XtpType resolved() {
        return target.resolved();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AliasType t && name.equals(t.name) && javaName.equals(t.javaName)
                && description.equals(t.description) && Shapes.same(target, t.target);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, javaName, description, Shapes.hash(target));
    }

    @Override
    public String toString() {
        return "alias " + name + " = " + target.display();
    }
}
