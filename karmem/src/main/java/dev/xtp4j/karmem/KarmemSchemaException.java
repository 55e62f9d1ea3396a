package dev.xtp4j.karmem;

import java.util.Optional;

/**
 * A {@code .km} schema is malformed or breaks a Karmem rule.
 *
 * <p>Errors found while parsing carry the position in the source text and read {@code file:line:column: message};
 * errors found in a schema that was built in code name the declaration and field instead.
 */
public final class KarmemSchemaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Where the error is, or null for schemas built in code. */
    private final transient Position position;
    /** What is wrong, without the position. */
    private final String detail;

    /**
     * A place in a {@code .km} source text. Lines and columns start at 1; columns count Unicode code points.
     *
     * @param file   the file name used in messages (as given to the parser)
     * @param line   the 1-based line
     * @param column the 1-based column
     */
    public record Position(String file, int line, int column) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column;
        }
    }

    /**
     * Creates an error at a source position.
     *
     * @param position where the error is, or {@code null} if the schema has no source text
     * @param detail   what is wrong, without the position
     */
    public KarmemSchemaException(Position position, String detail) {
        super(position == null ? detail : position + ": " + detail);
        this.position = position;
        this.detail = detail;
    }

    /**
     * Returns where the error is, when the schema was parsed from text.
     *
     * @return the source position, or empty for schemas built in code
     */
    public Optional<Position> position() {
        return Optional.ofNullable(position);
    }

    /**
     * Returns the message without the position prefix.
     *
     * @return what is wrong
     */
    public String detail() {
        return detail;
    }
}
