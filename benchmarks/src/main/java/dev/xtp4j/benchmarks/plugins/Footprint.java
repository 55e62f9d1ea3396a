package dev.xtp4j.benchmarks.plugins;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.util.Multiset;

/**
 * Retained heap per idle instance: instances of {@code bench.wasm} made from one compiled plugin, each after one
 * {@code count_vowels} call of 4 KiB.
 *
 * <p>Two methods:
 * <ul>
 *   <li><b>JOL</b> ({@link GraphLayout}): the object graph reachable from {@code n} instances minus the graph
 *       reachable from the first one alone, divided by {@code n - 1}. What instances share (the compiled plugin,
 *       the parsed module, generated classes, static data) is in both graphs and cancels out, so the figure is what
 *       one more idle instance keeps alive. It is exact for the objects reached through fields, and broken down by
 *       class; byte arrays of 64 KiB or more are reported separately as wasm linear memory (both Chicory memory
 *       implementations store it in such arrays; the benchmark guests have no other data that large).</li>
 *   <li><b>MemoryMXBean</b>: heap in use after full collections, before and after creating {@code m} more
 *       instances, divided by {@code m}. Coarser (allocator granularity, collector noise) but independent of
 *       JOL.</li>
 * </ul>
 *
 * <p>Usage: {@code java -Djdk.attach.allowAttachSelf=true -cp benchmarks.jar dev.xtp4j.benchmarks.plugins.Footprint
 * [--out file.json]} (the property lets JOL use {@code Instrumentation} for object sizes). Prints a summary and
 * writes the figures as JSON.
 */
public final class Footprint {
    private static final int JOL_INSTANCES = 11;
    private static final int MXBEAN_INSTANCES = 200;

    private Footprint() {}

    /**
     * Measures both runtimes.
     *
     * @param args {@code --out file.json} (default {@code footprint.json})
     * @throws IOException if the result cannot be written
     * @throws InterruptedException if interrupted while letting the collector settle
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        // JOL cannot take field offsets of records through Unsafe; this makes it find them another way.
        System.setProperty("jol.magicFieldOffset", "true");
        Path out = Path.of(args.length == 2 && args[0].equals("--out") ? args[1] : "footprint.json");
        System.out.println("# " + Verification.checkChicoryVersions());
        Map<String, Object> results = new LinkedHashMap<>();
        for (String name : List.of(PluginRuntime.XTP4J, PluginRuntime.XTP4J_BUDGETED, PluginRuntime.CHICORY_SDK)) {
            results.put(name, measure(PluginRuntime.named(name)));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("guest", Workloads.BENCH_WASM);
        document.put("call", "count_vowels, " + Workloads.MEDIUM + " bytes");
        document.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        document.put("runtimes", results);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), document);
        System.out.println("# written to " + out.toAbsolutePath());
    }

    private static Map<String, Object> measure(PluginRuntime runtime) throws InterruptedException {
        PluginRuntime.Compiled compiled = runtime.compile(Workloads.guest(Workloads.BENCH_WASM));
        byte[] input = Workloads.text(Workloads.MEDIUM);

        List<PluginRuntime.Instance> instances = idleInstances(runtime, compiled, input, JOL_INSTANCES);
        Object[] plugins = instances.stream().map(PluginRuntime.Instance::plugin).toArray();
        GraphLayout one = GraphLayout.parseInstance(plugins[0]);
        GraphLayout all = GraphLayout.parseInstance(plugins);
        GraphLayout extra = all.subtract(one);
        int n = JOL_INSTANCES - 1;
        long perInstance = extra.totalSize() / n;
        long linearMemory = 0;
        for (long address : extra.addresses()) {
            var record = extra.record(address);
            if (record.klass() == byte[].class && record.size() >= 65536) {
                linearMemory += record.size();
            }
        }
        Multiset<Class<?>> sizes = extra.getClassSizes();
        Multiset<Class<?>> counts = extra.getClassCounts();
        List<Class<?>> classes = new ArrayList<>(extra.getClasses());
        classes.sort(Comparator.comparingLong((Class<?> c) -> sizes.count(c)).reversed());
        List<Map<String, Object>> top = new ArrayList<>();
        for (Class<?> c : classes.subList(0, Math.min(15, classes.size()))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("class", c.getName());
            row.put("bytes_per_instance", sizes.count(c) / n);
            row.put("objects_per_instance", (double) counts.count(c) / n);
            top.add(row);
        }
        instances.forEach(PluginRuntime.Instance::close);
        instances = null;

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        List<PluginRuntime.Instance> more = idleInstances(runtime, compiled, input, MXBEAN_INSTANCES);
        long after = usedAfterGc(memory);
        long mxPerInstance = (after - before) / MXBEAN_INSTANCES;
        more.forEach(PluginRuntime.Instance::close);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("jol_bytes_per_instance", perInstance);
        result.put("jol_objects_per_instance", (double) extra.totalCount() / n);
        result.put("jol_linear_memory_bytes_per_instance", linearMemory / n);
        result.put("jol_other_bytes_per_instance", perInstance - linearMemory / n);
        result.put("jol_top_classes", top);
        result.put("mxbean_bytes_per_instance", mxPerInstance);
        System.out.printf("%-12s JOL %,d B per instance (%,d B of linear memory, %,d B other, %.0f objects);"
                        + " MemoryMXBean %,d B per instance%n", runtime.name(), perInstance, linearMemory / n,
                perInstance - linearMemory / n, (double) extra.totalCount() / n, mxPerInstance);
        return result;
    }

    private static List<PluginRuntime.Instance> idleInstances(PluginRuntime runtime, PluginRuntime.Compiled compiled,
            byte[] input, int count) {
        List<PluginRuntime.Instance> instances = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PluginRuntime.Instance instance = compiled.instantiate();
            Workloads.checkBench(runtime.name(), "count_vowels", input, instance.call("count_vowels", input));
            instances.add(instance);
        }
        return instances;
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
