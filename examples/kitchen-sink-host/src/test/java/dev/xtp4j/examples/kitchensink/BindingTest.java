package dev.xtp4j.examples.kitchensink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.codec.CodecException;
import dev.xtp4j.codec.CodecFactory;
import dev.xtp4j.codec.ContentType;
import dev.xtp4j.codec.ContentTypeOverrides;
import dev.xtp4j.sdk.CompiledPlugin;
import dev.xtp4j.sdk.GuestErrorException;
import dev.xtp4j.sdk.HostFunction;
import dev.xtp4j.sdk.Plugin;
import dev.xtp4j.sdk.PluginOptions;
import dev.xtp4j.sdk.PluginPool;
import dev.xtp4j.sdk.Plugins;
import dev.xtp4j.sdk.ValType;
import dev.xtp4j.sdk.manifest.Manifest;
import dev.xtp4j.sdk.manifest.WasmSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * How the generated factories bind: the host functions' signatures, run-time content-type overrides on both sides,
 * decoding failures as {@link CodecException}, and a pool shared by several threads. Uses the committed C module.
 */
class BindingTest {
    private static Path wasm() {
        return SamplePlugins.sampleDir().resolve("kitchen-sink.wasm");
    }

    private static PluginOptions options(List<HostFunction> hostFunctions) {
        return PluginOptions.builder().hostFunctions(hostFunctions).build();
    }

    @Test
    void hostFunctionsHaveTheSignaturesOfTheSpec() {
        List<HostFunction> functions = KitchenSinkHost.hostFunctions(new RecordingHost());
        assertEquals(List.of("extism:host/user::scalePoint (i64) -> i64", "extism:host/user::currentTime () -> i64",
                "extism:host/user::logLine (i64) -> ()", "extism:host/user::tick () -> ()"),
                functions.stream().map(HostFunction::toString).toList());
        assertEquals(List.of(ValType.I64), functions.get(0).params());
    }

    @Test
    void runTimeOverridesChangeWhatTheExportsSend() {
        try (Plugin plugin = Plugins.load(wasm(), options(KitchenSinkHost.hostFunctions(new RecordingHost())))) {
            KitchenSink json = KitchenSink.of(plugin, CodecFactory.defaults(),
                    ContentTypeOverrides.builder().input("greet", ContentType.JSON).build());
            assertEquals("Hello, \"World\"!", json.greet("World"), "the plugin reads text, so it sees the quotes");

            KitchenSink wrongOutput = KitchenSink.of(plugin, CodecFactory.defaults(),
                    ContentTypeOverrides.builder().output("greet", ContentType.JSON).build());
            CodecException e = assertThrows(CodecException.class, () -> wrongOutput.greet("World"));
            assertEquals(ContentType.JSON, e.contentType());
            assertEquals(CodecException.Operation.DECODE, e.operation());

            assertThrows(IllegalArgumentException.class, () -> KitchenSink.of(plugin, CodecFactory.defaults(),
                    ContentTypeOverrides.builder().input("reverseBytes", ContentType.TEXT).build()),
                    "text cannot carry byte[]: the binding fails at once, not at the call");
        }
    }

    @Test
    void runTimeOverridesChangeWhatTheHostFunctionsSend() {
        ContentTypeOverrides msgpack = ContentTypeOverrides.builder().output("scalePoint", ContentType.MSGPACK)
                .build();
        List<HostFunction> functions = KitchenSinkHost.hostFunctions(new RecordingHost(), CodecFactory.defaults(),
                msgpack);
        try (Plugin plugin = Plugins.load(wasm(), options(functions))) {
            GuestErrorException e = assertThrows(GuestErrorException.class, () -> KitchenSink.of(plugin)
                    .callHost(new HostRequest(new Point(1, 2, "ab"), "m")));
            assertTrue(e.guestMessage().startsWith("invalid result from host function scalePoint: "),
                    "the C plugin expects JSON and gets MessagePack: " + e.guestMessage());
        }
    }

    @Test
    void aPoolIsSharedByThreads() throws Exception {
        RecordingHost host = new RecordingHost();
        CompiledPlugin compiled = Plugins.compile(Manifest.of(WasmSource.file(wasm())),
                options(KitchenSinkHost.hostFunctions(host)));
        try (PluginPool pool = PluginPool.builder(compiled).maxInstances(2).build()) {
            KitchenSink plugin = KitchenSink.of(pool);
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> results = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int thread = t;
                    results.add(threads.submit(() -> {
                        for (int i = 0; i < 10; i++) {
                            assertEquals("Hello, " + thread + "/" + i + "!", plugin.greet(thread + "/" + i));
                            assertEquals(thread + i, plugin.sumInts(List.of((long) thread, (long) i)));
                            assertEquals(new Point(2 * i, 2 * thread, "xy"), plugin.callHost(
                                    new HostRequest(new Point(i, thread, "xy"), "from " + thread)).scaled());
                        }
                        return null;
                    }));
                }
                for (Future<?> f : results) {
                    f.get();
                }
            } finally {
                threads.shutdownNow();
            }
            assertEquals(40, host.ticks.get());
            assertEquals(40, host.logged.size());
            assertTrue(pool.createdInstances() <= 2);
        }
    }
}
