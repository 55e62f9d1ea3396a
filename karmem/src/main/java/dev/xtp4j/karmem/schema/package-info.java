/**
 * The {@code .km} schema language of Karmem: an immutable model ({@link dev.xtp4j.karmem.schema.KarmemSchema},
 * {@link dev.xtp4j.karmem.schema.StructDecl}, {@link dev.xtp4j.karmem.schema.EnumDecl},
 * {@link dev.xtp4j.karmem.schema.FieldType}), builders to create schemas in code, a parser with positioned errors,
 * a printer back to {@code .km} text, and struct ids (BLAKE2b-64 of the struct name).
 *
 * <p>Every schema, parsed or built, passes the same semantic checks: names, uniqueness, no forward references, only
 * scalars and inline structs as elements of arrays and slices, enum values in range with a zero default, and valid
 * {@code @packed}/{@code @id} tags.
 */
package dev.xtp4j.karmem.schema;
