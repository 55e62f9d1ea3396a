package dev.xtp4j.pdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xtp4j.sdk.CompiledPlugin;
import dev.xtp4j.sdk.Engine;
import dev.xtp4j.sdk.Plugin;
import dev.xtp4j.sdk.PluginOptions;
import dev.xtp4j.sdk.Plugins;
import dev.xtp4j.sdk.manifest.Manifest;
import dev.xtp4j.sdk.manifest.WasmSource;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Objects held only by static fields survive TeaVM's garbage collections (see {@link StaticRootsPlugin}).
 *
 * <p>TeaVM 0.13.1's collector misreads its table of static GC roots and never visits the last static field, so the
 * object there is freed by the first collection after it was assigned, while the field keeps pointing at its old
 * place; the PDK's TeaVM plugin corrects the collector ({@code dev.xtp4j.pdk.internal.GcStaticRoots}). In this
 * plugin the last static field is a table of TeaVM's float formatting: without the correction, {@code format} failed
 * with {@code java.lang.IllegalArgumentException} after the first {@code churn} and on every later call.
 */
class StaticGcRootsTest {
    /** Enough garbage (2 million boxed integers) for several collections of the default 4 MiB heap. */
    private static final String CHURN = "2000";

    private static CompiledPlugin compiled;

    @BeforeAll
    static void build() throws Exception {
        byte[] wasm = TeaVmBuild.build(StaticRootsPlugin.class, Path.of("target", "teavm-static-roots"),
                "static-roots.wasm", new Properties());
        compiled = Plugins.compile(Manifest.builder().wasm(WasmSource.data(wasm)).build(),
                PluginOptions.builder().engine(Engine.COMPILER).build());
    }

    @Test
    void staticTablesFilledBeforeACollectionStillWorkAfterIt() {
        try (Plugin plugin = compiled.instantiate()) {
            assertEquals("1.5 1.5 1.5", plugin.call("format", "1.5"));
            assertEquals("2000000", plugin.call("churn", CHURN));
            assertEquals("1.5 1.5 1.5", plugin.call("format", "1.5"));
            assertEquals("0.1 0.1 0.1", plugin.call("format", "0.1"));
        }
    }

    @Test
    void staticTablesSurviveManyCollections() {
        try (Plugin plugin = compiled.instantiate()) {
            for (int round = 0; round < 5; round++) {
                assertEquals("2.5 2.5 2.5", plugin.call("format", "2.5"), "round " + round);
                assertEquals("2000000", plugin.call("churn", CHURN), "round " + round);
            }
            assertEquals("1.0E-5 1.0E-5 1.0E-5", plugin.call("format", "0.00001"));
        }
    }
}
