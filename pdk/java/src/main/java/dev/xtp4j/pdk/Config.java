package dev.xtp4j.pdk;

/**
 * The plugin's configuration: the string map the host supplies (the manifest's {@code config}). Hosts report an
 * empty value as absent.
 */
public final class Config {
    private Config() {
    }

    /**
     * Looks up a config value.
     *
     * @param key the key
     * @return the value, or {@code null} when the key is absent (or its value is empty)
     */
    public static String get(String key) {
        long value = Env.configGet(keyBlock(key));
        return value == 0 ? null : Memory.readStringAndFree(value);
    }

    /**
     * Looks up a config value, with a fallback.
     *
     * @param key the key
     * @param fallback returned when the key is absent or its value is empty
     * @return the value or {@code fallback}
     */
    public static String get(String key, String fallback) {
        String value = get(key);
        return value != null ? value : fallback;
    }

    /** A block holding the key; an empty key still needs a block, since 0 is not a key. */
    static long keyBlock(String key) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("empty key");
        }
        return Memory.allocate(key);
    }
}
