package dev.xtp4j.pdk;

import java.nio.charset.StandardCharsets;

/** The input of the current call: the bytes the host passed to the export. */
public final class Input {
    private Input() {
    }

    /**
     * The input's length in bytes.
     *
     * @return the length
     */
    public static long length() {
        return Env.inputLength();
    }

    /**
     * A copy of the whole input.
     *
     * @return the input bytes; empty when there is no input
     * @throws PluginException when the input is larger than a Java array can hold
     */
    public static byte[] bytes() {
        long length = Env.inputLength();
        if (length > Integer.MAX_VALUE - 8) {
            throw new PluginException("an input of " + length + " bytes does not fit in a Java array");
        }
        byte[] bytes = new byte[(int) length];
        int n = bytes.length;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            Bytes.putLongLE(bytes, i, Env.inputLoadU64(i));
        }
        for (; i < n; i++) {
            bytes[i] = (byte) Env.inputLoadU8(i);
        }
        return bytes;
    }

    /**
     * The whole input as UTF-8 text; malformed sequences become U+FFFD.
     *
     * @return the input text; empty when there is no input
     */
    public static String string() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }
}
