package dev.xtp4j.sdk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The project's own wasm guests (C test guests in {@code test-guests/}, the AssemblyScript sample plugin) for tests:
 * the committed {@code .wasm} files, and the same guests rebuilt from source when the toolchains are installed
 * (clang for the C guests; {@code npm ci} done in {@code sample-plugins/assemblyscript} for the AssemblyScript one).
 */
public final class GuestFiles {
    private static final Map<String, Map<String, Path>> SETS = new LinkedHashMap<>();

    private GuestFiles() {}

    /**
     * The repository's root folder.
     *
     * @return the folder that holds {@code test-guests/}
     */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("test-guests"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (a folder with test-guests/)");
        }
        return dir;
    }

    /**
     * The committed guests by name ({@code kernel}, {@code host}, ..., {@code count-vowels}).
     *
     * @return paths by guest name
     */
    public static Map<String, Path> committed() {
        Path root = root();
        Map<String, Path> files = new LinkedHashMap<>();
        for (String name : List.of("kernel", "host", "reactor", "command", "bench", "wasi_fs")) {
            files.put(name, root.resolve("test-guests/wasm/" + name + ".wasm"));
        }
        files.put("count-vowels", root.resolve("sample-plugins/assemblyscript/count-vowels.wasm"));
        return files;
    }

    /**
     * The guest sets to test: always the committed files, plus the guests rebuilt from source into
     * {@code target/rebuilt-guests} for each toolchain that is installed.
     *
     * @return set name ("committed", "rebuilt") to paths by guest name
     */
    public static synchronized Map<String, Map<String, Path>> sets() {
        if (SETS.isEmpty()) {
            SETS.put("committed", committed());
            Map<String, Path> rebuilt = rebuild();
            if (!rebuilt.isEmpty()) {
                SETS.put("rebuilt", rebuilt);
            }
        }
        return SETS;
    }

    private static Map<String, Path> rebuild() {
        Path root = root();
        Path out = root.resolve("sdk/target/rebuilt-guests");
        Map<String, Path> files = new LinkedHashMap<>();
        if (onPath("clang") && run(root, List.of("sh", "test-guests/build.sh", out.toString()))) {
            for (String name : List.of("kernel", "host", "reactor", "command", "bench", "wasi_fs")) {
                files.put(name, out.resolve(name + ".wasm"));
            }
        }
        Path as = root.resolve("sample-plugins/assemblyscript");
        if (Files.isExecutable(as.resolve("node_modules/.bin/asc"))
                && run(root, List.of("sh", "sample-plugins/assemblyscript/build.sh", out.toString()))) {
            files.put("count-vowels", out.resolve("count-vowels.wasm"));
        }
        return files;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static boolean run(Path dir, List<String> command) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("rebuilding guests failed: " + command + "\n" + output);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
