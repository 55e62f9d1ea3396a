package dev.xtp4j.schema.internal;

import dev.xtp4j.schema.Diagnostic;
import dev.xtp4j.schema.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects diagnostics for one document. */
final class Sink {

    private final String source;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int errors;

    Sink(String source) {
        this.source = source;
    }

    void error(String message, String path, int line, int column) {
        diagnostics.add(new Diagnostic(Severity.ERROR, message, path, Math.max(1, line), Math.max(1, column),
                source));
        errors++;
    }

    void warning(String message, String path, int line, int column) {
        diagnostics.add(new Diagnostic(Severity.WARNING, message, path, Math.max(1, line), Math.max(1, column),
                source));
    }

    void error(String message, String path, Node at) {
        error(message, path, at.line(), at.column());
    }

    void warning(String message, String path, Node at) {
        warning(message, path, at.line(), at.column());
    }

    void report(boolean asError, String message, String path, Node at) {
        if (asError) {
            error(message, path, at);
        } else {
            warning(message, path, at);
        }
    }

    int errorCount() {
        return errors;
    }

    String source() {
        return source;
    }

    List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(diagnostics);
        copy.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return copy;
    }
}
