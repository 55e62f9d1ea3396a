package dev.xtp4j.schema;

/** The severity of a {@link Diagnostic}. */
public enum Severity {
    /** The document is invalid; no model is produced. */
    ERROR("error"),
    /** The document is usable, but something is suspicious or non-portable. */
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /**
     * Returns the lower-case label used in formatted diagnostics.
     *
     * @return {@code error} or {@code warning}
     */
    public String label() {
        return label;
    }
}
