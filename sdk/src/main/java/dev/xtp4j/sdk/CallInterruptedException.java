package dev.xtp4j.sdk;

/**
 * A running call was stopped from outside: it ran past the manifest's {@code timeout_ms}
 * ({@link CallTimeoutException}) or was cancelled through a {@link CancelHandle} ({@link CallCancelledException}).
 * The message starts with {@code timeout}, as upstream's does for both.
 *
 * <p>The plugin stays usable: its wasm instances are discarded and rebuilt on the next call (its vars are kept).
 */
public abstract class CallInterruptedException extends CallException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param function the export that was called
     * @param message what happened
     */
    protected CallInterruptedException(String function, String message) {
        super(function, -1, message, null);
    }
}
