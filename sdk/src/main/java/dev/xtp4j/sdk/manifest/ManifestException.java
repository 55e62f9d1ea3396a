package dev.xtp4j.sdk.manifest;

import dev.xtp4j.sdk.XtpException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A manifest is malformed. The exception carries every problem found, each with its place in the document.
 *
 * <p>The message lists the problems one per line, e.g.
 * {@code plugin.json:3:5: unknown field "timeout" (at /timeout); expected one of wasm, memory, config, allowed_hosts,
 * allowed_paths, timeout_ms}.
 */
public final class ManifestException extends XtpException {
    private static final long serialVersionUID = 1L;

    /** The problems, in document order. */
    private final transient List<Problem> problems;

    /**
     * Creates an exception from the problems found.
     *
     * @param problems at least one problem
     */
    public ManifestException(List<Problem> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, in document order.
     *
     * @return the problems
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String format(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ManifestException needs at least one problem");
        }
        if (problems.size() == 1) {
            return "invalid manifest: " + problems.get(0);
        }
        return "invalid manifest (" + problems.size() + " problems):"
                + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }

    /**
     * One problem in a manifest.
     *
     * @param source the file name or a description of the text
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param pointer the JSON pointer of the offending value ({@code ""} for the root)
     * @param message what is wrong
     */
    public record Problem(String source, int line, int column, String pointer, String message) {
        @Override
        public String toString() {
            String place = line > 0 ? source + ":" + line + ":" + column : source;
            return place + ": " + message + " (at " + (pointer.isEmpty() ? "/" : pointer) + ")";
        }
    }
}
