package dev.xtp4j.benchmarks.plugins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints the comparison table of xtp4j and chicory-sdk from a JMH JSON result file ({@code -rf json -rff file}) and
 * a {@link Footprint} result file, with each target and whether it is met.
 *
 * <p>Ratios are "xtp4j faster by": the peer's time over ours (or our throughput over the peer's). The range in
 * brackets combines both 99.9% confidence intervals JMH reports: lowest peer over highest ours, highest peer over
 * lowest ours. A target counts as met when the ratio of the means reaches it. The fastest measurement iteration of
 * each side is shown too: on a shared machine, contention only ever adds time, so the best iteration is the figure
 * least disturbed by other load.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.xtp4j.benchmarks.plugins.Report --jmh jmh.json
 * [--footprint footprint.json] [--out report.md]}.
 */
public final class Report {
    private static final String CALLS = "dev.xtp4j.benchmarks.plugins.PluginCallBenchmark.";
    private static final String INSTANCES = "dev.xtp4j.benchmarks.plugins.InstantiationBenchmark.";
    private static final String CPU = "cpu.time.norm";

    /** How a row turns a JMH score (time per operation) into the figure shown. */
    private enum Unit {
        NS_PER_CALL("ns/call", 1e-9, false),
        US_PER_CALL("µs/call", 1e-6, false),
        US("µs", 1e-6, false),
        MB_PER_S("MB/s", 0, true);

        final String label;
        final double seconds;
        final boolean throughput;

        Unit(String label, double seconds, boolean throughput) {
            this.label = label;
            this.seconds = seconds;
            this.throughput = throughput;
        }
    }

    private record Row(String label, String benchmark, Unit unit, long bytes, String peer, Double target) {}

    private static final List<Row> ROWS = List.of(
            new Row("trivial call: echo 8 B", CALLS + "echoSmall", Unit.NS_PER_CALL, 0, PluginRuntime.CHICORY_SDK, 8.0),
            new Row("echo 640 KiB", CALLS + "echoLarge", Unit.MB_PER_S, Workloads.LARGE, PluginRuntime.CHICORY_SDK,
                    30.0),
            new Row("count_vowels 4 KiB", CALLS + "countVowels", Unit.US_PER_CALL, 0, PluginRuntime.CHICORY_SDK,
                    10.0),
            new Row("new instance + first echo 8 B", INSTANCES + "newInstance", Unit.US, 0,
                    PluginRuntime.CHICORY_SDK, 5.0),
            new Row("  (peer without AoT: interpreter)", INSTANCES + "newInstance", Unit.US, 0,
                    PluginRuntime.CHICORY_SDK_INTERPRETER, null),
            new Row("consume 640 KiB", CALLS + "consumeLarge", Unit.MB_PER_S, Workloads.LARGE,
                    PluginRuntime.CHICORY_SDK, null),
            new Row("allocations: 1000 × alloc(64)+free", CALLS + "allocations", Unit.US_PER_CALL, 0,
                    PluginRuntime.CHICORY_SDK, null),
            new Row("count_vowels 4 KiB, AssemblyScript PDK", CALLS + "countVowelsAssemblyScript", Unit.US_PER_CALL, 0,
                    PluginRuntime.CHICORY_SDK, null));

    private Report() {}

    /**
     * Prints the table.
     *
     * @param args {@code --jmh file} (required), {@code --footprint file}, {@code --out file} (also write it there)
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path jmh = null;
        Path footprint = null;
        Path out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--jmh" -> jmh = Path.of(args[i + 1]);
                case "--footprint" -> footprint = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (jmh == null) {
            throw new IllegalArgumentException("usage: Report --jmh jmh.json [--footprint footprint.json] [--out f.md]");
        }
        ObjectMapper json = new ObjectMapper();
        String text = render(json.readTree(jmh.toFile()), footprint == null ? null : json.readTree(footprint.toFile()));
        System.out.print(text);
        if (out != null) {
            Files.writeString(out, text);
        }
    }

    private static String render(JsonNode jmh, JsonNode footprint) {
        StringBuilder s = new StringBuilder();
        JsonNode first = jmh.size() > 0 ? jmh.get(0) : null;
        if (first != null) {
            s.append(String.format(Locale.ROOT, "JMH %s on %s %s; %s; forks %d, warmup %d × %s, measurement %d × %s%n%n",
                    first.path("jmhVersion").asText(), first.path("vmName").asText(),
                    first.path("vmVersion").asText(), first.path("jvmArgs").toString(), first.path("forks").asInt(),
                    first.path("warmupIterations").asInt(), first.path("warmupTime").asText(),
                    first.path("measurementIterations").asInt(), first.path("measurementTime").asText()));
        }
        s.append(Verification.checkChicoryVersions()).append(".\n\n");
        s.append("Wall-clock time (JMH's score, mean ± 99.9% interval); xtp4j's advantage as the ratio of the means"
                + " [range over both intervals], of the fastest iterations, and of CPU time per operation"
                + " (-prof dev.xtp4j.benchmarks.plugins.CpuTimeProfiler). Met: yes if all three reach the target, no if"
                + " none does.\n\n");
        s.append("| benchmark | unit | xtp4j | chicory-sdk 0.3.0 | ratio of means [range] | ratio of best"
                + " iterations | ratio of CPU time | target | met |\n");
        s.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        StringBuilder cpu = new StringBuilder();
        for (Row row : ROWS) {
            JsonNode ours = find(jmh, row.benchmark(), PluginRuntime.XTP4J);
            JsonNode peer = find(jmh, row.benchmark(), row.peer());
            if (ours == null || peer == null) {
                continue;
            }
            JsonNode oursMetric = ours.path("primaryMetric");
            JsonNode peerMetric = peer.path("primaryMetric");
            Figure o = figure(oursMetric, row);
            Figure p = figure(peerMetric, row);
            double ratio = ratio(row, o.value, p.value);
            double low = row.unit().throughput ? o.low / p.high : p.low / o.high;
            double high = row.unit().throughput ? o.high / p.low : p.high / o.low;
            double bestRatio = ratio(row, best(oursMetric, row), best(peerMetric, row));
            JsonNode oursCpu = ours.path("secondaryMetrics").path(CPU);
            JsonNode peerCpu = peer.path("secondaryMetrics").path(CPU);
            double cpuRatio = Double.NaN;
            if (!oursCpu.isMissingNode() && !peerCpu.isMissingNode()) {
                Figure oc = figure(oursCpu, row);
                Figure pc = figure(peerCpu, row);
                cpuRatio = ratio(row, oc.value, pc.value);
                cpu.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s× |%n", row.label(), row.unit().label,
                        oc, pc, fmt(cpuRatio)));
            }
            String target = row.target() == null ? "–" : fmt(row.target()) + "×";
            String met = "";
            if (row.target() != null) {
                double t = row.target();
                boolean all = ratio >= t && bestRatio >= t && (Double.isNaN(cpuRatio) || cpuRatio >= t);
                boolean none = ratio < t && bestRatio < t && (Double.isNaN(cpuRatio) || cpuRatio < t);
                met = all ? "yes" : none ? "**no**" : "unclear";
            }
            s.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s× [%s–%s] | %s× | %s | %s | %s |%n",
                    row.label(), row.unit().label, o, p, fmt(ratio), fmt(low), fmt(high), fmt(bestRatio),
                    Double.isNaN(cpuRatio) ? "–" : fmt(cpuRatio) + "×", target, met));
        }
        if (footprint != null) {
            JsonNode ours = footprint.path("runtimes").path(PluginRuntime.XTP4J);
            JsonNode peer = footprint.path("runtimes").path(PluginRuntime.CHICORY_SDK);
            long oursTotal = ours.path("jol_bytes_per_instance").asLong();
            long peerTotal = peer.path("jol_bytes_per_instance").asLong();
            long oursLinear = ours.path("jol_linear_memory_bytes_per_instance").asLong();
            long oursOther = ours.path("jol_other_bytes_per_instance").asLong();
            s.append(String.format(Locale.ROOT,
                    "| retained heap per idle instance (count_vowels, after one call; JOL) | KiB | %s | %s | %s× | |"
                            + " | linear memory + < 64 KiB | %s |%n",
                    kib(oursTotal), kib(peerTotal), fmt((double) peerTotal / oursTotal),
                    oursOther < 64 * 1024 ? "yes" : "**no**"));
            s.append(String.format(Locale.ROOT,
                    "%nRetained heap, xtp4j: %s KiB = %s KiB wasm linear memory + %s KiB other; chicory-sdk: %s KiB ="
                            + " %s KiB linear memory (plugin and kernel module) + %s KiB other. MemoryMXBean cross-check:"
                            + " %s KiB and %s KiB.%n",
                    kib(oursTotal), kib(oursLinear), kib(oursOther), kib(peerTotal),
                    kib(peer.path("jol_linear_memory_bytes_per_instance").asLong()),
                    kib(peer.path("jol_other_bytes_per_instance").asLong()),
                    kib(ours.path("mxbean_bytes_per_instance").asLong()),
                    kib(peer.path("mxbean_bytes_per_instance").asLong())));
            JsonNode budgeted = footprint.path("runtimes").path(PluginRuntime.XTP4J_BUDGETED);
            if (!budgeted.isMissingNode()) {
                long other = budgeted.path("jol_other_bytes_per_instance").asLong();
                s.append(String.format(Locale.ROOT,
                        "With memory.max_pages = %d, which also bounds Chicory's page table: xtp4j %s KiB = %s KiB"
                                + " linear memory + %s KiB other (target linear memory + < 64 KiB: %s).%n",
                        Xtp4jRuntime.BUDGET_PAGES, kib(budgeted.path("jol_bytes_per_instance").asLong()),
                        kib(budgeted.path("jol_linear_memory_bytes_per_instance").asLong()), kib(other),
                        other < 64 * 1024 ? "met" : "not met"));
            }
        }
        if (cpu.length() > 0) {
            s.append("\nCPU time per operation (all threads of the benchmark JVM, mean ± 99.9% interval):\n\n");
            s.append("| benchmark | unit | xtp4j | chicory-sdk 0.3.0 | xtp4j faster by |\n"
                    + "| --- | --- | ---: | ---: | ---: |\n").append(cpu);
        }
        String allocations = allocations(jmh);
        if (!allocations.isEmpty()) {
            s.append("\nAllocation per operation (JMH -prof gc, gc.alloc.rate.norm):\n\n");
            s.append("| benchmark | xtp4j | chicory-sdk 0.3.0 |\n| --- | ---: | ---: |\n").append(allocations);
        }
        return s.toString();
    }

    private static String allocations(JsonNode jmh) {
        StringBuilder s = new StringBuilder();
        for (Row row : ROWS) {
            JsonNode ours = find(jmh, row.benchmark(), PluginRuntime.XTP4J);
            JsonNode peer = find(jmh, row.benchmark(), row.peer());
            if (ours == null || peer == null || !ours.path("secondaryMetrics").has("gc.alloc.rate.norm")) {
                continue;
            }
            s.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", row.label(), bytes(ours), bytes(peer)));
        }
        return s.toString();
    }

    private static String bytes(JsonNode result) {
        JsonNode norm = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
        return norm.isMissingNode() ? "–" : String.format(Locale.ROOT, "%,.0f B", norm.path("score").asDouble());
    }

    private static JsonNode find(JsonNode jmh, String benchmark, String runtime) {
        for (JsonNode result : jmh) {
            if (result.path("benchmark").asText().equals(benchmark)
                    && result.path("params").path("runtime").asText().equals(runtime)) {
                return result;
            }
        }
        return null;
    }

    /** A figure in the row's unit, with the bounds of its confidence interval. */
    private record Figure(double value, double low, double high) {
        @Override
        public String toString() {
            return high == low ? fmt(value) : fmt(value) + " ± " + fmt((high - low) / 2);
        }
    }

    private static double ratio(Row row, double ours, double peer) {
        return row.unit().throughput ? ours / peer : peer / ours;
    }

    private static Figure figure(JsonNode metric, Row row) {
        double scale = secondsPer(metric.path("scoreUnit").asText());
        double score = metric.path("score").asDouble() * scale;
        double error = metric.path("scoreError").asDouble();
        error = Double.isNaN(error) ? 0 : error * scale;
        if (row.unit().throughput) {
            double mb = row.bytes() / 1e6;
            return new Figure(mb / score, mb / (score + error),
                    score > error ? mb / (score - error) : Double.POSITIVE_INFINITY);
        }
        double s = row.unit().seconds;
        return new Figure(score / s, Math.max(0, score - error) / s, (score + error) / s);
    }

    /** The best measurement iteration (fastest), in the row's unit: less sensitive to a busy machine. */
    private static double best(JsonNode metric, Row row) {
        double scale = secondsPer(metric.path("scoreUnit").asText());
        double fastest = Double.MAX_VALUE;
        for (JsonNode fork : metric.path("rawData")) {
            for (JsonNode iteration : fork) {
                fastest = Math.min(fastest, iteration.asDouble() * scale);
            }
        }
        return row.unit().throughput ? row.bytes() / 1e6 / fastest : fastest / row.unit().seconds;
    }

    private static double secondsPer(String unit) {
        return switch (unit) {
            case "ns/op" -> 1e-9;
            case "us/op" -> 1e-6;
            case "ms/op" -> 1e-3;
            case "s/op" -> 1;
            default -> throw new IllegalArgumentException("unexpected JMH unit " + unit + "; use average time mode");
        };
    }

    private static String kib(long bytes) {
        return String.format(Locale.ROOT, "%,.1f", bytes / 1024.0);
    }

    private static String fmt(double v) {
        if (v < 0 || Double.isInfinite(v)) {
            return "∞";
        }
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (v >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
