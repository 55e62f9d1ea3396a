package dev.xtp4j.codegen.c;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.xtp4j.sdk.GuestErrorException;
import dev.xtp4j.sdk.Plugin;
import dev.xtp4j.sdk.Plugins;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The primitives of {@code pdk/c/xtp4j-bindings.h} compared with Java's own on many values, through
 * {@code src/test/c/runtime_probe.c} (compiled by the test; skipped when clang is not on the PATH).
 */
class CRuntimeTest {
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static Plugin probe;

    @BeforeAll
    static void compile() {
        assumeTrue(Toolchain.clangAvailable(), "clang is not on the PATH");
        Path root = Toolchain.root();
        Path out = root.resolve("codegen/target/runtime-probe/runtime_probe.wasm");
        out.getParent().toFile().mkdirs();
        Toolchain.run(root, List.of(System.getenv().getOrDefault("CLANG", "clang"), "--target=wasm32-wasi",
                "-mexec-model=reactor", "-O2", "-Wall", "-Wextra", "-Werror", "-I" + root.resolve("pdk/c"), "-o",
                out.toString(), root.resolve("codegen/src/test/c/runtime_probe.c").toString()));
        probe = Plugins.load(out);
    }

    @AfterAll
    static void close() {
        if (probe != null) {
            probe.close();
        }
    }

    private static String[] lines(String function, byte[] input) {
        return new String(probe.call(function, input), StandardCharsets.UTF_8).split("\n", -1);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Numbers

    /** The fewest significant digits any decimal needs to read back as exactly d. */
    private static int shortestDigits(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            for (RoundingMode mode : List.of(RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING)) {
                if (exact.round(new MathContext(p, mode)).doubleValue() == d) {
                    return p;
                }
            }
        }
        throw new AssertionError(d);
    }

    private static int shortestDigits(float f) {
        BigDecimal exact = new BigDecimal(f);
        for (int p = 1; p <= 9; p++) {
            for (RoundingMode mode : List.of(RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING)) {
                if (exact.round(new MathContext(p, mode)).floatValue() == f) {
                    return p;
                }
            }
        }
        throw new AssertionError(f);
    }

    private static int significantDigits(String text) {
        String mantissa = text.replace("-", "").split("[eE]")[0].replace(".", "");
        return new BigDecimal(mantissa).stripTrailingZeros().precision();
    }

    /** Where the C writer uses plain notation: 1e-6 <= |v| < 1e21, as JavaScript does. */
    private static boolean plainExpected(double abs) {
        return abs == 0 || (abs >= 1e-6 && abs < 1e21);
    }

    @Test
    void doublesAreWrittenShortestAndReadBackExactly() {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3,
                Math.PI, Math.E, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL,
                Math.nextDown(Double.MIN_NORMAL), 1e21, Math.nextDown(1e21), 1e-7, 1e-6, Math.nextDown(1e-6), 1e22, 1e23,
                123456789012345680.0, 9007199254740992.0, 9007199254740994.0, 5e-324, 2.5, 100.0, 1e100, 1e-100,
                4.35, 0.000001, 12345.678, 1.7976931348623157e308, 2.2250738585072014e-308));
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(d)) {
                values.add(d);
            }
            values.add(random.nextInt(2_000_000) / Math.pow(10, random.nextInt(12)) * (random.nextBoolean() ? 1 : -1));
            if (i % 4 == 0) {
                values.add(Math.scalb(1.0, random.nextInt(2098) - 1074));
            }
        }
        ByteBuffer in = ByteBuffer.allocate(values.size() * 8 + 24).order(ByteOrder.LITTLE_ENDIAN);
        values.forEach(in::putDouble);
        in.putDouble(Double.NaN).putDouble(Double.POSITIVE_INFINITY).putDouble(Double.NEGATIVE_INFINITY);
        String[] out = lines("fmt_double", in.array());
        for (int i = 0; i < values.size(); i++) {
            double d = values.get(i);
            String text = out[i];
            assertTrue(JSON_NUMBER.matcher(text).matches(), d + " -> " + text);
            assertEquals(0, Double.compare(d, Double.parseDouble(text)), d + " -> " + text);
            if (d != 0) {
                assertEquals(shortestDigits(d), significantDigits(text), d + " -> " + text);
            }
            assertEquals(plainExpected(Math.abs(d)), !text.contains("e"), d + " -> " + text);
        }
        assertEquals(List.of("!", "!", "!"), List.of(out[values.size()], out[values.size() + 1],
                out[values.size() + 2]), "NaN and infinities cannot be written");
        assertEquals("0.30000000000000004", out[values.indexOf(0.1 + 0.2)]);
        assertEquals("-0", out[1]);
        assertEquals("1e+21", out[values.indexOf(1e21)]);
        assertEquals("999999999999999900000", out[values.indexOf(Math.nextDown(1e21))]);
        assertEquals("1e-7", out[values.indexOf(1e-7)]);
        assertEquals("0.000001", out[values.indexOf(1e-6)]);
        assertEquals("9.999999999999997e-7", out[values.indexOf(Math.nextDown(1e-6))]);
        assertEquals("5e-324", out[values.indexOf(5e-324)]);
        assertEquals("123456789012345680", out[values.indexOf(123456789012345680.0)]);
    }

    @Test
    void floatsAreWrittenShortestAndReadBackExactly() {
        List<Float> values = new ArrayList<>(List.of(0.0f, -0.0f, 0.1f, 1.0f / 3, Float.MAX_VALUE, Float.MIN_VALUE,
                Float.MIN_NORMAL, 16777216.0f, 16777218.0f, 3.4028235e38f, 1.17549435e-38f, 2.5f, 1e10f));
        Random random = new Random(7);
        for (int i = 0; i < 4000; i++) {
            float f = Float.intBitsToFloat(random.nextInt());
            if (Float.isFinite(f)) {
                values.add(f);
            }
            values.add(random.nextInt(200_000) / (float) Math.pow(10, random.nextInt(8)));
        }
        ByteBuffer in = ByteBuffer.allocate(values.size() * 4).order(ByteOrder.LITTLE_ENDIAN);
        values.forEach(in::putFloat);
        String[] out = lines("fmt_float", in.array());
        for (int i = 0; i < values.size(); i++) {
            float f = values.get(i);
            String text = out[i];
            assertTrue(JSON_NUMBER.matcher(text).matches(), f + " -> " + text);
            assertEquals(0, Float.compare(f, Float.parseFloat(text)), f + " -> " + text);
            if (f != 0) {
                assertEquals(shortestDigits(f), significantDigits(text), f + " -> " + text);
            }
        }
        assertEquals("0.1", out[2]);
        assertEquals("3.4028235e+38", out[values.indexOf(3.4028235e38f)]);
        assertEquals("1e-45", out[values.indexOf(Float.MIN_VALUE)]);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Date-times

    /** The text the C writer produces: 3 fractional digits, more only for sub-millisecond precision; Z for UTC. */
    static String canonical(OffsetDateTime t) {
        String frac = String.format("%09d", t.getNano());
        int keep = 9;
        while (keep > 3 && frac.charAt(keep - 1) == '0') {
            keep--;
        }
        int offset = t.getOffset().getTotalSeconds() / 60;
        int abs = Math.abs(offset);
        String zone = offset == 0 ? "Z" : String.format("%s%02d:%02d", offset < 0 ? "-" : "+", abs / 60, abs % 60);
        return t.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")) + "." + frac.substring(0, keep) + zone;
    }

    @Test
    void dateTimesParseAndFormatLikeJava() {
        Random random = new Random(3339);
        long min = OffsetDateTime.parse("0000-01-02T00:00:00Z").toInstant().getEpochSecond();
        long max = OffsetDateTime.parse("9999-12-30T00:00:00Z").toInstant().getEpochSecond();
        List<OffsetDateTime> times = new ArrayList<>();
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            long seconds = min + (long) (random.nextDouble() * (max - min));
            int digits = random.nextInt(10);
            int nanos = digits == 0 ? 0 : random.nextInt(1_000_000_000) / (int) Math.pow(10, 9 - digits)
                    * (int) Math.pow(10, 9 - digits);
            ZoneOffset offset = random.nextInt(4) == 0 ? ZoneOffset.UTC
                    : ZoneOffset.ofTotalSeconds((random.nextInt(36 * 60 + 1) - 18 * 60) * 60);
            OffsetDateTime t = Instant.ofEpochSecond(seconds, nanos).atOffset(offset);
            times.add(t);
            String frac = digits == 0 ? "" : "." + String.format("%09d", nanos).substring(0, digits);
            String zone = offset.getTotalSeconds() == 0 ? (random.nextBoolean() ? "Z" : "z") : offset.getId();
            String text = t.format(DateTimeFormatter.ofPattern("uuuu-MM-dd")) + (random.nextBoolean() ? "T" : "t")
                    + t.format(DateTimeFormatter.ofPattern("HH:mm:ss")) + frac + zone;
            input.append(text).append('\n');
        }
        input.setLength(input.length() - 1);
        String[] out = lines("datetime", input.toString().getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < times.size(); i++) {
            OffsetDateTime t = times.get(i);
            Instant instant = t.toInstant();
            assertEquals(instant.toEpochMilli() + " " + (instant.getNano() % 1_000_000) + " "
                    + t.getOffset().getTotalSeconds() / 60 + " " + canonical(t), out[i], input.toString()
                    .split("\n")[i]);
        }
    }

    @Test
    void dateTimeEdgeCases() {
        String[] out = lines("datetime", String.join("\n",
                "2016-12-31T23:59:60Z",
                "2024-02-29T00:00:00+23:59",
                "1970-01-01T00:00:00-00:00",
                "0000-01-01T00:00:00Z",
                "1969-12-31T23:59:59.9999999Z",
                "2024-02-30T00:00:00Z",
                "2024-01-01T00:60:00Z",
                "2024-01-01T00:00:00+24:00",
                "2024-1-01T00:00:00Z",
                "2024-01-01T00:00:00.123456789123Z").getBytes(StandardCharsets.UTF_8));
        assertEquals("1483228800000 0 0 2017-01-01T00:00:00.000Z", out[0], "a leap second reads as the next minute");
        assertEquals("1709078460000 0 1439 2024-02-29T00:00:00.000+23:59", out[1]);
        assertEquals("0 0 0 1970-01-01T00:00:00.000Z", out[2]);
        assertEquals("-62167219200000 0 0 0000-01-01T00:00:00.000Z", out[3]);
        assertEquals("-1 999900 0 1969-12-31T23:59:59.9999999Z", out[4]);
        assertEquals("error: the date does not exist", out[5]);
        assertEquals("error: the time of day is out of range", out[6]);
        assertEquals("error: the UTC offset is out of range", out[7]);
        assertEquals("error: expected an RFC 3339 date-time such as 2024-07-23T16:03:34Z", out[8]);
        assertEquals("1704067200123 456789 0 2024-01-01T00:00:00.123456789Z", out[9], "digits beyond 9 are dropped");

        String[] formatted = lines("datetime_format", String.join("\n",
                "253402300799999 0 0",
                "253402300800000 0 0",
                "-62167219200000 0 0",
                "-62167219200001 0 0",
                "-62167219200000 0 60",
                "0 0 1440",
                "0 1000000 0",
                "0 -1 0",
                "-1 1 -90").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("9999-12-31T23:59:59.999Z", "!", "0000-01-01T00:00:00.000Z", "!",
                "0000-01-01T01:00:00.000+01:00", "!", "!", "!", "1969-12-31T22:29:59.999000001-01:30"),
                List.of(formatted).subList(0, 9));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Base64, UTF-8, formatting

    @Test
    void base64LikeJava() {
        Random random = new Random(64);
        for (int n = 0; n < 200; n++) {
            byte[] bytes = new byte[n];
            random.nextBytes(bytes);
            String encoded = Base64.getEncoder().encodeToString(bytes);
            assertEquals(encoded, new String(probe.call("b64_encode", bytes), StandardCharsets.US_ASCII));
            assertArrayEquals(bytes, probe.call("b64_decode", encoded.getBytes(StandardCharsets.US_ASCII)));
            String unpadded = Base64.getEncoder().withoutPadding().encodeToString(bytes);
            assertArrayEquals(bytes, probe.call("b64_decode", unpadded.getBytes(StandardCharsets.US_ASCII)));
        }
        for (String[] c : new String[][] {{"A", "bad at 1"}, {"AAAAA", "bad at 5"}, {"AA-A", "bad at 2"},
                {"AA=A", "bad at 2"}, {"A===", "bad at 1"}, {"AA A", "bad at 2"}, {"AAA\n", "bad at 3"},
                {"AA_A", "bad at 2"}}) {
            GuestErrorException e = assertThrows(GuestErrorException.class,
                    () -> probe.call("b64_decode", c[0].getBytes(StandardCharsets.US_ASCII)), c[0]);
            assertEquals(c[1], e.guestMessage(), c[0]);
        }
    }

    private static boolean javaAcceptsUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void utf8ValidationLikeJava() {
        Random random = new Random(8);
        byte[] pool = {0x00, 0x41, 0x7F, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC1, (byte) 0xC2,
            (byte) 0xDF, (byte) 0xE0, (byte) 0xA0, (byte) 0x9F, (byte) 0xED, (byte) 0xEF, (byte) 0xF0, (byte) 0x90,
            (byte) 0x8F, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF};
        for (int i = 0; i < 3000; i++) {
            byte[] bytes = new byte[random.nextInt(8)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = pool[random.nextInt(pool.length)];
            }
            int offset = Integer.parseInt(new String(probe.call("utf8_check", bytes), StandardCharsets.US_ASCII));
            assertEquals(javaAcceptsUtf8(bytes), offset == bytes.length, java.util.Arrays.toString(bytes));
        }
        assertEquals("3", new String(probe.call("utf8_check", new byte[] {'a', 'b', 'c', (byte) 0xE2, (byte) 0x82}),
                StandardCharsets.US_ASCII));
        String text = "h\u00e9llo \ud83d\ude00 \u2603";
        assertEquals(String.valueOf(text.getBytes(StandardCharsets.UTF_8).length),
                new String(probe.call("utf8_check", text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.US_ASCII));
    }

    @Test
    void formatterLikePrintf() {
        assertEquals("-42|   42|42   |-0042|7   |0|4294967295|ff|BEEF|0000beef|-1|-9223372036854775808|"
                + "18446744073709551615|123456|x|  y|str|   right|left    |abc|xy|%|0x1234|65|-2|-9|3|truncat|14",
                new String(probe.call("format", new byte[0]), StandardCharsets.US_ASCII));
    }
}
