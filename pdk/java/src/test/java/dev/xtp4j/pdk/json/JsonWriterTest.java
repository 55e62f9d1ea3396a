package dev.xtp4j.pdk.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);

    @Test
    void writesCompactDocuments() {
        JsonWriter w = new JsonWriter();
        w.beginObject()
                .name("count").value(3)
                .name("ratio").value(0.25)
                .name("f").value(0.1f)
                .name("ok").value(true)
                .name("none").nullValue()
                .name("missing").value((String) null)
                .name("tags").beginArray().value("a").beginObject().endObject().beginArray().endArray().endArray()
                .name("min").value(Long.MIN_VALUE)
                .endObject();
        assertEquals("{\"count\":3,\"ratio\":0.25,\"f\":0.1,\"ok\":true,\"none\":null,\"missing\":null,"
                + "\"tags\":[\"a\",{},[]],\"min\":-9223372036854775808}", w.toJson());
        assertArrayEquals(w.toJson().getBytes(StandardCharsets.UTF_8), w.toByteArray());
    }

    @Test
    void escapesAsRfc8259Requires() {
        String text = "q\" b\\ s/ \b\f\n\r\t \u0000\u001f\u007f é 世 😀";
        String json = new JsonWriter().value(text).toJson();
        assertEquals("\"q\\\" b\\\\ s/ \\b\\f\\n\\r\\t \\u0000\\u001f\u007f é 世 😀\"", json);
        assertEquals(text, JsonReader.of(json).nextString());
    }

    @Test
    void surrogatePairsBecomeFourByteUtf8AndLoneSurrogatesAreEscaped() {
        byte[] pair = new JsonWriter().value("😀").toByteArray();
        assertArrayEquals(new byte[] {'"', (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, '"'}, pair);
        String lone = "a\ud800b\udc00c\ude00\ud83d";
        String json = new JsonWriter().value(lone).toJson();
        assertEquals("\"a\\ud800b\\udc00c\\ude00\\ud83d\"", json);
        assertEquals(lone, JsonReader.of(json).nextString());
    }

    @Test
    void base64AndRawValues() {
        JsonWriter w = new JsonWriter().beginArray()
                .valueBase64(new byte[] {0, 1, 2, -1})
                .valueBase64(new byte[] {1})
                .valueBase64(new byte[] {1, 2})
                .valueBase64(new byte[0])
                .valueBase64(null)
                .rawValue(" {\"z\": [1, 2], \"a\": \"é\"} ")
                .endArray();
        assertEquals("[\"AAEC/w==\",\"AQ==\",\"AQI=\",\"\",null, {\"z\": [1, 2], \"a\": \"é\"} ]", w.toJson());
    }

    @Test
    void base64AgreesWithTheJdk() {
        Random random = new Random(3);
        for (int i = 0; i < 500; i++) {
            byte[] bytes = new byte[random.nextInt(50)];
            random.nextBytes(bytes);
            String encoded = java.util.Base64.getEncoder().encodeToString(bytes);
            assertEquals("\"" + encoded + "\"", new JsonWriter().valueBase64(bytes).toJson());
            assertArrayEquals(bytes, JsonReader.of("\"" + encoded + "\"").nextBase64());
        }
    }

    @Test
    void malformedRawValuesAreRejected() {
        JsonWriter w = new JsonWriter().beginArray();
        assertEquals("trailing comma before ']' at byte 3 (/1)",
                assertThrows(JsonException.class, () -> w.rawValue("[1,]")).getMessage());
        assertEquals("unexpected character '2' after the document's value at byte 2 (document root)",
                assertThrows(JsonException.class, () -> w.rawValue("1 2")).getMessage());
        w.value(1).endArray();
        assertEquals("[1]", w.toJson());
    }

    @Test
    void misuseFailsAtOnceAndSaysWhere() {
        assertEquals("a value inside an object needs a name first (at depth 1, byte 1)",
                assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().value(1)).getMessage());
        assertEquals("name(\"a\") outside an object (at depth 1, byte 1)",
                assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().name("a")).getMessage());
        assertEquals("name(\"b\") after a property name without a value (at depth 1, byte 5)",
                assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().name("a").name("b"))
                        .getMessage());
        assertEquals("endObject() after a property name without a value (at depth 1, byte 5)",
                assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().name("a").endObject())
                        .getMessage());
        assertEquals("endArray() without an open array (at depth 1, byte 1)",
                assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().endArray())
                        .getMessage());
        assertEquals("endObject() without an open object (at depth 0, byte 0)",
                assertThrows(IllegalStateException.class, () -> new JsonWriter().endObject()).getMessage());
        assertEquals("a JSON document holds exactly one top-level value (at depth 0, byte 1)",
                assertThrows(IllegalStateException.class, () -> new JsonWriter().value(1).value(2)).getMessage());
        assertEquals("the document is not complete: 1 array(s) or object(s) still open (at depth 1, byte 1)",
                assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().toByteArray())
                        .getMessage());
        assertEquals("the document is empty: write a value first (at depth 0, byte 0)",
                assertThrows(IllegalStateException.class, () -> new JsonWriter().toJson()).getMessage());
        assertEquals("JSON has no form for NaN (at depth 1, byte 1)",
                assertThrows(IllegalArgumentException.class, () -> new JsonWriter().beginArray().value(Double.NaN))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new JsonWriter().value(Float.NEGATIVE_INFINITY));
        assertEquals("[1", new JsonWriter().beginArray().value(1).toString());
    }

    @Test
    void nestingIsLimited() {
        JsonWriter w = new JsonWriter(2).beginArray().beginArray();
        assertEquals("nesting too deep: more than 2 arrays and objects open (at depth 2, byte 2)",
                assertThrows(IllegalStateException.class, w::beginObject).getMessage());
        JsonWriter deep = new JsonWriter();
        for (int i = 0; i < JsonWriter.DEFAULT_MAX_DEPTH; i++) {
            deep.beginArray();
        }
        assertThrows(IllegalStateException.class, deep::beginArray);
        assertThrows(IllegalArgumentException.class, () -> new JsonWriter(0));
    }

    @Test
    void randomDocumentsAreReadBackEqualByJackson() throws Exception {
        Random random = new Random(11);
        for (int i = 0; i < 500; i++) {
            JsonNode tree = JsonTrees.random(MAPPER, random, 0);
            JsonWriter writer = new JsonWriter();
            JsonTrees.write(tree, writer);
            byte[] json = writer.toByteArray();
            assertEquals(tree, MAPPER.readTree(json), new String(json, StandardCharsets.UTF_8));
            JsonReader reader = new JsonReader(json);
            assertEquals(tree, JsonTrees.read(MAPPER, reader));
            reader.endDocument();
        }
    }

    @Test
    void largeDocumentsGrowTheBuffer() {
        JsonWriter w = new JsonWriter().beginArray();
        for (int i = 0; i < 100_000; i++) {
            w.value("item " + i);
        }
        byte[] json = w.endArray().toByteArray();
        JsonReader r = new JsonReader(json);
        r.beginArray();
        int n = 0;
        while (r.hasNext()) {
            assertEquals("item " + n++, r.nextString());
        }
        assertEquals(100_000, n);
    }
}
