package dev.xtp4j.sdk;

/**
 * The plugin trapped: {@code unreachable}, an out-of-bounds access, a division by zero, an exhausted call stack, an
 * instruction the runtime does not support. The return code is 134, as upstream.
 *
 * <p>The plugin stays usable: its wasm instances are discarded and rebuilt on the next call (its vars are kept),
 * because a trap can leave a guest's own state half-updated.
 */
public final class TrapException extends CallException {
    private static final long serialVersionUID = 1L;

    private final String trapMessage;

    /**
     * Creates the exception.
     *
     * @param function the export that was called
     * @param trapMessage the runtime's description of the trap
     * @param cause the runtime's exception
     */
    public TrapException(String function, String trapMessage, Throwable cause) {
        super(function, TRAP_RETURN_CODE, "plugin function `" + function + "` trapped: " + trapMessage, cause);
        this.trapMessage = trapMessage;
    }

    /**
     * The runtime's description of the trap, e.g. {@code Trapped on unreachable instruction}.
     *
     * @return the trap message
     */
    public String trapMessage() {
        return trapMessage;
    }
}
