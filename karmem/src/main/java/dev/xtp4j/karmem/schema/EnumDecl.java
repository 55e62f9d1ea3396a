package dev.xtp4j.karmem.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An enum declaration: {@code enum Name inttype @tags { entries }}. Karmem stores an enum as its underlying integer.
 *
 * <p>An entry without an explicit value takes its 0-based <em>position</em> (not "previous + 1"): {@code Z; A = 5;
 * B;} gives Z = 0, A = 5, B = 2. One entry must have the value 0, the default.
 *
 * @param name    the enum name (an upper-case letter, then letters only)
 * @param type    the underlying integer type ({@code uint8..uint64}, {@code int8..int64})
 * @param tags    the enum's tags in source order
 * @param entries the entries in declaration order, at least one
 */
public record EnumDecl(String name, ScalarType type, List<Tag> tags, List<EnumEntry> entries)
        implements Declaration {

    /**
     * Creates an enum declaration. The Karmem rules are checked when it is added to a {@link KarmemSchema}.
     *
     * @param name    the name, not null
     * @param type    the underlying type, not null
     * @param tags    the tags, not null (copied)
     * @param entries the entries, not null (copied)
     */
    public EnumDecl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        tags = List.copyOf(tags);
        entries = List.copyOf(entries);
    }

    /**
     * Starts an enum declaration.
     *
     * @param name the enum name
     * @param type the underlying integer type
     * @return a builder
     */
    public static Builder builder(String name, ScalarType type) {
        return new Builder(name, type);
    }

    /**
     * Finds an entry by name.
     *
     * @param entryName the entry name
     * @return the entry, or empty
     */
    public Optional<EnumEntry> entry(String entryName) {
        for (EnumEntry e : entries) {
            if (e.name().equals(entryName)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether a value belongs to a declared entry.
     *
     * @param value the value (unsigned bits for {@code uint64})
     * @return true if some entry has this value
     */
    public boolean hasValue(long value) {
        for (EnumEntry e : entries) {
            if (e.value() == value) {
                return true;
            }
        }
        return false;
    }

    /** Collects the entries and tags of an enum declaration. */
    public static final class Builder {
        private final String name;
        private final ScalarType type;
        private final List<Tag> tags = new ArrayList<>();
        private final List<EnumEntry> entries = new ArrayList<>();

        private Builder(String name, ScalarType type) {
            this.name = Objects.requireNonNull(name, "name");
            this.type = Objects.requireNonNull(type, "type");
        }

        /**
         * Adds a tag to the enum.
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
         * Appends an entry whose value is its 0-based position.
         *
         * @param entryName the entry name
         * @return this builder
         */
        public Builder entry(String entryName) {
            entries.add(new EnumEntry(entryName, entries.size(), false));
            return this;
        }

        /**
         * Appends an entry with an explicit value.
         *
         * @param entryName the entry name
         * @param value     the value (unsigned bits for {@code uint64}); must fit the underlying type and not be
         *                  negative
         * @return this builder
         */
        public Builder entry(String entryName, long value) {
            entries.add(new EnumEntry(entryName, value, true));
            return this;
        }

        /**
         * Builds the declaration.
         *
         * @return the enum declaration
         */
        public EnumDecl build() {
            return new EnumDecl(name, type, tags, entries);
        }
    }
}
