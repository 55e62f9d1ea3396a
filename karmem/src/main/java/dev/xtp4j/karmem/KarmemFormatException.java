package dev.xtp4j.karmem;

/**
 * An untrusted Karmem message was rejected: by the strict validator (bad offsets, sizes, counts, UTF-8, enum values,
 * booleans) or, in the lenient decoder, because materialising it would exceed the element budget.
 *
 * <p>The exception is checked on purpose: it is the one failure a caller decoding foreign bytes must plan for. It
 * names the field path (e.g. {@code Sample.Items[1].Data.Name}) and the byte offset in the message where the
 * problem was found.
 */
public final class KarmemFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The field path where the problem was found. */
    private final String path;
    /** The byte offset the problem concerns, or -1. */
    private final long byteOffset;
    /** What is wrong, without path and offset. */
    private final String detail;

    /**
     * Creates a format error.
     *
     * @param path       the field path where the problem was found (the root struct name at least)
     * @param byteOffset the offset in the message the problem concerns, or {@code -1} if there is none
     * @param detail     what is wrong
     */
    public KarmemFormatException(String path, long byteOffset, String detail) {
        super(path + (byteOffset >= 0 ? " (byte offset " + byteOffset + ")" : "") + ": " + detail);
        this.path = path;
        this.byteOffset = byteOffset;
        this.detail = detail;
    }

    /**
     * Returns the field path where the problem was found.
     *
     * @return a path such as {@code Sample.Items[1].Data.Name}
     */
    public String path() {
        return path;
    }

    /**
     * Returns the byte offset in the message that the problem concerns.
     *
     * @return the offset, or {@code -1} if there is none
     */
    public long byteOffset() {
        return byteOffset;
    }

    /**
     * Returns the message without path and offset.
     *
     * @return what is wrong
     */
    public String detail() {
        return detail;
    }
}
