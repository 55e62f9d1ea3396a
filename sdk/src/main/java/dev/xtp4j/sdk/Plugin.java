package dev.xtp4j.sdk;

import dev.xtp4j.sdk.manifest.Manifest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One instance of a plugin: its wasm instances, kernel memory, vars and logs. Create one with
 * {@link Plugins#load(Manifest)} or {@link CompiledPlugin#instantiate()}.
 *
 * <p>A plugin instance runs one call at a time: a second concurrent call, or a call from inside one of its own host
 * functions, is rejected with {@link IllegalStateException}. Share work across threads with a pool of instances.
 *
 * <pre>{@code
 * try (Plugin plugin = Plugins.load(Path.of("manifests/count-vowels.yaml"))) {
 *     String json = plugin.call("count_vowels", "Hello, World!");
 * }
 * }</pre>
 */
public interface Plugin extends AutoCloseable {

    /**
     * Calls an export of the main module with input bytes.
     *
     * @param function the export's name; its type must be {@code () -> i32} or {@code () -> ()}
     * @param input the input the plugin reads with {@code input_*}
     * @return the output the plugin set with {@code output_set}, or an empty array
     * @throws CallException if the call failed; the subclass says how
     * @throws IllegalStateException if the plugin is closed or already running a call
     */
    default byte[] call(String function, byte[] input) {
        return call(function, input, null);
    }

    /**
     * Calls an export with input bytes and a host context that host functions can reach through
     * {@link CurrentPlugin#hostContext()} during this call.
     *
     * @param function the export's name
     * @param input the input
     * @param hostContext any object, or {@code null}
     * @return the output
     * @throws CallException if the call failed
     * @throws IllegalStateException if the plugin is closed or already running a call
     */
    byte[] call(String function, byte[] input, Object hostContext);

    /**
     * Calls an export with UTF-8 text in and out.
     *
     * @param function the export's name
     * @param input the input text
     * @return the output as UTF-8 text
     * @throws CallException if the call failed
     */
    default String call(String function, String input) {
        return new String(call(function, input.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    /**
     * Calls an export with empty input.
     *
     * @param function the export's name
     * @return the output
     * @throws CallException if the call failed
     */
    default byte[] call(String function) {
        return call(function, new byte[0]);
    }

    /**
     * Whether the main module exports a callable function of that name ({@code () -> i32} or {@code () -> ()}).
     *
     * @param function the name
     * @return true if {@link #call(String, byte[])} can call it
     */
    boolean functionExists(String function);

    /**
     * The callable exports of the main module.
     *
     * @return names in module order
     */
    List<String> functions();

    /**
     * This instance's id (a UUID), used in log messages.
     *
     * @return the id
     */
    String id();

    /**
     * The manifest this plugin was loaded from.
     *
     * @return the manifest
     */
    Manifest manifest();

    /**
     * A handle that cancels this instance's running call from another thread.
     *
     * @return the handle
     */
    CancelHandle cancelHandle();

    /**
     * Frees all kernel memory of this instance, as upstream's {@code reset}. Calls do this themselves before they
     * start; this releases the memory of the last output early.
     */
    void reset();

    /** Releases this instance. Later calls fail with {@link IllegalStateException}. Closing twice does nothing. */
    @Override
    void close();
}
