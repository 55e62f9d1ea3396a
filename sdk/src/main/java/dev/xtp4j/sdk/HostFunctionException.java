package dev.xtp4j.sdk;

/**
 * A host function failed while the plugin called it, which traps the guest and fails the call. This covers the
 * built-in functions of {@code extism:host/env} (for example {@code var_set} on a full var store, or an invalid handle
 * passed to {@code config_get}) and user host functions that threw.
 *
 * <p>The return code is -1, as upstream's for errors raised by host functions (only wasm traps give 134). The plugin
 * stays usable; its wasm instances are rebuilt on the next call, as after a {@link TrapException}.
 */
public class HostFunctionException extends CallException {
    private static final long serialVersionUID = 1L;

    private final String namespace;
    private final String hostFunction;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param function the export that was called
     * @param namespace the host function's namespace (wasm import module)
     * @param hostFunction the host function's name
     * @param reason what went wrong, in upstream's words where upstream has them
     * @param cause what the host function threw, or {@code null}
     */
    public HostFunctionException(
            String function, String namespace, String hostFunction, String reason, Throwable cause) {
        super(function, -1,
                reason + " (in host function " + namespace + "::" + hostFunction + ", called by plugin function `"
                        + function + "`)",
                cause);
        this.namespace = namespace;
        this.hostFunction = hostFunction;
        this.reason = reason;
    }

    /**
     * The failing host function's namespace.
     *
     * @return the wasm import module, e.g. {@code extism:host/env}
     */
    public String namespace() {
        return namespace;
    }

    /**
     * The failing host function's name.
     *
     * @return the wasm import name, e.g. {@code var_set}
     */
    public String hostFunction() {
        return hostFunction;
    }

    /**
     * What went wrong, without the location suffix of {@link #getMessage()}.
     *
     * @return the reason, e.g. {@code Variable store is full}
     */
    public String reason() {
        return reason;
    }
}
