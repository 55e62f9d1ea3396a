package dev.xtp4j.pdk;

import java.nio.charset.StandardCharsets;

/**
 * Vars: a byte map kept by the host for one plugin instance, surviving from call to call (static fields survive
 * too, but a host may rebuild the instance, for example after a trap, and keep only the vars). The host may limit
 * their total size ({@code memory.max_var_bytes}); exceeding it, or using vars on a host that disabled them, fails the
 * call.
 */
public final class Vars {
    private Vars() {
    }

    /**
     * Reads a var.
     *
     * @param key the key; not empty
     * @return a copy of the value, or {@code null} when the var is not set
     * @throws IllegalArgumentException when {@code key} is empty
     */
    public static byte[] get(String key) {
        long value = Env.varGet(Config.keyBlock(key));
        return value == 0 ? null : Memory.readAndFree(value);
    }

    /**
     * Reads a var as UTF-8 text.
     *
     * @param key the key; not empty
     * @return the value, or {@code null} when the var is not set
     * @throws IllegalArgumentException when {@code key} is empty
     */
    public static String getString(String key) {
        byte[] value = get(key);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    /**
     * Sets a var to a copy of {@code value}. An empty value cannot be stored (the ABI has no empty blocks): it removes
     * the var.
     *
     * @param key the key; not empty
     * @param value the value
     * @throws IllegalArgumentException when {@code key} is empty
     */
    public static void set(String key, byte[] value) {
        long valueBlock = Memory.allocate(value);
        Env.varSet(Config.keyBlock(key), valueBlock);
    }

    /**
     * Sets a var to the UTF-8 encoding of {@code value}; an empty string removes the var.
     *
     * @param key the key; not empty
     * @param value the value
     * @throws IllegalArgumentException when {@code key} is empty
     */
    public static void set(String key, String value) {
        set(key, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Removes a var; removing a var that is not set does nothing.
     *
     * @param key the key; not empty
     * @throws IllegalArgumentException when {@code key} is empty
     */
    public static void remove(String key) {
        Env.varSet(Config.keyBlock(key), 0);
    }
}
