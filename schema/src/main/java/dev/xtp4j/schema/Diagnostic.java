package dev.xtp4j.schema;

import java.util.Objects;

/**
 * One problem found in a schema document.
 *
 * <p>{@code path} is the location in the reference parser's JSON-pointer style: {@code #} followed by the keys (and,
 * for sequences, indexes) from the root, joined with {@code /} and <em>not</em> escaped, e.g.
 * {@code #/components/schemas/Fruit/enum} or {@code #/exports/referenc/eTypeFunc}. {@code line} and {@code column} are
 * 1-based and point at the most specific token (the offending value, key or list item).
 *
 * @param severity error or warning
 * @param message the message (upstream wording where the reference parser has one)
 * @param path the JSON-pointer-style path
 * @param line the 1-based line
 * @param column the 1-based column
 * @param source the source name (a file path as given, or a caller-chosen name)
 */
public record Diagnostic(Severity severity, String message, String path, int line, int column, String source) {

    /**
     * Creates a diagnostic.
     *
     * @param severity error or warning
     * @param message the message
     * @param path the path
     * @param line the 1-based line
     * @param column the 1-based column
     * @param source the source name
     */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
    }

    /**
     * Tells whether this is an error.
     *
     * @return {@code true} for {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Formats the diagnostic as one line: {@code source:line:col: error: message (path)} (or {@code warning:}).
     *
     * @return the formatted line
     */
    public String format() {
        return source + ":" + line + ":" + column + ": " + severity.label() + ": " + message + " (" + path + ")";
    }

    @Override
    public String toString() {
        return format();
    }
}
