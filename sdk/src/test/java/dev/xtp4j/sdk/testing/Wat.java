package dev.xtp4j.sdk.testing;

import com.dylibso.chicory.wabt.Wat2Wasm;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Compiles WebAssembly text to binary modules for tests, with Chicory's pure-Java wabt. */
public final class Wat {
    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private Wat() {}

    /**
     * Compiles WAT text.
     *
     * @param wat the module text
     * @return the binary module
     */
    public static byte[] compile(String wat) {
        return CACHE.computeIfAbsent(wat, Wat2Wasm::parse).clone();
    }
}
