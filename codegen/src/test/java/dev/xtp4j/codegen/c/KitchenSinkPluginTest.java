package dev.xtp4j.codegen.c;

import static dev.xtp4j.codegen.c.JsonAssert.assertJsonEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.sdk.GuestErrorException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The C sample plugin ({@code sample-plugins/c}, generated from {@code sample-plugins/kitchen-sink.yaml}) loaded with
 * the runtime: every export, with JSON, text and binary inputs that exercise every type. Runs against the committed
 * module and, when clang is on the PATH, against the module rebuilt from source.
 *
 * <p>Inputs and outputs are raw bytes through {@code Plugin.call(String, byte[])}, so the same cases can later run
 * through the typed Java host stubs.
 */
class KitchenSinkPluginTest {
    static Stream<String> modules() {
        return SamplePlugins.modules();
    }

    private static SamplePlugins.Loaded load(String set) {
        return SamplePlugins.load(set);
    }

    private byte[] callBytes(String set, String function, byte[] input) {
        return load(set).plugin().call(function, input);
    }

    private String call(String set, String function, String input) {
        return new String(callBytes(set, function, input.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    private String error(String set, String function, byte[] input) {
        GuestErrorException e = assertThrows(GuestErrorException.class, () -> callBytes(set, function, input));
        assertEquals(-1, e.returnCode(), "generated wrappers return -1 on failure");
        return e.guestMessage();
    }

    private String error(String set, String function, String input) {
        return error(set, function, input.getBytes(StandardCharsets.UTF_8));
    }

    static String resource(String name) {
        try (InputStream in = KitchenSinkPluginTest.class.getResourceAsStream("/kitchen-sink/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void echoEverythingKeepsEveryValue(String set) {
        String output = call(set, "echoEverything", resource("everything.json"));
        assertJsonEquals(resource("everything.expected.json"), output);
        assertTrue(output.contains("\"extra\":{\"z\": 1, \"a\": [true, null, {\"nested\": \"x\", \"n\": -0.5e-3}], "
                + "\"m\": \"\\u00e9\", \"b\": {}}"), "free-form objects are kept verbatim: " + output);
        assertTrue(output.contains("\"aFloat\":3.4028235e+38,\"aDouble\":-1.7976931348623157e+308,"
                + "\"aNumber\":5e-324"), "shortest round-trip number text: " + output);
        assertTrue(output.contains("\"aString\":\"h\u00e9llo \\\"quoted\\\" \\\\ back/slash \\n\\t\\u0001 "
                + "\ud83d\ude00 \u2603 \\u0000 end\""), "strings are escaped as JSON requires: " + output);
        assertTrue(output.contains("{\"x\":1,\"y\":2},{\"x\":-3,\"y\":4,\"label\":\"with label\"}"),
                "members in schema order, absent optionals omitted: " + output);
        assertTrue(output.contains("\"optionals\":{\"requiredNullable\":null,\"optionalString\":\"present\","),
                "a required nullable member is written as null: " + output);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void transformScalarsReadsEveryScalar(String set) {
        String input = """
                {"aString": "abc xyz \u00e9", "aDateTime": "2024-02-28T23:00:00Z", "aByteString": "aGk=",
                 "aBuffer": "AQID", "aBoolean": true, "anInt8": 127, "aUint8": 255, "anInt16": 5, "aUint16": 65535,
                 "anInt32": 2147483647, "aUint32": 4294967295, "anInt64": 9223372036854775807,
                 "aUint64": 18446744073709551615, "anInteger": -1, "aFloat": 1.25, "aDouble": 0.1, "aNumber": 1e300}
                """;
        assertEquals("{\"aString\":\"ABC XYZ \u00e9\",\"aDateTime\":\"2024-02-29T23:00:00.000Z\","
                + "\"aByteString\":\"aGk=\",\"aBuffer\":\"AwIB\",\"aBoolean\":false,\"anInt8\":-128,\"aUint8\":0,"
                + "\"anInt16\":6,\"aUint16\":0,\"anInt32\":-2147483648,\"aUint32\":0,"
                + "\"anInt64\":-9223372036854775808,\"aUint64\":0,\"anInteger\":0,\"aFloat\":2.5,\"aDouble\":0.2,"
                + "\"aNumber\":2e+300}", call(set, "transformScalars", input));

        String overflow = input.replace("\"aFloat\": 1.25", "\"aFloat\": 3e38");
        assertEquals("cannot encode the output of transformScalars: an infinite number cannot be written as JSON "
                + "at /aFloat", error(set, "transformScalars", overflow));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void summarizeReadsEveryCollection(String set) {
        String collections = JsonAssert.parse(resource("everything.json")).get("collections").toString();
        assertJsonEquals("""
                {"intSum": 2147483646, "stringLengths": 14, "pointCount": 2, "labelledPoints": 1,
                 "colorNames": ["red", "green", "blue", "darkRed"], "nullItems": 2, "gridCells": 4,
                 "latest": "9999-12-31T23:59:59.999999999Z", "blobBytes": 6, "scoreTotal": 9007199254740983,
                 "keys": ["alice", "bob", "carol", "origin", "far", "first", "second", "", "warm", "cold", "none",
                          "a", "b", "hits", "misses"],
                 "nullNotes": 1, "trueFlags": 1, "counterTotal": -1}
                """, call(set, "summarize", collections));
        String empty = """
                {"ints": [], "strings": [], "points": [], "colors": [], "maybeInts": [], "grid": [], "times": [],
                 "blobs": [], "scores": {}, "pointsByName": {}, "notes": {}, "palettes": {}, "nested": {},
                 "counters": {}}
                """;
        assertJsonEquals("""
                {"intSum": 0, "stringLengths": 0, "pointCount": 0, "labelledPoints": 0, "colorNames": [],
                 "nullItems": 0, "gridCells": 0, "latest": null, "blobBytes": 0, "scoreTotal": 0, "keys": [],
                 "nullNotes": 0, "trueFlags": 0, "counterTotal": 0}
                """, call(set, "summarize", empty));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void makeCollectionsEncodesWhatThePluginBuilt(String set) {
        assertJsonEquals("""
                {"ints": [0, 1, 2], "strings": ["s0", "s1", "s2"],
                 "points": [{"x": 0, "y": 0, "label": "p0"}, {"x": 1, "y": -1}, {"x": 2, "y": -2, "label": "p2"}],
                 "colors": ["red", "green", "blue"], "maybeInts": [0, null, 20], "grid": [[], [100], [200, 201]],
                 "times": ["1970-01-01T00:00:00.000Z", "1970-01-02T00:00:00.000Z", "1970-01-03T00:00:00.000Z"],
                 "blobs": ["", "AA==", "AAE="], "scores": {"k0": 0, "k1": 1000, "k2": 2000},
                 "pointsByName": {"p0": {"x": 0, "y": 0, "label": "p0"}, "p1": {"x": 1, "y": -1},
                                  "p2": {"x": 2, "y": -2, "label": "p2"}},
                 "notes": {"n0": "note 0", "n1": null, "n2": "note 2"},
                 "palettes": {"pal0": ["red"], "pal1": ["red", "green"], "pal2": ["red", "green", "blue"]},
                 "nested": {"m0": {"even": true}, "m1": {"even": false}, "m2": {"even": true}},
                 "counters": {"c0": 0, "c1": 1, "c2": 2}}
                """, call(set, "makeCollections", "3"));
        var big = JsonAssert.parse(call(set, "makeCollections", "1000"));
        assertEquals(1000, big.get("ints").size());
        assertEquals(999, big.get("grid").get(999).size());
        assertEquals("p998", big.get("pointsByName").get("p998").get("label").asText());
        assertEquals("makeCollections: the size must be between 0 and 1000, not -1",
                error(set, "makeCollections", "-1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void describeOptionalsSeesPresenceAndNull(String set) {
        assertJsonEquals("""
                {"requiredNullable": "null", "optionalString": "absent", "optionalNullable": "absent or null",
                 "optionalPoint": "absent", "nullablePoint": "null", "optionalColor": "absent",
                 "optionalTime": "absent", "optionalInts": "absent"}
                """, call(set, "describeOptionals", "{\"requiredNullable\": null, \"nullablePoint\": null}"));
        assertJsonEquals("""
                {"requiredNullable": "set:r", "optionalString": "set:s", "optionalNullable": "set:n",
                 "optionalPoint": "set:1,2,p", "nullablePoint": "set:3,4", "optionalColor": "set:darkRed",
                 "optionalTime": "set:2024-01-01T00:00:00.000+05:45", "optionalInts": "set:3 items"}
                """, call(set, "describeOptionals", """
                {"optionalInts": [1, 2, 3], "optionalTime": "2024-01-01T00:00:00+05:45", "optionalColor": "darkRed",
                 "nullablePoint": {"y": 4, "x": 3}, "optionalPoint": {"x": 1, "y": 2, "label": "p"},
                 "optionalNullable": "n", "optionalString": "s", "requiredNullable": "r", "unknown": [1, {"a": 2}]}
                """));
        assertEquals("absent", JsonAssert.parse(call(set, "describeOptionals",
                "{\"requiredNullable\": null, \"nullablePoint\": null, \"optionalString\": null}"))
                .get("optionalString").asText(), "null for an optional member reads as absent");
        assertEquals("invalid input for describeOptionals: missing the required member \"requiredNullable\" of "
                + "Optionals at byte 23", error(set, "describeOptionals", "{\"nullablePoint\": null}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void topLevelScalarsArraysEnumsAndNull(String set) {
        assertEquals("6", call(set, "sumInts", "[1, 2, 3]"));
        assertEquals("0", call(set, "sumInts", "[]"));
        assertEquals("-9223372036854775808", call(set, "sumInts", "[9223372036854775807, 1]"));
        assertEquals("\"green\"", call(set, "nextColor", "\"red\""));
        assertEquals("\"red\"", call(set, "nextColor", " \"darkRed\" "));
        assertEquals("42", call(set, "doubleOrNull", "21"));
        assertEquals("null", call(set, "doubleOrNull", "null"));
        assertEquals("null", call(set, "doubleOrNull", " \n null \t"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void textInputsAndOutputs(String set) {
        assertEquals("Hello, World!", call(set, "greet", "World"));
        assertEquals("Hello, J\u00fcrgen \ud83d\ude00!", call(set, "greet", "J\u00fcrgen \ud83d\ude00"));
        assertEquals("Hello, !", call(set, "greet", ""));
        assertEquals("HIGH", call(set, "priorityLabel", "high"));
        assertEquals("2025-01-01T00:30:00.000+01:00", call(set, "addHour", "2024-12-31T23:30:00+01:00"));
        assertEquals("2024-07-23T17:03:34.123456789Z", call(set, "addHour", "2024-07-23T16:03:34.123456789z"));
        assertEquals("1970-01-01T00:59:59.999Z", call(set, "addHour", "1969-12-31T23:59:59.999Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void binaryInputsAndOutputs(String set) {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        byte[] reversed = new byte[256];
        for (int i = 0; i < all.length; i++) {
            reversed[i] = (byte) (255 - i);
        }
        assertArrayEquals(reversed, callBytes(set, "reverseBytes", all));
        assertArrayEquals(new byte[0], callBytes(set, "reverseBytes", new byte[0]));
        assertJsonEquals("{\"length\":3,\"copy\":\"AQL/\",\"first\":1,\"last\":255}",
                new String(callBytes(set, "inspectBytes", new byte[] {1, 2, (byte) 255}), StandardCharsets.UTF_8));
        assertEquals("{\"length\":0,\"copy\":\"\",\"first\":null}",
                new String(callBytes(set, "inspectBytes", new byte[0]), StandardCharsets.UTF_8));
        byte[] large = new byte[100_000];
        new java.util.Random(7).nextBytes(large);
        var report = JsonAssert.parse(new String(callBytes(set, "inspectBytes", large), StandardCharsets.UTF_8));
        assertArrayEquals(large, Base64.getDecoder().decode(report.get("copy").asText()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void exportsWithoutInputOrOutput(String set) {
        assertArrayEquals(new byte[0], callBytes(set, "remember", "kept \u00e9".getBytes(StandardCharsets.UTF_8)));
        assertEquals("kept \u00e9", call(set, "recall", ""));
        assertArrayEquals(new byte[0], callBytes(set, "reset", new byte[0]));
        assertEquals("", call(set, "recall", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void callHostUsesEveryImportShape(String set) {
        SamplePlugins.Host host = load(set).host();
        int ticks = host.ticks.get();
        assertJsonEquals("""
                {"scaled": {"x": 6, "y": -9, "label": "abc"}, "time": "2024-07-23T16:03:34.123+02:00",
                 "logged": true, "ticked": true}
                """, call(set, "callHost", "{\"point\": {\"x\": 2, \"y\": -3, \"label\": \"abc\"}, \"message\": "
                + "\"hello host \u00e9\"}"));
        assertEquals("hello host \u00e9", host.logged.get(host.logged.size() - 1));
        assertEquals(ticks + 1, host.ticks.get());

        host.brokenScalePoint.set("{\"x\": 1,");
        try {
            assertEquals("invalid result from host function scalePoint: expected a member name (a string), found "
                    + "the end of the input at byte 8", error(set, "callHost", "{\"point\": {\"x\": 1, \"y\": 1}, "
                            + "\"message\": \"m\"}"));
            host.brokenScalePoint.set("");
            assertEquals("invalid result from host function scalePoint: expected an object, found the end of the "
                    + "input at byte 0", error(set, "callHost", "{\"point\": {\"x\": 1, \"y\": 1}, \"message\": \"\"}"));
        } finally {
            host.brokenScalePoint.set(null);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void failuresBecomeGuestErrors(String set) {
        assertEquals("boom: \u00e9", error(set, "fail", "boom: \u00e9"));
        assertEquals("impl_fail failed: it returned 7 without setting an error", error(set, "fail", "return 7"));
        assertTrue(error(set, "echoScalarsMsgpack", "{}").startsWith("echoScalarsMsgpack: the input uses "
                + "application/x-msgpack, which the c target does not support"));
        assertTrue(error(set, "echoReadingKarmem", "").contains("application/x-karmem"));
        assertEquals("Hello, still works!", call(set, "greet", "still works"), "the plugin survives failures");
    }
}
