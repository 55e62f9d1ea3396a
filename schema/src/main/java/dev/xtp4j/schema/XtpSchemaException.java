package dev.xtp4j.schema;

import java.util.List;

/**
 * Thrown when a schema document has errors. Carries every diagnostic (errors and warnings).
 *
 * <p>The message is the first error formatted as in {@link Diagnostic#format()}, followed, when there are more, by
 * {@code (and N other error(s))} as in the reference parser.
 */
public final class XtpSchemaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    /**
     * Creates the exception.
     *
     * @param diagnostics all diagnostics; at least one should be an error
     */
    public XtpSchemaException(List<Diagnostic> diagnostics) {
        super(message(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    private static String message(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        if (errors.isEmpty()) {
            return "invalid schema";
        }
        String first = errors.get(0).format();
        return errors.size() == 1 ? first : first + " (and " + (errors.size() - 1) + " other error(s))";
    }

    /**
     * Returns all diagnostics.
     *
     * @return errors and warnings, sorted by position
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * Returns the errors.
     *
     * @return the diagnostics of severity {@link Severity#ERROR}
     */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
}
