package dev.xtp4j.sdk;

/** A running call was cancelled through the plugin's {@link CancelHandle}. */
public final class CallCancelledException extends CallInterruptedException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param function the export that was called
     */
    public CallCancelledException(String function) {
        super(function, "timeout: plugin function `" + function + "` was cancelled");
    }
}
