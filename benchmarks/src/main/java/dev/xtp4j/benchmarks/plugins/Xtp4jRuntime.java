package dev.xtp4j.benchmarks.plugins;

import dev.xtp4j.sdk.CompiledPlugin;
import dev.xtp4j.sdk.Engine;
import dev.xtp4j.sdk.Plugin;
import dev.xtp4j.sdk.PluginOptions;
import dev.xtp4j.sdk.Plugins;
import dev.xtp4j.sdk.manifest.Manifest;
import dev.xtp4j.sdk.manifest.WasmSource;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Path;

/** xtp4j through its public API: {@link Plugins#compile}, {@link CompiledPlugin#instantiate()}, {@link Plugin#call}. */
final class Xtp4jRuntime implements PluginRuntime {
    /** The page budget of {@link PluginRuntime#XTP4J_BUDGETED}: 1 MiB. */
    static final int BUDGET_PAGES = 16;

    private final boolean budgeted;

    /**
     * Creates the runtime.
     *
     * @param budgeted whether the manifest sets {@code memory.max_pages} to {@link #BUDGET_PAGES}
     */
    Xtp4jRuntime(boolean budgeted) {
        this.budgeted = budgeted;
    }

    @Override
    public String name() {
        return budgeted ? XTP4J_BUDGETED : XTP4J;
    }

    @Override
    public Compiled compile(Path wasm) {
        Manifest.Builder manifest = Manifest.builder().wasm(WasmSource.file(wasm));
        if (budgeted) {
            manifest.maxPages(BUDGET_PAGES);
        }
        CompiledPlugin compiled = Plugins.compile(manifest.build(),
                PluginOptions.builder().engine(Engine.COMPILER).build());
        return () -> new Xtp4jInstance(compiled.instantiate());
    }

    private record Xtp4jInstance(Plugin plugin) implements Instance {
        @Override
        public byte[] call(String function, byte[] input) {
            return plugin.call(function, input);
        }

        @Override
        public String machine() {
            // Internal state, read only to verify that the compiler (not the interpreter) runs the guest.
            try {
                Field field = plugin.getClass().getDeclaredField("instances");
                field.setAccessible(true);
                Object instances = field.get(plugin);
                Method main = instances.getClass().getDeclaredMethod("main");
                main.setAccessible(true);
                return ((com.dylibso.chicory.runtime.Instance) main.invoke(instances)).getMachine().getClass().getName();
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("cannot inspect the xtp4j instance (" + e + ")", e);
            }
        }

        @Override
        public void close() {
            plugin.close();
        }
    }
}
