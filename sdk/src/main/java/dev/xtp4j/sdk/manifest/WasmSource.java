package dev.xtp4j.sdk.manifest;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.xtp4j.sdk.internal.Sha256;

/**
 * Where a wasm module of a {@link Manifest} comes from: a file, bytes in the manifest, or a URL.
 *
 * <p>Each source may carry a module {@linkplain #name() name} (used for linking between modules and for choosing the
 * main module) and an expected {@linkplain #hash() hash}: the lower-case hex SHA-256 of the module's bytes, checked
 * when the plugin is loaded.
 *
 * <p>{@link Compiled} is an xtp4j extension: a module compiled to JVM classes at build time. It has no JSON form.
 */
public sealed interface WasmSource permits WasmSource.File, WasmSource.Data, WasmSource.Url, WasmSource.Compiled {

    /**
     * The module name, if set.
     *
     * @return the name used for linking and main-module selection
     */
    Optional<String> name();

    /**
     * The expected SHA-256 of the module bytes, if set.
     *
     * @return 64 lower-case hex digits
     */
    Optional<String> hash();

    /**
     * A copy of this source with another module name.
     *
     * @param name the module name
     * @return a new source
     */
    WasmSource withName(String name);

    /**
     * A copy of this source with an expected hash.
     *
     * @param sha256 64 lower-case hex digits
     * @return a new source
     */
    WasmSource withHash(String sha256);

    /**
     * A human-readable description of where the bytes come from, used in error messages.
     *
     * @return e.g. {@code file plugins/count.wasm}
     */
    String describe();

    /**
     * A module read from a file.
     *
     * @param path the file
     * @return a source without name or hash
     */
    static File file(Path path) {
        return new File(path, Optional.empty(), Optional.empty());
    }

    /**
     * A module given as bytes.
     *
     * @param bytes the module bytes (copied)
     * @return a source without name or hash
     */
    static Data data(byte[] bytes) {
        return new Data(bytes, Optional.empty(), Optional.empty());
    }

    /**
     * A module downloaded from a URL with {@code GET} and no extra headers.
     *
     * @param url the address
     * @return a source without name or hash
     */
    static Url url(URI url) {
        return new Url(url, Map.of(), "GET", Optional.empty(), Optional.empty());
    }

    /**
     * A module compiled to JVM classes at build time by Chicory's {@code chicory-compiler-maven-plugin}: the plugin
     * starts without parsing or compiling wasm, and with no code generation at run time.
     *
     * @param module the generated class's instance, e.g. {@code new CountVowelsModule()}
     * @return a source without a name
     */
    static Compiled compiled(com.dylibso.chicory.runtime.CompiledModule module) {
        return new Compiled(module, Optional.empty());
    }

    /**
     * A module read from a file (manifest key {@code path}).
     *
     * @param path the file; a relative path in a manifest file is resolved against the manifest's folder
     * @param name the module name
     * @param hash the expected SHA-256
     */
    record File(Path path, Optional<String> name, Optional<String> hash) implements WasmSource {
        /** Validates the components. */
        public File {
            Objects.requireNonNull(path, "path");
            name = checkName(name);
            hash = checkHash(hash);
        }

        @Override
        public File withName(String name) {
            return new File(path, Optional.of(name), hash);
        }

        @Override
        public File withHash(String sha256) {
            return new File(path, name, Optional.of(sha256));
        }

        @Override
        public String describe() {
            return "file " + path;
        }
    }

    /**
     * A module given inline (manifest key {@code data}, standard base64).
     *
     * @param bytes the module bytes
     * @param name the module name
     * @param hash the expected SHA-256
     */
    record Data(byte[] bytes, Optional<String> name, Optional<String> hash) implements WasmSource {
        /** Validates the components and copies the bytes. */
        public Data {
            bytes = Objects.requireNonNull(bytes, "bytes").clone();
            name = checkName(name);
            hash = checkHash(hash);
        }

        /**
         * The module bytes.
         *
         * @return a copy of the bytes
         */
        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public Data withName(String name) {
            return new Data(bytes, Optional.of(name), hash);
        }

        @Override
        public Data withHash(String sha256) {
            return new Data(bytes, name, Optional.of(sha256));
        }

        @Override
        public String describe() {
            return "inline data (" + bytes.length + " bytes)";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Data that
                    && Arrays.equals(bytes, that.bytes)
                    && name.equals(that.name)
                    && hash.equals(that.hash);
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(bytes), name, hash);
        }

        @Override
        public String toString() {
            return "Data[" + bytes.length + " bytes, name=" + name + ", hash=" + hash + "]";
        }
    }

    /**
     * A module downloaded when the plugin is compiled (manifest key {@code url}).
     *
     * @param url the address ({@code http} or {@code https})
     * @param headers request headers
     * @param method the HTTP method, upper case ({@code GET} by default)
     * @param name the module name
     * @param hash the expected SHA-256
     */
    record Url(URI url, Map<String, String> headers, String method, Optional<String> name, Optional<String> hash)
            implements WasmSource {
        /** Validates the components. */
        public Url {
            Objects.requireNonNull(url, "url");
            String scheme = url.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                throw new IllegalArgumentException("wasm url must be http or https: " + url);
            }
            headers = Map.copyOf(new LinkedHashMap<>(Objects.requireNonNull(headers, "headers")));
            method = Objects.requireNonNull(method, "method").toUpperCase(java.util.Locale.ROOT);
            name = checkName(name);
            hash = checkHash(hash);
        }

        /**
         * A copy of this source with one more request header.
         *
         * @param header the header name
         * @param value the header value
         * @return a new source
         */
        public Url withHeader(String header, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(header, value);
            return new Url(url, copy, method, name, hash);
        }

        /**
         * A copy of this source with another HTTP method.
         *
         * @param method e.g. {@code POST}
         * @return a new source
         */
        public Url withMethod(String method) {
            return new Url(url, headers, method, name, hash);
        }

        @Override
        public Url withName(String name) {
            return new Url(url, headers, method, Optional.of(name), hash);
        }

        @Override
        public Url withHash(String sha256) {
            return new Url(url, headers, method, name, Optional.of(sha256));
        }

        @Override
        public String describe() {
            return "url " + url;
        }
    }

    /**
     * A module compiled to JVM classes at build time (an xtp4j extension; it cannot be written as JSON). Build-time
     * compiled code is part of the application, so there is no hash to check.
     *
     * @param module the compiled module: its parsed wasm (without code) and its machine factory
     * @param name the module name
     */
    record Compiled(com.dylibso.chicory.runtime.CompiledModule module, Optional<String> name) implements WasmSource {
        /** Validates the components. */
        public Compiled {
            Objects.requireNonNull(module, "module");
            name = checkName(name);
        }

        /**
         * Always empty: the module is trusted application code.
         *
         * @return an empty optional
         */
        @Override
        public Optional<String> hash() {
            return Optional.empty();
        }

        @Override
        public Compiled withName(String name) {
            return new Compiled(module, Optional.of(name));
        }

        /**
         * Not supported: build-time compiled modules are part of the application and have no hash to check.
         *
         * @param sha256 ignored
         * @return never
         * @throws UnsupportedOperationException always
         */
        @Override
        public Compiled withHash(String sha256) {
            throw new UnsupportedOperationException("a precompiled module has no bytes to hash");
        }

        @Override
        public String describe() {
            return "precompiled " + module.getClass().getName();
        }
    }

    private static Optional<String> checkName(Optional<String> name) {
        Objects.requireNonNull(name, "name");
        if (name.isPresent() && name.get().isEmpty()) {
            throw new IllegalArgumentException("a module name must not be empty");
        }
        return name;
    }

    private static Optional<String> checkHash(Optional<String> hash) {
        Objects.requireNonNull(hash, "hash");
        if (hash.isPresent() && !Sha256.isSha256(hash.get())) {
            throw new IllegalArgumentException(
                    "hash must be a SHA-256 as 64 lower-case hex digits, got \"" + hash.get() + "\"");
        }
        return hash;
    }
}
