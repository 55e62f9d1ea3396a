package dev.xtp4j.sdk;

/**
 * Stops the running call of one plugin instance from another thread. Cancelling an idle plugin does nothing. The
 * cancelled call fails with {@link CallCancelledException}.
 */
@FunctionalInterface
public interface CancelHandle {
    /**
     * Stops the plugin's running call, if any.
     *
     * @return true if a call was running and has been asked to stop
     */
    boolean cancel();
}
