package dev.xtp4j.sdk;

/** How wasm code runs. */
public enum Engine {
    /**
     * Chicory's runtime compiler: each module is translated to JVM bytecode once per {@link CompiledPlugin}. Tens of
     * times faster than the interpreter once loaded. A module the compiler cannot take falls back to the interpreter
     * with a logged warning. The default.
     */
    COMPILER,
    /** Chicory's interpreter: no compilation step, slow execution. */
    INTERPRETER
}
