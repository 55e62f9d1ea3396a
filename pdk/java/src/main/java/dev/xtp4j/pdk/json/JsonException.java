package dev.xtp4j.pdk.json;

/**
 * Malformed JSON, or JSON that does not have the shape the reader was asked for. The message names the place: the
 * byte offset in the input and the JSON Pointer (RFC 6901) of the value being read, for example
 * {@code expected a string but found a number at byte 57 (/items/2/name)}.
 */
public class JsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String problem;
    private final int offset;
    private final String pointer;

    /**
     * A problem at a place in the input.
     *
     * @param problem what is wrong, without the place
     * @param offset the byte offset in the input
     * @param pointer the JSON Pointer of the value being read; {@code ""} for the document itself
     */
    public JsonException(String problem, int offset, String pointer) {
        super(problem + " at byte " + offset + " (" + (pointer.isEmpty() ? "document root" : pointer) + ")");
        this.problem = problem;
        this.offset = offset;
        this.pointer = pointer;
    }

    /**
     * What is wrong, without the place.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }

    /**
     * The byte offset in the input where the problem was found.
     *
     * @return the offset, from 0
     */
    public int offset() {
        return offset;
    }

    /**
     * The JSON Pointer (RFC 6901) of the value being read when the problem was found.
     *
     * @return the pointer; {@code ""} for the document itself
     */
    public String pointer() {
        return pointer;
    }
}
