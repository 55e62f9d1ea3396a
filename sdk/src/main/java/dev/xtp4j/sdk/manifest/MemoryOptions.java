package dev.xtp4j.sdk.manifest;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The manifest's {@code memory} section: limits on what a plugin may hold.
 *
 * @param maxPages the page budget (64 KiB pages) for the main module's memory and the kernel's growth; empty means no
 *     limit (manifest key {@code max_pages})
 * @param maxHttpResponseBytes the largest HTTP response body a plugin may receive; empty means the upstream default
 *     of 50 MiB (manifest key {@code max_http_response_bytes})
 * @param maxVarBytes the largest total size of the plugin's vars; {@code 0} disables vars (manifest key
 *     {@code max_var_bytes}, default 1 MiB)
 */
public record MemoryOptions(OptionalInt maxPages, OptionalLong maxHttpResponseBytes, long maxVarBytes) {

    /** Upstream's default cap for the var store: 1 MiB. */
    public static final long DEFAULT_MAX_VAR_BYTES = 1024L * 1024L;

    /** Upstream's effective cap for an HTTP response body when none is set: 50 MiB. */
    public static final long DEFAULT_MAX_HTTP_RESPONSE_BYTES = 50L * 1024L * 1024L;

    /** The defaults: no page limit, 50 MiB HTTP responses, 1 MiB of vars. */
    public static final MemoryOptions DEFAULTS =
            new MemoryOptions(OptionalInt.empty(), OptionalLong.empty(), DEFAULT_MAX_VAR_BYTES);

    /** Validates the components. */
    public MemoryOptions {
        if (maxPages.isPresent() && maxPages.getAsInt() < 0) {
            throw new IllegalArgumentException("max_pages must not be negative");
        }
        if (maxHttpResponseBytes.isPresent() && maxHttpResponseBytes.getAsLong() < 0) {
            throw new IllegalArgumentException("max_http_response_bytes must not be negative");
        }
        if (maxVarBytes < 0) {
            throw new IllegalArgumentException("max_var_bytes must not be negative");
        }
    }

    /**
     * A copy with a page budget.
     *
     * @param pages 64 KiB pages
     * @return new options
     */
    public MemoryOptions withMaxPages(int pages) {
        return new MemoryOptions(OptionalInt.of(pages), maxHttpResponseBytes, maxVarBytes);
    }

    /**
     * A copy with a cap on HTTP response bodies.
     *
     * @param bytes the largest body
     * @return new options
     */
    public MemoryOptions withMaxHttpResponseBytes(long bytes) {
        return new MemoryOptions(maxPages, OptionalLong.of(bytes), maxVarBytes);
    }

    /**
     * A copy with a cap on the var store; {@code 0} disables vars.
     *
     * @param bytes the largest total size
     * @return new options
     */
    public MemoryOptions withMaxVarBytes(long bytes) {
        return new MemoryOptions(maxPages, maxHttpResponseBytes, bytes);
    }

    /**
     * The HTTP response cap in effect.
     *
     * @return the configured cap, or 50 MiB
     */
    public long effectiveMaxHttpResponseBytes() {
        return maxHttpResponseBytes.orElse(DEFAULT_MAX_HTTP_RESPONSE_BYTES);
    }
}
