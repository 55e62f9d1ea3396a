package dev.xtp4j.karmem;

/**
 * A value cannot be encoded with a Karmem schema: a wrong Java type, a number out of range, an unknown field, a
 * fixed array of the wrong length, or a message that would exceed the 2 GiB limit of the format.
 *
 * <p>{@link #path()} names the offending field, e.g. {@code Sample.Items[1].Data.Name}.
 */
public final class KarmemEncodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The field path of the offending value. */
    private final String path;
    /** What is wrong, without the path. */
    private final String detail;

    /**
     * Creates an encoding error.
     *
     * @param path   the field path of the offending value (empty if it concerns the whole message)
     * @param detail what is wrong
     */
    public KarmemEncodeException(String path, String detail) {
        super(path.isEmpty() ? detail : path + ": " + detail);
        this.path = path;
        this.detail = detail;
    }

    /**
     * Returns the field path of the offending value.
     *
     * @return a path such as {@code Sample.Items[1].Data.Name}, or an empty string
     */
    public String path() {
        return path;
    }

    /**
     * Returns the message without the path.
     *
     * @return what is wrong
     */
    public String detail() {
        return detail;
    }
}
