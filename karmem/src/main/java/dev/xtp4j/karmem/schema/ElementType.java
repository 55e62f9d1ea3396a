package dev.xtp4j.karmem.schema;

/**
 * What a field holds, before the array/slice shape is applied: a built-in {@link ScalarType} or a reference by name
 * to an earlier {@link EnumDecl} or {@link StructDecl}.
 */
public sealed interface ElementType permits ScalarType, NamedType {

    /**
     * Returns the name as written in a {@code .km} file ({@code uint16}, {@code Vec3}, ...).
     *
     * @return the {@code .km} spelling
     */
    String kmName();
}
