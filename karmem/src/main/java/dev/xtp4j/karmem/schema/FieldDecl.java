package dev.xtp4j.karmem.schema;

import java.util.List;
import java.util.Objects;

/**
 * A field of a struct.
 *
 * @param name the field name (an upper-case letter, then letters and digits)
 * @param type the field type
 * @param tags the field's tags in source order (Karmem defines none; they are kept for tools)
 */
public record FieldDecl(String name, FieldType type, List<Tag> tags) {

    /**
     * Creates a field.
     *
     * @param name the field name, not null
     * @param type the field type, not null
     * @param tags the tags, not null (copied)
     */
    public FieldDecl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        tags = List.copyOf(tags);
    }

    /**
     * Creates a field without tags.
     *
     * @param name the field name
     * @param type the field type
     */
    public FieldDecl(String name, FieldType type) {
        this(name, type, List.of());
    }

    /**
     * Returns the field in {@code .km} syntax, without indentation.
     *
     * @return e.g. {@code Name []char;}
     */
    public String toKm() {
        StringBuilder sb = new StringBuilder(name).append(' ').append(type.toKm());
        for (Tag t : tags) {
            sb.append(' ').append(t.toKm());
        }
        return sb.append(';').toString();
    }
}
