package dev.xtp4j.benchmarks.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guests, inputs and expected outputs shared by every benchmark, and by {@code benchmarks/peers/node/bench.mjs}
 * (which builds the same inputs the same way).
 *
 * <p>Inputs are the text {@value #PATTERN} repeated and cut to the wanted size, so every byte is ASCII and the vowel
 * count is known.
 */
final class Workloads {
    /** The text inputs are made of. */
    static final String PATTERN = "The quick brown fox ";
    /** The trivial call's input size. */
    static final int SMALL = 8;
    /** The count_vowels input size: 4 KiB. */
    static final int MEDIUM = 4 * 1024;
    /** The bulk input size: 640 KiB. */
    static final int LARGE = 640 * 1024;

    /** The system property naming the repository root, when the working directory is not inside it. */
    static final String ROOT_PROPERTY = "xtp4j.root";
    /** The C benchmark guest (test-guests/src/bench.c). */
    static final String BENCH_WASM = "test-guests/wasm/bench.wasm";
    /** The AssemblyScript sample plugin, built with the upstream PDK. */
    static final String AS_WASM = "sample-plugins/assemblyscript/count-vowels.wasm";

    private static final Pattern COUNT = Pattern.compile("\"count\":(\\d+)");

    private Workloads() {}

    /**
     * An input of {@code size} bytes.
     *
     * @param size bytes
     * @return the input
     */
    static byte[] text(int size) {
        byte[] pattern = PATTERN.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[size];
        for (int i = 0; i < size; i++) {
            out[i] = pattern[i % pattern.length];
        }
        return out;
    }

    /**
     * The number of ASCII vowels {@code aeiouAEIOU} in the bytes.
     *
     * @param input the bytes
     * @return the count
     */
    static long vowels(byte[] input) {
        long n = 0;
        for (byte b : input) {
            switch (b) {
                case 'a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U' -> n++;
                default -> { }
            }
        }
        return n;
    }

    /**
     * A guest file of the repository: under {@code -Dxtp4j.root}, else under the first of the working directory and
     * its parents that has it.
     *
     * @param relative the path inside the repository
     * @return the file
     * @throws IllegalStateException if it cannot be found
     */
    static Path guest(String relative) {
        String root = System.getProperty(ROOT_PROPERTY);
        if (root != null) {
            Path file = Path.of(root).resolve(relative);
            if (Files.isRegularFile(file)) {
                return file;
            }
            throw new IllegalStateException(file + " not found (-D" + ROOT_PROPERTY + "=" + root + ")");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve(relative);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException(relative + " not found in " + Path.of("").toAbsolutePath()
                + " or its parents; run from the repository or pass -D" + ROOT_PROPERTY + "=<repository root>");
    }

    /**
     * Reads a whole file.
     *
     * @param file the file
     * @return its bytes
     */
    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the output of one call of a {@code bench.wasm} export and fails loudly if it is wrong, so that a broken
     * runtime cannot report a fast number.
     *
     * @param runtime the runtime's name, for the message
     * @param export the export called
     * @param input its input
     * @param output what the runtime returned
     * @throws IllegalStateException if the output is wrong
     */
    static void checkBench(String runtime, String export, byte[] input, byte[] output) {
        byte[] expected = switch (export) {
            case "echo" -> input;
            case "count_vowels" -> ("{\"count\":" + vowels(input) + "}").getBytes(StandardCharsets.US_ASCII);
            case "consume", "allocations" -> new byte[0];
            default -> throw new IllegalArgumentException("no expectation for " + export);
        };
        if (!Arrays.equals(expected, output)) {
            throw new IllegalStateException(runtime + ": " + export + " of " + input.length + " bytes returned "
                    + describe(output) + ", expected " + describe(expected));
        }
    }

    /**
     * Checks the output of the AssemblyScript plugin's {@code count_vowels}:
     * {@code {"count":N,"total":T,"vowels":"aeiouAEIOU"}}; only N is checked (T grows from call to call).
     *
     * @param runtime the runtime's name, for the message
     * @param input the input
     * @param output what the runtime returned
     * @throws IllegalStateException if the count is wrong
     */
    static void checkAssemblyScript(String runtime, byte[] input, byte[] output) {
        String text = new String(output, StandardCharsets.UTF_8);
        Matcher m = COUNT.matcher(text);
        if (!m.find() || Long.parseLong(m.group(1)) != vowels(input) || !text.contains("\"vowels\":\"aeiouAEIOU\"")) {
            throw new IllegalStateException(runtime + ": count-vowels.wasm count_vowels of " + input.length
                    + " bytes returned " + describe(output) + ", expected a count of " + vowels(input));
        }
    }

    private static String describe(byte[] bytes) {
        if (bytes.length <= 64) {
            return "\"" + new String(bytes, StandardCharsets.UTF_8) + "\"";
        }
        return bytes.length + " bytes starting \"" + new String(bytes, 0, 32, StandardCharsets.UTF_8) + "\"";
    }
}
