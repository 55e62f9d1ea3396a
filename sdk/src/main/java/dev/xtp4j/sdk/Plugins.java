package dev.xtp4j.sdk;

import dev.xtp4j.sdk.internal.LinkedPlugin;
import dev.xtp4j.sdk.manifest.Manifest;
import dev.xtp4j.sdk.manifest.ManifestException;
import dev.xtp4j.sdk.manifest.WasmSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Loads plugins.
 *
 * <pre>{@code
 * try (Plugin plugin = Plugins.load(Path.of("manifests/count-vowels.yaml"))) {
 *     System.out.println(plugin.call("count_vowels", "Hello, World!"));
 * }
 * }</pre>
 */
public final class Plugins {
    private Plugins() {}

    /**
     * Loads a plugin from a manifest with default options.
     *
     * @param manifest the manifest
     * @return a plugin instance
     * @throws PluginLoadException if a module cannot be read, parsed, linked or compiled
     */
    public static Plugin load(Manifest manifest) {
        return load(manifest, PluginOptions.defaults());
    }

    /**
     * Loads a plugin from a manifest.
     *
     * @param manifest the manifest
     * @param options host functions, WASI, logging, engine
     * @return a plugin instance
     * @throws PluginLoadException if a module cannot be read, parsed, linked or compiled
     */
    public static Plugin load(Manifest manifest, PluginOptions options) {
        return compile(manifest, options).instantiate();
    }

    /**
     * Loads a plugin from a file with default options: a manifest (JSON or YAML) or a bare {@code .wasm} module.
     *
     * @param file the file
     * @return a plugin instance
     * @throws ManifestException if the file is a malformed manifest
     * @throws PluginLoadException if a module cannot be read, parsed, linked or compiled
     */
    public static Plugin load(Path file) {
        return load(file, PluginOptions.defaults());
    }

    /**
     * Loads a plugin from a file: a manifest (JSON or YAML) or a bare {@code .wasm} module, told apart by content.
     *
     * @param file the file
     * @param options host functions, WASI, logging, engine
     * @return a plugin instance
     * @throws ManifestException if the file is a malformed manifest
     * @throws PluginLoadException if a module cannot be read, parsed, linked or compiled
     */
    public static Plugin load(Path file, PluginOptions options) {
        return load(manifestOf(file), options);
    }

    /**
     * Loads a bare wasm module with default options.
     *
     * @param wasm the module bytes
     * @return a plugin instance
     * @throws PluginLoadException if the module cannot be parsed, linked or compiled
     */
    public static Plugin load(byte[] wasm) {
        return load(Manifest.of(WasmSource.data(wasm)));
    }

    /**
     * Parses, checks, links and compiles a plugin once, for making many instances.
     *
     * @param manifest the manifest
     * @param options host functions, WASI, logging, engine
     * @return the compiled plugin
     * @throws PluginLoadException if a module cannot be read, parsed, linked or compiled
     */
    public static CompiledPlugin compile(Manifest manifest, PluginOptions options) {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(options, "options");
        return new CompiledPlugin(LinkedPlugin.link(manifest, options));
    }

    /**
     * The manifest for a file: the file itself if it is a manifest, or a one-module manifest for a {@code .wasm}
     * file.
     *
     * @param file a manifest or a wasm module
     * @return the manifest
     * @throws ManifestException if the file is a malformed manifest
     * @throws PluginLoadException if the file cannot be read
     */
    public static Manifest manifestOf(Path file) {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        } catch (NoSuchFileException e) {
            throw new PluginLoadException("file not found: " + file, e);
        } catch (IOException e) {
            throw new PluginLoadException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (n == 4 && head[0] == 0 && head[1] == 'a' && head[2] == 's' && head[3] == 'm') {
            return Manifest.of(WasmSource.file(file));
        }
        try {
            return Manifest.read(file);
        } catch (UncheckedIOException e) {
            throw new PluginLoadException(e.getMessage(), e);
        }
    }
}
