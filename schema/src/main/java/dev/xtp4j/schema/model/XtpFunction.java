package dev.xtp4j.schema.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An exported function (implemented by the plugin, called by the host) or an imported function (implemented by the
 * host, called by the plugin).
 *
 * <p>All four combinations of input and output are valid. The wasm signature follows from them: an export is always
 * {@code () -> i32}; an import in module {@code extism:host/user} takes an {@code i64} handle when it has an input
 * and returns one when it has an output.
 *
 * @param name the function name, exactly as written (the wasm export or import name)
 * @param javaName the method name generated Java code uses (the name, escaped when it is a Java reserved word)
 * @param description the description, or empty
 * @param input the input, or empty when the function takes none
 * @param output the output, or empty when the function returns nothing
 * @param codeSamples the code samples in document order
 */
public record XtpFunction(String name, String javaName, Optional<String> description, Optional<Parameter> input,
        Optional<Parameter> output, List<CodeSample> codeSamples) {

    /**
     * Creates a function.
     *
     * @param name the name
     * @param javaName the Java method name
     * @param description the description, or empty
     * @param input the input, or empty
     * @param output the output, or empty
     * @param codeSamples the code samples (copied)
     */
    public XtpFunction {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaName, "javaName");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        codeSamples = List.copyOf(codeSamples);
    }

    /**
     * Returns the code samples of one language, compared case-insensitively (as the upstream template helper does).
     *
     * @param lang the language
     * @return the matching samples in document order
     */
    public List<CodeSample> codeSamples(String lang) {
        return codeSamples.stream().filter(s -> s.lang().equalsIgnoreCase(lang)).toList();
    }
}
