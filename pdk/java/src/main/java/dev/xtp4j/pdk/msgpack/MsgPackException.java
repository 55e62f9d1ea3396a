package dev.xtp4j.pdk.msgpack;

/**
 * MessagePack that cannot be read: malformed, truncated, too deep, or not the kind of value the caller asked for. The
 * message names the place: the byte offset and the JSON Pointer (RFC 6901) of the value, e.g.
 * {@code expected an integer but found a string at byte 12 (/items/2)}.
 */
public class MsgPackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What is wrong, without the place. */
    private final String problem;
    /** The offset of the value in the input. */
    private final int offset;
    /** The JSON Pointer of the value. */
    private final String pointer;

    /**
     * A problem at a place of the input.
     *
     * @param problem what is wrong
     * @param offset the byte offset of the value (or of the byte) in question
     * @param pointer the JSON Pointer of the value; {@code ""} for the document itself
     */
    public MsgPackException(String problem, int offset, String pointer) {
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
     * The byte offset of the value in question, from the start of the input.
     *
     * @return the offset
     */
    public int offset() {
        return offset;
    }

    /**
     * The JSON Pointer of the value in question: map keys and array indices from the document root.
     *
     * @return the pointer; {@code ""} for the document itself
     */
    public String pointer() {
        return pointer;
    }
}
