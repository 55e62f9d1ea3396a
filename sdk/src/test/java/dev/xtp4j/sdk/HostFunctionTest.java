package dev.xtp4j.sdk;

import static dev.xtp4j.sdk.testing.Guests.quiet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.sdk.manifest.Manifest;
import dev.xtp4j.sdk.manifest.WasmSource;
import dev.xtp4j.sdk.testing.Guests;
import dev.xtp4j.sdk.testing.Wat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** User host functions: namespaces, signatures, the CurrentPlugin context, errors, sharing, concurrency guards. */
class HostFunctionTest {

    /** A guest importing a bytes function, a scalar function and a function in another namespace. */
    private static byte[] guest() {
        return Wat.compile("(module\n" + Guests.imports() + """
                  (import "extism:host/user" "hello" (func $hello (param i64) (result i64)))
                  (import "extism:host/user" "add" (func $add (param i64 i64) (result i64)))
                  (import "my:ns" "twice" (func $twice (param i32) (result i32)))
                  (import "my:ns" "scale" (func $scale (param f64) (result f64)))
                  (memory (export "memory") 1)
                  (func (export "greet") (result i32)
                    (local $out i64)
                    (local.set $out (call $hello (call $input_offset)))
                    (call $output_set (local.get $out) (call $length (local.get $out)))
                    (i32.const 0))
                  (func (export "math") (result i32)
                    (local $h i64)
                    (local.set $h (call $alloc (i64.const 8)))
                    (call $store_u64 (local.get $h)
                      (i64.add (call $add (i64.const 40) (i64.const 2))
                               (i64.extend_i32_s (call $twice (i32.const -5)))))
                    (call $output_set (local.get $h) (i64.const 8))
                    (i32.const 0))
                  (func (export "float") (result i32)
                    (local $h i64)
                    (local.set $h (call $alloc (i64.const 8)))
                    (call $store_u64 (local.get $h) (i64.reinterpret_f64 (call $scale (f64.const 1.5))))
                    (call $output_set (local.get $h) (i64.const 8))
                    (i32.const 0))
                )
                """);
    }

    private static final HostFunction HELLO =
            HostFunction.ofString("hello", (plugin, name) -> "Hello, " + name + "!");
    private static final HostFunction ADD = HostFunction.of("add", List.of(ValType.I64, ValType.I64),
            List.of(ValType.I64), (plugin, args) -> new long[] {args[0] + args[1]});
    private static final HostFunction TWICE = HostFunction.of("twice", List.of(ValType.I32), List.of(ValType.I32),
            (plugin, args) -> new long[] {2 * (int) args[0]}).inNamespace("my:ns");
    private static final HostFunction SCALE = HostFunction.of("scale", List.of(ValType.F64), List.of(ValType.F64),
            (plugin, args) -> new long[] {Double.doubleToRawLongBits(Double.longBitsToDouble(args[0]) * 3)})
            .inNamespace("my:ns");

    private static Plugin load(HostFunction... functions) {
        return Plugins.load(Manifest.of(WasmSource.data(guest())),
                quiet().toBuilder().hostFunctions(functions).build());
    }

    private static long le64(byte[] b) {
        return java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
    }

    @Test
    void handleAndScalarFunctionsInTwoNamespaces() {
        try (Plugin plugin = load(HELLO, ADD, TWICE, SCALE)) {
            assertEquals("Hello, World!", plugin.call("greet", "World"));
            assertEquals(32, le64(plugin.call("math", new byte[0])));
            assertEquals(4.5, Double.longBitsToDouble(le64(plugin.call("float", new byte[0]))));
        }
    }

    @Test
    void oneHostFunctionServesManyInstancesAndPlugins() {
        CompiledPlugin compiled = Plugins.compile(Manifest.of(WasmSource.data(guest())),
                quiet().toBuilder().hostFunctions(HELLO, ADD, TWICE, SCALE).build());
        try (Plugin a = compiled.instantiate(); Plugin b = compiled.instantiate(); Plugin c = load(HELLO, ADD, TWICE,
                SCALE)) {
            assertEquals("Hello, a!", a.call("greet", "a"));
            assertEquals("Hello, b!", b.call("greet", "b"));
            assertEquals("Hello, c!", c.call("greet", "c"));
        }
    }

    @Test
    void aMissingHostFunctionNamesModuleAndField() {
        PluginLoadException e = assertThrows(PluginLoadException.class, () -> load(HELLO, ADD, SCALE));
        assertTrue(e.getMessage().contains("unknown import: `my:ns::twice` has not been defined"), e.getMessage());
        assertTrue(e.getMessage().contains("module `main`"), e.getMessage());
        assertTrue(e.getMessage().contains("host functions in that namespace: scale"), e.getMessage());
    }

    @Test
    void aHostFunctionWithTheWrongSignatureIsRejected() {
        HostFunction wrong = HostFunction.of("add", List.of(ValType.I32, ValType.I32), List.of(ValType.I32),
                (plugin, args) -> new long[] {0});
        PluginLoadException e = assertThrows(PluginLoadException.class, () -> load(HELLO, wrong, TWICE, SCALE));
        assertTrue(e.getMessage().contains("(i64, i64) -> i64"), e.getMessage());
        assertTrue(e.getMessage().contains("declared (i32, i32) -> i32"), e.getMessage());
    }

    @Test
    void hostContextReachesHostFunctionsForOneCall() {
        HostFunction withContext = HostFunction.ofString("hello",
                (plugin, name) -> plugin.hostContext(StringBuilder.class).append(name).toString());
        try (Plugin plugin = load(withContext, ADD, TWICE, SCALE)) {
            StringBuilder context = new StringBuilder("ctx:");
            assertEquals("ctx:x", new String(plugin.call("greet", "x".getBytes(), context)));
            HostFunctionException e = assertThrows(HostFunctionException.class, () -> plugin.call("greet", "y"));
            assertTrue(e.reason().contains("no host context"), e.reason());
        }
    }

    @Test
    void aPoolPassesTheHostContextOfEachCall() {
        HostFunction withContext = HostFunction.ofString("hello",
                (plugin, name) -> plugin.hostContext(String.class) + ":" + name);
        CompiledPlugin compiled = Plugins.compile(Manifest.of(WasmSource.data(guest())),
                quiet().toBuilder().hostFunctions(withContext, ADD, TWICE, SCALE).build());
        try (PluginPool pool = PluginPool.builder(compiled).maxInstances(1).build()) {
            assertEquals("a:x", new String(pool.call("greet", "x".getBytes(), "a")));
            assertEquals("b:y", new String(pool.call("greet", "y".getBytes(), "b")), "the same instance, a new context");
            assertThrows(HostFunctionException.class, () -> pool.call("greet", "z"), "no context without one");
        }
    }

    @Test
    void setErrorFailsTheCallEvenIfTheFunctionReturns() {
        HostFunction failing = HostFunction.ofString("hello", (plugin, name) -> {
            plugin.setError("TEST");
            assertEquals("TEST", plugin.error().orElseThrow());
            return "ignored";
        });
        try (Plugin plugin = load(failing, ADD, TWICE, SCALE)) {
            GuestErrorException e = assertThrows(GuestErrorException.class, () -> plugin.call("greet", "x"));
            assertEquals("TEST", e.getMessage());
        }
    }

    @Test
    void aThrowingHostFunctionFailsTheCallWithItsException() {
        IllegalStateException boom = new IllegalStateException("database unavailable");
        HostFunction throwing = HostFunction.ofString("hello", (plugin, name) -> {
            throw boom;
        });
        try (Plugin plugin = load(throwing, ADD, TWICE, SCALE)) {
            HostFunctionException e = assertThrows(HostFunctionException.class, () -> plugin.call("greet", "x"));
            assertEquals("database unavailable", e.reason());
            assertEquals("extism:host/user", e.namespace());
            assertEquals("hello", e.hostFunction());
            assertSame(boom, e.getCause());
            assertTrue(e.getMessage().contains("called by plugin function `greet`"), e.getMessage());
            // the plugin recovers
            try (Plugin other = load(HELLO, ADD, TWICE, SCALE)) {
                assertEquals("Hello, z!", other.call("greet", "z"));
            }
        }
    }

    @Test
    void aHostFunctionReturningTheWrongNumberOfValuesFails() {
        HostFunction bad = HostFunction.of("add", List.of(ValType.I64, ValType.I64), List.of(ValType.I64),
                (plugin, args) -> new long[0]);
        try (Plugin plugin = load(HELLO, bad, TWICE, SCALE)) {
            HostFunctionException e = assertThrows(HostFunctionException.class, () -> plugin.call("math", ""));
            assertTrue(e.reason().contains("returned 0 values but is declared with 1"), e.reason());
        }
    }

    @Test
    void currentPluginReadsWritesAndChecksHandles() {
        HostFunction inspect = HostFunction.of("hello", List.of(ValType.I64), List.of(ValType.I64), (plugin, args) -> {
            long in = args[0];
            assertEquals(3, plugin.length(in));
            assertEquals("abc", plugin.readString(in));
            assertEquals(0, plugin.length(in + 1));
            IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> plugin.read(in + 1));
            assertTrue(bad.getMessage().contains("not a live memory handle"));
            long out = plugin.alloc(5);
            plugin.write(out, 0, "hello".getBytes());
            assertThrows(IllegalArgumentException.class, () -> plugin.write(out, 3, "long".getBytes()));
            plugin.write(out, 4, "!".getBytes());
            assertEquals(0, plugin.write(new byte[0]));
            assertEquals(java.util.Optional.empty(), plugin.config("nope"));
            assertInstanceOf(com.dylibso.chicory.runtime.Memory.class, plugin.guestMemory());
            assertEquals(36, plugin.pluginId().length());
            plugin.setVar("seen", "yes".getBytes());
            assertEquals("yes", new String(plugin.var("seen").orElseThrow()));
            return new long[] {out};
        });
        try (Plugin plugin = load(inspect, ADD, TWICE, SCALE)) {
            assertEquals("hell!", plugin.call("greet", "abc"));
        }
    }

    @Test
    void concurrentCallsIntoOneInstanceAreRejected() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        HostFunction blocking = HostFunction.ofString("hello", (plugin, name) -> {
            inside.countDown();
            release.await(10, TimeUnit.SECONDS);
            return name;
        });
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Plugin plugin = load(blocking, ADD, TWICE, SCALE)) {
            Future<String> first = pool.submit(() -> plugin.call("greet", "first"));
            assertTrue(inside.await(10, TimeUnit.SECONDS));
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> plugin.call("greet", "second"));
            assertTrue(e.getMessage().contains("already running a call"), e.getMessage());
            release.countDown();
            assertEquals("first", first.get(10, TimeUnit.SECONDS));
            assertEquals("third", plugin.call("greet", "third"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reentrantCallsAreRejected() {
        AtomicInteger depth = new AtomicInteger();
        Plugin[] self = new Plugin[1];
        HostFunction reenter = HostFunction.ofString("hello", (plugin, name) -> {
            depth.incrementAndGet();
            return self[0].call("greet", "again");
        });
        try (Plugin plugin = load(reenter, ADD, TWICE, SCALE)) {
            self[0] = plugin;
            HostFunctionException e = assertThrows(HostFunctionException.class, () -> plugin.call("greet", "x"));
            assertInstanceOf(IllegalStateException.class, e.getCause());
            assertTrue(e.getCause().getMessage().contains("cannot make reentrant calls"), e.getMessage());
            assertEquals(1, depth.get());
        }
    }

    @Test
    void hostFunctionsCannotClaimTheKernelNamespace() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HELLO.inNamespace("extism:host/env"));
        assertTrue(e.getMessage().contains("belongs to the Extism ABI"));
        assertThrows(IllegalArgumentException.class,
                () -> PluginOptions.builder().hostFunctions(HELLO, HELLO).build());
        assertEquals("extism:host/user::add (i64, i64) -> i64", ADD.toString());
    }
}
