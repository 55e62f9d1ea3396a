package dev.xtp4j.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading a schema: every diagnostic, and the model when there was no error.
 *
 * <p>Diagnostics are sorted by position (line, then column; ties keep discovery order).
 *
 * @param source the source name used in the diagnostics
 * @param schema the model, present exactly when there is no error
 * @param diagnostics all errors and warnings
 */
public record ParseResult(String source, Optional<XtpSchema> schema, List<Diagnostic> diagnostics) {

    /**
     * Creates a result.
     *
     * @param source the source name
     * @param schema the model, or empty
     * @param diagnostics the diagnostics (copied)
     */
    public ParseResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(schema, "schema");
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Returns the errors.
     *
     * @return the diagnostics of severity {@link Severity#ERROR}
     */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /**
     * Returns the warnings.
     *
     * @return the diagnostics of severity {@link Severity#WARNING}
     */
    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }

    /**
     * Tells whether there is at least one error.
     *
     * @return {@code true} when the document is invalid
     */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * Returns the model, or throws when the document has errors.
     *
     * @return the model
     * @throws XtpSchemaException with all diagnostics when there is an error
     */
    public XtpSchema orThrow() {
        return schema.orElseThrow(() -> new XtpSchemaException(diagnostics));
    }

    /**
     * Formats every diagnostic, one per line (see {@link Diagnostic#format()}).
     *
     * @return the formatted diagnostics, each followed by a line feed; empty when there are none
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            sb.append(d.format()).append('\n');
        }
        return sb.toString();
    }
}
