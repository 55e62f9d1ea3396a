package dev.xtp4j.sdk;

import static dev.xtp4j.sdk.testing.Guests.plugin;
import static dev.xtp4j.sdk.testing.Guests.quiet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.sdk.manifest.Manifest;
import dev.xtp4j.sdk.manifest.MemoryOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Limits that make untrusted plugins safe to run: timeouts, cancellation, memory budget, stack depth. */
class SandboxTest {
    /** Loops of every shape a compiler emits, plus a well-behaved export and a deep recursion. */
    private static final String HOSTILE = """
            (global $calls (mut i64) (i64.const 0))
            (func (export "spin_br") (result i32) (loop $l (br $l)) (i32.const 0))
            (func (export "spin_br_if") (result i32)
              (local $i i32)
              (loop $l (local.set $i (i32.add (local.get $i) (i32.const 1))) (br_if $l (i32.const 1)))
              (i32.const 0))
            (func (export "spin_br_table") (result i32)
              (loop $l (br_table $l $l (i32.const 0)))
              (i32.const 0))
            (func (export "spin_host") (result i32)
              (loop $l (drop (call $input_length)) (br $l))
              (i32.const 0))
            (func $down (param $n i64) (result i64)
              (if (result i64) (i64.eqz (local.get $n))
                (then (i64.const 0))
                (else (i64.add (i64.const 1) (call $down (i64.sub (local.get $n) (i64.const 1)))))))
            (func (export "recurse") (result i32)
              (drop (call $down (i64.const 100000000)))
              (i32.const 0))
            (func (export "grow_forever") (result i32)
              (loop $l (br_if $l (i32.ne (memory.grow (i32.const 16)) (i32.const -1))))
              (i32.const 0))
            (func (export "alloc_forever") (result i32)
              (loop $l (br_if $l (i64.ne (call $alloc (i64.const 1048576)) (i64.const 0))))
              (i32.const 0))
            (func (export "alloc_storm") (result i32)
              (local $i i32) (local $h i64)
              (loop $l
                (local.set $h (call $alloc (i64.const 4096)))
                (call $free (local.get $h))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br_if $l (i32.lt_u (local.get $i) (i32.const 200000))))
              (call $emit (call $memory_bytes))
              (call $flush)
              (i32.const 0))
            (func (export "huge_output") (result i32)
              (call $output_set (call $alloc (i64.const 0x7fffffff)) (i64.const 0x7fffffff))
              (i32.const 0))
            (func (export "ok") (result i32)
              (global.set $calls (i64.add (global.get $calls) (i64.const 1)))
              (call $emit (global.get $calls))
              (call $flush)
              (i32.const 0))
            """;

    private static Plugin hostile(Engine engine, Manifest.Builder manifest) {
        return plugin(HOSTILE, manifest, quiet().toBuilder().engine(engine).build());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void timeoutsStopEveryLoopShape(Engine engine) {
        try (Plugin plugin = hostile(engine, Manifest.builder().timeout(Duration.ofMillis(200)))) {
            for (String export : List.of("spin_br", "spin_br_if", "spin_br_table", "spin_host")) {
                long start = System.nanoTime();
                CallTimeoutException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                        () -> assertThrows(CallTimeoutException.class, () -> plugin.call(export, "")), export);
                long ms = (System.nanoTime() - start) / 1_000_000;
                assertTrue(e.getMessage().startsWith("timeout"), e.getMessage());
                assertEquals(-1, e.returnCode());
                assertEquals(Duration.ofMillis(200), e.limit());
                assertTrue(ms >= 190 && ms < 10_000, export + " stopped after " + ms + " ms");
                assertFalse(Thread.currentThread().isInterrupted(), "the interrupt never leaks to the caller");
                assertEquals("1,", plugin.call("ok", ""), "the plugin is usable after a timeout");
            }
        }
    }

    @Test
    void aCallThatFinishesInTimeIsNotAffectedByTheTimeout() {
        try (Plugin plugin = hostile(Engine.COMPILER, Manifest.builder().timeout(Duration.ofMillis(50)))) {
            for (int i = 1; i <= 200; i++) {
                assertEquals(i + ",", plugin.call("ok", ""));
            }
            assertFalse(Thread.currentThread().isInterrupted());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCancelHandleStopsARunningCallFromAnotherThread(Engine engine) throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (Plugin plugin = hostile(engine, Manifest.builder())) {
            CancelHandle handle = plugin.cancelHandle();
            assertFalse(handle.cancel(), "cancelling an idle plugin does nothing");
            Future<Throwable> running = executor.submit(() -> {
                try {
                    plugin.call("spin_br_if", "");
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!handle.cancel()) {
                assertTrue(System.nanoTime() < deadline, "the call never started");
                Thread.sleep(5);
            }
            Throwable result = running.get(20, TimeUnit.SECONDS);
            assertTrue(result instanceof CallCancelledException, String.valueOf(result));
            assertTrue(result.getMessage().contains("cancelled"), result.getMessage());
            assertEquals("1,", plugin.call("ok", ""));
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aTimeoutInterruptsABlockingHostFunction() {
        CountDownLatch never = new CountDownLatch(1);
        HostFunction block = HostFunction.of("block", List.of(), List.of(), (plugin, args) -> {
            never.await();
            return null;
        });
        byte[] wasm = dev.xtp4j.sdk.testing.Wat.compile("""
                (module
                  (import "extism:host/user" "block" (func $block))
                  (func (export "run") (result i32) (call $block) (i32.const 0)))
                """);
        Manifest manifest = Manifest.builder().wasm(dev.xtp4j.sdk.manifest.WasmSource.data(wasm))
                .timeout(Duration.ofMillis(100)).build();
        try (Plugin plugin = Plugins.load(manifest, quiet().toBuilder().hostFunctions(block).build())) {
            assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> assertThrows(CallTimeoutException.class, () -> plugin.call("run", "")));
            assertFalse(Thread.currentThread().isInterrupted());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aMemoryBombFailsWithOomAndThePluginRecovers(Engine engine) {
        try (Plugin plugin = hostile(engine, Manifest.builder().maxPages(64))) {
            MemoryLimitException e = assertThrows(MemoryLimitException.class, () -> plugin.call("grow_forever", ""));
            assertTrue(e.getMessage().startsWith("oom"), e.getMessage());
            assertTrue(e.getMessage().contains("max_pages"), e.getMessage());
            assertEquals(-1, e.returnCode());
            assertEquals("1,", plugin.call("ok", ""));
            // the budget starts over with the rebuilt instance
            assertThrows(MemoryLimitException.class, () -> plugin.call("grow_forever", ""));
        }
    }

    @Test
    void kernelAllocationsShareTheBudget() {
        try (Plugin plugin = hostile(Engine.COMPILER, Manifest.builder().maxPages(64))) {
            MemoryLimitException e = assertThrows(MemoryLimitException.class, () -> plugin.call("alloc_forever", ""));
            assertTrue(e.getMessage().contains("kernel memory"), e.getMessage());
            assertEquals("1,", plugin.call("ok", ""));
        }
    }

    @Test
    void anAllocationStormReusesMemory() {
        try (Plugin plugin = hostile(Engine.COMPILER, Manifest.builder().maxPages(4))) {
            String bytes = plugin.call("alloc_storm", "");
            long arena = Long.parseLong(bytes.substring(0, bytes.length() - 1));
            assertTrue(arena <= 1 << 20, "200,000 alloc/free pairs stay in a small arena: " + arena);
        }
    }

    @Test
    void anOutputLargerThanMemoryIsRefused() {
        try (Plugin plugin = hostile(Engine.COMPILER, Manifest.builder().maxPages(16))) {
            assertThrows(MemoryLimitException.class, () -> plugin.call("huge_output", ""));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void deepRecursionFailsTheCallNotTheThread(Engine engine) {
        try (Plugin plugin = hostile(engine, Manifest.builder())) {
            TrapException e = assertThrows(TrapException.class, () -> plugin.call("recurse", ""));
            assertTrue(e.getMessage().contains("call stack exhausted"), e.getMessage());
            assertEquals("1,", plugin.call("ok", ""), "the same thread keeps serving calls");
        }
    }

    @Test
    void oneMisbehavingPluginLeavesOthersAlone() {
        try (Plugin bad = hostile(Engine.COMPILER, Manifest.builder().timeout(Duration.ofMillis(100)).maxPages(32));
                Plugin good = hostile(Engine.COMPILER, Manifest.builder())) {
            assertEquals("1,", good.call("ok", ""));
            assertThrows(CallTimeoutException.class, () -> bad.call("spin_br_if", ""));
            assertEquals("2,", good.call("ok", ""));
            assertThrows(MemoryLimitException.class, () -> bad.call("grow_forever", ""));
            assertEquals("3,", good.call("ok", ""));
            assertThrows(TrapException.class, () -> bad.call("recurse", ""));
            assertEquals("4,", good.call("ok", ""));
        }
    }

    @Test
    void varBombsHitTheVarLimit() {
        String guest = """
                (data (i32.const 300) "k")
                (func (export "var_bomb") (result i32)
                  (local $i i64) (local $key i64)
                  (loop $l
                    (local.set $i (i64.add (local.get $i) (i64.const 1)))
                    (local.set $key (call $alloc (i64.const 8)))
                    (call $store_u64 (local.get $key) (local.get $i))
                    (call $var_set (local.get $key) (call $alloc (i64.const 10000)))
                    (br $l))
                  (i32.const 0))
                """;
        try (Plugin plugin = plugin(guest, Manifest.builder().memory(MemoryOptions.DEFAULTS.withMaxVarBytes(1 << 20)),
                quiet())) {
            HostFunctionException e = assertThrows(HostFunctionException.class, () -> plugin.call("var_bomb", ""));
            assertEquals("Variable store is full", e.reason());
        }
    }
}
