package dev.xtp4j.sdk;

/**
 * The plugin tried to use more memory than {@code memory.max_pages} allows (or than the JVM can give it). The message
 * starts with {@code oom}, as upstream's.
 *
 * <p>The plugin stays usable: its wasm instances are discarded and rebuilt on the next call (its vars are kept).
 */
public final class MemoryLimitException extends CallException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param function the export that was called
     * @param detail what was asked for and what the limit is
     * @param cause the underlying failure, or {@code null}
     */
    public MemoryLimitException(String function, String detail, Throwable cause) {
        super(function, -1, "oom: plugin function `" + function + "` exceeded its memory limit: " + detail, cause);
    }
}
