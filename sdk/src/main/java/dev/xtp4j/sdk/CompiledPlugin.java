package dev.xtp4j.sdk;

import dev.xtp4j.sdk.internal.LinkedPlugin;
import dev.xtp4j.sdk.internal.PluginInstance;
import dev.xtp4j.sdk.manifest.Manifest;
import java.util.List;

/**
 * A plugin parsed, checked, linked and compiled once, from which instances are made cheaply. Thread-safe: share one
 * {@code CompiledPlugin} and call {@link #instantiate()} from any thread.
 *
 * <pre>{@code
 * CompiledPlugin compiled = Plugins.compile(manifest, options);   // slow: parse + compile, once
 * try (Plugin plugin = compiled.instantiate()) {                  // fast
 *     plugin.call("count_vowels", "Hello");
 * }
 * }</pre>
 */
public final class CompiledPlugin {
    private final LinkedPlugin linked;

    CompiledPlugin(LinkedPlugin linked) {
        this.linked = linked;
    }

    /**
     * A new, independent instance: its own wasm instances (created on its first call), kernel memory and vars.
     *
     * @return the instance
     */
    public Plugin instantiate() {
        return new PluginInstance(linked);
    }

    /**
     * The manifest.
     *
     * @return the manifest
     */
    public Manifest manifest() {
        return linked.manifest();
    }

    /**
     * The options.
     *
     * @return the options
     */
    public PluginOptions options() {
        return linked.options();
    }

    /**
     * The callable exports of the main module.
     *
     * @return names in module order
     */
    public List<String> functions() {
        return linked.callable();
    }

    /**
     * Whether the main module exports a callable function of that name.
     *
     * @param function the name
     * @return true if instances can call it
     */
    public boolean functionExists(String function) {
        return linked.callable().contains(function);
    }
}
