package dev.xtp4j.sdk;

import dev.xtp4j.sdk.manifest.Manifest;
import java.time.Duration;
import java.util.Optional;

/**
 * The plugin that is calling a host function: its Extism memory (handles), vars, config, error state and the
 * per-call host context.
 *
 * <p>A {@code CurrentPlugin} is valid only during the host function call that received it.
 *
 * <p><b>Handles</b> are the Extism ABI's {@code i64} references to blocks of kernel memory. Handles a plugin passes
 * to a user host function stay owned by the plugin (the host does not free them); handles returned by the host are
 * new allocations the plugin may free.
 */
public interface CurrentPlugin {

    /**
     * The plugin instance's id (a UUID), as used in log messages.
     *
     * @return the id
     */
    String pluginId();

    /**
     * The manifest the plugin was loaded from.
     *
     * @return the manifest
     */
    Manifest manifest();

    /**
     * Allocates a block of kernel memory.
     *
     * @param size bytes; 0 returns the null handle
     * @return the new handle, or 0 for a 0-byte request
     * @throws MemoryLimitException if the plugin's memory budget is exhausted
     */
    long alloc(long size);

    /**
     * Frees a block. Freeing 0 or an unknown handle does nothing.
     *
     * @param handle the block's handle
     */
    void free(long handle);

    /**
     * The length of a block.
     *
     * @param handle a handle
     * @return the block's length, or 0 for 0 and for values that are not handles
     */
    long length(long handle);

    /**
     * Copies a whole block out of kernel memory.
     *
     * @param handle a handle; 0 gives an empty array
     * @return the block's bytes
     * @throws IllegalArgumentException if the value is not a live handle
     */
    byte[] read(long handle);

    /**
     * Reads a whole block as UTF-8 text.
     *
     * @param handle a handle; 0 gives the empty string
     * @return the text
     * @throws IllegalArgumentException if the value is not a live handle
     */
    String readString(long handle);

    /**
     * Allocates a block holding these bytes.
     *
     * @param bytes the content
     * @return the new handle, or 0 for an empty array
     * @throws MemoryLimitException if the plugin's memory budget is exhausted
     */
    long write(byte[] bytes);

    /**
     * Allocates a block holding this text as UTF-8.
     *
     * @param text the content
     * @return the new handle, or 0 for an empty string
     * @throws MemoryLimitException if the plugin's memory budget is exhausted
     */
    long writeString(String text);

    /**
     * Copies bytes into an existing block.
     *
     * @param handle a live handle
     * @param offset where in the block to start
     * @param bytes the bytes; they must fit in the block
     * @throws IllegalArgumentException if the handle is not live or the bytes do not fit
     */
    void write(long handle, long offset, byte[] bytes);

    /**
     * Makes the current call fail with this message, as the guest's {@code error_set} would, even if the host
     * function then returns normally. An empty message clears the error, as upstream.
     *
     * @param message the error message
     */
    void setError(String message);

    /** Clears an error set by the guest or by {@link #setError(String)}. */
    void clearError();

    /**
     * The error currently set for this call.
     *
     * @return the message, if an error is set
     */
    Optional<String> error();

    /**
     * The host context passed to {@link Plugin#call(String, byte[], Object)} for this call.
     *
     * @return the context object, if one was given
     */
    Optional<Object> hostContext();

    /**
     * The host context, cast to a type.
     *
     * @param type the expected type
     * @param <T> the type
     * @return the context object
     * @throws IllegalStateException if no context was given or it has another type
     */
    <T> T hostContext(Class<T> type);

    /**
     * A config value of the plugin.
     *
     * @param key the key
     * @return the value, if set
     */
    Optional<String> config(String key);

    /**
     * A var of the plugin.
     *
     * @param key the key
     * @return a copy of the value, if set
     */
    Optional<byte[]> var(String key);

    /**
     * Sets or (with {@code null}) removes a var, subject to {@code memory.max_var_bytes} like the guest's
     * {@code var_set}.
     *
     * @param key the key
     * @param value the value, or {@code null} to remove the var
     * @throws IllegalStateException if vars are disabled or the var store would exceed its limit
     */
    void setVar(String key, byte[] value);

    /**
     * The memory of the wasm module that made the call, for host functions that take guest pointers.
     *
     * @return Chicory's memory of the calling instance
     * @throws IllegalStateException if the calling module has no memory
     */
    com.dylibso.chicory.runtime.Memory guestMemory();

    /**
     * The time left before the call's timeout.
     *
     * @return the remaining time, or empty when the manifest sets no timeout
     */
    Optional<Duration> timeRemaining();
}
