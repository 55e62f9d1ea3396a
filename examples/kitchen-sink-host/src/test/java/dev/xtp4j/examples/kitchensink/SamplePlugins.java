package dev.xtp4j.examples.kitchensink;

import dev.xtp4j.sdk.Plugin;
import dev.xtp4j.sdk.PluginOptions;
import dev.xtp4j.sdk.Plugins;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The C kitchen-sink plugin ({@code sample-plugins/c}) for the tests: the committed module and, when clang is on
 * the PATH, the same module rebuilt from source with its {@code build.sh}. Each is loaded once, with the host
 * functions of a {@link RecordingHost}, and lives until the test JVM ends.
 */
final class SamplePlugins {
    /**
     * A loaded plugin, its typed exports and its host.
     *
     * @param wasm the module
     * @param plugin the instance
     * @param exports the generated interface bound to it
     * @param host the host functions' implementation
     */
    record Loaded(Path wasm, Plugin plugin, KitchenSink exports, RecordingHost host) {}

    private static final Map<String, Loaded> LOADED = new LinkedHashMap<>();

    private SamplePlugins() {}

    /** The folder of the C sample (the build passes it as a system property; else found from the working folder). */
    static Path sampleDir() {
        String dir = System.getProperty("xtp4j.c-sample");
        return dir != null ? Path.of(dir) : Path.of("../../sample-plugins/c").toAbsolutePath().normalize();
    }

    /** The module sets to test: {@code committed}, and {@code rebuilt} when clang is there. */
    static Stream<String> modules() {
        List<String> sets = new ArrayList<>(List.of("committed"));
        if (clangAvailable()) {
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
            Path wasm = s.equals("committed") ? sampleDir().resolve("kitchen-sink.wasm") : rebuild();
            RecordingHost host = new RecordingHost();
            Plugin plugin = Plugins.load(wasm, PluginOptions.builder()
                    .hostFunctions(KitchenSinkHost.hostFunctions(host)).build());
            return new Loaded(wasm, plugin, KitchenSink.of(plugin), host);
        });
    }

    private static boolean clangAvailable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, System.getenv().getOrDefault("CLANG", "clang")))) {
                return true;
            }
        }
        return false;
    }

    private static Path rebuild() {
        Path out = Path.of("target/rebuilt-c-sample/kitchen-sink.wasm").toAbsolutePath();
        try {
            Files.createDirectories(out.getParent());
            Process process = new ProcessBuilder("sh", sampleDir().resolve("build.sh").toString(), out.toString())
                    .redirectErrorStream(true).start();
            String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new AssertionError("building the C sample failed:\n" + log);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
