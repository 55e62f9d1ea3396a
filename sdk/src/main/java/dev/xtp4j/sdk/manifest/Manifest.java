package dev.xtp4j.sdk.manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An Extism manifest: the wasm modules of a plugin and the limits and settings it runs with.
 *
 * <p>It mirrors the upstream manifest field for field, with the upstream defaults. Read one from a JSON or YAML file
 * with {@link #read(Path)} (relative module paths resolve against the manifest's folder), parse text with
 * {@link #parse(String)}, or build one in code:
 *
 * <pre>{@code
 * Manifest manifest = Manifest.builder()
 *         .wasm(WasmSource.file(Path.of("count_vowels.wasm")))
 *         .config("vowels", "aeiouy")
 *         .allowedHost("*.example.com")
 *         .timeout(Duration.ofSeconds(2))
 *         .build();
 * }</pre>
 *
 * @param wasm the modules, at least one (manifest key {@code wasm})
 * @param memory memory limits (manifest key {@code memory})
 * @param config read-only settings the plugin reads with {@code config_get} (manifest key {@code config})
 * @param allowedHosts host-name globs the plugin may reach over HTTP; empty denies all (manifest key
 *     {@code allowed_hosts})
 * @param allowedPaths host directories a WASI-enabled plugin may see (manifest key {@code allowed_paths})
 * @param timeout the wall-clock limit of one call; empty means none (manifest key {@code timeout_ms})
 */
public record Manifest(
        List<WasmSource> wasm,
        MemoryOptions memory,
        Map<String, String> config,
        List<String> allowedHosts,
        List<AllowedPath> allowedPaths,
        Optional<Duration> timeout) {

    /** Validates and copies the components. */
    public Manifest {
        wasm = List.copyOf(wasm);
        if (wasm.isEmpty()) {
            throw new IllegalArgumentException("No wasm files specified in Extism manifest");
        }
        Objects.requireNonNull(memory, "memory");
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
        config.forEach((k, v) -> {
            Objects.requireNonNull(k, "config key");
            Objects.requireNonNull(v, "config value");
        });
        allowedHosts = List.copyOf(allowedHosts);
        allowedPaths = List.copyOf(allowedPaths);
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isPresent() && (timeout.get().isNegative())) {
            throw new IllegalArgumentException("timeout must not be negative");
        }
    }

    /**
     * A manifest with these modules and every setting at its default.
     *
     * @param wasm the modules
     * @return the manifest
     */
    public static Manifest of(WasmSource... wasm) {
        return builder().wasm(wasm).build();
    }

    /**
     * A new builder with every setting at its default.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from this manifest.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.wasm.addAll(wasm);
        b.memory = memory;
        b.config.putAll(config);
        b.allowedHosts.addAll(allowedHosts);
        b.allowedPaths.addAll(allowedPaths);
        b.timeout = timeout.orElse(null);
        return b;
    }

    /**
     * Reads a manifest file, JSON or YAML (told apart by content). Relative module paths and relative
     * {@code allowed_paths} resolve against the file's folder.
     *
     * @param file the manifest file
     * @return the manifest
     * @throws ManifestException if the file is malformed, naming every problem with its line, column and JSON
     *     pointer
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Manifest read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("manifest file not found: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read manifest file " + file + ": " + e.getMessage(), e);
        }
        Path base = file.toAbsolutePath().getParent();
        return new ManifestReader(file.toString(), base).read(text);
    }

    /**
     * Parses manifest text, JSON or YAML (told apart by content). Relative paths stay relative (to the working
     * directory).
     *
     * @param text the manifest
     * @return the manifest
     * @throws ManifestException if the text is malformed
     */
    public static Manifest parse(String text) {
        return parse(text, "<manifest>", null);
    }

    /**
     * Parses manifest text, JSON or YAML (told apart by content), resolving relative paths against a folder.
     *
     * @param text the manifest
     * @param sourceName the name used in error messages, e.g. a file name
     * @param baseDir the folder relative paths resolve against, or {@code null} to keep them relative
     * @return the manifest
     * @throws ManifestException if the text is malformed
     */
    public static Manifest parse(String text, String sourceName, Path baseDir) {
        return new ManifestReader(sourceName, baseDir).read(text);
    }

    /**
     * This manifest as JSON, in the upstream format (modules given as bytes are written as base64).
     *
     * @return pretty-printed JSON
     * @throws IllegalStateException if a module is a {@link WasmSource.Compiled}, which has no JSON form
     */
    public String toJson() {
        return ManifestWriter.toJson(this);
    }

    /** Builds a {@link Manifest}; every setting starts at its upstream default. */
    public static final class Builder {
        private final List<WasmSource> wasm = new ArrayList<>();
        private MemoryOptions memory = MemoryOptions.DEFAULTS;
        private final Map<String, String> config = new LinkedHashMap<>();
        private final List<String> allowedHosts = new ArrayList<>();
        private final List<AllowedPath> allowedPaths = new ArrayList<>();
        private Duration timeout;

        private Builder() {}

        /**
         * Adds modules.
         *
         * @param sources the modules, in order
         * @return this builder
         */
        public Builder wasm(WasmSource... sources) {
            wasm.addAll(List.of(sources));
            return this;
        }

        /**
         * Sets the memory limits.
         *
         * @param memory the limits
         * @return this builder
         */
        public Builder memory(MemoryOptions memory) {
            this.memory = Objects.requireNonNull(memory, "memory");
            return this;
        }

        /**
         * Sets the page budget ({@code memory.max_pages}).
         *
         * @param pages 64 KiB pages
         * @return this builder
         */
        public Builder maxPages(int pages) {
            memory = memory.withMaxPages(pages);
            return this;
        }

        /**
         * Adds a config entry.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         */
        public Builder config(String key, String value) {
            config.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Adds config entries.
         *
         * @param entries the entries
         * @return this builder
         */
        public Builder config(Map<String, String> entries) {
            entries.forEach(this::config);
            return this;
        }

        /**
         * Allows HTTP requests to hosts matching a glob, e.g. {@code *.example.com}.
         *
         * @param hostGlob a host-name glob
         * @return this builder
         */
        public Builder allowedHost(String hostGlob) {
            allowedHosts.add(Objects.requireNonNull(hostGlob, "hostGlob"));
            return this;
        }

        /**
         * Maps a host directory into a WASI-enabled plugin, read-write.
         *
         * @param hostPath the host directory
         * @param guestPath where the plugin sees it
         * @return this builder
         */
        public Builder allowedPath(Path hostPath, String guestPath) {
            allowedPaths.add(new AllowedPath(hostPath, guestPath, false));
            return this;
        }

        /**
         * Maps a host directory into a WASI-enabled plugin.
         *
         * @param path the mapping
         * @return this builder
         */
        public Builder allowedPath(AllowedPath path) {
            allowedPaths.add(Objects.requireNonNull(path, "path"));
            return this;
        }

        /**
         * Limits the wall-clock time of each call.
         *
         * @param timeout the limit
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Builds the manifest.
         *
         * @return the manifest
         * @throws IllegalArgumentException if no module was added
         */
        public Manifest build() {
            return new Manifest(wasm, memory, config, allowedHosts, allowedPaths, Optional.ofNullable(timeout));
        }
    }
}
