package dev.xtp4j.benchmarks.plugins;

import java.nio.file.Path;
import java.util.List;

/**
 * A plugin runtime under test, reduced to what the benchmarks do with it: compile a module once, make instances,
 * call exports with bytes.
 */
sealed interface PluginRuntime permits Xtp4jRuntime, ChicorySdkRuntime {
    /** xtp4j with the Chicory compiler (its default engine). */
    String XTP4J = "xtp4j";
    /** chicory-sdk 0.3.0 in its fastest mode: AoT (Chicory's runtime compiler) and ByteArrayMemory. */
    String CHICORY_SDK = "chicory-sdk";
    /**
     * chicory-sdk 0.3.0 without AoT: Chicory's interpreter. Used only for instantiation, as the peer's cheapest
     * {@code CompiledPlugin.instantiate()}: with AoT that method recompiles the kernel and the plugin every time, and
     * the SDK rejects a factory compiled up front, because it re-parses the modules for every instance and Chicory
     * 1.4.0 checks that a compiled factory is used with the very module object it was compiled from.
     */
    String CHICORY_SDK_INTERPRETER = "chicory-sdk-interpreter";
    /**
     * xtp4j with {@code memory.max_pages} set to {@value Xtp4jRuntime#BUDGET_PAGES} (1 MiB): the page budget also
     * bounds Chicory's page table. Used only for the retained heap.
     */
    String XTP4J_BUDGETED = "xtp4j-max-pages";

    /** Every name {@link #named(String)} accepts. */
    List<String> NAMES = List.of(XTP4J, XTP4J_BUDGETED, CHICORY_SDK, CHICORY_SDK_INTERPRETER);

    /**
     * The runtime of that name.
     *
     * @param name one of {@link #NAMES}
     * @return the runtime
     * @throws IllegalArgumentException for other names
     */
    static PluginRuntime named(String name) {
        return switch (name) {
            case XTP4J -> new Xtp4jRuntime(false);
            case XTP4J_BUDGETED -> new Xtp4jRuntime(true);
            case CHICORY_SDK -> new ChicorySdkRuntime(true);
            case CHICORY_SDK_INTERPRETER -> new ChicorySdkRuntime(false);
            default -> throw new IllegalArgumentException("unknown runtime " + name + "; expected one of " + NAMES);
        };
    }

    /**
     * The runtime's name, as in {@link #NAMES}.
     *
     * @return the name
     */
    String name();

    /**
     * Parses and compiles a module once (the runtime's "compiled plugin").
     *
     * @param wasm the module file
     * @return the compiled plugin
     */
    Compiled compile(Path wasm);

    /** A module compiled once, from which instances are made. */
    interface Compiled {
        /**
         * A new instance.
         *
         * @return the instance
         */
        Instance instantiate();
    }

    /** One plugin instance. */
    interface Instance extends AutoCloseable {
        /**
         * Calls an export.
         *
         * @param function the export
         * @param input its input
         * @return its output
         */
        byte[] call(String function, byte[] input);

        /**
         * Describes how the main module's code runs, for the verification step: the class of its Chicory machine.
         * Valid after the first call.
         *
         * @return the machine's class name
         */
        String machine();

        /**
         * The runtime's own plugin object, for measuring what it retains.
         *
         * @return the plugin
         */
        Object plugin();

        /** Releases the instance (a no-op where the runtime has nothing to release). */
        @Override
        void close();
    }
}
