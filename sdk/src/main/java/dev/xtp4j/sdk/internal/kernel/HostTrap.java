package dev.xtp4j.sdk.internal.kernel;

/**
 * A host function failed: the guest traps, and the runtime turns this into a
 * {@link dev.xtp4j.sdk.HostFunctionException} naming the function.
 */
public final class HostTrap extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String namespace;
    private final String function;

    /**
     * Creates the trap.
     *
     * @param namespace the host function's namespace
     * @param function the host function's name
     * @param message what went wrong
     * @param cause what the host function threw, or {@code null}
     */
    public HostTrap(String namespace, String function, String message, Throwable cause) {
        super(message, cause, false, false);
        this.namespace = namespace;
        this.function = function;
    }

    /**
     * The host function's namespace.
     *
     * @return the wasm import module
     */
    public String namespace() {
        return namespace;
    }

    /**
     * The host function's name.
     *
     * @return the wasm import name
     */
    public String function() {
        return function;
    }
}
