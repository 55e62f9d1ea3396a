package dev.xtp4j.schema.karmem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of comparing two versions of a Karmem schema: every change, breaking ones first in declaration order.
 *
 * @param changes the changes
 */
public record CompatibilityReport(List<Change> changes) {

    /**
     * Creates a report.
     *
     * @param changes the changes (copied)
     */
    public CompatibilityReport {
        changes = List.copyOf(changes);
    }

    /**
     * Tells whether messages stay readable across the two versions.
     *
     * @return true if no change is breaking
     */
    public boolean isCompatible() {
        return breaking().isEmpty();
    }

    /**
     * Returns the breaking changes.
     *
     * @return the changes that break compatibility
     */
    public List<Change> breaking() {
        return changes.stream().filter(c -> c.severity() == Change.Severity.BREAKING).toList();
    }

    /**
     * Returns the report as text, one change per line; empty when nothing changed.
     *
     * @return the text
     */
    public String format() {
        return changes.stream().map(Change::format).collect(Collectors.joining("\n"));
    }
}
