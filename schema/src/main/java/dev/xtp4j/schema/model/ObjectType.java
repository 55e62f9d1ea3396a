package dev.xtp4j.schema.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A named object type: a component schema with {@code properties}. Its fields keep the document order.
 *
 * @param name the schema name
 * @param javaName the Java type name (see {@link NamedType#javaName()})
 * @param description the schema's description, or empty
 * @param fields the fields in document order
 */
public record ObjectType(String name, String javaName, Optional<String> description, List<Field> fields)
        implements NamedType {

    /**
     * Creates an object type.
     *
     * @param name the schema name
     * @param javaName the Java type name
     * @param description the description, or empty
     * @param fields the fields in document order (copied)
     */
    public ObjectType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaName, "javaName");
        Objects.requireNonNull(description, "description");
        fields = List.copyOf(fields);
    }

    /**
     * Looks a field up by its property name.
     *
     * @param fieldName the property name
     * @return the field, or empty
     */
    public Optional<Field> field(String fieldName) {
        for (Field f : fields) {
            if (f.name().equals(fieldName)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    @Override
    public Kind kind() {
        return Kind.OBJECT;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitObject(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectType t && name.equals(t.name) && javaName.equals(t.javaName)
                && description.equals(t.description) && fields.equals(t.fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, javaName, description, fields);
    }

    @Override
    public String toString() {
        return "object " + name + fields.stream().map(Field::toString).collect(Collectors.joining(", ", " {", "}"));
    }
}
