package dev.xtp4j.codegen;

/** A schema cannot be generated for a target; the message names the schema element and the reason. */
public class GeneratorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what cannot be generated and why
     */
    public GeneratorException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message what cannot be generated and why
     * @param cause the underlying failure
     */
    public GeneratorException(String message, Throwable cause) {
        super(message, cause);
    }
}
