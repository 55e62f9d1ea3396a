package dev.xtp4j.samples.countvowels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.wabt.Wat2Wasm;
import dev.xtp4j.sdk.CompiledPlugin;
import dev.xtp4j.sdk.FunctionNotFoundException;
import dev.xtp4j.sdk.GuestErrorException;
import dev.xtp4j.sdk.HostFunction;
import dev.xtp4j.sdk.LogLevel;
import dev.xtp4j.sdk.Plugin;
import dev.xtp4j.sdk.PluginLoadException;
import dev.xtp4j.sdk.PluginOptions;
import dev.xtp4j.sdk.Plugins;
import dev.xtp4j.sdk.inspect.ModuleSummary;
import dev.xtp4j.sdk.manifest.Manifest;
import dev.xtp4j.sdk.manifest.WasmSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the module this build just produced with TeaVM ({@code target/wasm/count-vowels.wasm}) on the xtp4j runtime
 * and checks every export, with the same expectations as the AssemblyScript sample.
 */
class CountVowelsTest {
    private static final Path BUILT = Path.of("target", "wasm", "count-vowels.wasm");
    private static final Path COMMITTED = Path.of("count-vowels.wasm");
    private static final Path MANIFEST = Path.of("..", "..", "manifests", "count-vowels-java.yaml");

    private static byte[] wasm;
    private static CompiledPlugin defaults;

    @BeforeAll
    static void load() throws IOException {
        wasm = Files.readAllBytes(BUILT);
        defaults = Plugins.compile(Manifest.of(WasmSource.data(wasm)), PluginOptions.builder().hostFunctions(HELLO)
                .build());
    }

    /** The usual host function: {@code hello(name) = "Hello from the host, " + name}. */
    private static final HostFunction HELLO =
            HostFunction.ofString("hello", (plugin, name) -> "Hello from the host, " + name);

    private static Plugin plugin(Manifest.Builder manifest, PluginOptions.Builder options) {
        return Plugins.load(manifest.wasm(WasmSource.data(wasm)).build(), options.build());
    }

    private static Plugin plugin(Manifest.Builder manifest) {
        return plugin(manifest, PluginOptions.builder().hostFunctions(HELLO));
    }

    @Test
    void countsVowelsAndKeepsARunningTotalInAVar() {
        try (Plugin plugin = defaults.instantiate()) {
            assertEquals("{\"count\":3,\"total\":3,\"vowels\":\"aeiouAEIOU\"}",
                    plugin.call("count_vowels", "Hello, World!"));
            assertEquals("{\"count\":3,\"total\":6,\"vowels\":\"aeiouAEIOU\"}",
                    plugin.call("count_vowels", "Hello, World!"));
            assertEquals("{\"count\":0,\"total\":6,\"vowels\":\"aeiouAEIOU\"}", plugin.call("count_vowels", ""));
        }
        try (Plugin fresh = defaults.instantiate()) {
            assertEquals("{\"count\":5,\"total\":5,\"vowels\":\"aeiouAEIOU\"}", fresh.call("count_vowels", "aeiou"));
        }
    }

    @Test
    void theVowelSetComesFromConfigAndIsEscapedInTheOutput() {
        try (Plugin plugin = plugin(Manifest.builder().config("vowels", "äöü\"").config("greeting", "Howdy"))) {
            assertEquals("{\"count\":5,\"total\":5,\"vowels\":\"äöü\\\"\"}",
                    plugin.call("count_vowels", "Grüße aus Köln \"quoted\" 😀ü"));
            assertEquals("Howdy, Ada!", plugin.call("greet", "Ada"));
        }
    }

    @Test
    void vowelsOutsideTheBasicPlaneCountAsOneCodePoint() {
        try (Plugin plugin = plugin(Manifest.builder().config("vowels", "😀a"))) {
            assertEquals("{\"count\":3,\"total\":3,\"vowels\":\"😀a\"}", plugin.call("count_vowels", "😀😀 a b"));
        }
    }

    @Test
    void greetsWithTheDefaultGreetingAndName() {
        try (Plugin plugin = defaults.instantiate()) {
            assertEquals("Hello, Jürgen!", plugin.call("greet", "Jürgen"));
            assertEquals("Hello, World!", plugin.call("greet", ""));
        }
    }

    @Test
    void failSetsTheErrorAndReturnsOne() {
        try (Plugin plugin = defaults.instantiate()) {
            GuestErrorException e = assertThrows(GuestErrorException.class, () -> plugin.call("fail", "x"));
            assertEquals("fail: x", e.guestMessage());
            assertEquals(1, e.returnCode());
        }
    }

    @Test
    void anOrdinaryExceptionBecomesTheError() {
        try (Plugin plugin = defaults.instantiate()) {
            GuestErrorException e = assertThrows(GuestErrorException.class, () -> plugin.call("throw_error", "boom"));
            assertEquals("java.lang.IllegalStateException: throw_error: boom", e.guestMessage());
            assertEquals(-1, e.returnCode());
            // The instance is still usable, and its vars are intact.
            assertEquals("{\"count\":1,\"total\":1,\"vowels\":\"aeiouAEIOU\"}", plugin.call("count_vowels", "a"));
        }
    }

    @Test
    void aTotalThatIsNotANumberFailsTheCall() {
        HostFunction corrupt = HostFunction.ofString("hello", (plugin, name) -> {
            plugin.setVar("total", "many".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "done";
        });
        try (Plugin plugin = plugin(Manifest.builder(), PluginOptions.builder().hostFunctions(corrupt))) {
            assertEquals("done", plugin.call("call_hello", ""));
            GuestErrorException e = assertThrows(GuestErrorException.class, () -> plugin.call("count_vowels", "a"));
            assertTrue(e.guestMessage().startsWith("java.lang.NumberFormatException"), e.guestMessage());
        }
    }

    @Test
    void unknownExportsAreNotCallable() {
        try (Plugin plugin = defaults.instantiate()) {
            assertThrows(FunctionNotFoundException.class, () -> plugin.call("no_such_export", ""));
        }
    }

    @Test
    void callsTheHostFunction() {
        try (Plugin plugin = defaults.instantiate()) {
            assertEquals("Hello from the host, Ada", plugin.call("call_hello", "Ada"));
            assertEquals("Hello from the host, ", plugin.call("call_hello", ""));
        }
    }

    @Test
    void withoutTheHostFunctionTheModuleDoesNotLoad() {
        PluginLoadException e = assertThrows(PluginLoadException.class,
                () -> plugin(Manifest.builder(), PluginOptions.builder()).call("greet", "x"));
        assertTrue(e.getMessage().contains("extism:host/user::hello"), e.getMessage());
    }

    @Test
    void logsAtDebugLevelOnlyWhenTheHostWantsThem() {
        List<String> logs = Collections.synchronizedList(new ArrayList<>());
        PluginOptions.Builder options = PluginOptions.builder()
                .hostFunctions(HostFunction.ofString("hello", (plugin, name) -> name))
                .logSink((level, pluginId, message) -> logs.add(level + " " + message));
        try (Plugin plugin = plugin(Manifest.builder(), options.logLevel(LogLevel.DEBUG))) {
            plugin.call("count_vowels", "banana");
            plugin.call("count_vowels", "a");
        }
        assertEquals(List.of("DEBUG counted 3 vowels, total 3", "DEBUG counted 1 vowels, total 4"), logs);
        logs.clear();
        try (Plugin plugin = plugin(Manifest.builder(), options.logLevel(LogLevel.INFO))) {
            plugin.call("count_vowels", "banana");
        }
        assertEquals(List.of(), logs);
    }

    @Test
    void theJavaHeapNeedsSeventyTwoPagesOfMemory() {
        // TeaVM's start section grows memory by 72 pages: a 4 MiB heap plus its bookkeeping.
        PluginLoadException e = assertThrows(PluginLoadException.class,
                () -> plugin(Manifest.builder().maxPages(71)).call("greet", "x"));
        assertTrue(e.getMessage().contains("needs 72 more pages"), e.getMessage());
        try (Plugin plugin = plugin(Manifest.builder().maxPages(72))) {
            assertEquals("Hello, x!", plugin.call("greet", "x"));
        }
    }

    @Test
    void theModuleNeedsNoWasiAndExportsEveryFunction() {
        ModuleSummary summary = ModuleSummary.of(wasm);
        assertTrue(summary.imports().stream().allMatch(i -> i.module().equals("extism:host/env")
                || (i.module().equals("extism:host/user") && i.name().equals("hello"))), summary.imports().toString());
        for (String export : List.of("count_vowels", "greet", "fail", "throw_error", "call_hello")) {
            assertTrue(summary.exports().stream().anyMatch(e -> e.name().equals(export)), export);
        }
    }

    @Test
    void theCommittedModuleAndManifestMatchThisBuild() throws IOException {
        assertArrayEquals(wasm, Files.readAllBytes(COMMITTED),
                "sample-plugins/java/count-vowels.wasm is stale: run sample-plugins/java/update-wasm.sh (it copies"
                        + " target/wasm/count-vowels.wasm and updates the hash in manifests/count-vowels-java.yaml)");
        Manifest manifest = Manifest.read(MANIFEST);
        WasmSource.Data host = (WasmSource.Data) manifest.wasm().get(0);
        assertArrayEquals(Wat2Wasm.parse(Files.readString(Path.of("hello-host.wat"))), host.bytes(),
                "the manifest's inline extism:host/user module is not hello-host.wat compiled");
        // No host functions registered: the manifest's own extism:host/user module provides hello.
        try (Plugin plugin = Plugins.load(MANIFEST)) {
            assertEquals("{\"count\":3,\"total\":3,\"vowels\":\"aeiouAEIOU\"}",
                    plugin.call("count_vowels", "Hello, World!"));
            assertEquals("Hello, Ada!", plugin.call("call_hello", "Ada"));
            assertEquals("Hello, Jürgen 😀!", plugin.call("call_hello", "Jürgen 😀"));
            assertEquals("Hello, !", plugin.call("call_hello", ""));
            assertEquals("Hello, Ada!", plugin.call("greet", "Ada"));
        }
    }
}
