package dev.xtp4j.codegen.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.xtp4j.sdk.GuestErrorException;
import dev.xtp4j.sdk.XtpException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed inputs to the generated decoders of the C sample: every one fails the call with a guest error whose
 * message names the problem and its place (byte offset and JSON pointer); none traps or reads out of bounds. A
 * seeded mutation fuzz checks the same for thousands of broken variants of a valid document.
 */
class MalformedInputTest {
    private static final String SCALARS = """
            {"aString": "s", "aDateTime": "2024-01-01T00:00:00Z", "aByteString": "", "aBuffer": "",
             "aBoolean": false, "anInt8": 0, "aUint8": 0, "anInt16": 0, "aUint16": 0, "anInt32": 0, "aUint32": 0,
             "anInt64": 0, "aUint64": 0, "anInteger": 0, "aFloat": 0, "aDouble": 0, "aNumber": 0}""";

    static Stream<String> modules() {
        return SamplePlugins.modules();
    }

    private static String error(String set, String function, byte[] input) {
        try {
            byte[] out = SamplePlugins.load(set).plugin().call(function, input);
            return fail("expected an error, got " + new String(out, StandardCharsets.UTF_8));
        } catch (GuestErrorException e) {
            assertEquals(-1, e.returnCode());
            return e.guestMessage();
        }
    }

    private static String error(String set, String function, String input) {
        return error(set, function, input.getBytes(StandardCharsets.UTF_8));
    }

    /** The scalars document with one member's value replaced by raw JSON text. */
    private static String scalarsWith(String member, String rawValue) {
        String marker = "\"" + member + "\": ";
        int at = SCALARS.indexOf(marker) + marker.length();
        int end = at;
        while (SCALARS.charAt(end) != ',' && SCALARS.charAt(end) != '}') {
            end++;
        }
        return SCALARS.substring(0, at) + rawValue + SCALARS.substring(end);
    }

    private static String at(String document, String member) {
        return "(byte " + (document.indexOf("\"" + member + "\": ") + member.length() + 4) + ")";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void jsonSyntaxErrors(String set) {
        String p = "invalid input for sumInts: ";
        assertEquals(p + "expected an array, found the end of the input at byte 0", error(set, "sumInts", ""));
        assertEquals(p + "expected an array, found the end of the input at byte 3", error(set, "sumInts", " \n\t"));
        assertEquals(p + "expected ',' or ']', found the end of the input at byte 4", error(set, "sumInts", "[1,2"));
        assertEquals(p + "expected a value, found the character ']' at byte 3", error(set, "sumInts", "[1,]"));
        assertEquals(p + "expected ',' or ']', found a number at byte 3", error(set, "sumInts", "[1 2]"));
        assertEquals(p + "invalid number at /0 (byte 2)", error(set, "sumInts", "[01]"));
        assertEquals(p + "invalid number at /0 (byte 1)", error(set, "sumInts", "[-]"));
        assertEquals(p + "invalid number at /0 (byte 1)", error(set, "sumInts", "[1.]"));
        assertEquals(p + "invalid number at /1 (byte 4)", error(set, "sumInts", "[1, 2e+x]"));
        assertEquals(p + "unexpected data after the JSON value at byte 4", error(set, "sumInts", "[1] x"));
        assertEquals(p + "unexpected data after the JSON value at byte 3", error(set, "sumInts", "[] []"));
        assertEquals(p + "expected an array, found the byte 0xef at byte 0",
                error(set, "sumInts", "\ufeff[1]"));
        assertEquals(p + "expected an array, found the character 'x' at byte 0", error(set, "sumInts", "x"));
        assertEquals(p + "invalid literal at /0 (byte 1)", error(set, "sumInts", "[nul]"));
        assertEquals("invalid input for doubleOrNull: invalid literal at byte 4", error(set, "doubleOrNull", "nulls"));
        assertEquals("invalid input for doubleOrNull: invalid literal at byte 0", error(set, "doubleOrNull", "nul"));
        assertEquals("invalid input for describeOptionals: expected a member name (a string), found the character "
                + "'}' at byte 26", error(set, "describeOptionals", "{\"requiredNullable\": null,}"));
        assertEquals("invalid input for describeOptionals: expected ':' after a member name, found a string at "
                + "byte 20", error(set, "describeOptionals", "{\"requiredNullable\" \"x\"}"));
        assertEquals("invalid input for describeOptionals: expected ',' or '}', found a string at byte 26",
                error(set, "describeOptionals", "{\"requiredNullable\": null \"nullablePoint\": null}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void wrongTypesAndRanges(String set) {
        String p = "invalid input for transformScalars: ";
        record Case(String member, String value, String message) {}
        for (Case c : List.of(
                new Case("anInt8", "128", "128 is out of range for int8 (-128..127)"),
                new Case("anInt8", "-129", "-129 is out of range for int8 (-128..127)"),
                new Case("aUint8", "256", "256 is out of range for uint8 (0..255)"),
                new Case("aUint8", "-1", "-1 is out of range for uint8 (0..255)"),
                new Case("anInt16", "32768", "32768 is out of range for int16 (-32768..32767)"),
                new Case("aUint16", "65536", "65536 is out of range for uint16 (0..65535)"),
                new Case("anInt32", "2147483648", "2147483648 is out of range for int32 (-2147483648..2147483647)"),
                new Case("aUint32", "4294967296", "4294967296 is out of range for uint32 (0..4294967295)"),
                new Case("anInt64", "-9223372036854775809",
                        "-9223372036854775809 is out of range for int64 (-9223372036854775808..9223372036854775807)"),
                new Case("aUint64", "18446744073709551616",
                        "18446744073709551616 is out of range for uint64 (0..18446744073709551615)"),
                new Case("aUint64", "99999999999999999999999999",
                        "99999999999999999999999999 is out of range for uint64 (0..18446744073709551615)"),
                new Case("anInteger", "1.0", "expected an integer (int64), found a number with a fraction or exponent"),
                new Case("anInteger", "1e3", "expected an integer (int64), found a number with a fraction or exponent"),
                new Case("anInt32", "\"1\"", "expected an integer (int32), found a string"),
                new Case("anInt32", "null", "expected an integer (int32), found null"),
                new Case("aDouble", "1e400", "the number is out of range for double"),
                new Case("aFloat", "1e39", "the number is out of range for float"),
                new Case("aFloat", "true", "expected a number (float), found a boolean"),
                new Case("aBoolean", "\"true\"", "expected a boolean, found a string"),
                new Case("aBoolean", "1", "expected a boolean, found a number"),
                new Case("aString", "5", "expected a string, found a number"),
                new Case("aString", "{}", "expected a string, found an object"),
                new Case("aBuffer", "\"a\"", "invalid base64: the length 1 is impossible"),
                new Case("aBuffer", "\"AB$=\"", "invalid base64: unexpected character at offset 2 of the string"),
                new Case("aBuffer", "\"AB==CD==\"", "invalid base64: unexpected character at offset 2 of the string"),
                new Case("aBuffer", "[1]", "expected a base64 string (buffer), found an array"),
                new Case("aDateTime", "\"2024-13-01T00:00:00Z\"",
                        "invalid date-time \"2024-13-01T00:00:00Z\": the date does not exist"),
                new Case("aDateTime", "\"2023-02-29T00:00:00Z\"",
                        "invalid date-time \"2023-02-29T00:00:00Z\": the date does not exist"),
                new Case("aDateTime", "\"2024-01-01T24:00:00Z\"",
                        "invalid date-time \"2024-01-01T24:00:00Z\": the time of day is out of range"),
                new Case("aDateTime", "\"2024-01-01 00:00:00Z\"", "invalid date-time \"2024-01-01 00:00:00Z\": "
                        + "expected an RFC 3339 date-time such as 2024-07-23T16:03:34Z"),
                new Case("aDateTime", "\"2024-01-01T00:00:00\"", "invalid date-time \"2024-01-01T00:00:00\": "
                        + "expected an RFC 3339 date-time such as 2024-07-23T16:03:34Z"),
                new Case("aDateTime", "\"2024-01-01T00:00:00+2:00\"", "invalid date-time \"2024-01-01T00:00:00+2:00\": "
                        + "expected Z or a UTC offset such as +02:00 after the time"),
                new Case("aDateTime", "\"2024-01-01T00:00:00.Z\"", "invalid date-time \"2024-01-01T00:00:00.Z\": "
                        + "expected an RFC 3339 date-time such as 2024-07-23T16:03:34Z"),
                new Case("aDateTime", "\"2024-01-01T00:00:00Zjunk\"", "invalid date-time \"2024-01-01T00:00:00Zjunk\": "
                        + "unexpected characters after the date-time"),
                new Case("aDateTime", "1704067200000", "expected a date-time string, found a number"))) {
            String document = scalarsWith(c.member(), c.value());
            assertEquals(p + c.message() + " at /" + c.member() + " " + at(document, c.member()),
                    error(set, "transformScalars", document), c.toString());
        }
        assertEquals(p + "missing the required member \"aString\" of Scalars at byte 2", error(set,
                "transformScalars", "{}"));
        assertEquals(p + "128 is out of range for int8 (-128..127) at /anInt8 (byte 11)", error(set,
                "transformScalars", "{\"anInt8\": 128}"), "the example in docs/codegen.md");
        assertEquals("invalid input for sumInts: expected an integer (int64), found a number with a fraction or "
                + "exponent at /0 (byte 1)", error(set, "sumInts", "[1.5]"), "the example in docs/codegen.md");
        assertEquals(p + "expected an object, found an array at byte 0", error(set, "transformScalars", "[]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void badStrings(String set) {
        String p = "invalid input for transformScalars: ";
        record Case(String raw, int offset, String message) {}
        for (Case c : List.of(
                new Case("\"\\ud800\"", 1, "unpaired surrogate \\ud800"),
                new Case("\"\\udc00x\"", 1, "unpaired surrogate \\udc00"),
                new Case("\"\\ud83d\\u0041\"", 1, "unpaired surrogate \\ud83d"),
                new Case("\"\\u12\"", 1, "invalid \\u escape"),
                new Case("\"\\u12g4\"", 1, "invalid \\u escape"),
                new Case("\"\\x\"", 1, "invalid escape in a string"),
                new Case("\"a\u0001b\"", 2, "control character 0x01 in a string (write it as an escape)"),
                new Case("\"line\nbreak\"", 5, "control character 0x0a in a string (write it as an escape)"))) {
            String document = scalarsWith("aString", c.raw());
            int start = document.indexOf("\"aString\": ") + 11;
            assertEquals(p + c.message() + " at /aString (byte " + (start + c.offset()) + ")",
                    error(set, "transformScalars", document), c.toString());
        }
        // Invalid UTF-8 inside a JSON string: a lone continuation byte, an overlong form, a surrogate, a truncation.
        for (byte[] bad : List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
                        (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82})) {
            ByteArrayOutputStream doc = new ByteArrayOutputStream();
            doc.writeBytes("\"ok".getBytes(StandardCharsets.UTF_8));
            doc.writeBytes(bad);
            doc.writeBytes("\"".getBytes(StandardCharsets.UTF_8));
            assertEquals("invalid input for nextColor: invalid UTF-8 in a string at byte 3",
                    error(set, "nextColor", doc.toByteArray()));
            String inString = error(set, "transformScalars", scalarsWithBytes(bad));
            assertTrue(inString.startsWith(p + "invalid UTF-8 in a string at /aString (byte "), inString);
        }
        assertEquals(p + "unterminated string at /aString (byte 16)", error(set, "transformScalars",
                "{\"aString\": \"abc"));
        assertEquals("invalid input for greet: the text is not valid UTF-8 (byte 1)",
                error(set, "greet", new byte[] {'H', (byte) 0xC3, '('}));
    }

    private static byte[] scalarsWithBytes(byte[] bad) {
        String document = scalarsWith("aString", "\"@@\"");
        int at = document.indexOf("@@");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(document.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bad);
        out.writeBytes(document.substring(at + 2).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void enumsAndTextInputs(String set) {
        assertEquals("invalid input for nextColor: unknown Color value \"purple\" (expected one of red, green, blue, "
                + "darkRed) at byte 0", error(set, "nextColor", "\"purple\""));
        assertEquals("invalid input for nextColor: unknown Color value \"Red\" (expected one of red, green, blue, "
                + "darkRed) at byte 1", error(set, "nextColor", " \"Red\""));
        assertEquals("invalid input for nextColor: expected a Color string (one of red, green, blue, darkRed), found "
                + "a number at byte 0", error(set, "nextColor", "7"));
        assertEquals("invalid input for priorityLabel: unknown Priority value \"urgent\" (expected one of low, "
                + "medium, high)", error(set, "priorityLabel", "urgent"));
        assertEquals("invalid input for priorityLabel: unknown Priority value \"\" (expected one of low, medium, "
                + "high)", error(set, "priorityLabel", ""));
        assertEquals("invalid input for addHour: the date does not exist", error(set, "addHour",
                "2023-02-29T00:00:00Z"));
        assertEquals("invalid input for addHour: expected an RFC 3339 date-time such as 2024-07-23T16:03:34Z",
                error(set, "addHour", ""));
        assertEquals("invalid input for addHour: the UTC offset is out of range", error(set, "addHour",
                "2024-01-01T00:00:00+24:00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void deepNestingIsRejected(String set) {
        String deep = "[".repeat(100) + "]".repeat(100);
        String everything = KitchenSinkPluginTest.resource("everything.json");
        String document = everything.replace("\"extra\": {", "\"extra\": {\"deep\": " + deep + ", ");
        String message = error(set, "echoEverything", document);
        assertTrue(message.startsWith("invalid input for echoEverything: objects and arrays nested deeper than 64 "
                + "levels at /extra (byte "), message);
        String shallow = "[".repeat(50) + "]".repeat(50);
        String ok = new String(SamplePlugins.load(set).plugin().call("echoEverything", everything.replace(
                "\"extra\": {", "\"extra\": {\"deep\": " + shallow + ", ").getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        assertTrue(ok.contains(shallow), "nesting within the limit is kept verbatim");
    }

    /**
     * Thousands of broken variants of a valid document (bytes flipped, inserted, deleted, truncated, duplicated):
     * each call either succeeds or fails with a guest error; none traps, and the plugin keeps working.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void mutationFuzz(String set) {
        byte[] valid = JsonAssert.parse(KitchenSinkPluginTest.resource("everything.json")).toString()
                .getBytes(StandardCharsets.UTF_8);
        byte[] interesting = "{}[]\",:\\0123456789-+.eEtfnulr\u00ff ".getBytes(StandardCharsets.ISO_8859_1);
        Random random = new Random(20_260_101L);
        int failures = 0;
        int successes = 0;
        for (int round = 0; round < 800; round++) {
            byte[] input = valid.clone();
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                input = mutate(input, random, interesting);
            }
            try {
                SamplePlugins.load(set).plugin().call("echoEverything", input);
                successes++;
            } catch (GuestErrorException expected) {
                assertTrue(expected.guestMessage().startsWith("invalid input for echoEverything: ")
                        || expected.guestMessage().startsWith("cannot encode the output of echoEverything: "),
                        expected.guestMessage());
                failures++;
            } catch (XtpException other) {
                fail("round " + round + ": " + other + " for input " + new String(input, StandardCharsets.UTF_8),
                        other);
            }
        }
        assertTrue(failures > 500 && successes > 10, failures + " failures, " + successes + " successes");
        System.out.println("mutation fuzz (" + set + "): " + failures + " rejected, " + successes + " accepted");
        assertEquals(JsonAssert.parse(new String(valid, StandardCharsets.UTF_8)).get("count"),
                JsonAssert.parse(new String(SamplePlugins.load(set).plugin().call("echoEverything", valid),
                        StandardCharsets.UTF_8)).get("count"));
    }

    private static byte[] mutate(byte[] in, Random random, byte[] interesting) {
        int at = in.length == 0 ? 0 : random.nextInt(in.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (random.nextInt(5)) {
            case 0 -> { // replace a byte
                out.write(in, 0, at);
                out.write(random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : random.nextInt(256));
                out.write(in, Math.min(in.length, at + 1), Math.max(0, in.length - at - 1));
            }
            case 1 -> { // insert a byte
                out.write(in, 0, at);
                out.write(interesting[random.nextInt(interesting.length)]);
                out.write(in, at, in.length - at);
            }
            case 2 -> { // delete a run
                int n = 1 + random.nextInt(8);
                out.write(in, 0, at);
                out.write(in, Math.min(in.length, at + n), Math.max(0, in.length - at - n));
            }
            case 3 -> out.write(in, 0, at); // truncate
            default -> { // duplicate a run
                int n = Math.min(in.length - at, 1 + random.nextInt(16));
                out.write(in, 0, at + n);
                out.write(in, at, in.length - at);
            }
        }
        return out.toByteArray();
    }
}
