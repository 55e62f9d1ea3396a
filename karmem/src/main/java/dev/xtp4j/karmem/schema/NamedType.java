package dev.xtp4j.karmem.schema;

import java.util.Objects;

/**
 * A reference to a user-declared enum or struct, by name. The schema resolves it; the declaration must come earlier
 * in the file.
 *
 * @param name the declared type name
 */
public record NamedType(String name) implements ElementType {

    /**
     * Creates a reference.
     *
     * @param name the declared type name, not null
     */
    public NamedType {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String kmName() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
