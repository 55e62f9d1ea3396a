package dev.xtp4j.schema.karmem;

import java.util.Objects;

/**
 * One difference between two versions of a Karmem schema, as {@link KarmemCompatibility} reports it.
 *
 * @param severity whether it breaks reading messages across the versions
 * @param where    the declaration, e.g. {@code struct User (object user)} or {@code enum Color}
 * @param message  what changed and why it matters
 */
public record Change(Severity severity, String where, String message) {

    /** Whether a change breaks compatibility. */
    public enum Severity {
        /** Messages written with one version are misread with the other. */
        BREAKING,
        /** Messages stay readable both ways (appended fields and entries, renames, additions). */
        COMPATIBLE
    }

    /**
     * Creates a change.
     *
     * @param severity the severity
     * @param where    the declaration
     * @param message  the explanation
     */
    public Change {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the change as one line: {@code breaking: struct User: field 3 Email was removed: ...}.
     *
     * @return the line
     */
    public String format() {
        return (severity == Severity.BREAKING ? "breaking: " : "compatible: ") + where + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
