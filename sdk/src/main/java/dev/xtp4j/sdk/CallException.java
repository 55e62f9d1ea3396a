package dev.xtp4j.sdk;

/**
 * A call into a plugin failed. The subclass says how; {@link #returnCode()} gives the code the Extism reference
 * runtime reports for the same failure.
 *
 * <p>Unless the subclass says otherwise, the plugin stays usable after a failed call.
 */
public abstract class CallException extends XtpException {
    private static final long serialVersionUID = 1L;

    /** The return code the reference runtime reports for traps. */
    public static final int TRAP_RETURN_CODE = 134;

    private final String function;
    private final int returnCode;

    /**
     * Creates the exception.
     *
     * @param function the export that was called
     * @param returnCode the code the reference runtime reports for this failure
     * @param message what went wrong
     * @param cause the underlying failure, or {@code null}
     */
    protected CallException(String function, int returnCode, String message, Throwable cause) {
        super(message, cause);
        this.function = function;
        this.returnCode = returnCode;
    }

    /**
     * The export that was called.
     *
     * @return the function name
     */
    public String function() {
        return function;
    }

    /**
     * The code the Extism reference runtime reports for this failure: the export's own return code for guest errors,
     * 134 for traps, the exit code for WASI {@code proc_exit}, and -1 for timeouts, memory limits and missing exports.
     *
     * @return the return code
     */
    public int returnCode() {
        return returnCode;
    }
}
