package dev.xtp4j.schema.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An example implementation of a function in some language ({@code codeSamples} entry).
 *
 * @param lang the language, any string (e.g. {@code typescript}, {@code java})
 * @param source the source code
 * @param label a short description, or empty
 */
public record CodeSample(String lang, String source, Optional<String> label) {

    /**
     * Creates a code sample.
     *
     * @param lang the language
     * @param source the source code
     * @param label the label, or empty
     */
    public CodeSample {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(label, "label");
    }
}
