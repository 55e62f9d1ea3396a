package dev.xtp4j.sdk;

import static dev.xtp4j.sdk.testing.Guests.quiet;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.sdk.manifest.Manifest;
import dev.xtp4j.sdk.manifest.WasmSource;
import dev.xtp4j.sdk.testing.GuestFiles;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A pool of instances serving many threads. */
class PluginPoolTest {
    private static final CompiledPlugin KERNEL = Plugins.compile(
            Manifest.of(WasmSource.file(GuestFiles.committed().get("kernel"))), quiet());

    @Test
    void manyThreadsThousandsOfCallsNoCrossTalk() throws Exception {
        int threads = 8;
        int callsPerThread = 600;
        try (PluginPool pool = PluginPool.builder(KERNEL).maxInstances(4).build()) {
            ExecutorService executor = Executors.newFixedThreadPool(threads);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(executor.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < callsPerThread; i++) {
                        byte[] input = ("thread " + thread + " call " + i + " " + "x".repeat(i % 97))
                                .getBytes(StandardCharsets.UTF_8);
                        assertArrayEquals(input, pool.call("echo", input));
                        if (i % 50 == 0) {
                            try (Plugin plugin = pool.borrow(Duration.ofSeconds(30))) {
                                // vars live in one instance: write then read on the same borrowed instance
                                String first = plugin.call("var_counter", "");
                                String second = plugin.call("var_counter", "");
                                assertEquals(Integer.parseInt(first) + 1, Integer.parseInt(second));
                            }
                        }
                        ok++;
                    }
                    return ok;
                }));
            }
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get(5, TimeUnit.MINUTES);
            }
            executor.shutdown();
            assertEquals(threads * callsPerThread, total);
            assertTrue(pool.createdInstances() <= 4, "created " + pool.createdInstances());
            assertEquals(pool.liveInstances(), pool.idleInstances(), "every instance was given back");
            assertEquals(0, pool.discardedInstances());
        }
    }

    @Test
    void borrowingWaitsThenTimesOut() {
        try (PluginPool pool = PluginPool.builder(KERNEL).maxInstances(1).build()) {
            Plugin held = pool.borrow(Duration.ofSeconds(1));
            PoolTimeoutException e = assertThrows(PoolTimeoutException.class,
                    () -> pool.borrow(Duration.ofMillis(50)));
            assertTrue(e.getMessage().contains("all 1 instances"), e.getMessage());
            held.close();
            held.close(); // giving back twice is harmless
            try (Plugin again = pool.borrow(Duration.ofSeconds(1))) {
                assertEquals("echo", again.call("echo", "echo"));
            }
            assertThrows(IllegalStateException.class, () -> held.call("echo", "x"), "a given-back lease is dead");
        }
    }

    @Test
    void instancesThatFailedHardAreDiscarded() {
        try (PluginPool pool = PluginPool.builder(KERNEL).maxInstances(2).build()) {
            assertThrows(GuestErrorException.class, () -> pool.call("fail_with_error", "no"));
            assertEquals(0, pool.discardedInstances(), "a guest error leaves the instance healthy");
            assertThrows(TrapException.class, () -> pool.call("trap", ""));
            assertEquals(1, pool.discardedInstances());
            assertThrows(HostFunctionException.class, () -> pool.call("config_bad_handle", ""));
            assertEquals(2, pool.discardedInstances());
            assertEquals("fine", pool.call("echo", "fine"));
            assertTrue(pool.liveInstances() <= 2);
        }
    }

    @Test
    void closingThePoolClosesItsInstances() {
        PluginPool pool = PluginPool.builder(KERNEL).maxInstances(2).borrowTimeout(Duration.ofSeconds(1)).build();
        Plugin borrowed = pool.borrow();
        pool.call("echo", "warm");
        pool.close();
        assertEquals(1, pool.liveInstances(), "only the borrowed instance remains");
        assertThrows(IllegalStateException.class, pool::borrow);
        borrowed.close();
        assertEquals(0, pool.liveInstances());
        assertThrows(IllegalArgumentException.class, () -> PluginPool.builder(KERNEL).maxInstances(0));
    }
}
