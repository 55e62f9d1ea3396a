package dev.xtp4j.schema.wave;

/**
 * WAVE text that could not be parsed or does not fit its type.
 *
 * <p>The error names its place in the input: {@link #startOffset()} and {@link #endOffset()} are indices into the
 * Java string that was parsed (UTF-16 units, end exclusive), and {@link #line()} and {@link #column()} give the
 * start as 1-based line and column (columns count Unicode code points; lines are separated by LF). The message reads
 * like {@code unexpected token: found ',', expected a value at 1:15 (offset 14)}.
 */
public final class WaveParseException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    private final WaveErrorKind kind;
    /** The specifics, or {@code null}. */
    private final String detail;
    /** Start of the offending text (UTF-16 index). */
    private final int startOffset;
    /** End of the offending text (UTF-16 index, exclusive). */
    private final int endOffset;
    /** 1-based line of the start. */
    private final int line;
    /** 1-based column of the start, in code points. */
    private final int column;

    WaveParseException(WaveErrorKind kind, String detail, int startOffset, int endOffset, int line, int column) {
        super(kind.description() + (detail == null ? "" : ": " + detail) + " at " + line + ":" + column
                + " (offset " + startOffset + ")");
        this.kind = kind;
        this.detail = detail;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        this.line = line;
        this.column = column;
    }

    /**
     * Returns what went wrong.
     *
     * @return the kind
     */
    public WaveErrorKind kind() {
        return kind;
    }

    /**
     * Returns the specifics (e.g. {@code expected u8, found "abc"}), or {@code null} if the kind says it all.
     *
     * @return the detail, may be {@code null}
     */
    public String detail() {
        return detail;
    }

    /**
     * Returns where the offending text starts, as an index into the parsed string.
     *
     * @return the start offset
     */
    public int startOffset() {
        return startOffset;
    }

    /**
     * Returns where the offending text ends (exclusive), as an index into the parsed string.
     *
     * @return the end offset; equal to the start for an error at the end of the input
     */
    public int endOffset() {
        return endOffset;
    }

    /**
     * Returns the 1-based line of the start.
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * Returns the 1-based column of the start, in Unicode code points.
     *
     * @return the column
     */
    public int column() {
        return column;
    }
}
