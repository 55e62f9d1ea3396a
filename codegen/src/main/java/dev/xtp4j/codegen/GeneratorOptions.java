package dev.xtp4j.codegen;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a generator needs besides the schema: the package (or prefix) of the generated code, the project name for
 * scaffolding, per-function content-type overrides, and target-specific settings. Immutable; use {@link #builder()}.
 */
public final class GeneratorOptions {
    private final String packageName;
    private final String projectName;
    private final String schemaName;
    private final Map<String, String> contentTypeOverrides;
    private final Map<String, String> settings;

    private GeneratorOptions(Builder b) {
        this.packageName = b.packageName;
        this.projectName = b.projectName;
        this.schemaName = b.schemaName;
        this.contentTypeOverrides = Map.copyOf(b.contentTypeOverrides);
        this.settings = Map.copyOf(b.settings);
    }

    /**
     * A new builder: package {@code xtp.generated}, project name {@code plugin}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The Java package of generated Java code (the {@code c} target does not use it: C names come from the schema).
     *
     * @return e.g. {@code com.example.plugins}
     */
    public String packageName() {
        return packageName;
    }

    /**
     * The project name used when scaffolding a plugin project ({@code init}).
     *
     * @return e.g. {@code count-vowels}
     */
    public String projectName() {
        return projectName;
    }

    /**
     * The name of the schema the code is generated from, as generated files mention it in their header.
     *
     * @return e.g. {@code kitchen-sink.yaml}, or empty when the caller did not say
     */
    public Optional<String> schemaName() {
        return Optional.ofNullable(schemaName);
    }

    /**
     * Content types that override the schema's, keyed {@code function} (both directions), {@code function.input} or
     * {@code function.output}; values are content-type strings such as {@code application/x-msgpack}.
     *
     * @return the overrides
     */
    public Map<String, String> contentTypeOverrides() {
        return contentTypeOverrides;
    }

    /**
     * A target-specific setting.
     *
     * @param key the setting's name
     * @return its value, if set
     */
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    /**
     * Every target-specific setting.
     *
     * @return the settings
     */
    public Map<String, String> settings() {
        return settings;
    }

    /** Builds {@link GeneratorOptions}. */
    public static final class Builder {
        private String packageName = "xtp.generated";
        private String projectName = "plugin";
        private String schemaName;
        private final Map<String, String> contentTypeOverrides = new LinkedHashMap<>();
        private final Map<String, String> settings = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Sets the package of generated Java code.
         *
         * @param name a valid Java package name
         * @return this builder
         * @throws IllegalArgumentException if the name is not a valid package name
         */
        public Builder packageName(String name) {
            Objects.requireNonNull(name, "name");
            if (!name.matches("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*")) {
                throw new IllegalArgumentException("not a valid Java package name: \"" + name + "\"");
            }
            this.packageName = name;
            return this;
        }

        /**
         * Sets the project name for scaffolding.
         *
         * @param name letters, digits, {@code -} and {@code _}
         * @return this builder
         */
        public Builder projectName(String name) {
            Objects.requireNonNull(name, "name");
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
                throw new IllegalArgumentException("a project name uses letters, digits, - and _: \"" + name + "\"");
            }
            this.projectName = name;
            return this;
        }

        /**
         * Sets the name of the schema, for the headers of generated files (the file name, not a full path, so that
         * the output does not depend on where the project is checked out).
         *
         * @param name e.g. {@code kitchen-sink.yaml}
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or spans several lines
         */
        public Builder schemaName(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank() || name.contains("\n") || name.contains("\r")) {
                throw new IllegalArgumentException("a schema name is one non-blank line: \"" + name + "\"");
            }
            this.schemaName = name;
            return this;
        }

        /**
         * Overrides the content type of a function's input and/or output.
         *
         * @param key {@code function}, {@code function.input} or {@code function.output}
         * @param contentType e.g. {@code application/x-msgpack}
         * @return this builder
         */
        public Builder contentTypeOverride(String key, String contentType) {
            contentTypeOverrides.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(contentType,
                    "contentType"));
            return this;
        }

        /**
         * Sets a target-specific setting.
         *
         * @param key the name
         * @param value the value
         * @return this builder
         */
        public Builder setting(String key, String value) {
            settings.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public GeneratorOptions build() {
            return new GeneratorOptions(this);
        }
    }
}
