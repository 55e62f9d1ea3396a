package dev.xtp4j.codec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-function content types that replace what the schema declares, as a host's configuration: production XTP
 * schemas can only declare JSON, text or raw bytes, so a host and a plugin that agree on MessagePack or Karmem for
 * a function say so here. Immutable.
 *
 * <pre>{@code
 * ContentTypeOverrides overrides = ContentTypeOverrides.builder()
 *         .input("process", ContentType.KARMEM)
 *         .output("process", ContentType.KARMEM)
 *         .build();
 * ContentType in = overrides.input("process", declared);   // KARMEM
 * }</pre>
 */
public final class ContentTypeOverrides {
    private static final ContentTypeOverrides NONE = new ContentTypeOverrides(Map.of(), Map.of());

    private final Map<String, ContentType> inputs;
    private final Map<String, ContentType> outputs;

    private ContentTypeOverrides(Map<String, ContentType> inputs, Map<String, ContentType> outputs) {
        this.inputs = Map.copyOf(inputs);
        this.outputs = Map.copyOf(outputs);
    }

    /**
     * Returns the overrides that change nothing.
     *
     * @return the empty overrides
     */
    public static ContentTypeOverrides none() {
        return NONE;
    }

    /**
     * Starts a set of overrides.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the content type of a function's input.
     *
     * @param function the function name as in the schema
     * @param declared the content type the schema declares
     * @return the override, or {@code declared}
     */
    public ContentType input(String function, ContentType declared) {
        return inputs.getOrDefault(function, declared);
    }

    /**
     * Returns the content type of a function's output.
     *
     * @param function the function name as in the schema
     * @param declared the content type the schema declares
     * @return the override, or {@code declared}
     */
    public ContentType output(String function, ContentType declared) {
        return outputs.getOrDefault(function, declared);
    }

    /**
     * Returns the override of a function's input, if any.
     *
     * @param function the function name
     * @return the override
     */
    public Optional<ContentType> inputOverride(String function) {
        return Optional.ofNullable(inputs.get(function));
    }

    /**
     * Returns the override of a function's output, if any.
     *
     * @param function the function name
     * @return the override
     */
    public Optional<ContentType> outputOverride(String function) {
        return Optional.ofNullable(outputs.get(function));
    }

    @Override
    public String toString() {
        return "ContentTypeOverrides{inputs=" + inputs + ", outputs=" + outputs + "}";
    }

    /** Collects overrides. */
    public static final class Builder {
        private final Map<String, ContentType> inputs = new LinkedHashMap<>();
        private final Map<String, ContentType> outputs = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Overrides the content type of a function's input.
         *
         * @param function    the function name as in the schema
         * @param contentType the content type to use
         * @return this builder
         */
        public Builder input(String function, ContentType contentType) {
            inputs.put(Objects.requireNonNull(function, "function"), Objects.requireNonNull(contentType, "type"));
            return this;
        }

        /**
         * Overrides the content type of a function's output.
         *
         * @param function    the function name as in the schema
         * @param contentType the content type to use
         * @return this builder
         */
        public Builder output(String function, ContentType contentType) {
            outputs.put(Objects.requireNonNull(function, "function"), Objects.requireNonNull(contentType, "type"));
            return this;
        }

        /**
         * Builds the overrides.
         *
         * @return the overrides
         */
        public ContentTypeOverrides build() {
            return new ContentTypeOverrides(inputs, outputs);
        }
    }
}
