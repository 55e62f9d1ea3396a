package dev.xtp4j.sdk.internal;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.types.FunctionType;
import java.util.List;

/**
 * Runs a guest language runtime's initialisers once after instantiation, detected as the reference runtime does
 * (extism-abi.md 13.2). {@code _start} is never run here.
 */
final class GuestRuntime {
    private static final FunctionType VOID = FunctionType.empty();

    private GuestRuntime() {}

    static void initialize(Instance instance, ModuleInfo info) {
        if (info.functionExports().containsKey("hs_init")) {
            // Haskell: the WASI reactor initialiser first, then the RTS.
            if (info.exportsFunction("_initialize", VOID)) {
                instance.export("_initialize").apply();
            }
            FunctionType hsInit = info.functionExports().get("hs_init");
            long[] args = new long[hsInit.params().size()];
            instance.export("hs_init").apply(args);
        } else if (info.exportsFunction("__wasm_call_ctors", VOID)) {
            instance.export("__wasm_call_ctors").apply();
        } else if (info.exportsFunction("_initialize", VOID)) {
            instance.export("_initialize").apply();
        }
    }

    /**
     * The initialiser the reference runtime would run, for diagnostics.
     *
     * @param info the module
     * @return the export names that {@link #initialize} calls, in order
     */
    static List<String> initialisers(ModuleInfo info) {
        if (info.functionExports().containsKey("hs_init")) {
            return info.exportsFunction("_initialize", VOID) ? List.of("_initialize", "hs_init") : List.of("hs_init");
        }
        if (info.exportsFunction("__wasm_call_ctors", VOID)) {
            return List.of("__wasm_call_ctors");
        }
        if (info.exportsFunction("_initialize", VOID)) {
            return List.of("_initialize");
        }
        return List.of();
    }
}
