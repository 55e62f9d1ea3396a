package dev.xtp4j.karmem.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A struct declaration: {@code struct Name inline|table @tags { fields }}.
 *
 * @param name   the struct name (an upper-case letter, then letters and digits)
 * @param kind   inline or table
 * @param tags   the struct's tags in source order ({@code @packed}, {@code @id} and any others)
 * @param fields the fields in declaration order, at least one
 */
public record StructDecl(String name, StructKind kind, List<Tag> tags, List<FieldDecl> fields)
        implements Declaration {

    /**
     * Creates a struct declaration. The Karmem rules are checked when the declaration is added to a
     * {@link KarmemSchema}.
     *
     * @param name   the name, not null
     * @param kind   the kind, not null
     * @param tags   the tags, not null (copied)
     * @param fields the fields, not null (copied)
     */
    public StructDecl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        tags = List.copyOf(tags);
        fields = List.copyOf(fields);
    }

    /**
     * Starts a struct declaration.
     *
     * @param name the struct name
     * @param kind inline or table
     * @return a builder
     */
    public static Builder builder(String name, StructKind kind) {
        return new Builder(name, kind);
    }

    /**
     * Finds a field by name.
     *
     * @param fieldName the field name
     * @return the field, or empty
     */
    public Optional<FieldDecl> field(String fieldName) {
        for (FieldDecl f : fields) {
            if (f.name().equals(fieldName)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether this is a table.
     *
     * @return true for {@code table}, false for {@code inline}
     */
    public boolean isTable() {
        return kind == StructKind.TABLE;
    }

    /**
     * Returns the struct's own {@code @packed} setting, which overrides the file's.
     *
     * @return true or false if the struct has a valid {@code @packed} tag, empty otherwise
     */
    public Optional<Boolean> packedTag() {
        return Tag.find(tags, "packed").map(t -> SchemaRules.packedValue(t.value()));
    }

    /**
     * Returns the explicit id from an {@code @id(n)} tag.
     *
     * @return the id (an unsigned 64-bit value in a {@code long}), or empty if there is no valid {@code @id}
     */
    public Optional<Long> idTag() {
        return Tag.find(tags, "id").map(t -> SchemaRules.idValue(t.value()));
    }

    /** Collects the fields and tags of a struct declaration. */
    public static final class Builder {
        private final String name;
        private final StructKind kind;
        private final List<Tag> tags = new ArrayList<>();
        private final List<FieldDecl> fields = new ArrayList<>();

        private Builder(String name, StructKind kind) {
            this.name = Objects.requireNonNull(name, "name");
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        /**
         * Adds a tag to the struct.
         *
         * @param tagName the tag name
         * @param value   the tag value
         * @return this builder
         */
        public Builder tag(String tagName, String value) {
            tags.add(new Tag(tagName, value));
            return this;
        }

        /**
         * Sets the struct's layout mode with {@code @packed(true)} or {@code @packed(false)}.
         *
         * @param packed true for the packed layout
         * @return this builder
         */
        public Builder packed(boolean packed) {
            return tag("packed", Boolean.toString(packed));
        }

        /**
         * Gives the struct an explicit id with {@code @id(n)}.
         *
         * @param id the id, read as an unsigned 64-bit value
         * @return this builder
         */
        public Builder id(long id) {
            return tag("id", Long.toUnsignedString(id));
        }

        /**
         * Appends a field.
         *
         * @param fieldName the field name
         * @param type      the field type
         * @param fieldTags tags of the field
         * @return this builder
         */
        public Builder field(String fieldName, FieldType type, Tag... fieldTags) {
            fields.add(new FieldDecl(fieldName, type, List.of(fieldTags)));
            return this;
        }

        /**
         * Appends a single scalar field.
         *
         * @param fieldName the field name
         * @param scalar    the scalar type
         * @return this builder
         */
        public Builder field(String fieldName, ScalarType scalar) {
            return field(fieldName, FieldType.of(scalar));
        }

        /**
         * Appends a single field of a declared enum or struct.
         *
         * @param fieldName the field name
         * @param typeName  the declared type
         * @return this builder
         */
        public Builder field(String fieldName, String typeName) {
            return field(fieldName, FieldType.of(typeName));
        }

        /**
         * Builds the declaration.
         *
         * @return the struct declaration
         */
        public StructDecl build() {
            return new StructDecl(name, kind, tags, fields);
        }
    }
}
