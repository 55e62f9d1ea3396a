package dev.xtp4j.pdk;

import java.nio.charset.StandardCharsets;

/**
 * The output of the current call. Setting it again replaces it, except that an empty output cannot replace a
 * non-empty one (the ABI has no empty blocks); a call that fails (see {@link Exports}) has no output.
 */
public final class Output {
    private Output() {
    }

    /**
     * Sets the output to a copy of {@code bytes}.
     *
     * @param bytes the output
     * @throws PluginException when the host is out of memory
     */
    public static void set(byte[] bytes) {
        long handle = Memory.allocate(bytes);
        Env.outputSet(handle, bytes.length);
    }

    /**
     * Sets the output to the UTF-8 encoding of {@code text}.
     *
     * @param text the output
     * @throws PluginException when the host is out of memory
     */
    public static void set(String text) {
        set(text.getBytes(StandardCharsets.UTF_8));
    }
}
