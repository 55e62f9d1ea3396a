package dev.xtp4j.pdk;

/**
 * A plugin function's failure with a message for the host. Thrown inside {@link Exports#run}, it becomes the call's
 * error ({@link Env#errorSet}) and the export returns {@link #code()}: the host reports the message as the reason the
 * call failed.
 *
 * <pre>{@code
 * if (input.isEmpty()) {
 *     throw new PluginException("expected a name");
 * }
 * }</pre>
 */
public class PluginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The return code of a failed export unless another is given: -1, as in the other Extism PDKs. */
    public static final int DEFAULT_CODE = -1;

    private final int code;

    /**
     * A failure with the default return code, -1.
     *
     * @param message the message the host reports
     */
    public PluginException(String message) {
        this(message, DEFAULT_CODE);
    }

    /**
     * A failure with a specific return code. Whatever the code, even 0, the call fails, because an error is set.
     *
     * @param message the message the host reports
     * @param code the export's return code
     */
    public PluginException(String message, int code) {
        super(message);
        this.code = code;
    }

    /**
     * A failure caused by another exception, with the default return code.
     *
     * @param message the message the host reports
     * @param cause the cause (its message is not added to {@code message})
     */
    public PluginException(String message, Throwable cause) {
        super(message, cause);
        this.code = DEFAULT_CODE;
    }

    /**
     * The return code the export reports.
     *
     * @return the code
     */
    public int code() {
        return code;
    }
}
