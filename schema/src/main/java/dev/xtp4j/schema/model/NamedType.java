package dev.xtp4j.schema.model;

import java.util.Optional;

/**
 * A type with a name: an {@link ObjectType}, an {@link EnumType} or an {@link AliasType}.
 *
 * <p>Named types come from {@code components.schemas} (the name is the schema's key) or, for enums written inline on
 * a property or parameter, from hoisting (see {@link EnumType}). Within one schema, names are unique and each named
 * type exists once: every reference to it yields the same instance.
 *
 * <p>Equality: a named type equals another when names, descriptions and its own definition are equal; the named types
 * that it refers to are compared by name only, which keeps comparison linear in the schema size.
 */
public sealed interface NamedType extends XtpType permits ObjectType, EnumType, AliasType {

    /**
     * Returns the schema name, exactly as written (also the key on the wire where one is used).
     *
     * @return the name
     */
    String name();

    /**
     * Returns the name that generated Java code uses for this type: the schema name, with a trailing {@code _} when
     * the name is a Java reserved word or a restricted type name ({@code var}, {@code record}, ...), and more
     * underscores when that would collide with another type (see {@code dev.xtp4j.schema.naming.JavaNames}).
     *
     * @return the Java type name
     */
    String javaName();

    /**
     * Returns the schema's description.
     *
     * @return the description, or empty
     */
    Optional<String> description();

    @Override
    default String display() {
        return name();
    }
}
