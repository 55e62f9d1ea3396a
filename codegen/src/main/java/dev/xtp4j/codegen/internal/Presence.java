package dev.xtp4j.codegen.internal;

import dev.xtp4j.schema.model.Field;

/** How a property of an object type is present, and the Java shape that follows from it ({@code docs/codecs.md}). */
public enum Presence {
    /** Required, not nullable: a primitive where possible, never {@code null}. */
    REQUIRED,
    /** Required and nullable: a reference; {@code null} is written as {@code null}. */
    REQUIRED_NULLABLE,
    /** Optional, not nullable: a reference; {@code null} is left out. */
    OPTIONAL,
    /** Optional and nullable: an {@code Optional}; a {@code null} reference is left out. */
    OPTIONAL_NULLABLE;

    /**
     * The presence of a property.
     *
     * @param f the property
     * @return from its {@code required} and {@code nullable}
     */
    public static Presence of(Field f) {
        if (f.required()) {
            return f.nullable() ? REQUIRED_NULLABLE : REQUIRED;
        }
        return f.nullable() ? OPTIONAL_NULLABLE : OPTIONAL;
    }
}
