package dev.xtp4j.karmem.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code @name(value)} annotation on a file, enum, struct or field. Tags Karmem does not know are kept as they
 * are, so tools can add their own (e.g. {@code @xtp.name(`userName`)}) without breaking upstream generators.
 *
 * <p>Known tags: on the file {@code @packed}, {@code @key} and the per-language {@code @<lang>.package} /
 * {@code @<lang>.import}; on a struct {@code @packed} and {@code @id}.
 *
 * @param name  letters and dots, e.g. {@code golang.package}
 * @param value the value, possibly empty; it cannot contain a back-quote, {@code )}, {@code ;}, CR or LF
 */
public record Tag(String name, String value) {

    /**
     * Creates a tag, checking the name and value can be written in a {@code .km} file.
     *
     * @param name  letters and dots, not empty
     * @param value the value, possibly empty
     * @throws IllegalArgumentException if the name or the value cannot be written in {@code .km} syntax
     */
    public Tag {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        String nameProblem = Names.tagNameProblem(name);
        if (nameProblem != null) {
            throw new IllegalArgumentException(nameProblem);
        }
        String valueProblem = Names.tagValueProblem(value);
        if (valueProblem != null) {
            throw new IllegalArgumentException("tag @" + name + ": " + valueProblem);
        }
    }

    /**
     * Finds the first tag with a name.
     *
     * @param tags the tags to search
     * @param name the tag name
     * @return the tag, or empty
     */
    public static Optional<Tag> find(List<Tag> tags, String name) {
        for (Tag t : tags) {
            if (t.name.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the tag in {@code .km} syntax. A value that is empty, {@code true}, {@code false} or all digits is
     * written bare, any other value between back-quotes.
     *
     * @return e.g. {@code @packed(true)} or {@code @golang.package(`km`)}
     */
    public String toKm() {
        boolean bare = value.isEmpty() || value.equals("true") || value.equals("false") || Names.isDigits(value);
        return "@" + name + "(" + (bare ? value : "`" + value + "`") + ")";
    }

    @Override
    public String toString() {
        return toKm();
    }
}
