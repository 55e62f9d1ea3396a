package dev.xtp4j.benchmarks.plugins;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Calls on one warm plugin instance, each through the runtime's public {@code call(name, bytes)}: the time covers
 * everything a host pays per call (kernel reset, input copy, the guest's work and its host calls, output copy).
 *
 * <ul>
 *   <li>{@code echoSmall}: {@code bench.wasm} {@code echo} of 8 bytes, the trivial call;</li>
 *   <li>{@code echoLarge}: {@code echo} of 640 KiB (the guest reads and writes it 8 bytes per host call);</li>
 *   <li>{@code countVowels}: {@code count_vowels} of 4 KiB, output {@code {"count":N}};</li>
 *   <li>{@code consumeLarge}: {@code consume} of 640 KiB, input only;</li>
 *   <li>{@code allocations}: 1000 × ({@code alloc(64)}, {@code free}) in the kernel, no input or output;</li>
 *   <li>{@code countVowelsAssemblyScript}: the upstream-PDK sample plugin's {@code count_vowels} of 4 KiB (config
 *       lookup, a var read and write, JSON output).</li>
 * </ul>
 *
 * The setup calls every export once and checks each output, and checks that the guest runs compiled on the
 * expected Chicory, so that a broken configuration fails instead of reporting a number.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PluginCallBenchmark {
    /** The runtime under test: {@code xtp4j} or {@code chicory-sdk}. */
    @Param({PluginRuntime.XTP4J, PluginRuntime.CHICORY_SDK})
    public String runtime;

    private PluginRuntime.Instance bench;
    private PluginRuntime.Instance assemblyScript;
    private byte[] small;
    private byte[] medium;
    private byte[] large;

    /** Creates the benchmark state; JMH calls it. */
    public PluginCallBenchmark() {
    }

    /** Compiles both guests, makes one instance of each and verifies every workload's output. */
    @Setup(Level.Trial)
    public void setUp() {
        Verification.checkChicoryVersions();
        PluginRuntime rt = PluginRuntime.named(runtime);
        bench = rt.compile(Workloads.guest(Workloads.BENCH_WASM)).instantiate();
        assemblyScript = rt.compile(Workloads.guest(Workloads.AS_WASM)).instantiate();
        small = Workloads.text(Workloads.SMALL);
        medium = Workloads.text(Workloads.MEDIUM);
        large = Workloads.text(Workloads.LARGE);
        for (int round = 0; round < 2; round++) {
            Workloads.checkBench(runtime, "echo", small, echoSmall());
            Workloads.checkBench(runtime, "echo", large, echoLarge());
            Workloads.checkBench(runtime, "count_vowels", medium, countVowels());
            Workloads.checkBench(runtime, "consume", large, consumeLarge());
            Workloads.checkBench(runtime, "allocations", new byte[0], allocations());
            Workloads.checkAssemblyScript(runtime, medium, countVowelsAssemblyScript());
        }
        Verification.checkEngine(runtime, bench);
        Verification.checkEngine(runtime, assemblyScript);
    }

    /** Releases the instances. */
    @TearDown(Level.Trial)
    public void tearDown() {
        bench.close();
        assemblyScript.close();
    }

    /**
     * {@code echo} of 8 bytes.
     *
     * @return the output
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public byte[] echoSmall() {
        return bench.call("echo", small);
    }

    /**
     * {@code echo} of 640 KiB.
     *
     * @return the output
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public byte[] echoLarge() {
        return bench.call("echo", large);
    }

    /**
     * {@code count_vowels} of 4 KiB.
     *
     * @return the output
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public byte[] countVowels() {
        return bench.call("count_vowels", medium);
    }

    /**
     * {@code consume} of 640 KiB.
     *
     * @return the (empty) output
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public byte[] consumeLarge() {
        return bench.call("consume", large);
    }

    /**
     * {@code allocations}: 1000 kernel alloc/free pairs.
     *
     * @return the (empty) output
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public byte[] allocations() {
        return bench.call("allocations", new byte[0]);
    }

    /**
     * The AssemblyScript plugin's {@code count_vowels} of 4 KiB.
     *
     * @return the output
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public byte[] countVowelsAssemblyScript() {
        return assemblyScript.call("count_vowels", medium);
    }
}
