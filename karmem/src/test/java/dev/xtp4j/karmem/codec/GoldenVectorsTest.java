package dev.xtp4j.karmem.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xtp4j.karmem.testing.Fixtures;
import dev.xtp4j.karmem.testing.Normalize;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every vector of {@code vectors.json}: encode byte for byte, decode to the stated value. */
class GoldenVectorsTest {

    static Stream<Arguments> vectors() {
        return Fixtures.vectors().stream().map(v -> Arguments.of(v.get("name").asText(), v));
    }

    @Test
    void allEightVectorsAreHere() {
        assertEquals(8, Fixtures.vectors().size());
    }

    private static KarmemCodec codec(String schemaFile, String root) {
        return KarmemCodec.of(Fixtures.layout(schemaFile), root);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> value(JsonNode vector) {
        return (Map<String, ?>) Fixtures.toJava(vector.get("value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void vector(String name, JsonNode v) throws Exception {
        String kind = v.get("kind").asText();
        String root = v.get("root").asText();
        byte[] hex = HexFormat.of().parseHex(v.get("hex").asText());
        assertEquals(v.get("byteLength").asInt(), hex.length);
        switch (kind) {
            case "encode": {
                KarmemCodec codec = codec(v.get("schema").asText(), root);
                assertEquals(v.get("hex").asText(), HexFormat.of().formatHex(codec.encode(value(v))));
                if (v.has("decoded")) {
                    assertEquals(Normalize.of(Fixtures.toJava(v.get("decoded"))), Normalize.of(codec.decode(hex)));
                }
                assertEquals(Normalize.of(value(v)), Normalize.of(codec.decodeStrict(hex)), "strict round trip");
                break;
            }
            case "decode": {
                KarmemCodec codec = codec(v.get("schema").asText(), root);
                assertEquals(Normalize.of(Fixtures.toJava(v.get("decoded"))), Normalize.of(codec.decode(hex)));
                break;
            }
            case "compat": {
                String[] schemas = v.get("schema").asText().split(" -> ");
                KarmemCodec writer = codec(schemas[0], root);
                KarmemCodec reader = codec(schemas[1], root);
                assertEquals(v.get("hex").asText(), HexFormat.of().formatHex(writer.encode(value(v))));
                assertEquals(Normalize.of(Fixtures.toJava(v.get("decoded"))), Normalize.of(reader.decode(hex)));
                // An older, shorter table is valid for the newer reader too.
                assertEquals(Normalize.of(Fixtures.toJava(v.get("decoded"))), Normalize.of(reader.decodeStrict(hex)));
                break;
            }
            default:
                throw new AssertionError("unknown vector kind " + kind);
        }
    }

    @Test
    void decodedTypesFollowTheDocumentedMapping() throws Exception {
        JsonNode full = Fixtures.vectors().stream().filter(v -> v.get("name").asText().equals("sample-full-packed"))
                .findFirst().orElseThrow();
        Map<String, Object> d = codec("vectors_packed.km", "Sample")
                .decode(HexFormat.of().parseHex(full.get("hex").asText()));
        assertEquals(Boolean.TRUE, d.get("B"));
        assertEquals(200, d.get("U8"));
        assertEquals(-2, d.get("I16"));
        assertEquals(3735928559L, d.get("U32"));
        assertEquals(-1234567890123L, d.get("I64"));
        assertEquals(1.5f, d.get("F32"));
        assertEquals(-2.25d, d.get("F64"));
        assertEquals(7, d.get("Col"));
        assertEquals("héllo", d.get("Name"));
        assertEquals(List.of(1, -1, 256), d.get("Nums"));
        assertEquals(List.of(10, 20), d.get("Lim"));
        assertEquals(List.of(7, 8, 9), d.get("Fix"));
        assertEquals(Map.of("Id", 42L, "Name", "kid"), d.get("Child"));
        assertTrue(d.get("Items") instanceof List<?> l && l.size() == 2);
        assertEquals(List.of("B", "U8", "I16", "U32", "I64", "F32", "F64", "Col", "Pos", "Name", "Nums",
                "Lim", "Fix", "Child", "Items"), List.copyOf(d.keySet()));
    }
}
