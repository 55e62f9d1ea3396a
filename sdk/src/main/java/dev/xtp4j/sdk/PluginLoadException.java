package dev.xtp4j.sdk;

/**
 * A plugin could not be loaded: a wasm source could not be read, its hash did not match, its bytes are not a valid
 * module, an import cannot be satisfied, or the module cannot be compiled or instantiated.
 *
 * <p>The message names the module (its manifest name and source) and the offending import or section.
 */
public class PluginLoadException extends XtpException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, naming the module
     */
    public PluginLoadException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, naming the module
     * @param cause the underlying failure
     */
    public PluginLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
