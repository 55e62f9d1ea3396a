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
import org.openjdk.jmh.annotations.Warmup;

/**
 * A new instance from a compiled plugin: {@code instantiate()}, then the first call ({@code echo} of 8 bytes), then
 * {@code close()}. The first call is included because xtp4j instantiates lazily (its {@code instantiate()} alone
 * creates no wasm instance); chicory-sdk instantiates eagerly. The same definition applies to both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InstantiationBenchmark {
    /** The runtime under test. */
    @Param({PluginRuntime.XTP4J, PluginRuntime.CHICORY_SDK, PluginRuntime.CHICORY_SDK_INTERPRETER})
    public String runtime;

    private PluginRuntime.Compiled compiled;
    private byte[] small;

    /** Creates the benchmark state; JMH calls it. */
    public InstantiationBenchmark() {
    }

    /** Compiles {@code bench.wasm} once and verifies a first instance. */
    @Setup(Level.Trial)
    public void setUp() {
        Verification.checkChicoryVersions();
        compiled = PluginRuntime.named(runtime).compile(Workloads.guest(Workloads.BENCH_WASM));
        small = Workloads.text(Workloads.SMALL);
        try (PluginRuntime.Instance instance = compiled.instantiate()) {
            Workloads.checkBench(runtime, "echo", small, instance.call("echo", small));
            Verification.checkEngine(runtime, instance);
        }
        Workloads.checkBench(runtime, "echo", small, newInstance());
    }

    /**
     * A new instance and its first call.
     *
     * @return the call's output
     */
    @Benchmark
    public byte[] newInstance() {
        try (PluginRuntime.Instance instance = compiled.instantiate()) {
            return instance.call("echo", small);
        }
    }
}
