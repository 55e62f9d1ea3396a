package dev.xtp4j.schema.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The printer against data generated with Rust's standard library, which the upstream WAVE writer uses:
 * {@code Display} for floats ({@code wave/rust-float-display.txt}) and the set of characters written as
 * <code>&#92;u{...}</code> ({@code wave/rust-escaped-chars.txt}).
 */
class RustGoldenTest {

    @Test
    void floatsPrintLikeRustDisplay() throws IOException {
        int compared = 0;
        for (String line : lines("rust-float-display.txt")) {
            String[] parts = line.split(" ", 3);
            String rust = parts[2].equals("NaN") ? "nan" : parts[2];
            String mine = parts[0].equals("f32")
                    ? Wave.print(WaveValue.f32(Float.intBitsToFloat(Integer.parseUnsignedInt(parts[1], 16))))
                    : Wave.print(WaveValue.f64(Double.longBitsToDouble(Long.parseUnsignedLong(parts[1], 16))));
            assertEquals(rust, mine, line);
            compared++;
        }
        assertTrue(compared > 2000, "compared " + compared);
    }

    @Test
    void charactersAreEscapedLikeRustWhereTheUnicodeVersionsAgree() throws IOException {
        BitSet rustEscapes = new BitSet(0x110000);
        for (String line : lines("rust-escaped-chars.txt")) {
            String[] range = line.split("-");
            int from = Integer.parseInt(range[0], 16);
            int to = range.length == 1 ? from : Integer.parseInt(range[1], 16);
            rustEscapes.set(from, to + 1);
        }
        List<String> differences = new ArrayList<>();
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            if (cp >= 0xD800 && cp <= 0xDFFF || "\\\"'\t\r\n".indexOf(cp) >= 0) {
                continue;
            }
            if (Character.getType(cp) == Character.UNASSIGNED && !rustEscapes.get(cp)) {
                continue; // assigned in Rust's newer Unicode, unknown to this JDK: escaped here, printed raw by Rust
            }
            String printed = Wave.print(WaveValue.character(cp));
            boolean escaped = printed.startsWith("'\\u{");
            if (escaped != rustEscapes.get(cp)) {
                differences.add(Integer.toHexString(cp));
            }
            if (escaped) {
                assertEquals("'\\u{" + Integer.toHexString(cp) + "}'", printed);
            }
        }
        // U+1171E AHOM CONSONANT SIGN MEDIAL RA became a spacing mark after Unicode 13 (Java 17's tables).
        assertTrue(differences.isEmpty() || differences.equals(List.of("1171e")), differences.toString());
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = RustGoldenTest.class.getResourceAsStream("/wave/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource /wave/" + name);
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }
}
