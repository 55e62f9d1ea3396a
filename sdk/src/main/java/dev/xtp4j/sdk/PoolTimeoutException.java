package dev.xtp4j.sdk;

import java.time.Duration;

/** No plugin instance of a {@link PluginPool} became free within the borrow timeout. */
public final class PoolTimeoutException extends XtpException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param timeout how long the caller waited
     * @param maxInstances the pool's size
     */
    public PoolTimeoutException(Duration timeout, int maxInstances) {
        super("no plugin instance became free within " + timeout.toMillis() + " ms (all " + maxInstances
                + " instances of the pool are in use)");
    }
}
