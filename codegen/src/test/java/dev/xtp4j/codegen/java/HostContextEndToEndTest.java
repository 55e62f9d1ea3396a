package dev.xtp4j.codegen.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.codegen.GeneratedFile;
import dev.xtp4j.codegen.GeneratorOptions;
import dev.xtp4j.codegen.java.GeneratedJavaCompilesTest.Repository;
import dev.xtp4j.schema.XtpSchemas;
import dev.xtp4j.sdk.CompiledPlugin;
import dev.xtp4j.sdk.HostFunction;
import dev.xtp4j.sdk.Plugin;
import dev.xtp4j.sdk.PluginOptions;
import dev.xtp4j.sdk.PluginPool;
import dev.xtp4j.sdk.Plugins;
import dev.xtp4j.sdk.manifest.Manifest;
import dev.xtp4j.sdk.manifest.WasmSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java-host.context=true} end to end: the host stubs of {@code sample-plugins/kitchen-sink.yaml}, generated with
 * the setting and compiled in memory together with a host that implements them, serve the committed C kitchen-sink
 * plugin, whose export {@code callHost} calls all four imports. Every host method sees the calling plugin's id and
 * the host context of the call it serves, whether the call came from {@code Plugin.call} or from the typed exports'
 * {@code withHostContext} on an instance or a pool.
 */
class HostContextEndToEndTest {
    /**
     * A host written against the generated interface: it records, per method call, the plugin id and the call's host
     * context, and scales points by the context (an {@code Integer}) rather than by the label's length.
     */
    private static final String HOST = """
            package generated.context;

            import dev.xtp4j.sdk.CurrentPlugin;
            import java.time.OffsetDateTime;
            import java.util.List;
            import java.util.concurrent.CopyOnWriteArrayList;

            /** Records what each host method learns from the plugin calling it. */
            public final class ContextHost implements KitchenSinkHost {
                /** One line per call: the method, the plugin id and the host context. */
                public final List<String> seen = new CopyOnWriteArrayList<>();

                /** Creates the host. */
                public ContextHost() {}

                private void see(String what, CurrentPlugin plugin) {
                    seen.add(what + " " + plugin.pluginId() + " " + plugin.hostContext().orElse("none"));
                }

                @Override
                public Point scalePoint(CurrentPlugin plugin, Point input) {
                    see("scalePoint", plugin);
                    int factor = plugin.hostContext(Integer.class);
                    return new Point(input.x() * factor, input.y() * factor, input.label());
                }

                @Override
                public OffsetDateTime currentTime(CurrentPlugin plugin) {
                    see("currentTime", plugin);
                    return OffsetDateTime.parse("2024-07-23T16:03:34.123+02:00");
                }

                @Override
                public void logLine(CurrentPlugin plugin, String input) {
                    see("logLine " + input, plugin);
                }

                @Override
                public void tick(CurrentPlugin plugin) {
                    see("tick", plugin);
                }
            }
            """;

    /** Typed calls with a host context, through the generated exports interface, on an instance and on a pool. */
    private static final String TYPED = """
            package generated.context;

            import dev.xtp4j.sdk.Plugin;
            import dev.xtp4j.sdk.PluginPool;

            /** Calls callHost through KitchenSink.withHostContext. */
            public final class TypedCalls {
                private TypedCalls() {}

                /**
                 * The scaled point of callHost on an instance.
                 *
                 * @param plugin the instance
                 * @param factor the host context
                 * @return the point
                 */
                public static Point onInstance(Plugin plugin, int factor) {
                    return KitchenSink.of(plugin).withHostContext(factor)
                            .callHost(new HostRequest(new Point(2, -3, "ab"), "hello")).scaled();
                }

                /**
                 * The scaled point of callHost on a pool.
                 *
                 * @param pool the pool
                 * @param factor the host context
                 * @return the point
                 */
                public static Point onPool(PluginPool pool, int factor) {
                    return KitchenSink.of(pool).withHostContext(factor)
                            .callHost(new HostRequest(new Point(2, -3, "ab"), "hello")).scaled();
                }
            }
            """;

    private static final String REQUEST = "{\"point\":{\"x\":2,\"y\":-3,\"label\":\"ab\"},\"message\":\"hello\"}";

    @Test
    void hostMethodsSeeThePluginAndTheHostContextOfTheirCall(@TempDir Path dir) throws Exception {
        Path root = Repository.root();
        Path schemaFile = root.resolve("sample-plugins/kitchen-sink.yaml");
        List<GeneratedFile> files = new ArrayList<>(new JavaHostGenerator().generate(XtpSchemas.read(schemaFile)
                .schema().orElseThrow(), GeneratorOptions.builder().packageName("generated.context")
                .projectName("kitchen-sink").schemaName("kitchen-sink.yaml").setting("java-host.context", "true")
                .build()));
        files.add(GeneratedFile.generated("generated/context/ContextHost.java", HOST));
        files.add(GeneratedFile.generated("generated/context/TypedCalls.java", TYPED));
        ClassLoader loader = InMemoryCompiler.compile(files, Files.createDirectories(dir.resolve("classes")));

        Class<?> api = loader.loadClass("generated.context.KitchenSinkHost");
        Object host = loader.loadClass("generated.context.ContextHost").getConstructor().newInstance();
        List<HostFunction> functions = ((List<?>) api.getMethod("hostFunctions", api).invoke(null, host)).stream()
                .map(HostFunction.class::cast).toList();
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) host.getClass().getField("seen").get(host);

        Path wasm = root.resolve("sample-plugins/c/kitchen-sink.wasm");
        PluginOptions options = PluginOptions.builder().hostFunctions(functions).build();
        try (Plugin first = Plugins.load(wasm, options); Plugin second = Plugins.load(wasm, options)) {
            assertNotEquals(first.id(), second.id());

            String report = call(first, 3);
            // The point is scaled by the host context (3), not by the label's length (2).
            assertTrue(report.contains("\"scaled\":{\"x\":6,\"y\":-9,\"label\":\"ab\"}"), report);
            assertTrue(report.contains("\"logged\":true") && report.contains("\"ticked\":true"), report);
            assertEquals(List.of("scalePoint " + first.id() + " 3", "currentTime " + first.id() + " 3",
                    "logLine hello " + first.id() + " 3", "tick " + first.id() + " 3"), seen);

            // Another call, another context; another instance, another id.
            seen.clear();
            assertTrue(call(second, 5).contains("\"scaled\":{\"x\":10,\"y\":-15,\"label\":\"ab\"}"));
            assertEquals(List.of("scalePoint " + second.id() + " 5", "currentTime " + second.id() + " 5",
                    "logLine hello " + second.id() + " 5", "tick " + second.id() + " 5"), seen);

            // The same through the typed exports: KitchenSink.of(plugin).withHostContext(7).callHost(...).
            Class<?> typed = loader.loadClass("generated.context.TypedCalls");
            assertEquals("Point[x=14, y=-21, label=ab]", typed.getMethod("onInstance", Plugin.class, int.class)
                    .invoke(null, first, 7).toString());
        }
        CompiledPlugin compiled = Plugins.compile(Manifest.of(WasmSource.file(wasm)), options);
        try (PluginPool pool = PluginPool.builder(compiled).maxInstances(2).build()) {
            Class<?> typed = loader.loadClass("generated.context.TypedCalls");
            for (int factor = 1; factor <= 4; factor++) {
                assertEquals("Point[x=" + 2 * factor + ", y=" + -3 * factor + ", label=ab]", typed
                        .getMethod("onPool", PluginPool.class, int.class).invoke(null, pool, factor).toString());
            }
        }
    }

    private static String call(Plugin plugin, int factor) {
        byte[] out = plugin.call("callHost", REQUEST.getBytes(StandardCharsets.UTF_8), factor);
        return new String(out, StandardCharsets.UTF_8);
    }
}
