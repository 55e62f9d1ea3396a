package dev.xtp4j.pdk;

import org.teavm.interop.Import;

/**
 * The raw Extism guest ABI: one {@code static native} method per function of the {@value #MODULE} import module,
 * with its exact WebAssembly signature ({@code long} is {@code i64}, {@code int} is {@code i32}).
 *
 * <p>Most plugins never need this class: {@link Input}, {@link Output}, {@link Config}, {@link Vars}, {@link Log},
 * {@link Http} and {@link Memory} are built on it. TeaVM emits a WebAssembly import only for the methods a plugin
 * actually reaches, so unused declarations cost nothing.
 *
 * <p>A <em>handle</em> is an opaque, non-zero {@code long} naming a block of the host's kernel memory; {@code 0} means
 * "none". The handles passed to {@link #configGet}, {@link #varGet}, {@link #varSet}, {@link #httpRequest} and the
 * {@code log*} functions are freed by the host; {@link #outputSet} and {@link #errorSet} hand their block to the host;
 * handles returned by the host belong to the plugin. Every call into the plugin starts from an empty kernel, so no
 * handle outlives the call that created it.
 *
 * <p>These methods exist only inside a WebAssembly module built with TeaVM; on a JVM they throw
 * {@link UnsatisfiedLinkError}.
 */
public final class Env {
    /** The import module of the Extism guest ABI. */
    public static final String MODULE = "extism:host/env";

    private Env() {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Kernel: memory blocks.

    /**
     * Allocates a block. {@code (i64) -> i64}.
     *
     * @param length the block's size in bytes
     * @return the new block's handle, or 0 when {@code length} is 0 or the host is out of memory
     */
    @Import(module = MODULE, name = "alloc")
    public static native long alloc(long length);

    /**
     * Frees a block; 0 and unknown handles are ignored. {@code (i64) -> ()}.
     *
     * @param handle the block to free
     */
    @Import(module = MODULE, name = "free")
    public static native void free(long handle);

    /**
     * The byte length of a block. {@code (i64) -> i64}.
     *
     * @param handle a block handle
     * @return its length, or 0 for 0 and for anything that is not a live handle
     */
    @Import(module = MODULE, name = "length")
    public static native long length(long handle);

    /**
     * The byte length of a block, without validating the handle. {@code (i64) -> i64}.
     *
     * @param handle a live block handle
     * @return its length; unspecified for anything else
     */
    @Import(module = MODULE, name = "length_unsafe")
    public static native long lengthUnsafe(long handle);

    /**
     * Reads one byte of kernel memory. {@code (i64) -> i32}.
     *
     * @param address an absolute kernel address (a handle plus an offset)
     * @return the byte, 0–255; 0 outside kernel memory
     */
    @Import(module = MODULE, name = "load_u8")
    public static native int loadU8(long address);

    /**
     * Reads eight bytes of kernel memory, little-endian. {@code (i64) -> i64}.
     *
     * @param address an absolute kernel address; need not be aligned
     * @return the value; 0 outside kernel memory
     */
    @Import(module = MODULE, name = "load_u64")
    public static native long loadU64(long address);

    /**
     * Writes one byte of kernel memory. {@code (i64, i32) -> ()}.
     *
     * @param address an absolute kernel address
     * @param value the byte to store (its low 8 bits)
     */
    @Import(module = MODULE, name = "store_u8")
    public static native void storeU8(long address, int value);

    /**
     * Writes eight bytes of kernel memory, little-endian. {@code (i64, i64) -> ()}.
     *
     * @param address an absolute kernel address; need not be aligned
     * @param value the value to store
     */
    @Import(module = MODULE, name = "store_u64")
    public static native void storeU64(long address, long value);

    /**
     * The number of bytes the kernel allocator manages. {@code () -> i64}.
     *
     * @return the size of the kernel's memory region
     */
    @Import(module = MODULE, name = "memory_bytes")
    public static native long memoryBytes();

    // ---------------------------------------------------------------------------------------------------------------
    // Kernel: the current call's input, output and error.

    /**
     * The byte length of the current call's input. {@code () -> i64}.
     *
     * @return the input length
     */
    @Import(module = MODULE, name = "input_length")
    public static native long inputLength();

    /**
     * The handle of the input block (readable with {@link #loadU8}/{@link #loadU64}). {@code () -> i64}.
     *
     * @return the input handle, or 0 for an empty input
     */
    @Import(module = MODULE, name = "input_offset")
    public static native long inputOffset();

    /**
     * Reads one input byte. {@code (i64) -> i32}.
     *
     * @param offset the offset from the start of the input
     * @return the byte, 0–255; 0 when {@code offset} is past the end
     */
    @Import(module = MODULE, name = "input_load_u8")
    public static native int inputLoadU8(long offset);

    /**
     * Reads eight input bytes, little-endian. {@code (i64) -> i64}.
     *
     * @param offset the offset from the start of the input
     * @return the value; 0 unless all eight bytes lie inside the input
     */
    @Import(module = MODULE, name = "input_load_u64")
    public static native long inputLoadU64(long offset);

    /**
     * Declares the call's output; the block passes to the host. {@code (i64, i64) -> ()}.
     *
     * @param handle the block holding the output
     * @param length the number of bytes of the block that form the output
     */
    @Import(module = MODULE, name = "output_set")
    public static native void outputSet(long handle, long length);

    /**
     * Sets the call's error message (the whole block, UTF-8); the block passes to the host and the call fails,
     * whatever the export returns. {@code (i64) -> ()}.
     *
     * @param handle the block holding the message, or 0 to clear the error
     */
    @Import(module = MODULE, name = "error_set")
    public static native void errorSet(long handle);

    /**
     * The current error block. {@code () -> i64}.
     *
     * @return the error handle, or 0
     */
    @Import(module = MODULE, name = "error_get")
    public static native long errorGet();

    // ---------------------------------------------------------------------------------------------------------------
    // Host functions. Handles passed in are consumed (freed) by the host.

    /**
     * Looks up a config value. {@code (i64) -> i64}.
     *
     * @param key a block holding the UTF-8 key (freed by the host)
     * @return a new block holding the value, or 0 when the key is absent or the value empty
     */
    @Import(module = MODULE, name = "config_get")
    public static native long configGet(long key);

    /**
     * Reads a var. {@code (i64) -> i64}.
     *
     * @param key a block holding the UTF-8 key (freed by the host)
     * @return a new block holding a copy of the value, or 0 when the var is not set
     */
    @Import(module = MODULE, name = "var_get")
    public static native long varGet(long key);

    /**
     * Sets or deletes a var. {@code (i64, i64) -> ()}.
     *
     * @param key a block holding the UTF-8 key (freed by the host)
     * @param value a block holding the value (freed by the host), or 0 to delete the var
     */
    @Import(module = MODULE, name = "var_set")
    public static native void varSet(long key, long value);

    /**
     * Sends an HTTP request. {@code (i64, i64) -> i64}.
     *
     * @param request a block holding {@code {"url":…,"method"?:…,"headers"?:{…}}} (freed by the host)
     * @param body a block holding the request body (freed by the host), or 0
     * @return a new block holding the response body, or 0 when it is empty
     */
    @Import(module = MODULE, name = "http_request")
    public static native long httpRequest(long request, long body);

    /**
     * The status code of the last HTTP request. {@code () -> i32}.
     *
     * @return the status, or 0 before any request
     */
    @Import(module = MODULE, name = "http_status_code")
    public static native int httpStatusCode();

    /**
     * The headers of the last HTTP response. {@code () -> i64}.
     *
     * @return a new block holding a JSON object {@code {name: value}}, or 0 unless the host opted in
     */
    @Import(module = MODULE, name = "http_headers")
    public static native long httpHeaders();

    /**
     * Logs a message at trace level. {@code (i64) -> ()}.
     *
     * @param message a block holding the UTF-8 message (freed by the host)
     */
    @Import(module = MODULE, name = "log_trace")
    public static native void logTrace(long message);

    /**
     * Logs a message at debug level. {@code (i64) -> ()}.
     *
     * @param message a block holding the UTF-8 message (freed by the host)
     */
    @Import(module = MODULE, name = "log_debug")
    public static native void logDebug(long message);

    /**
     * Logs a message at info level. {@code (i64) -> ()}.
     *
     * @param message a block holding the UTF-8 message (freed by the host)
     */
    @Import(module = MODULE, name = "log_info")
    public static native void logInfo(long message);

    /**
     * Logs a message at warn level. {@code (i64) -> ()}.
     *
     * @param message a block holding the UTF-8 message (freed by the host)
     */
    @Import(module = MODULE, name = "log_warn")
    public static native void logWarn(long message);

    /**
     * Logs a message at error level. {@code (i64) -> ()}.
     *
     * @param message a block holding the UTF-8 message (freed by the host)
     */
    @Import(module = MODULE, name = "log_error")
    public static native void logError(long message);

    /**
     * The lowest level the host currently logs: 0 = trace, 1 = debug, 2 = info, 3 = warn, 4 = error, and a very large
     * value ({@code Integer.MAX_VALUE}, or -1 read as unsigned) when logging is off. {@code () -> i32}.
     *
     * @return the host's log level
     */
    @Import(module = MODULE, name = "get_log_level")
    public static native int getLogLevel();
}
