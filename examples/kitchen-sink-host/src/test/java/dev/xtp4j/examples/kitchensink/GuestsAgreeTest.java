package dev.xtp4j.examples.kitchensink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.xtp4j.sdk.GuestErrorException;
import dev.xtp4j.sdk.Plugin;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The C and the Java plugins give the same bytes: every export is called with the same raw input on both committed
 * modules, and the outputs (or the failures' messages, where the plugins define them) are compared byte for byte. This
 * is stricter than the typed tests, which compare decoded values: it also covers the order of members, the spelling
 * of numbers and date-times, and escapes. The two places where the bindings differ by design are asserted as such.
 */
class GuestsAgreeTest {
    private static final String SCALARS = "{\"aString\": \"h\\u00e9llo \\\"q\\\" \\\\ / \\n\\t\\u0001 \\ud83d\\ude00\","
            + " \"aDateTime\": \"2024-07-23T16:03:34.123456+02:00\", \"aByteString\": \"aGVsbG8=\", \"aBuffer\": "
            + "\"AAECA/7/gA==\", \"aBoolean\": true, \"anInt8\": -128, \"aUint8\": 255, \"anInt16\": -32768, "
            + "\"aUint16\": 65535, \"anInt32\": -2147483648, \"aUint32\": 4294967295, \"anInt64\": "
            + "-9223372036854775808, \"aUint64\": 18446744073709551615, \"anInteger\": 9223372036854775807, "
            + "\"aFloat\": 3.4028235E38, \"aDouble\": -1.7976931348623157E308, \"aNumber\": 4.9E-324}";
    private static final String COLLECTIONS = "{\"ints\": [0, -1, 2147483647], \"strings\": [\"\", \"\\u00fc\"], "
            + "\"points\": [{\"x\": 1, \"y\": 2}, {\"label\": \"l\", \"y\": 4, \"x\": -3}], \"colors\": [\"red\", "
            + "\"darkRed\"], \"maybeInts\": [1, null], \"grid\": [[], [1, 2]], \"times\": [\"1970-01-01T00:00:00Z\", "
            + "\"2000-02-29T12:00:00.5-05:30\", \"9999-12-31T23:59:59.999999999Z\", \"2000-02-29T17:30:00.5Z\"], "
            + "\"blobs\": [\"\", \"AAE=\"], \"scores\": {\"b\": 2, \"a\": -9007199254740993}, \"pointsByName\": "
            + "{\"p\": {\"x\": 0, \"y\": 0}}, \"notes\": {\"n\": null, \"m\": \"x\"}, \"palettes\": {\"w\": [\"red\"]},"
            + " \"nested\": {\"a\": {\"t\": true, \"f\": false}}, \"counters\": {\"c\": -4}}";
    private static final String OPTIONALS = "{\"requiredNullable\": \"r\", \"optionalString\": \"s\", "
            + "\"optionalPoint\": {\"x\": 1, \"y\": 2, \"label\": \"p\"}, \"nullablePoint\": null, \"optionalColor\": "
            + "\"blue\", \"optionalTime\": \"2024-01-01T00:00:00+05:45\", \"optionalInts\": [1, 2]}";

    static Stream<Arguments> calls() {
        return Stream.of(
                Arguments.of("echoEverything", "{\"scalars\": " + SCALARS + ", \"collections\": " + COLLECTIONS
                        + ", \"optionals\": " + OPTIONALS + ", \"color\": \"darkRed\", \"priority\": \"high\", "
                        + "\"when\": \"1969-12-31T23:59:59.999Z\", \"count\": -1, \"extra\": {\"z\": 1, \"a\": "
                        + "[true, null, {\"n\": -0.5e-3}], \"m\": \"\\u00e9\"}}"),
                Arguments.of("transformScalars", SCALARS.replace("3.4028235E38", "1.25")
                        .replace("-1.7976931348623157E308", "-2.5e-300")),
                Arguments.of("summarize", COLLECTIONS),
                Arguments.of("makeCollections", "0"),
                Arguments.of("makeCollections", "7"),
                Arguments.of("makeCollections", "1000"),
                Arguments.of("describeOptionals", OPTIONALS),
                Arguments.of("describeOptionals", "{\"requiredNullable\": null, \"nullablePoint\": {\"x\": 3, "
                        + "\"y\": 4}, \"optionalNullable\": \"n\"}"),
                Arguments.of("sumInts", "[9223372036854775807, 1, -5]"),
                Arguments.of("sumInts", "[]"),
                Arguments.of("nextColor", "\"darkRed\""),
                Arguments.of("doubleOrNull", "null"),
                Arguments.of("doubleOrNull", "-1073741825"),
                Arguments.of("greet", "J\u00fcrgen \ud83d\ude00"),
                Arguments.of("greet", ""),
                Arguments.of("priorityLabel", "medium"),
                Arguments.of("addHour", "2024-12-31T23:30:00.000001-01:30"),
                Arguments.of("addHour", "1969-12-31T23:59:59.999z"),
                Arguments.of("reverseBytes", "\u0000\u0001\u00ff"),
                Arguments.of("inspectBytes", "abc\u00ff"),
                Arguments.of("inspectBytes", ""),
                Arguments.of("callHost", "{\"point\": {\"x\": 2, \"y\": -3, \"label\": \"abc\"}, \"message\": "
                        + "\"m\"}"));
    }

    private static Plugin plugin(String set) {
        return SamplePlugins.load(set).plugin();
    }

    @ParameterizedTest(name = "{0}({1})")
    @MethodSource("calls")
    void bothPluginsGiveTheSameBytes(String function, String input) {
        byte[] in = input.getBytes(StandardCharsets.UTF_8);
        byte[] c = plugin("c/committed").call(function, in);
        byte[] java = plugin("java/committed").call(function, in);
        assertArrayEquals(c, java, () -> "C:    " + new String(c, StandardCharsets.UTF_8) + "\nJava: "
                + new String(java, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void bothPluginsFailWithTheSameMessage(String function, String input, String message) {
        for (String set : new String[] {"c/committed", "java/committed"}) {
            GuestErrorException e = assertThrows(GuestErrorException.class,
                    () -> plugin(set).call(function, input.getBytes(StandardCharsets.UTF_8)), set);
            assertEquals(message, e.guestMessage(), set);
        }
    }

    static Stream<Arguments> failures() {
        String transform = "cannot encode the output of transformScalars: an infinite number cannot be written as "
                + "JSON at /aFloat";
        return Stream.of(
                Arguments.of("fail", "the message", "the message"),
                Arguments.of("makeCollections", "-1", "makeCollections: the size must be between 0 and 1000, not -1"),
                Arguments.of("transformScalars", SCALARS, transform),
                Arguments.of("priorityLabel", "urgent", "invalid input for priorityLabel: unknown Priority value "
                        + "\"urgent\" (expected one of low, medium, high)"));
    }

    /**
     * The two differences by design. An optional nullable member set to {@code null} is kept by the Java bindings
     * ({@code Optional.empty()}) and dropped by the C bindings, which cannot tell it from an absent one. A byte
     * string ({@code format: byte}) is decoded from base64 by the Java bindings and encoded again, so the text comes
     * back in canonical form; the C bindings keep the text as it came.
     */
    @ParameterizedTest(name = "{index}")
    @MethodSource("differences")
    void theBindingsDifferWhereTheirTypesDo(String input, String c, String java) {
        assertEquals(c, section(plugin("c/committed"), input));
        assertEquals(java, section(plugin("java/committed"), input));
    }

    /** The part of echoEverything's output where the bindings differ. */
    private static String section(Plugin plugin, String input) {
        String output = new String(plugin.call("echoEverything", input.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"optionals\":\\{[^}]*\\}|\"aByteString\":\"[^\"]*\"").matcher(output);
        StringBuilder sections = new StringBuilder();
        while (m.find()) {
            sections.append(sections.length() == 0 ? "" : " ").append(m.group());
        }
        return sections.toString();
    }

    static Stream<Arguments> differences() {
        String base = "{\"scalars\": " + SCALARS + ", \"collections\": " + COLLECTIONS + ", \"color\": \"red\", "
                + "\"priority\": \"low\", \"when\": \"2024-01-01T00:00:00Z\", \"count\": 1, \"extra\": {}, ";
        return Stream.of(
                Arguments.of(base + "\"optionals\": {\"requiredNullable\": null, \"optionalNullable\": null, "
                        + "\"nullablePoint\": null}}",
                        "\"aByteString\":\"aGVsbG8=\" \"optionals\":{\"requiredNullable\":null,\"nullablePoint\":null}",
                        "\"aByteString\":\"aGVsbG8=\" \"optionals\":{\"requiredNullable\":null,\"optionalNullable\":null,"
                                + "\"nullablePoint\":null}"),
                Arguments.of(base.replace("aGVsbG8=", "aGVsbG8") + "\"optionals\": {\"requiredNullable\": null, "
                        + "\"nullablePoint\": null}}",
                        "\"aByteString\":\"aGVsbG8\" \"optionals\":{\"requiredNullable\":null,\"nullablePoint\":null}",
                        "\"aByteString\":\"aGVsbG8=\" \"optionals\":{\"requiredNullable\":null,\"nullablePoint\":null}"));
    }
}
