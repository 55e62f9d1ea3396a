package dev.xtp4j.sdk.internal.kernel;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plugin instance's vars: a sorted map from string keys to bytes that survives across calls, capped by
 * {@code memory.max_var_bytes} with upstream's accounting (key bytes + value bytes + 48 bytes per entry, counted over
 * every existing entry plus the new one).
 */
public final class VarStore {
    /** Upstream's per-entry overhead: the sizes of a Rust {@code String} and {@code Vec<u8>}. */
    static final int ENTRY_OVERHEAD = 48;

    private final long maxBytes;
    private final Map<String, byte[]> vars = new TreeMap<>();
    private long usedBytes;

    /**
     * Creates an empty store.
     *
     * @param maxBytes the cap; 0 disables vars
     */
    public VarStore(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Whether vars are enabled ({@code max_var_bytes > 0}).
     *
     * @return true if enabled
     */
    public boolean enabled() {
        return maxBytes > 0;
    }

    /**
     * A var's value.
     *
     * @param key the key
     * @return the stored array (not a copy), or {@code null}
     */
    public byte[] get(String key) {
        return vars.get(key);
    }

    /**
     * Sets a var.
     *
     * @param key the key
     * @param value the value (kept, not copied)
     * @throws IllegalStateException with upstream's message if vars are disabled or the store would be full
     */
    public void set(String key, byte[] value) {
        if (!enabled()) {
            throw new IllegalStateException("Vars are disabled by this host");
        }
        long size = usedBytes + entrySize(key, value);
        if (size > maxBytes) {
            throw new IllegalStateException("Variable store is full");
        }
        byte[] old = vars.put(key, value);
        if (old != null) {
            usedBytes -= entrySize(key, old);
        }
        usedBytes += entrySize(key, value);
    }

    /**
     * Removes a var.
     *
     * @param key the key
     * @throws IllegalStateException if vars are disabled
     */
    public void remove(String key) {
        if (!enabled()) {
            throw new IllegalStateException("Vars are disabled by this host");
        }
        byte[] old = vars.remove(key);
        if (old != null) {
            usedBytes -= entrySize(key, old);
        }
    }

    /** Removes every var. */
    public void clear() {
        vars.clear();
        usedBytes = 0;
    }

    private static long entrySize(String key, byte[] value) {
        return (long) key.getBytes(StandardCharsets.UTF_8).length + value.length + ENTRY_OVERHEAD;
    }
}
