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
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The 20 kernel functions of {@code extism:host/env}, called from real wasm guests. */
class KernelAbiTest {

    private static PluginOptions engine(Engine engine) {
        return quiet().toBuilder().engine(engine).build();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void allocLengthAndFreeSeenFromTheGuest(Engine engine) {
        try (Plugin plugin = plugin("""
                (func (export "run") (result i32)
                  (local $a i64) (local $b i64)
                  (local.set $a (call $alloc (i64.const 1)))
                  (local.set $b (call $alloc (i64.const 100)))
                  (call $emit (call $alloc (i64.const 0)))
                  (call $emit (call $length (local.get $b)))
                  (call $emit (call $length_unsafe (local.get $b)))
                  (call $emit (call $length (i64.add (local.get $b) (i64.const 1))))
                  (call $emit (call $length (i64.const 0)))
                  (call $emit (i64.extend_i32_u (i64.ne (local.get $a) (i64.const 0))))
                  (call $free (local.get $b))
                  (call $emit (call $length (local.get $b)))
                  (call $free (i64.const 0))
                  (call $free (i64.const 123456789))
                  (call $emit (i64.extend_i32_u (i64.gt_u (call $memory_bytes) (i64.const 0))))
                  (call $flush)
                  (i32.const 0))
                """, engine(engine))) {
            assertEquals("0,100,100,0,0,1,0,1,", plugin.call("run", ""));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void loadsAndStoresIncludingEightByteOverruns(Engine engine) {
        try (Plugin plugin = plugin("""
                (func (export "run") (result i32)
                  (local $h i64) (local $tiny i64)
                  (local.set $h (call $alloc (i64.const 16)))
                  (call $store_u64 (local.get $h) (i64.const 0x0807060504030201))
                  (call $store_u8 (i64.add (local.get $h) (i64.const 8)) (i32.const 0x1ff))
                  (call $emit (call $load_u64 (local.get $h)))
                  (call $emit (i64.extend_i32_u (call $load_u8 (i64.add (local.get $h) (i64.const 8)))))
                  (call $emit (i64.extend_i32_u (call $load_u8 (i64.add (local.get $h) (i64.const 3)))))
                  ;; a 3-byte block: an 8-byte store and load at offset 0 must not trap
                  (local.set $tiny (call $alloc (i64.const 3)))
                  (call $store_u64 (local.get $tiny) (i64.const -1))
                  (call $emit (call $load_u64 (local.get $tiny)))
                  ;; the neighbouring block is intact
                  (call $emit (call $load_u64 (local.get $h)))
                  ;; out of range: loads give 0, stores are ignored
                  (call $emit (call $load_u64 (i64.const 0xffffffffffff)))
                  (call $emit (i64.extend_i32_u (call $load_u8 (i64.const -1))))
                  (call $store_u64 (i64.const 0xffffffffffff) (i64.const 7))
                  (call $flush)
                  (i32.const 0))
                """, engine(engine))) {
            assertEquals("578437695752307201,255,4,-1,578437695752307201,0,0,", plugin.call("run", ""));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void inputThroughInputLoadAndThroughTheInputHandle(Engine engine) {
        try (Plugin plugin = plugin("""
                (func (export "run") (result i32)
                  (local $h i64)
                  (local.set $h (call $input_offset))
                  (call $emit (call $input_length))
                  (call $emit (call $length (local.get $h)))
                  (call $emit (call $input_load_u64 (i64.const 0)))
                  (call $emit (call $load_u64 (local.get $h)))
                  (call $emit (i64.extend_i32_u (call $input_load_u8 (i64.const 12))))
                  (call $emit (i64.extend_i32_u (call $load_u8 (i64.add (local.get $h) (i64.const 12)))))
                  (call $emit (call $input_load_u64 (i64.const 6)))
                  (call $emit (i64.extend_i32_u (call $input_load_u8 (i64.const 13))))
                  (call $free (local.get $h))
                  (call $emit (call $input_length))
                  (call $flush)
                  (i32.const 0))
                """, engine(engine))) {
            long helloW = 0x57202c6f6c6c6548L;
            assertEquals("13,13," + helloW + "," + helloW + ",33,33,0,0,0,", plugin.call("run", "Hello, World!"));
        }
    }

    @Test
    void emptyInputHasTheNullHandle() {
        try (Plugin plugin = plugin("""
                (func (export "run") (result i32)
                  (call $emit (call $input_length))
                  (call $emit (call $input_offset))
                  (call $flush)
                  (i32.const 0))
                """, quiet())) {
            assertEquals("0,0,", plugin.call("run", ""));
        }
    }

    @Test
    void outputUsesExactlyTheDeclaredLength() {
        try (Plugin plugin = plugin("""
                (data (i32.const 100) "Hello, World!")
                (func (export "part") (result i32)
                  (local $h i64)
                  (local.set $h (call $to_kernel (i32.const 100) (i32.const 13)))
                  (call $output_set (i64.add (local.get $h) (i64.const 7)) (i64.const 5))
                  (i32.const 0))
                (func (export "none") (result i32) (i32.const 0))
                (func (export "host_side") (result i32)
                  (local $h i64)
                  (local.set $h (call $to_kernel (i32.const 100) (i32.const 5)))
                  (call $output_set (local.get $h) (i64.const 5))
                  (call $emit (call $output_length))
                  (call $emit (i64.extend_i32_u (i64.eq (call $output_offset) (local.get $h))))
                  (call $flush)
                  (i32.const 0))
                """, quiet())) {
            assertEquals("World", plugin.call("part", ""));
            assertEquals("", plugin.call("none", "ignored"));
            assertEquals("5,1,", plugin.call("host_side", ""));
        }
    }

    @Test
    void memoryIsResetBeforeEveryCall() {
        try (Plugin plugin = plugin("""
                (global $saved (mut i64) (i64.const 0))
                (func (export "save") (result i32)
                  (global.set $saved (call $alloc (i64.const 32)))
                  (call $store_u64 (global.get $saved) (i64.const 99))
                  (i32.const 0))
                (func (export "check") (result i32)
                  (call $emit (call $length (global.get $saved)))
                  (call $emit (call $load_u64 (global.get $saved)))
                  (call $flush)
                  (i32.const 0))
                """, quiet())) {
            plugin.call("save", "");
            // the emit buffer's kernel block reuses the old address; its first 8 bytes are not 99
            String result = plugin.call("check", "");
            assertTrue(result.startsWith("0,"), "a handle from the previous call is dead: " + result);
            assertTrue(!result.equals("0,99,"), result);
        }
    }

    @Test
    void errorSetMakesTheCallFailEvenWithReturnCodeZero() {
        try (Plugin plugin = plugin("""
                (data (i32.const 100) "something broke")
                (func (export "fail") (result i32)
                  (call $error_set (call $to_kernel (i32.const 100) (i32.const 15)))
                  (i32.const 3))
                (func (export "fail_rc0") (result i32)
                  (call $error_set (call $to_kernel (i32.const 100) (i32.const 15)))
                  (i32.const 0))
                (func (export "set_and_clear") (result i32)
                  (call $error_set (call $to_kernel (i32.const 100) (i32.const 15)))
                  (call $emit (i64.extend_i32_u (i64.ne (call $error_get) (i64.const 0))))
                  (call $error_set (i64.const 0))
                  (call $emit (call $error_get))
                  (call $flush)
                  (i32.const 0))
                (func (export "nonzero") (result i32) (i32.const 7))
                """, quiet())) {
            GuestErrorException e = assertThrows(GuestErrorException.class, () -> plugin.call("fail", ""));
            assertEquals("something broke", e.getMessage());
            assertEquals("something broke", e.guestMessage());
            assertEquals(3, e.returnCode());
            assertEquals("fail", e.function());
            GuestErrorException zero = assertThrows(GuestErrorException.class, () -> plugin.call("fail_rc0", ""));
            assertEquals(0, zero.returnCode());
            assertEquals("1,0,", plugin.call("set_and_clear", ""));
            ExitCodeException rc = assertThrows(ExitCodeException.class, () -> plugin.call("nonzero", ""));
            assertEquals(7, rc.returnCode());
            assertTrue(rc.getMessage().contains("Returned non-zero exit code: 7"), rc.getMessage());
            // the plugin stays usable after guest errors
            assertEquals("1,0,", plugin.call("set_and_clear", ""));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void trapsFailWithReturnCode134AndThePluginRecovers(Engine engine) {
        try (Plugin plugin = plugin("""
                (global $calls (mut i64) (i64.const 0))
                (func (export "trap") (result i32) unreachable)
                (func (export "oob") (result i32) (i32.load (i32.const 0x7ffffff0)))
                (func (export "div") (result i32) (i32.div_s (i32.const 1) (i32.const 0)))
                (func (export "count") (result i32)
                  (global.set $calls (i64.add (global.get $calls) (i64.const 1)))
                  (call $emit (global.get $calls))
                  (call $flush)
                  (i32.const 0))
                """, engine(engine))) {
            assertEquals("1,", plugin.call("count", ""));
            TrapException trap = assertThrows(TrapException.class, () -> plugin.call("trap", ""));
            assertEquals(134, trap.returnCode());
            assertTrue(trap.getMessage().contains("unreachable"), trap.getMessage());
            assertThrows(TrapException.class, () -> plugin.call("oob", ""));
            assertThrows(TrapException.class, () -> plugin.call("div", ""));
            // instances are rebuilt after a trap: guest globals start over, the plugin works
            assertEquals("1,", plugin.call("count", ""));
            assertEquals("2,", plugin.call("count", ""));
        }
    }

    @Test
    void voidExportsAndNonCallableExports() {
        try (Plugin plugin = plugin("""
                (data (i32.const 100) "void ok")
                (func (export "void_fn") (call $output (i32.const 100) (i32.const 7)))
                (func (export "with_param") (param i32) (result i32) (i32.const 0))
                (func (export "two_results") (result i32 i32) (i32.const 0) (i32.const 0))
                (func (export "ok") (result i32) (i32.const 0))
                """, quiet())) {
            assertEquals("void ok", plugin.call("void_fn", ""));
            assertTrue(plugin.functionExists("void_fn"));
            assertTrue(plugin.functionExists("ok"));
            assertTrue(!plugin.functionExists("with_param"));
            assertTrue(!plugin.functionExists("two_results"));
            assertTrue(!plugin.functionExists("missing"));
            assertEquals(java.util.List.of("void_fn", "ok"), plugin.functions());
            FunctionNotFoundException param =
                    assertThrows(FunctionNotFoundException.class, () -> plugin.call("with_param", ""));
            assertTrue(param.getMessage().contains("(i32) -> i32"), param.getMessage());
            FunctionNotFoundException missing =
                    assertThrows(FunctionNotFoundException.class, () -> plugin.call("missing", ""));
            assertTrue(missing.getMessage().startsWith("Function not found: missing"), missing.getMessage());
            assertTrue(missing.getMessage().contains("void_fn, ok"), missing.getMessage());
            assertEquals(-1, missing.returnCode());
        }
    }

    @Test
    void hostSideFunctionsAreImportableToo() {
        try (Plugin plugin = plugin("""
                (data (i32.const 100) "abc")
                (func (export "run") (result i32)
                  (local $h i64)
                  (local.set $h (call $to_kernel (i32.const 100) (i32.const 3)))
                  (call $input_set (local.get $h) (i64.const 3))
                  (call $emit (call $input_length))
                  (call $emit (i64.extend_i32_u (call $input_load_u8 (i64.const 0))))
                  (call $reset)
                  (call $emit (call $input_length))
                  (call $flush)
                  (i32.const 0))
                """, quiet())) {
            assertEquals("3,97,0,", plugin.call("run", "xyz"));
        }
    }

    @Test
    void importsWithTheWrongSignatureAreRejected() {
        byte[] wasm = Wat.compile("""
                (module
                  (import "extism:host/env" "alloc" (func $alloc (param i32) (result i32)))
                  (func (export "run") (result i32) (i32.const 0)))
                """);
        PluginLoadException e = assertThrows(PluginLoadException.class,
                () -> Plugins.load(Manifest.of(WasmSource.data(wasm))));
        assertTrue(e.getMessage().contains("Invalid function import from extism:host/env: alloc (i32) -> i32"),
                e.getMessage());
        assertTrue(e.getMessage().contains("(i64) -> i64"), e.getMessage());
    }

    @Test
    void unknownKernelFunctionsAreRejectedWithAHint() {
        byte[] wasm = Wat.compile("""
                (module
                  (import "extism:host/env" "teleport" (func (param i64)))
                  (func (export "run") (result i32) (i32.const 0)))
                """);
        PluginLoadException e = assertThrows(PluginLoadException.class, () -> Plugins.load(wasm));
        assertTrue(e.getMessage().contains("Invalid function import from extism:host/env: teleport"), e.getMessage());
        assertTrue(e.getMessage().contains("newer PDK"), e.getMessage());
    }

    @Test
    void theKernelsNonFunctionExportsCannotBeImported() {
        byte[] wasm = Wat.compile("""
                (module
                  (import "extism:host/env" "memory" (memory 1))
                  (func (export "run") (result i32) (i32.const 0)))
                """);
        PluginLoadException e = assertThrows(PluginLoadException.class, () -> Plugins.load(wasm));
        assertTrue(e.getMessage().contains("linked modules cannot access non-function exports of extism kernel"),
                e.getMessage());
    }

    @Test
    void aFunctionImportedTwiceIsServedTwice() {
        // The Go PDK imports log_error twice (its trace logger is bound to log_error).
        byte[] wasm = Wat.compile("""
                (module
                  (import "extism:host/env" "log_error" (func $error (param i64)))
                  (import "extism:host/env" "log_error" (func $trace (param i64)))
                  (import "extism:host/env" "alloc" (func $alloc (param i64) (result i64)))
                  (import "extism:host/env" "store_u8" (func $store_u8 (param i64 i32)))
                  (func (export "run") (result i32)
                    (local $h i64)
                    (local.set $h (call $alloc (i64.const 1)))
                    (call $store_u8 (local.get $h) (i32.const 65))
                    (call $trace (local.get $h))
                    (local.set $h (call $alloc (i64.const 1)))
                    (call $store_u8 (local.get $h) (i32.const 66))
                    (call $error (local.get $h))
                    (i32.const 0)))
                """);
        StringBuilder log = new StringBuilder();
        PluginOptions options = PluginOptions.builder()
                .logSink((level, id, message) -> log.append(level).append(':').append(message).append(' '))
                .build();
        try (Plugin plugin = Plugins.load(Manifest.of(WasmSource.data(wasm)), options)) {
            plugin.call("run", "");
        }
        assertEquals("ERROR:A ERROR:B ", log.toString());
    }

    @Test
    void largeInputsAndOutputsRoundTrip() {
        byte[] big = new byte[3 << 20];
        new java.util.Random(7).nextBytes(big);
        try (Plugin plugin = plugin("""
                (func (export "echo") (result i32)
                  (local $n i64) (local $out i64) (local $i i64)
                  (local.set $n (call $input_length))
                  (local.set $out (call $alloc (local.get $n)))
                  (block $done (loop $next
                    (br_if $done (i64.gt_u (i64.add (local.get $i) (i64.const 8)) (local.get $n)))
                    (call $store_u64 (i64.add (local.get $out) (local.get $i))
                                     (call $input_load_u64 (local.get $i)))
                    (local.set $i (i64.add (local.get $i) (i64.const 8)))
                    (br $next)))
                  (block $done (loop $next
                    (br_if $done (i64.ge_u (local.get $i) (local.get $n)))
                    (call $store_u8 (i64.add (local.get $out) (local.get $i))
                                    (call $input_load_u8 (local.get $i)))
                    (local.set $i (i64.add (local.get $i) (i64.const 1)))
                    (br $next)))
                  (call $output_set (local.get $out) (local.get $n))
                  (i32.const 0))
                """, quiet())) {
            assertTrue(java.util.Arrays.equals(big, plugin.call("echo", big)));
            byte[] odd = java.util.Arrays.copyOf(big, 1_000_003);
            assertTrue(java.util.Arrays.equals(odd, plugin.call("echo", odd)));
            assertEquals("small", new String(plugin.call("echo", "small".getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyFunctionOfTheModuleLinks() {
        // the prelude imports all 32 functions of extism:host/env with the runtime's signatures
        assertEquals(32, dev.xtp4j.sdk.internal.kernel.ExtismEnv.SIGNATURES.size());
        try (Plugin plugin = Guests.plugin("(func (export \"run\") (result i32) (i32.const 0))", quiet())) {
            assertEquals("", plugin.call("run", ""));
        }
    }
}
