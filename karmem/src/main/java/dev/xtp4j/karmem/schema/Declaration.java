package dev.xtp4j.karmem.schema;

import java.util.List;

/** A top-level declaration of a {@code .km} file: an enum or a struct. */
public sealed interface Declaration permits EnumDecl, StructDecl {

    /**
     * Returns the declared type name.
     *
     * @return the name, unique in its schema
     */
    String name();

    /**
     * Returns the tags written after the declaration's kind, in source order.
     *
     * @return the tags, unmodifiable
     */
    List<Tag> tags();
}
