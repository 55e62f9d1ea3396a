package dev.xtp4j.pdk.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {
    private static JsonException error(String json, java.util.function.Consumer<JsonReader> read) {
        return assertThrows(JsonException.class, () -> read.accept(JsonReader.of(json)));
    }

    @Test
    void readsAnObjectFieldByField() {
        JsonReader r = JsonReader.of(" {\"name\" : \"Ada\", \"age\":36, \"tags\":[\"a\",\"b\"], \"x\":null,"
                + " \"ok\":true, \"skip\":{\"deep\":[1,{\"k\":[]}]}, \"pi\":3.14}\n");
        r.beginObject();
        assertEquals("name", r.nextName());
        assertEquals("Ada", r.nextString());
        assertEquals("age", r.nextName());
        assertEquals(36, r.nextInt());
        assertEquals("tags", r.nextName());
        r.beginArray();
        List<String> tags = new ArrayList<>();
        while (r.hasNext()) {
            tags.add(r.nextString());
        }
        r.endArray();
        assertEquals(List.of("a", "b"), tags);
        assertEquals("x", r.nextName());
        assertTrue(r.nextIfNull());
        assertEquals("ok", r.nextName());
        assertFalse(r.nextIfNull());
        assertTrue(r.nextBoolean());
        assertEquals("skip", r.nextName());
        r.skipValue();
        assertEquals("pi", r.nextName());
        assertEquals(3.14, r.nextDouble());
        assertFalse(r.hasNext());
        r.endObject();
        assertEquals(JsonToken.END_DOCUMENT, r.peek());
        r.endDocument();
    }

    @Test
    void peekReportsEveryKindOfToken() {
        JsonReader r = JsonReader.of("[{\"a\":\"s\"},1,true,null]");
        assertEquals(JsonToken.BEGIN_ARRAY, r.peek());
        r.beginArray();
        assertEquals(JsonToken.BEGIN_OBJECT, r.peek());
        r.beginObject();
        assertEquals(JsonToken.NAME, r.peek());
        r.nextName();
        assertEquals(JsonToken.STRING, r.peek());
        r.nextString();
        assertEquals(JsonToken.END_OBJECT, r.peek());
        r.endObject();
        assertEquals(JsonToken.NUMBER, r.peek());
        assertEquals("1", r.nextNumber());
        assertEquals(JsonToken.BOOLEAN, r.peek());
        r.nextBoolean();
        assertEquals(JsonToken.NULL, r.peek());
        r.nextNull();
        assertEquals(JsonToken.END_ARRAY, r.peek());
        r.endArray();
        r.endDocument();
    }

    @Test
    void scalarsAtTheTopLevel() {
        assertEquals("x", JsonReader.of("\"x\"").nextString());
        assertEquals(-7, JsonReader.of(" -7 ").nextLong());
        assertFalse(JsonReader.of("false").nextBoolean());
        JsonReader r = JsonReader.of("null");
        r.nextNull();
        r.endDocument();
    }

    @Test
    void stringEscapesAndUnicode() {
        String json = "\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9\\u4E16 \\ud83d\\ude00 é 世 😀 \\ud800 end\"";
        assertEquals("q\" b\\ s/ \b\f\n\r\t é世 😀 é 世 😀 \ud800 end", JsonReader.of(json).nextString());
    }

    @Test
    void stringsAgreeWithJackson() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Random random = new Random(1);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(40);
            for (int c = 0; c < length; c++) {
                int kind = random.nextInt(4);
                sb.appendCodePoint(kind == 0 ? random.nextInt(0x80) : kind == 1 ? 0x80 + random.nextInt(0x780)
                        : kind == 2 ? 0xE000 + random.nextInt(0x1000) : 0x10000 + random.nextInt(0xFFFFF));
            }
            String json = mapper.writeValueAsString(sb.toString());
            assertEquals(sb.toString(), JsonReader.of(json).nextString(), json);
        }
    }

    @Test
    void rawValuesAreCopiedExactly() {
        JsonReader r = JsonReader.of("{\"free\": {\"z\": 1, \"a\": [true, \"é\"]} , \"n\": -1.5e3, \"s\":\"x\"}");
        r.beginObject();
        r.nextName();
        assertEquals("{\"z\": 1, \"a\": [true, \"é\"]}", r.nextRawValue());
        r.nextName();
        assertEquals("-1.5e3", r.nextRawValue());
        r.nextName();
        assertEquals("\"x\"", r.nextRawValue());
        r.endObject();
        r.endDocument();
    }

    @Test
    void base64Values() {
        JsonReader r = JsonReader.of("[\"AAEC/w==\",\"AAEC/w\",\"\",\"+/+/\"]");
        r.beginArray();
        assertArrayEquals(new byte[] {0, 1, 2, -1}, r.nextBase64());
        assertArrayEquals(new byte[] {0, 1, 2, -1}, r.nextBase64());
        assertArrayEquals(new byte[0], r.nextBase64());
        assertArrayEquals(new byte[] {-5, -1, -65}, r.nextBase64());
        r.endArray();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"AAEC!A==\"|character '!' at index 4 is not base64",
        "\"A\"|truncated base64: 1 characters",
        "\"AA=\"|padded base64 must have a length that is a multiple of 4, not 3",
        "\"AA==AA==\"|character '=' at index 2 is not base64",
        "\"AA AA\"|character U+0020 at index 2 is not base64",
        "\"-_==\"|character '-' at index 0 is not base64",
    })
    void badBase64IsRejected(String json, String message) {
        JsonException e = error(json, JsonReader::nextBase64);
        assertEquals("invalid base64 string: " + message, e.problem());
        assertEquals("", e.pointer());
        assertEquals(0, e.offset());
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0", "-0, 0", "9223372036854775807, 9223372036854775807", "-9223372036854775808, -9223372036854775808",
        "1e3, 1000", "1.0, 1", "2.50e1, 25", "123456789012345678e1, 1234567890123456780", "-1E+2, -100",
        "0.000e99, 0", "1000e-3, 1", "9.223372036854775807e18, 9223372036854775807",
    })
    void integersAreExact(String json, long expected) {
        assertEquals(expected, JsonReader.of(json).nextLong());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "9223372036854775808|the number 9223372036854775808 does not fit in a 64-bit integer",
        "-9223372036854775809|the number -9223372036854775809 does not fit in a 64-bit integer",
        "1e19|the number 1e19 does not fit in a 64-bit integer",
        "1e999999999999|the number 1e999999999999 does not fit in a 64-bit integer",
        "1.5|expected an integer but found 1.5",
        "25e-1|expected an integer but found 25e-1",
        "1e-999999999999|expected an integer but found 1e-999999999999",
    })
    void nonIntegersAndOverflowAreRejected(String json, String problem) {
        JsonException e = error(json, JsonReader::nextLong);
        assertEquals(problem, e.problem());
        assertEquals(0, e.offset());
    }

    @Test
    void intRange() {
        assertEquals(Integer.MIN_VALUE, JsonReader.of("-2147483648").nextInt());
        assertEquals("the number 2147483648 does not fit in a 32-bit integer",
                error("2147483648", JsonReader::nextInt).problem());
    }

    @Test
    void hugeNumbersAreRejectedForDoubleAndFloat() {
        assertEquals("the number 1e309 is too large for a double", error("1e309", JsonReader::nextDouble).problem());
        assertEquals("the number 1e39 is too large for a float", error("1e39", JsonReader::nextFloat).problem());
        assertEquals(0.0, JsonReader.of("1e-400").nextDouble());
        assertEquals(0.1f, JsonReader.of("0.1").nextFloat());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|empty document: expected a value at byte 0 (document root)",
        "'   '|empty document: expected a value at byte 3 (document root)",
        "'{\"a\":01}'|invalid number: leading zeros are not allowed at byte 5 (/a)",
        "'[1,]'|trailing comma before ']' at byte 3 (/1)",
        "'{\"a\":1,}'|trailing comma before '}' at byte 7 (/a)",
        "'{\"a\" 1}'|unexpected character '1': expected ':' after the property name at byte 5 (/a)",
        "'{a:1}'|unexpected character 'a': expected a property name in double quotes or '}' at byte 1 (document root)",
        "'[1 2]'|unexpected character '2': expected ',' or ']' at byte 3 (/1)",
        "'{\"a\":1 \"b\":2}'|unexpected character '\"': expected ',' or '}' at byte 7 (/a)",
        "'[\"\\x\"]'|invalid escape '\\x' at byte 2 (/0)",
        "'[\"\\u12g4\"]'|invalid \\u escape: expected four hexadecimal digits at byte 2 (/0)",
        "'[1e]'|invalid number: expected a digit in the exponent at byte 1 (/0)",
        "'[-]'|invalid number: expected a digit after '-' at byte 1 (/0)",
        "'[1.]'|invalid number: expected a digit after the decimal point at byte 1 (/0)",
        "'[.5]'|unexpected character '.': expected a value or ']' at byte 1 (/0)",
        "'[+1]'|unexpected character '+': expected a value or ']' at byte 1 (/0)",
        "'[1.5.3]'|invalid number: unexpected character '.' after '1.5' at byte 4 (/0)",
        "'{\"a\":[tru]}'|invalid literal: expected 'true' at byte 6 (/a/0)",
        "'{\"a\":nulls}'|invalid literal: expected 'null' at byte 5 (/a)",
        "'[\"abc'|unterminated string at byte 1 (/0)",
        "'{\"x\":{\"y\":[1,2,{\"z\":NaN}]}}'|unexpected character 'N': expected a value at byte 20 (/x/y/2/z)",
        "'[1] [2]'|unexpected character '[' after the document's value at byte 4 (document root)",
        "'[1'|unexpected end of input: expected ',' or ']' at byte 2 (/1)",
        "'{\"a\":'|unexpected end of input: expected a value at byte 5 (/a)",
        "'// c\n1'|unexpected character '/': expected a value at byte 0 (document root)",
        "'{\"a/b~c\":[x]}'|unexpected character 'x': expected a value or ']' at byte 10 (/a~1b~0c/0)",
    })
    void malformedDocumentsNameTheProblemAndThePlace(String json, String message) {
        JsonException e = assertThrows(JsonException.class, () -> {
            JsonReader r = JsonReader.of(json);
            r.skipValue();
            r.endDocument();
        });
        assertEquals(message, e.getMessage());
    }

    @Test
    void controlCharactersAndBadUtf8AreRejected() {
        assertEquals("unescaped control character 0x0A in a string at byte 3 (document root)",
                error("\"ab\ncd\"", JsonReader::nextString).getMessage());
        byte[][] bad = {
            {'"', (byte) 0xC0, (byte) 0x80, '"'},            // overlong NUL
            {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}, // UTF-8-encoded surrogate
            {'"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'}, // above U+10FFFF
            {'"', (byte) 0x80, '"'},                          // continuation byte first
            {'"', (byte) 0xE4, (byte) 0xB8, '"'},              // truncated
            {'"', (byte) 0xFF, '"'},
        };
        String[] problems = {
            "invalid UTF-8: byte 0xC0 cannot start a character",
            "invalid UTF-8: unexpected byte 0xA0 in a 3-byte sequence",
            "invalid UTF-8: unexpected byte 0x90 in a 4-byte sequence",
            "invalid UTF-8: byte 0x80 cannot start a character",
            "invalid UTF-8: unexpected byte 0x22 in a 3-byte sequence",
            "invalid UTF-8: byte 0xFF cannot start a character",
        };
        for (int i = 0; i < bad.length; i++) {
            byte[] json = bad[i];
            assertEquals(problems[i], assertThrows(JsonException.class, () -> new JsonReader(json).nextString())
                    .problem());
            assertEquals(problems[i], assertThrows(JsonException.class, () -> new JsonReader(json).skipValue())
                    .problem());
        }
    }

    @Test
    void wrongTypeMessagesNameBothTokens() {
        JsonException e = error("{\"items\":[{\"name\":5}]}", r -> {
            r.beginObject();
            r.nextName();
            r.beginArray();
            r.beginObject();
            r.nextName();
            r.nextString();
        });
        assertEquals("expected a string but found a number at byte 18 (/items/0/name)", e.getMessage());
        assertEquals(18, e.offset());
        assertEquals("/items/0/name", e.pointer());
        assertEquals("expected '{' but found '['", error("[]", JsonReader::beginObject).problem());
        assertEquals("expected a value but found ']'", error("[]", r -> {
            r.beginArray();
            r.skipValue();
        }).problem());
        assertEquals("expected the end of the document but found a number", error("[1]", r -> {
            r.beginArray();
            r.endDocument();
        }).problem());
    }

    @Test
    void nestingIsLimited() {
        String deep = "[".repeat(64) + "]".repeat(64);
        JsonReader ok = JsonReader.of(deep);
        ok.skipValue();
        ok.endDocument();
        JsonException e = error("[".repeat(65) + "]".repeat(65), JsonReader::skipValue);
        assertEquals("nesting too deep: more than 64 arrays and objects are open", e.problem());
        assertEquals(64, e.offset());
        byte[] bytes = ("{\"a\":" + "[".repeat(3) + "]".repeat(3) + "}").getBytes(StandardCharsets.UTF_8);
        assertEquals("nesting too deep: more than 3 arrays and objects are open",
                assertThrows(JsonException.class, () -> new JsonReader(bytes, 0, bytes.length, 3).skipValue())
                        .problem());
    }

    @Test
    void aSliceOfAnArrayCountsOffsetsFromItsStart() {
        byte[] bytes = "xx[1,?]yy".getBytes(StandardCharsets.UTF_8);
        JsonException e = assertThrows(JsonException.class, () -> new JsonReader(bytes, 2, 5, 10).skipValue());
        assertEquals(3, e.offset());
        assertThrows(IndexOutOfBoundsException.class, () -> new JsonReader(bytes, 5, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> new JsonReader(bytes, 0, 1, 0));
    }

    @Test
    void randomDocumentsFromJacksonAreReadBackEqual() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            JsonNode tree = JsonTrees.random(mapper, random, 0);
            String text = mapper.writeValueAsString(tree);
            JsonReader reader = JsonReader.of(text);
            assertEquals(tree, JsonTrees.read(mapper, reader), text);
            reader.endDocument();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "[", "{\"a\"", "{\"a\":", "[1,", "\"\\u00", "tr", "-", "{\"a\":1,"})
    void truncatedDocumentsFail(String json) {
        assertThrows(JsonException.class, () -> {
            JsonReader r = JsonReader.of(json);
            r.skipValue();
            r.endDocument();
        });
    }
}
