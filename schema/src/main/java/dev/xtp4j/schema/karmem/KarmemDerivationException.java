package dev.xtp4j.schema.karmem;

import java.util.List;

/**
 * An XTP schema cannot be mapped to Karmem: names that collide or cannot be Karmem identifiers. All problems are
 * collected; the message gives the first and the count.
 */
public final class KarmemDerivationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, at least one
     */
    public KarmemDerivationException(List<String> problems) {
        super(problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " other problem"
                + (problems.size() > 2 ? "s" : "") + ")" : ""));
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns every problem.
     *
     * @return the problems, e.g. {@code object User: properties userName and user_name both map to the Karmem field
     *     UserName; rename one of them}
     */
    public List<String> problems() {
        return problems;
    }
}
