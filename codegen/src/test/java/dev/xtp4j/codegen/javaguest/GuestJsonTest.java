package dev.xtp4j.codegen.javaguest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xtp4j.pdk.json.JsonException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON code generated for the kitchen-sink schema, run on the JVM against the Java PDK's reader and writer: the
 * same document the C plugin's test echoes gives the same values, every presence rule holds, and malformed input and
 * unwritable values fail with messages that name the place.
 */
class GuestJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path dir;
    static GuestBindings g;

    @BeforeAll
    static void compile() {
        g = GuestBindings.kitchenSink(dir.resolve("classes"));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = GuestJsonTest.class.getResourceAsStream("/kitchen-sink/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void assertJsonEquals(String expected, String actual) throws IOException {
        assertEquals(MAPPER.readTree(expected), MAPPER.readTree(actual), actual);
    }

    private String readError(String type, String json) {
        return assertThrows(JsonException.class, () -> g.read(type, json)).getMessage();
    }

    private String writeError(String type, Object value) {
        Exception e = assertThrows(Exception.class, () -> g.write(type, value));
        assertEquals("EncodeException", e.getClass().getSimpleName(), e.toString());
        return e.getMessage();
    }

    @Test
    void everythingSurvivesAReadAndAWriteAsInTheCPlugin() throws Exception {
        Object everything = g.read("Everything", resource("everything.json"));
        String output = g.write("Everything", everything);
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
        assertTrue(output.contains("\"aUint64\":18446744073709551615,"), output);
        assertTrue(output.contains("\"times\":[\"1970-01-01T00:00:00.000Z\",\"2000-02-29T12:00:00.500-05:30\","
                + "\"9999-12-31T23:59:59.999999999Z\"]"), "date-times as the C target writes them: " + output);
        // Writing again what was read gives the same bytes.
        assertEquals(output, g.write("Everything", g.read("Everything", output)));
    }

    @Test
    void scalarsHaveTheirJavaTypes() throws Exception {
        Object s = g.read("Everything", resource("everything.json"));
        Object scalars = GuestBindings.get(s, "scalars");
        assertEquals((byte) -128, GuestBindings.get(scalars, "anInt8"));
        assertEquals((short) 255, GuestBindings.get(scalars, "aUint8"));
        assertEquals((short) -32768, GuestBindings.get(scalars, "anInt16"));
        assertEquals(65535, GuestBindings.get(scalars, "aUint16"));
        assertEquals(4294967295L, GuestBindings.get(scalars, "aUint32"));
        assertEquals(-1L, GuestBindings.get(scalars, "aUint64"), "uint64: the 64 bits of 18446744073709551615");
        assertEquals(Float.MAX_VALUE, GuestBindings.get(scalars, "aFloat"));
        assertEquals(Double.MIN_VALUE, GuestBindings.get(scalars, "aNumber"));
        assertArrayEquals("hello world".getBytes(StandardCharsets.US_ASCII),
                (byte[]) GuestBindings.get(scalars, "aByteString"), "a byte string is decoded from base64");
        assertEquals(OffsetDateTime.parse("2024-07-23T16:03:34.123+02:00"), GuestBindings.get(scalars, "aDateTime"));
        Object collections = GuestBindings.get(s, "collections");
        assertEquals(Arrays.asList(1, null, 3, null), GuestBindings.get(collections, "maybeInts"));
        @SuppressWarnings("unchecked")
        Map<String, String> notes = (Map<String, String>) GuestBindings.get(collections, "notes");
        assertEquals(List.of("first", "second", ""), List.copyOf(notes.keySet()), "maps keep the wire order");
        assertNull(notes.get("second"));
        assertEquals(g.constant("Color", "DARK_RED"), GuestBindings.get(s, "color"));
        assertEquals("{\"z\": 1, \"a\": [true, null, {\"nested\": \"x\", \"n\": -0.5e-3}], \"m\": \"\\u00e9\", "
                + "\"b\": {}}", GuestBindings.get(s, "extra"), "a free-form object is its JSON text");
    }

    @Test
    void presenceFollowsRequiredAndNullable() throws Exception {
        Object absent = g.read("Optionals", "{\"requiredNullable\": null, \"nullablePoint\": null}");
        for (String c : List.of("requiredNullable", "optionalString", "optionalNullable", "optionalPoint",
                "nullablePoint", "optionalColor", "optionalTime", "optionalInts")) {
            assertNull(GuestBindings.get(absent, c), c);
        }
        assertEquals("{\"requiredNullable\":null,\"nullablePoint\":null}", g.write("Optionals", absent));

        Object nulls = g.read("Optionals", "{\"requiredNullable\": null, \"nullablePoint\": null, \"optionalString\": "
                + "null, \"optionalNullable\": null}");
        assertNull(GuestBindings.get(nulls, "optionalString"), "null for an optional member reads as absent");
        assertEquals(Optional.empty(), GuestBindings.get(nulls, "optionalNullable"),
                "null for an optional nullable member is Optional.empty(), not absent");
        assertEquals("{\"requiredNullable\":null,\"optionalNullable\":null,\"nullablePoint\":null}",
                g.write("Optionals", nulls), "and is written back as null");

        assertEquals("missing the required member \"nullablePoint\" of Optionals at byte 0 (document root)",
                readError("Optionals", "{\"requiredNullable\": \"x\"}"));
        assertEquals("missing the required member \"requiredNullable\" of Optionals at byte 14 (/optionals)",
                readError("Everything", "{\"optionals\": {\"nullablePoint\": null}}"));
        assertEquals("expected a number but found null at byte 14 (/y)", readError("Point", "{\"x\": 1, \"y\": null}"));
    }

    @Test
    void unknownMembersAreSkippedAndRepeatedOnesOverwrite() throws Exception {
        Object p = g.read("Point", "{\"z\": [1, {\"deep\": null}], \"x\": 1, \"y\": 2, \"x\": 5}");
        assertEquals(g.record("Point", 5, 2, null), p);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"x\": 1.5, \"y\": 2}|expected an integer (int32), found a number with a fraction or exponent at byte 6 (/x)",
        "{\"x\": 1e3, \"y\": 2}|expected an integer (int32), found a number with a fraction or exponent at byte 6 (/x)",
        "{\"x\": 2147483648, \"y\": 2}|2147483648 is out of range for int32 (-2147483648..2147483647) at byte 6 (/x)",
        "{\"x\": -2147483649, \"y\": 2}|-2147483649 is out of range for int32 (-2147483648..2147483647) at byte 6 (/x)",
        "{\"x\": \"1\", \"y\": 2}|expected a number but found a string at byte 6 (/x)",
        "{\"x\": 1, \"y\": 2, \"label\": 3}|expected a string but found a number at byte 26 (/label)",
        "{\"x\": 1, \"y\": 2,}|trailing comma before '}' at byte 16 (/y)",
        "[1, 2]|expected '{' but found '[' at byte 0 (document root)",
    })
    void malformedPointsNameThePlace(String json, String message) {
        assertEquals(message, readError("Point", json));
    }

    /** A valid Scalars object. */
    private static final String SCALARS = "{\"aString\": \"\", \"aDateTime\": \"2024-01-01T00:00:00Z\", "
            + "\"aByteString\": \"\", \"aBuffer\": \"\", \"aBoolean\": true, \"anInt8\": 0, \"aUint8\": 0, "
            + "\"anInt16\": 0, \"aUint16\": 0, \"anInt32\": 0, \"aUint32\": 0, \"anInt64\": 0, \"aUint64\": 0, "
            + "\"anInteger\": 0, \"aFloat\": 0, \"aDouble\": 0, \"aNumber\": 0}";

    /** {@link #SCALARS} with one member's JSON replaced. */
    private static String scalarsWith(String member, String json) {
        String key = "\"" + member + "\": ";
        int at = SCALARS.indexOf(key) + key.length();
        int end = at + 1;
        if (SCALARS.charAt(at) == '"') {
            end = SCALARS.indexOf('"', at + 1) + 1;
        } else {
            while (",}".indexOf(SCALARS.charAt(end)) < 0) {
                end++;
            }
        }
        return SCALARS.substring(0, at) + json + SCALARS.substring(end);
    }

    /** The error of reading Scalars with one member replaced, which must be reported at that member. */
    private String scalarsError(String member, String json) {
        String doc = scalarsWith(member, json);
        String message = readError("Scalars", doc);
        String place = " at byte " + (doc.indexOf("\"" + member + "\": ") + member.length() + 4) + " (/" + member + ")";
        assertTrue(message.endsWith(place), message + " should end with" + place);
        return message.substring(0, message.length() - place.length());
    }

    @Test
    void integerRangesOfEveryFormat() throws Exception {
        assertEquals("128 is out of range for int8 (-128..127)", scalarsError("anInt8", "128"));
        assertEquals("256 is out of range for uint8 (0..255)", scalarsError("aUint8", "256"));
        assertEquals("-1 is out of range for uint8 (0..255)", scalarsError("aUint8", "-1"));
        assertEquals("32768 is out of range for int16 (-32768..32767)", scalarsError("anInt16", "32768"));
        assertEquals("65536 is out of range for uint16 (0..65535)", scalarsError("aUint16", "65536"));
        assertEquals("-2147483649 is out of range for int32 (-2147483648..2147483647)",
                scalarsError("anInt32", "-2147483649"));
        assertEquals("4294967296 is out of range for uint32 (0..4294967295)", scalarsError("aUint32", "4294967296"));
        assertEquals("9223372036854775808 is out of range for int64 (-9223372036854775808..9223372036854775807)",
                scalarsError("anInt64", "9223372036854775808"));
        assertEquals("18446744073709551616 is out of range for uint64 (0..18446744073709551615)",
                scalarsError("aUint64", "18446744073709551616"));
        assertEquals("-1 is out of range for uint64 (0..18446744073709551615)", scalarsError("aUint64", "-1"));
        assertEquals("1234567890123456789012345678901234567890... is out of range for int64 "
                + "(-9223372036854775808..9223372036854775807)",
                scalarsError("anInteger", "12345678901234567890123456789012345678901234567890"));
        assertEquals("expected an integer (uint64), found a number with a fraction or exponent",
                scalarsError("aUint64", "1.0"));
        assertEquals("the number 1e39 is too large for a float", scalarsError("aFloat", "1e39"));
        assertEquals("expected a boolean but found a number", scalarsError("aBoolean", "1"));

        Object s = g.read("Scalars", scalarsWith("aUint64", "9223372036854775808"));
        assertEquals(Long.MIN_VALUE, GuestBindings.get(s, "aUint64"));
        s = g.read("Scalars", scalarsWith("anInt64", "-9223372036854775808"));
        assertEquals(Long.MIN_VALUE, GuestBindings.get(s, "anInt64"));
        s = g.read("Scalars", scalarsWith("aUint8", "-0"));
        assertEquals((short) 0, GuestBindings.get(s, "aUint8"));
        s = g.read("Scalars", scalarsWith("aFloat", "0.1"));
        assertEquals(0.1f, GuestBindings.get(s, "aFloat"), "a float is rounded once, from the decimal");
    }

    @Test
    void stringsEnumsDateTimesBytesAndFreeFormObjects() {
        assertEquals("unknown Color value \"purple\" (expected one of red, green, blue, darkRed) at byte 0 "
                + "(document root)", readError("Color", "\"purple\""));
        assertEquals("expected a string but found a number at byte 19 (/colors/1)",
                readError("Collections", "{\"colors\": [\"red\", 1]}"));
        assertEquals("invalid date-time \"2024-02-30T00:00:00Z\": the date does not exist",
                scalarsError("aDateTime", "\"2024-02-30T00:00:00Z\""));
        assertEquals("invalid base64 string: character '!' at index 2 is not base64",
                scalarsError("aBuffer", "\"AA!=\""));
        assertEquals("expected '{' but found '[' at byte 10 (/extra)",
                readError("Everything", "{\"extra\": []}"));
        // Checks made after an array item has been read still name that item.
        assertEquals("expected an integer (int32), found a number with a fraction or exponent at byte 13 (/ints/1)",
                readError("Collections", "{\"ints\": [1, 1.5]}"));
        assertEquals("unknown Color value \"purple\" (expected one of red, green, blue, darkRed) at byte 19 "
                + "(/colors/1)", readError("Collections", "{\"colors\": [\"red\", \"purple\"]}"));
        assertEquals("3000000000 is out of range for int32 (-2147483648..2147483647) at byte 19 (/grid/1/1)",
                readError("Collections", "{\"grid\": [[1], [2, 3000000000]]}"));
        assertEquals("invalid date-time \"x\": expected an RFC 3339 date-time such as 2024-07-23T16:03:34Z at byte "
                + "11 (/times/0)", readError("Collections", "{\"times\": [\"x\"]}"));
        assertEquals("expected a string but found a number at byte 27 (/palettes/a/1)",
                readError("Collections", "{\"palettes\": {\"a\": [\"red\", 7]}}"));
        assertEquals("expected a string but found null at byte 13 (/strings/0)",
                readError("Collections", "{\"strings\": [null]}"));
        assertEquals("expected a number but found null at byte 19 (/counters/a)",
                readError("Collections", "{\"counters\": {\"a\": null}}"));
    }

    @Test
    void unwritableValuesNameThePlace() throws Exception {
        Object s = g.read("Scalars", SCALARS);
        Object infinite = withComponent(s, "aFloat", Float.POSITIVE_INFINITY);
        assertEquals("an infinite number cannot be written as JSON at /aFloat", writeError("Scalars", infinite));
        Object nan = withComponent(s, "aDouble", Double.NaN);
        assertEquals("NaN cannot be written as JSON at /aDouble", writeError("Scalars", nan));
        Object year = withComponent(s, "aDateTime", OffsetDateTime.parse("+10000-01-01T00:00:00Z"));
        assertEquals("the date-time +10000-01-01T00:00Z cannot be written as RFC 3339: its year is outside "
                + "0000..9999 at /aDateTime", writeError("Scalars", year));

        Object c = g.read("Collections", collectionsJson());
        assertEquals("null where the schema requires a value at /ints/1",
                writeError("Collections", withComponent(c, "ints", Arrays.asList(1, null))));
        Map<String, Object> points = new LinkedHashMap<>();
        points.put("a/b~c", null);
        assertEquals("null where the schema requires a value at /pointsByName/a~1b~0c",
                writeError("Collections", withComponent(c, "pointsByName", points)));
        assertEquals("null where the schema requires a value at /grid/0/0",
                writeError("Collections", withComponent(c, "grid", List.of(Arrays.asList((Integer) null)))));
        // Unsigned components are checked by the constructor; items of lists and maps when they are written.
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> g.record("ByteReport", 0, new byte[0], (short) -1, null));
        assertEquals("first must be a uint8 (0 to 255), not -1", range.getMessage());
        Exception item = assertThrows(Exception.class, () -> g.wire("writeUint8", new Class<?>[] {
            dev.xtp4j.pdk.json.JsonWriter.class, Short.class}, new dev.xtp4j.pdk.json.JsonWriter(), (short) 256));
        assertEquals("256 is out of range for uint8 (0..255)", item.getMessage());
        Object e = g.read("Everything", resource("everything.json"));
        assertEquals("a free-form object's text is not a JSON object at /extra",
                writeError("Everything", withComponent(e, "extra", "[1]")));
        String invalid = writeError("Everything", withComponent(e, "extra", "{\"a\": }"));
        assertTrue(invalid.startsWith("a free-form object's text is not valid JSON: unexpected character '}': "
                + "expected a value at byte 6 (/a) at /extra"), invalid);
    }

    private static String collectionsJson() {
        return "{\"ints\": [], \"strings\": [], \"points\": [], \"colors\": [], \"maybeInts\": [], \"grid\": [], "
                + "\"times\": [], \"blobs\": [], \"scores\": {}, \"pointsByName\": {}, \"notes\": {}, "
                + "\"palettes\": {}, \"nested\": {}, \"counters\": {}}";
    }

    /** A copy of a record with one component replaced. */
    private Object withComponent(Object record, String component, Object value) throws Exception {
        var components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(record);
        }
        return g.record(record.getClass().getSimpleName(), args);
    }
}
