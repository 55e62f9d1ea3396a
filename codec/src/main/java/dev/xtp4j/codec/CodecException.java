package dev.xtp4j.codec;

import java.util.Objects;

/**
 * A value could not be encoded, or bytes could not be decoded. The message says which content type, which direction,
 * where and what, e.g. {@code cannot decode application/json at /items/2/price: expected a number, found a string}.
 *
 * <p>Locations are JSON pointers for JSON and MessagePack ({@code /items/2/price}, empty for the whole value), byte
 * offsets for malformed bytes ({@code byte 17}), and field paths for Karmem ({@code Order.Items[2].Price}).
 */
public final class CodecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Which way the value was going. */
    public enum Operation {
        /** Java value to bytes. */
        ENCODE,
        /** Bytes to Java value. */
        DECODE
    }

    private final ContentType contentType;
    private final Operation operation;
    private final String location;
    private final String detail;

    /**
     * Creates an exception.
     *
     * @param contentType the codec's content type
     * @param operation   encoding or decoding
     * @param location    where the problem is (a JSON pointer, field path or byte offset), or empty for the whole
     *                    value
     * @param detail      what is wrong
     * @param cause       the underlying exception, or {@code null}
     */
    public CodecException(ContentType contentType, Operation operation, String location, String detail,
            Throwable cause) {
        super(format(contentType, operation, location, detail), cause);
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.location = Objects.requireNonNull(location, "location");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    private static String format(ContentType contentType, Operation operation, String location, String detail) {
        return "cannot " + (operation == Operation.ENCODE ? "encode " : "decode ") + contentType.canonical()
                + (location.isEmpty() ? "" : " at " + location) + ": " + detail;
    }

    /**
     * Returns the content type of the codec that failed.
     *
     * @return the content type
     */
    public ContentType contentType() {
        return contentType;
    }

    /**
     * Tells whether encoding or decoding failed.
     *
     * @return the operation
     */
    public Operation operation() {
        return operation;
    }

    /**
     * Returns where the problem is: a JSON pointer ({@code /items/2}), a Karmem field path ({@code Order.Items[2]}),
     * or a byte offset ({@code byte 17}); empty when it concerns the whole value.
     *
     * @return the location
     */
    public String location() {
        return location;
    }

    /**
     * Returns what is wrong, without the location.
     *
     * @return the detail
     */
    public String detail() {
        return detail;
    }
}
