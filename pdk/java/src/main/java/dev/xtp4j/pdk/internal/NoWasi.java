package dev.xtp4j.pdk.internal;

/**
 * What TeaVM's WASI runtime services become in a plugin built without WASI (the default; see
 * {@code dev.xtp4j.pdk.internal.teavm.ExtismTeaVMPlugin}): an Extism host without WASI offers no clock and no source of
 * randomness, so asking for one fails the call with a message that says how to get them.
 *
 * <p>Called only from code that the TeaVM plugin rewrites; not part of the API.
 */
public final class NoWasi {
    private static final String HOW = " is not available in an Extism plugin built without WASI. Build the plugin"
            + " with the TeaVM property xtp4j.wasi=true and run it with WASI enabled on the host.";

    private NoWasi() {
    }

    /**
     * Replaces the WASI clock behind {@code System.currentTimeMillis()}.
     *
     * @return never returns
     * @throws UnsupportedOperationException always
     */
    public static long currentTimeMillis() {
        throw new UnsupportedOperationException("System.currentTimeMillis()" + HOW);
    }

    /**
     * Replaces the WASI randomness behind {@code Math.random()} and {@code java.util.Random}.
     *
     * @return never returns
     * @throws UnsupportedOperationException always
     */
    public static double random() {
        throw new UnsupportedOperationException("Math.random() and java.util.Random (TeaVM ignores seeds)" + HOW);
    }

    /**
     * Replaces the {@code java.lang.Math} functions that TeaVM implements with imports from a module
     * {@code teavmMath}, which no Extism host provides.
     *
     * @param function the function's name, such as {@code Math.sin}
     * @return never returns
     * @throws UnsupportedOperationException always
     */
    public static double unsupportedMath(String function) {
        throw new UnsupportedOperationException(function + "() is not available in an Extism plugin built with"
                + " TeaVM 0.13.1: TeaVM implements it with an import (teavmMath) that no Extism host provides."
                + " Math.sqrt, floor, ceil, rint, pow, abs, min and max work.");
    }

    /**
     * Replaces TeaVM's {@code teavm.nanoTime} import behind {@code System.nanoTime()}, which no Extism host provides.
     *
     * @return never returns
     * @throws UnsupportedOperationException always
     */
    public static double nanoTime() {
        throw new UnsupportedOperationException("System.nanoTime() is not available in an Extism plugin built with"
                + " TeaVM: it would import teavm.nanoTime, which no Extism host provides.");
    }
}
