package dev.xtp4j.sdk;

import static dev.xtp4j.sdk.testing.Guests.plugin;
import static dev.xtp4j.sdk.testing.Guests.quiet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.sdk.manifest.Manifest;
import dev.xtp4j.sdk.manifest.WasmSource;
import dev.xtp4j.sdk.testing.Guests;
import dev.xtp4j.sdk.testing.Wat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lazy instantiation, guest-runtime initialisers, {@code _start}, reset and close. */
class LifecycleTest {

    @Test
    void instantiationIsLazy() {
        List<String> events = new ArrayList<>();
        HostFunction record = HostFunction.of("record", List.of(), List.of(), (plugin, args) -> {
            events.add("start section ran");
            return null;
        });
        byte[] wasm = Wat.compile("""
                (module
                  (import "extism:host/user" "record" (func $record))
                  (func $init (call $record))
                  (start $init)
                  (func (export "run") (result i32) (i32.const 0)))
                """);
        try (Plugin plugin = Plugins.load(Manifest.of(WasmSource.data(wasm)),
                quiet().toBuilder().hostFunctions(record).build())) {
            assertTrue(events.isEmpty(), "nothing runs before the first call");
            plugin.call("run", "");
            plugin.call("run", "");
            assertEquals(List.of("start section ran"), events);
        }
    }

    /** A guest whose exports report, in order, the initialisers that ran. */
    private static String initialisers(String exports) {
        return """
                (global $log (mut i64) (i64.const 0))
                (func $note (param $what i64)
                  (global.set $log (i64.add (i64.mul (global.get $log) (i64.const 10)) (local.get $what))))
                (func (export "report") (result i32)
                  (call $emit (global.get $log))
                  (call $flush)
                  (i32.const 0))
                """ + exports;
    }

    @Test
    void aReactorsInitializeRunsOnceBeforeTheFirstCall() {
        try (Plugin plugin = plugin(initialisers("""
                (func (export "_initialize") (call $note (i64.const 1)))
                """), quiet())) {
            assertEquals("1,", plugin.call("report", ""));
            assertEquals("1,", plugin.call("report", ""));
        }
    }

    @Test
    void wasmCallCtorsWinsOverInitialize() {
        try (Plugin plugin = plugin(initialisers("""
                (func (export "_initialize") (call $note (i64.const 1)))
                (func (export "__wasm_call_ctors") (call $note (i64.const 2)))
                """), quiet())) {
            assertEquals("2,", plugin.call("report", ""), "upstream runs the first rule that matches");
        }
    }

    @Test
    void haskellRunsInitializeThenHsInit() {
        try (Plugin plugin = plugin(initialisers("""
                (func (export "_initialize") (call $note (i64.const 1)))
                (func (export "__wasm_call_ctors") (call $note (i64.const 2)))
                (func (export "hs_init") (param i32 i32)
                  (call $note (i64.add (i64.const 3) (i64.extend_i32_u (i32.add (local.get 0) (local.get 1))))))
                """), quiet())) {
            assertEquals("13,", plugin.call("report", ""), "_initialize first, then hs_init(0, 0)");
        }
    }

    @Test
    void initialisersWithTheWrongTypeAreNotCalled() {
        try (Plugin plugin = plugin(initialisers("""
                (func (export "_initialize") (param i32) (call $note (i64.const 1)))
                """), quiet())) {
            assertEquals("0,", plugin.call("report", ""));
        }
    }

    private static final String COMMAND = """
            (data (i32.const 300) "runs")
            (global $runs (mut i64) (i64.const 0))
            (func (export "_start")
              (global.set $runs (i64.add (global.get $runs) (i64.const 1)))
              (call $var_set (call $to_kernel (i32.const 300) (i32.const 4)) (call $to_kernel (i32.const 300) (i32.const 4))))
            (func (export "report") (result i32)
              (local $v i64)
              (call $emit (global.get $runs))
              (local.set $v (call $var_get (call $to_kernel (i32.const 300) (i32.const 4))))
              (call $emit (call $length (local.get $v)))
              (call $flush)
              (i32.const 0))
            """;

    @Test
    void startIsNeverRunAutomaticallyAndResetsEverythingAfterAnExplicitCall() {
        try (Plugin plugin = plugin(COMMAND, quiet())) {
            assertEquals("0,0,", plugin.call("report", ""), "_start was not run");
            assertEquals("", plugin.call("_start", ""));
            assertEquals("0,0,", plugin.call("report", ""),
                    "after _start the instance and the vars are recreated, as upstream");
            assertEquals("0,0,", plugin.call("report", ""));
        }
    }

    @Test
    void resetFreesKernelMemoryAndCloseEndsThePlugin() {
        Plugin plugin = plugin("""
                (func (export "run") (result i32) (i32.const 0))
                """, quiet());
        plugin.reset();
        assertEquals("", plugin.call("run", ""));
        plugin.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> plugin.call("run", ""));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        plugin.close(); // twice is harmless
    }

    @Test
    void compiledPluginsDescribeTheirExports() {
        CompiledPlugin compiled = Plugins.compile(Manifest.of(WasmSource.data(Guests.extism("""
                (func (export "a") (result i32) (i32.const 0))
                (func (export "b"))
                (func (export "c") (param i32))
                """))), quiet());
        assertEquals(List.of("a", "b"), compiled.functions());
        assertTrue(compiled.functionExists("b"));
        assertTrue(!compiled.functionExists("c"));
        try (Plugin one = compiled.instantiate(); Plugin two = compiled.instantiate()) {
            assertTrue(!one.id().equals(two.id()));
            assertEquals(compiled.manifest(), one.manifest());
        }
    }
}
