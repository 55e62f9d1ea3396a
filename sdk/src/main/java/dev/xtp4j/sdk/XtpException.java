package dev.xtp4j.sdk;

/**
 * The root of every exception that xtp4j throws on purpose.
 *
 * <p>Catch this to handle any failure of the runtime in one place; catch a subclass to handle one kind of failure:
 * {@link dev.xtp4j.sdk.manifest.ManifestException} for a malformed manifest, {@link PluginLoadException} for a module
 * that cannot be loaded or linked, and {@link CallException} (with its subclasses) for a call that failed.
 */
public class XtpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong
     */
    public XtpException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public XtpException(String message, Throwable cause) {
        super(message, cause);
    }
}
