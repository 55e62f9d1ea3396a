package dev.xtp4j.codegen.c;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The repository's C sample and the clang toolchain for tests: the committed kitchen-sink plugin, and the same plugin
 * (or any generated project) rebuilt from source when clang is on the PATH.
 */
final class Toolchain {
    private static Optional<Path> rebuilt;

    private Toolchain() {}

    /**
     * The repository root (the folder that holds {@code sample-plugins/} and {@code pdk/}).
     *
     * @return the root
     */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("sample-plugins")) && Files.isDirectory(dir.resolve("pdk")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (a folder with sample-plugins/ and pdk/)");
        }
        return dir;
    }

    static Path kitchenSinkSchema() {
        return root().resolve("sample-plugins/kitchen-sink.yaml");
    }

    static Path sampleDir() {
        return root().resolve("sample-plugins/c");
    }

    static Path committedWasm() {
        return sampleDir().resolve("kitchen-sink.wasm");
    }

    /** Whether clang is on the PATH. */
    static boolean clangAvailable() {
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

    /**
     * The sample rebuilt from source with {@code sample-plugins/c/build.sh} (once per test run), if clang is there.
     *
     * @return the rebuilt module
     */
    static synchronized Optional<Path> rebuiltWasm() {
        if (rebuilt == null) {
            if (clangAvailable()) {
                Path out = root().resolve("codegen/target/rebuilt-c-sample/kitchen-sink.wasm");
                build(sampleDir(), out);
                rebuilt = Optional.of(out);
            } else {
                rebuilt = Optional.empty();
            }
        }
        return rebuilt;
    }

    /**
     * Builds a generated C project with its {@code build.sh}.
     *
     * @param project the project folder
     * @param out the module to write
     * @throws AssertionError with the compiler's output when the build fails
     */
    static void build(Path project, Path out) {
        try {
            Files.createDirectories(out.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String log = run(project, List.of("sh", project.resolve("build.sh").toString(), out.toString()));
        if (!Files.isRegularFile(out)) {
            throw new AssertionError("the build wrote no module:\n" + log);
        }
    }

    /**
     * Runs a command and returns its output.
     *
     * @param dir the working folder
     * @param command the command
     * @return the output (standard output and error)
     * @throws AssertionError when the command fails
     */
    static String run(Path dir, List<String> command) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("failed (exit " + process.exitValue() + "): " + command + "\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
