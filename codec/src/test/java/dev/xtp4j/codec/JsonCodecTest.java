package dev.xtp4j.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON codec: the XTP conventions, the four presence cases, and malformed input. */
class JsonCodecTest {

    /** The Java shape of the four combinations of required and nullable (docs/codecs.md, "Presence"). */
    record Presence(
            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) String requiredValue,
            @JsonProperty(required = true) String requiredNullable,
            @JsonInclude(JsonInclude.Include.NON_NULL) String optionalValue,
            @JsonInclude(JsonInclude.Include.NON_NULL) Optional<String> optionalNullable) {
    }

    enum Fruit {
        @JsonProperty("apple") APPLE,
        @JsonProperty("blood_orange") BLOOD_ORANGE
    }

    record Nested(@JsonProperty("class") String klass, List<OffsetDateTime> times) {
    }

    record Everything(String s, byte[] buffer, OffsetDateTime at, Instant instant, boolean flag, byte i8, short i16,
            int i32, long i64, @Uint64 long u64, BigInteger big, float f, double d, List<Fruit> fruits,
            Map<String, Integer> counts, Map<String, Object> free, Nested nested) {
    }

    static Everything everything() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("b", 2);
        counts.put("a", 1);
        Map<String, Object> free = new LinkedHashMap<>();
        free.put("z", List.of(1, "two", true));
        free.put("y", null);
        return new Everything("héllo \"x\"", new byte[] {104, 105, -1}, DateTimes.parse("2024-05-01T14:00:00.25+02:00"),
                Instant.parse("2024-05-01T12:00:00Z"), true, (byte) -128, (short) 300, -5, 9007199254740993L, -1L,
                new BigInteger("12345678901234567890"), 0.1f, -2.25, List.of(Fruit.APPLE,
                        Fruit.BLOOD_ORANGE), counts, free, new Nested("k", List.of(DateTimes.parse("1970-01-01T00:00:00Z"))));
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheXtpConventions() {
        String json = text(Codecs.json(Everything.class).encode(everything()));
        assertEquals("{\"s\":\"héllo \\\"x\\\"\",\"buffer\":\"aGn/\",\"at\":\"2024-05-01T14:00:00.250+02:00\","
                + "\"instant\":\"2024-05-01T12:00:00Z\",\"flag\":true,\"i8\":-128,\"i16\":300,\"i32\":-5,"
                + "\"i64\":9007199254740993,\"u64\":18446744073709551615,"
                + "\"big\":12345678901234567890,\"f\":0.1,\"d\":-2.25,"
                + "\"fruits\":[\"apple\",\"blood_orange\"],\"counts\":{\"b\":2,\"a\":1},"
                + "\"free\":{\"z\":[1,\"two\",true],\"y\":null},"
                + "\"nested\":{\"class\":\"k\",\"times\":[\"1970-01-01T00:00:00Z\"]}}", json);
    }

    @Test
    void roundTrips() {
        Codec<Everything> codec = Codecs.json(Everything.class);
        Everything e = everything();
        Everything back = codec.decode(codec.encode(e));
        assertArrayEquals(e.buffer(), back.buffer());
        assertEquals(e.at(), back.at());
        assertEquals(e.u64(), back.u64());
        assertEquals(e.fruits(), back.fruits());
        assertEquals(List.copyOf(e.counts().keySet()), List.copyOf(back.counts().keySet()), "key order is kept");
        assertEquals(e.free(), back.free());
        assertEquals(e.nested(), back.nested());
        assertEquals(e.f(), back.f());
    }

    @Test
    void base64IsReadWithOrWithoutPadding() {
        Codec<byte[]> codec = Codecs.json(byte[].class);
        assertArrayEquals(new byte[] {104, 105}, codec.decode(bytes("\"aGk=\"")));
        assertArrayEquals(new byte[] {104, 105}, codec.decode(bytes("\"aGk\"")));
        assertEquals("\"aGk=\"", text(codec.encode(new byte[] {104, 105})));
        assertThrows(CodecException.class, () -> codec.decode(bytes("\"a-k_\"")), "URL-safe alphabet is not XTP");
        assertArrayEquals(new byte[] {104, 105}, codec.decode(bytes("[104, 105]")));
        assertThrows(CodecException.class, () -> codec.decode(bytes("[104, 256]")));
        assertThrows(CodecException.class, () -> codec.decode(bytes("5")));
    }

    @Test
    void presenceWrites() {
        Codec<Presence> codec = Codecs.json(Presence.class);
        assertEquals("{\"requiredValue\":\"a\",\"requiredNullable\":null}",
                text(codec.encode(new Presence("a", null, null, null))));
        assertEquals("{\"requiredValue\":\"a\",\"requiredNullable\":\"b\",\"optionalValue\":\"c\","
                + "\"optionalNullable\":null}", text(codec.encode(new Presence("a", "b", "c", Optional.empty()))));
        assertEquals("{\"requiredValue\":\"a\",\"requiredNullable\":\"b\",\"optionalNullable\":\"d\"}",
                text(codec.encode(new Presence("a", "b", null, Optional.of("d")))));
    }

    @Test
    void presenceReads() {
        Codec<Presence> codec = Codecs.json(Presence.class);
        Presence p = codec.decode(bytes("{\"requiredValue\":\"a\",\"requiredNullable\":null}"));
        assertEquals(new Presence("a", null, null, null), p);
        assertNull(p.optionalNullable(), "an absent optional-nullable key is a null reference");
        p = codec.decode(bytes("{\"requiredValue\":\"a\",\"requiredNullable\":\"b\",\"optionalValue\":null,"
                + "\"optionalNullable\":null}"));
        assertEquals(new Presence("a", "b", null, Optional.empty()), p, "null for optional: absent; Optional.empty");
        p = codec.decode(bytes("{\"requiredValue\":\"a\",\"requiredNullable\":\"b\",\"optionalNullable\":\"x\"}"));
        assertEquals(Optional.of("x"), p.optionalNullable());

        CodecException missing = assertThrows(CodecException.class,
                () -> codec.decode(bytes("{\"requiredNullable\":null}")));
        assertTrue(missing.getMessage().contains("requiredValue"), missing.getMessage());
        CodecException nul = assertThrows(CodecException.class,
                () -> codec.decode(bytes("{\"requiredValue\":null,\"requiredNullable\":null}")));
        assertEquals("/requiredValue", nul.location());
        CodecException missingNullable = assertThrows(CodecException.class,
                () -> codec.decode(bytes("{\"requiredValue\":\"a\"}")));
        assertTrue(missingNullable.getMessage().contains("requiredNullable"), missingNullable.getMessage());
    }

    @Test
    void topLevelNull() {
        assertThrows(CodecException.class, () -> Codecs.json(String.class).decode(bytes("null")));
        assertThrows(CodecException.class, () -> Codecs.json(String.class).encode(null));
        Codec<String> nullable = CodecFactory.defaults().json(String.class, true);
        assertNull(nullable.decode(bytes("null")));
        assertEquals("null", text(nullable.encode(null)));
    }

    @Test
    void jsonHasNoNanOrInfinity() {
        CodecException e = assertThrows(CodecException.class,
                () -> Codecs.json(new TypeReference<List<Double>>() {}).encode(List.of(1.0, Double.NaN)));
        assertEquals(CodecException.Operation.ENCODE, e.operation());
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        record F(float f) {
        }
        CodecException f = assertThrows(CodecException.class,
                () -> Codecs.json(F.class).encode(new F(Float.POSITIVE_INFINITY)));
        assertEquals("/f", f.location());
        assertThrows(CodecException.class, () -> Codecs.json(Double.class).decode(bytes("NaN")));
    }

    @Test
    void strictScalars() {
        Codec<Everything> codec = Codecs.json(Everything.class);
        assertLocation(codec, "{\"i32\":\"5\"}", "/i32");
        assertLocation(codec, "{\"i32\":5.5}", "/i32");
        assertLocation(codec, "{\"i32\":5.0}", "/i32");
        assertLocation(codec, "{\"i8\":200}", "/i8");
        assertLocation(codec, "{\"i8\":-129}", "/i8");
        assertLocation(codec, "{\"i32\":2147483648}", "/i32");
        assertLocation(codec, "{\"flag\":\"true\"}", "/flag");
        assertLocation(codec, "{\"flag\":null}", "/flag");
        assertLocation(codec, "{\"fruits\":[\"apple\",\"pear\"]}", "/fruits/1");
        assertLocation(codec, "{\"fruits\":[0]}", "/fruits/0");
        assertLocation(codec, "{\"at\":\"2024-05-01\"}", "/at");
        assertLocation(codec, "{\"u64\":18446744073709551616}", "/u64");
        assertLocation(codec, "{\"u64\":-1}", "/u64");
        assertLocation(Codecs.json(Nested.class), "{\"class\":1}", "/class");
        assertLocation(Codecs.json(Nested.class), "{\"class\":true}", "/class");
        assertLocation(codec, "{\"s\":\"x\"}", "/flag"); // a primitive must be present
        assertLocation(codec, "{\"counts\":{\"a/b~\":\"x\"}}", "/counts/a~1b~0");
        assertEquals(-1L, Codecs.json(MsgpackCodecTest.U64.class).decode(bytes("{\"v\":18446744073709551615}")).v(),
                "uint64 max is all ones");
        assertEquals(2.0, Codecs.json(Double.class).decode(bytes("2")), "an integer is a fine double");
    }

    private static void assertLocation(Codec<?> codec, String json, String pointer) {
        CodecException e = assertThrows(CodecException.class, () -> codec.decode(bytes(json)), json);
        assertEquals(pointer, e.location(), e.getMessage());
        assertEquals(CodecException.Operation.DECODE, e.operation());
        assertEquals(ContentType.JSON, e.contentType());
        assertTrue(e.getMessage().startsWith("cannot decode application/json at " + pointer + ": "), e.getMessage());
    }

    @Test
    void unknownKeysAreErrorsByDefaultAndCanBeIgnored() {
        assertLocation(Codecs.json(Nested.class), "{\"class\":\"k\",\"clas\":1}", "/clas");
        Codec<Nested> lenient = CodecFactory.builder().unknownKeys(UnknownKeys.IGNORE).build()
                .json(Nested.class, false);
        assertEquals(new Nested("k", null), lenient.decode(bytes("{\"class\":\"k\",\"clas\":1}")));
    }

    @Test
    void malformedJson() {
        Codec<Nested> codec = Codecs.json(Nested.class);
        CodecException truncated = assertThrows(CodecException.class, () -> codec.decode(bytes("{\"class\": \"k")));
        assertTrue(truncated.getMessage().contains("end-of-input"), truncated.getMessage());
        CodecException early = assertThrows(CodecException.class, () -> codec.decode(bytes("{\"class\": ")));
        assertTrue(early.location().startsWith("line 1, column") || early.location().equals("/class"), early.location());
        CodecException trailing = assertThrows(CodecException.class, () -> codec.decode(bytes("{} {}")));
        assertTrue(trailing.getMessage().contains("Trailing"), trailing.getMessage());
        CodecException dup = assertThrows(CodecException.class,
                () -> codec.decode(bytes("{\"class\":\"a\",\"class\":\"b\"}")));
        assertTrue(dup.getMessage().contains("Duplicate"), dup.getMessage());
        byte[] badUtf8 = {'"', (byte) 0xC3, '(', '"'};
        assertThrows(CodecException.class, () -> Codecs.json(String.class).decode(badUtf8));
        assertThrows(CodecException.class, () -> codec.decode(new byte[0]));
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThrows(CodecException.class, () -> Codecs.json(Object.class).decode(bytes(deep)));
        byte[] full = Codecs.json(Everything.class).encode(everything());
        for (int n = 0; n < full.length; n++) {
            byte[] cut = java.util.Arrays.copyOf(full, n);
            assertThrows(CodecException.class, () -> Codecs.json(Everything.class).decode(cut), "prefix " + n);
        }
    }

    @Test
    void dateTimesAndInstants() {
        Codec<OffsetDateTime> codec = Codecs.json(OffsetDateTime.class);
        assertEquals(DateTimes.parse("2024-05-01T12:00:00+02:00"),
                codec.decode(bytes("\"2024-05-01T12:00:00+02:00\"")), "the offset is kept");
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"),
                Codecs.json(Instant.class).decode(bytes("\"2024-05-01T12:00:00+02:00\"")));
        assertThrows(CodecException.class, () -> codec.decode(bytes("1714557600")), "no epoch numbers in JSON");
    }
}
