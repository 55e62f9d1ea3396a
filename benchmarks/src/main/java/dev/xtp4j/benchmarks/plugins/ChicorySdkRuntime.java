package dev.xtp4j.benchmarks.plugins;

import dev.xtp4j.benchmarks.peer.shaded.chicory.wasm.Parser;
import dev.xtp4j.benchmarks.peer.shaded.chicory.wasm.WasmModule;
import dev.xtp4j.benchmarks.peer.shaded.chicory.wasm.types.MemoryLimits;
import java.lang.reflect.Field;
import java.nio.file.Path;
import org.extism.sdk.chicory.CompiledPlugin;
import org.extism.sdk.chicory.Manifest;
import org.extism.sdk.chicory.ManifestWasm;
import org.extism.sdk.chicory.Plugin;

/**
 * {@code org.extism.sdk:chicory-sdk-core} 0.3.0 on its own Chicory 1.4.0 (relocated to
 * {@code dev.xtp4j.benchmarks.peer.shaded.chicory}). With {@code aot}, its fastest configuration:
 *
 * <ul>
 *   <li>{@code Manifest.Options.withAoT()}: Chicory's runtime compiler for the plugin and for the Extism kernel
 *       module the SDK runs next to it;</li>
 *   <li>{@code withMemoryLimits(initial, max)} with the module's own limits: the only way to make the SDK use
 *       {@code ByteArrayMemory} for the plugin's memory (otherwise Chicory's default {@code ByteBufferMemory}). The
 *       kernel module's memory is always {@code ByteBufferMemory}: the SDK offers no choice there.</li>
 * </ul>
 *
 * <p>Without {@code aot}, the same with Chicory's interpreter.
 */
final class ChicorySdkRuntime implements PluginRuntime {
    private final boolean aot;

    ChicorySdkRuntime(boolean aot) {
        this.aot = aot;
    }

    @Override
    public String name() {
        return aot ? CHICORY_SDK : CHICORY_SDK_INTERPRETER;
    }

    @Override
    public Compiled compile(Path wasm) {
        WasmModule module = Parser.parse(wasm);
        MemoryLimits limits = module.memorySection()
                .map(section -> section.getMemory(0).limits())
                .orElse(MemoryLimits.defaultLimits());
        Manifest.Options options = new Manifest.Options()
                .withAoT(aot)
                .withMemoryLimits(limits.initialPages(), limits.maximumPages());
        CompiledPlugin compiled = Plugin.ofManifest(
                Manifest.ofWasms(ManifestWasm.fromFilePath(wasm).build()).withOptions(options).build())
                .compile();
        return () -> new PeerInstance(compiled.instantiate());
    }

    private record PeerInstance(Plugin plugin) implements Instance {
        @Override
        public byte[] call(String function, byte[] input) {
            return plugin.call(function, input);
        }

        @Override
        public String machine() {
            try {
                Field field = Plugin.class.getDeclaredField("mainInstance");
                field.setAccessible(true);
                var main = (dev.xtp4j.benchmarks.peer.shaded.chicory.runtime.Instance) field.get(plugin);
                return main.getMachine().getClass().getName();
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("cannot inspect the chicory-sdk plugin (" + e + ")", e);
            }
        }

        @Override
        public void close() {
            // chicory-sdk 0.3.0 plugins hold nothing to release.
        }
    }
}
