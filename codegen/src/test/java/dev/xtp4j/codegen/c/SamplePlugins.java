package dev.xtp4j.codegen.c;

import dev.xtp4j.sdk.HostFunction;
import dev.xtp4j.sdk.Plugin;
import dev.xtp4j.sdk.PluginOptions;
import dev.xtp4j.sdk.Plugins;
import dev.xtp4j.sdk.ValType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The kitchen-sink C plugin loaded once per test run for each module set: "committed" (the file in the repository)
 * and, when clang is on the PATH, "rebuilt" (compiled from source by {@code sample-plugins/c/build.sh}). The
 * instances are pure Java objects and live until the test JVM ends.
 */
final class SamplePlugins {
    /** The host side of the schema's imports, recording what the plugin sent. */
    static final class Host {
        final List<String> logged = new CopyOnWriteArrayList<>();
        final AtomicInteger ticks = new AtomicInteger();
        /** When set, scalePoint returns these bytes instead of a scaled point. */
        final AtomicReference<String> brokenScalePoint = new AtomicReference<>();

        List<HostFunction> functions() {
            return List.of(
                    // (i64) -> i64: a point in, the point scaled by its label's length out.
                    HostFunction.ofBytes("scalePoint", (plugin, input) -> {
                        String broken = brokenScalePoint.get();
                        if (broken != null) {
                            return broken.getBytes(StandardCharsets.UTF_8);
                        }
                        var point = (com.fasterxml.jackson.databind.node.ObjectNode) JsonAssert.parse(
                                new String(input, StandardCharsets.UTF_8));
                        int factor = point.has("label") ? point.get("label").asText().length() : 0;
                        point.put("x", point.get("x").asInt() * factor);
                        point.put("y", point.get("y").asInt() * factor);
                        return point.toString().getBytes(StandardCharsets.UTF_8);
                    }),
                    // () -> i64: a JSON date-time.
                    HostFunction.of("currentTime", List.of(), List.of(ValType.I64),
                            (plugin, args) -> new long[] {plugin.writeString("\"2024-07-23T16:03:34.123+02:00\"")}),
                    // (i64) -> (): text in.
                    HostFunction.of("logLine", List.of(ValType.I64), List.of(), (plugin, args) -> {
                        logged.add(plugin.readString(args[0]));
                        return null;
                    }),
                    // () -> ().
                    HostFunction.of("tick", List.of(), List.of(), (plugin, args) -> {
                        ticks.incrementAndGet();
                        return null;
                    }));
        }
    }

    /**
     * A loaded plugin and its host.
     *
     * @param plugin the instance
     * @param host the host functions' state
     */
    record Loaded(Plugin plugin, Host host) {}

    private static final Map<String, Loaded> LOADED = new LinkedHashMap<>();

    private SamplePlugins() {}

    /** The module sets to test. */
    static Stream<String> modules() {
        List<String> sets = new ArrayList<>(List.of("committed"));
        if (Toolchain.rebuiltWasm().isPresent()) {
            sets.add("rebuilt");
        }
        return sets.stream();
    }

    /**
     * The plugin of a module set, loaded on first use.
     *
     * @param set {@code committed} or {@code rebuilt}
     * @return the plugin
     */
    static synchronized Loaded load(String set) {
        return LOADED.computeIfAbsent(set, s -> {
            Path wasm = s.equals("committed") ? Toolchain.committedWasm() : Toolchain.rebuiltWasm().orElseThrow();
            Host host = new Host();
            Plugin plugin = Plugins.load(wasm, PluginOptions.builder().hostFunctions(host.functions()).build());
            return new Loaded(plugin, host);
        });
    }
}
