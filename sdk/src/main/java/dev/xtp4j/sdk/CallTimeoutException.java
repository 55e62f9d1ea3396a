package dev.xtp4j.sdk;

import java.time.Duration;

/** A call ran longer than the manifest's {@code timeout_ms} and was stopped. */
public final class CallTimeoutException extends CallInterruptedException {
    private static final long serialVersionUID = 1L;

    private final transient Duration limit;

    /**
     * Creates the exception.
     *
     * @param function the export that was called
     * @param limit the time limit that was exceeded
     */
    public CallTimeoutException(String function, Duration limit) {
        super(function, "timeout: plugin function `" + function + "` ran longer than " + limit.toMillis() + " ms");
        this.limit = limit;
    }

    /**
     * The limit that was exceeded.
     *
     * @return the manifest's timeout
     */
    public Duration limit() {
        return limit;
    }
}
