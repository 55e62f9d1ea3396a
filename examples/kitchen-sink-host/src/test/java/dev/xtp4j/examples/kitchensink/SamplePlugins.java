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
 * The kitchen-sink plugins for the tests, both built from {@code sample-plugins/kitchen-sink.yaml}: the C plugin
 * ({@code sample-plugins/c}) and the Java plugin ({@code sample-plugins/java/kitchen-sink}, TeaVM). Each comes as the
 * committed module and as a fresh build: the C module rebuilt with its {@code build.sh} when clang is on the PATH,
 * the Java module as built by TeaVM earlier in the same Maven reactor. Each is loaded once, with the host functions
 * of a {@link RecordingHost}, and lives until the test JVM ends.
 */
final class SamplePlugins {
    /** The language a plugin was written in. */
    enum Guest {
        /** {@code sample-plugins/c}: generated C bindings, clang. */
        C,
        /** {@code sample-plugins/java/kitchen-sink}: generated Java bindings, TeaVM. */
        JAVA
    }

    /**
     * A loaded plugin, its typed exports and its host.
     *
     * @param guest the plugin's language
     * @param wasm the module
     * @param plugin the instance
     * @param exports the generated interface bound to it
     * @param host the host functions' implementation
     */
    record Loaded(Guest guest, Path wasm, Plugin plugin, KitchenSink exports, RecordingHost host) {}

    private static final Map<String, Loaded> LOADED = new LinkedHashMap<>();

    private SamplePlugins() {}

    /** The folder of the C sample (the build passes it as a system property; else found from the working folder). */
    static Path sampleDir() {
        return folder("xtp4j.c-sample", "../../sample-plugins/c");
    }

    /** The folder of the Java sample. */
    static Path javaSampleDir() {
        return folder("xtp4j.java-sample", "../../sample-plugins/java/kitchen-sink");
    }

    private static Path folder(String property, String fallback) {
        String dir = System.getProperty(property);
        return dir != null ? Path.of(dir) : Path.of(fallback).toAbsolutePath().normalize();
    }

    /**
     * The module sets to test: {@code c/committed}, {@code c/rebuilt} when clang is there, {@code java/committed}
     * and {@code java/built}.
     */
    static Stream<String> modules() {
        List<String> sets = new ArrayList<>(List.of("c/committed"));
        if (clangAvailable()) {
            sets.add("c/rebuilt");
        }
        sets.add("java/committed");
        sets.add("java/built");
        return sets.stream();
    }

    /**
     * The language of a module set.
     *
     * @param set e.g. {@code java/built}
     * @return the guest
     */
    static Guest guest(String set) {
        return set.startsWith("java/") ? Guest.JAVA : Guest.C;
    }

    /**
     * The plugin of a module set, loaded on first use.
     *
     * @param set one of {@link #modules()}
     * @return the plugin
     */
    static synchronized Loaded load(String set) {
        return LOADED.computeIfAbsent(set, s -> {
            Path wasm = switch (s) {
                case "c/committed" -> sampleDir().resolve("kitchen-sink.wasm");
                case "c/rebuilt" -> rebuild();
                case "java/committed" -> javaSampleDir().resolve("kitchen-sink.wasm");
                case "java/built" -> built();
                default -> throw new IllegalArgumentException(s);
            };
            RecordingHost host = new RecordingHost();
            Plugin plugin = Plugins.load(wasm, PluginOptions.builder()
                    .hostFunctions(KitchenSinkHost.hostFunctions(host)).build());
            return new Loaded(guest(s), wasm, plugin, KitchenSink.of(plugin), host);
        });
    }

    /** The Java module that TeaVM built in this reactor (the sample module is a test dependency of this one). */
    private static Path built() {
        Path wasm = javaSampleDir().resolve("target/wasm/kitchen-sink.wasm");
        if (!Files.isRegularFile(wasm)) {
            throw new IllegalStateException(wasm + " is missing: build the Java sample first (mvn -pl "
                    + "examples/kitchen-sink-host -am verify builds it)");
        }
        return wasm;
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
