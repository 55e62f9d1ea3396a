package dev.xtp4j.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xtp4j.karmem.codec.KarmemCodec;
import dev.xtp4j.karmem.layout.KarmemLayout;
import dev.xtp4j.karmem.schema.KarmemSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Karmem codec for typed Java values: golden bytes, the XTP profile, and malformed messages. */
class KarmemCodecTest {
    private static final HexFormat HEX = HexFormat.of();

    // ------------------------------------------------------------------ the golden vectors, as records

    enum Color { RED, GREEN, BLUE }

    record Vec3(float x, float y, float z) {
    }

    record Item(long id, String name) {
    }

    record Sample(boolean b, int u8, short i16, long u32, long i64, float f32, double f64, Color col, Vec3 pos,
            String name, List<Integer> nums, int[] lim, byte[] fix, Item child, List<Item> items) {
    }

    record Point(int x, int y) {
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = KarmemCodecTest.class.getResourceAsStream("/karmem/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static KarmemLayout layout(String file) throws IOException {
        return KarmemLayout.of(KarmemSchema.parse(resource(file), file));
    }

    private static String vectorHex(String name) throws IOException {
        for (JsonNode v : new ObjectMapper().readTree(resource("vectors.json"))) {
            if (v.get("name").asText().equals(name)) {
                return v.get("hex").asText();
            }
        }
        throw new AssertionError("no vector " + name);
    }

    @Test
    void recordsEncodeToTheGoldenBytes() throws IOException {
        KarmemLayout packed = layout("vectors_packed.km");
        Codec<Sample> codec = Codecs.karmem(new KarmemBinding(packed, "Sample"), Sample.class);
        Sample full = new Sample(true, 200, (short) -2, 0xDEADBEEFL, -1234567890123L, 1.5f, -2.25, Color.BLUE,
                new Vec3(1, 2, 3), "héllo", List.of(1, -1, 256), new int[] {10, 20}, new byte[] {7, 8, 9},
                new Item(42, "kid"), List.of(new Item(1, "a"), new Item(2, "")));
        assertEquals(vectorHex("sample-full-packed"), HEX.formatHex(codec.encode(full)));
        Sample back = codec.decode(HEX.parseHex(vectorHex("sample-full-packed")));
        assertEquals(full.col(), back.col());
        assertEquals(full.pos(), back.pos());
        assertEquals(full.u32(), back.u32());
        assertEquals(full.nums(), back.nums());
        assertArrayEquals(full.lim(), back.lim());
        assertArrayEquals(full.fix(), back.fix());
        assertEquals(full.items(), back.items());
        assertEquals(full.child(), back.child());

        Sample zero = new Sample(false, 0, (short) 0, 0, 0, 0, 0, Color.RED, new Vec3(0, 0, 0), "", List.of(),
                new int[0], new byte[3], new Item(0, ""), List.of());
        assertEquals(vectorHex("sample-zero-packed"), HEX.formatHex(codec.encode(zero)));

        assertEquals(vectorHex("point-unpacked"), HEX.formatHex(Codecs.karmem(
                new KarmemBinding(layout("vectors_unpacked.km"), "Point"), Point.class).encode(new Point(1, -2))));
        assertEquals(vectorHex("vec3-inline-root-packed"), HEX.formatHex(Codecs.karmem(
                new KarmemBinding(packed, "Vec3"), Vec3.class).encode(new Vec3(1, 2, 3))));
    }

    @Test
    void lenientDecodingFollowsKarmemsReadingRules() throws IOException {
        CodecFactory lenient = CodecFactory.builder().validateKarmem(false).build();
        Codec<Point> point = lenient.karmem(new KarmemBinding(layout("vectors_packed.km"), "Point"), Point.class);
        assertEquals(new Point(0, 0), point.decode(HEX.parseHex(vectorHex("decode-point-truncated"))));
        assertEquals(new Point(0, 0), point.decode(new byte[0]));
        Codec<Sample> sample = lenient.karmem(new KarmemBinding(layout("vectors_packed.km"), "Sample"), Sample.class);
        Sample empty = sample.decode(new byte[0]);
        assertEquals(3, empty.fix().length, "a missing fixed array still has its N elements");
        assertEquals(List.of(), empty.items());
        CodecException strict = assertThrows(CodecException.class,
                () -> Codecs.karmem(new KarmemBinding(layout("vectors_packed.km"), "Point"), Point.class)
                        .decode(HEX.parseHex(vectorHex("decode-point-truncated"))));
        assertTrue(strict.location().startsWith("Point (byte offset 0)"), strict.location());
    }

    // ------------------------------------------------------------------ the XTP profile (as derived from a schema)

    static final String PROFILE = String.join("\n",
            "karmem xtp @packed(true);",
            "enum Color uint8 @xtp.name(`color`) @xtp.values(`red,dark_green,blue`) { Red; DarkGreen; Blue; }",
            "struct DateTime inline @xtp.kind(datetime) { UnixMicros int64; }",
            "struct Json inline @xtp.kind(json) { Text []char; }",
            "struct StringItem inline @xtp.kind(item) { Value []char; }",
            "struct StringOption inline @xtp.kind(option) { Value []char; }",
            "struct StringOptionOption inline @xtp.kind(option) { Value [<1]StringOption; }",
            "struct Int32Option inline @xtp.kind(option) { Value int32; }",
            "struct ColorItem inline @xtp.kind(item) { Value Color; }",
            "struct Int64Entry inline @xtp.kind(entry) { Key []char; Value int64; }",
            "struct StringItemListOption inline @xtp.kind(option) { Value []StringItem; }",
            "struct Address table @xtp.name(`Address`) { Street []char @xtp.name(`street`); "
                    + "Zip [<1]Int32Option @xtp.name(`zip`); }",
            "struct AddressItem inline @xtp.kind(item) { Value Address; }",
            "struct Person table @xtp.name(`Person`) {",
            "    Name []char @xtp.name(`name`);",
            "    Nick [<1]StringOptionOption @xtp.name(`nick`);",
            "    Tags []StringItem @xtp.name(`tags`);",
            "    Colors []ColorItem @xtp.name(`colors`);",
            "    Scores []Int64Entry @xtp.name(`scores`);",
            "    Born DateTime @xtp.name(`born`);",
            "    Extra Json @xtp.name(`extra`);",
            "    Home Address @xtp.name(`home`);",
            "    Others []AddressItem @xtp.name(`others`);",
            "    Age [<1]Int32Option @xtp.name(`age`);",
            "    Data []byte @xtp.name(`data`);",
            "    Aliases [<1]StringItemListOption @xtp.name(`aliases`);",
            "    Ratio float32 @xtp.name(`ratio`);",
            "}",
            "struct GreetInput table @xtp.kind(root) { Value [<1]StringOption; }",
            "struct ListRoot table @xtp.kind(root) { Value []AddressItem; }",
            "");

    enum XColor {
        @JsonProperty("red") RED,
        @JsonProperty("dark_green") DARK_GREEN,
        @JsonProperty("blue") BLUE
    }

    record Address(String street, Integer zip) {
    }

    record Person(String name, Optional<String> nick, List<String> tags, List<XColor> colors,
            Map<String, Long> scores, OffsetDateTime born, Map<String, Object> extra, Address home,
            List<Address> others, Integer age, byte[] data, List<String> aliases, float ratio) {
    }

    static final KarmemLayout PROFILE_LAYOUT = KarmemLayout.of(KarmemSchema.parse(PROFILE, "xtp.km"));

    static Person person(Optional<String> nick, Integer age, List<String> aliases) {
        Map<String, Long> scores = new LinkedHashMap<>();
        scores.put("b", -2L);
        scores.put("a", 1L << 40);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("k", List.of(1, "x"));
        return new Person("Ada", nick, List.of("x", ""), List.of(XColor.DARK_GREEN, XColor.BLUE), scores,
                DateTimes.parse("2024-05-01T12:00:00.000123Z"), extra, new Address("Main", 12345),
                List.of(new Address("A", null), new Address("B", 0)), age, new byte[] {1, 2}, aliases, 0.5f);
    }

    /** The same person as the dynamic codec's plain maps, in Karmem field names. */
    static Map<String, Object> personMap(List<Object> nick, List<Object> age, List<Object> aliases) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Name", "Ada");
        m.put("Nick", nick);
        m.put("Tags", List.of(Map.of("Value", "x"), Map.of("Value", "")));
        m.put("Colors", List.of(Map.of("Value", 1), Map.of("Value", 2)));
        m.put("Scores", List.of(Map.of("Key", "b", "Value", -2L), Map.of("Key", "a", "Value", 1L << 40)));
        m.put("Born", Map.of("UnixMicros", DateTimes.toUnixMicros(DateTimes.parse("2024-05-01T12:00:00.000123Z"))));
        m.put("Extra", Map.of("Text", "{\"k\":[1,\"x\"]}"));
        m.put("Home", Map.of("Street", "Main", "Zip", List.of(Map.of("Value", 12345))));
        m.put("Others", List.of(Map.of("Value", Map.of("Street", "A", "Zip", List.of())),
                Map.of("Value", Map.of("Street", "B", "Zip", List.of(Map.of("Value", 0))))));
        m.put("Age", age);
        m.put("Data", new byte[] {1, 2});
        m.put("Aliases", aliases);
        m.put("Ratio", 0.5f);
        return m;
    }

    @Test
    void theXtpProfileMatchesTheDynamicCodecByteForByte() {
        Codec<Person> codec = Codecs.karmem(new KarmemBinding(PROFILE_LAYOUT, "Person"), Person.class);
        KarmemCodec dynamic = KarmemCodec.of(PROFILE_LAYOUT, "Person");
        List<Object> absent = List.of();
        // nick: absent / null / value; age: absent / 7; aliases: absent / list
        Object[][] cases = {
            {Optional.empty(), null, null, List.of(Map.of("Value", absent)), absent, absent},
            {null, 7, List.of("al"), absent, List.of(Map.of("Value", 7)),
                List.of(Map.of("Value", List.of(Map.of("Value", "al"))))},
            {Optional.of("Ace"), null, List.of(), List.of(Map.of("Value", List.of(Map.of("Value", "Ace")))), absent,
                List.of(Map.of("Value", List.of()))},
        };
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            Person p = person((Optional<String>) c[0], (Integer) c[1], castList(c[2]));
            byte[] bytes = codec.encode(p);
            @SuppressWarnings("unchecked")
            byte[] expected = dynamic.encode(personMap((List<Object>) c[3], (List<Object>) c[4], (List<Object>) c[5]));
            assertEquals(HEX.formatHex(expected), HEX.formatHex(bytes));
            Person back = codec.decode(bytes);
            assertEquals(p.nick(), back.nick());
            assertEquals(p.age(), back.age());
            assertEquals(p.aliases(), back.aliases());
            assertEquals(p.born(), back.born());
            assertEquals(p.scores(), back.scores());
            assertEquals(List.copyOf(p.scores().keySet()), List.copyOf(back.scores().keySet()));
            assertEquals(p.extra(), back.extra());
            assertEquals(p.others(), back.others());
            assertEquals(p.colors(), back.colors());
            assertArrayEquals(p.data(), back.data());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
        return (List<String>) o;
    }

    @Test
    void wrapperRootsCarryNonObjectAndNullableValues() {
        Codec<String> greet = Codecs.karmem(new KarmemBinding(PROFILE_LAYOUT, "GreetInput"), String.class);
        assertNull(greet.decode(greet.encode(null)));
        assertEquals("hi", greet.decode(greet.encode("hi")));
        assertEquals("0c0000000c00000000000000", HEX.formatHex(greet.encode(null)), "an empty [<1] option");
        Codec<List<Address>> list = Codecs.karmem(new KarmemBinding(PROFILE_LAYOUT, "ListRoot"),
                new com.fasterxml.jackson.core.type.TypeReference<List<Address>>() {});
        List<Address> addresses = List.of(new Address("x", 1), new Address("y", null));
        assertEquals(addresses, list.decode(list.encode(addresses)));
    }

    @Test
    void encodingErrorsNameTheFieldPath() {
        Codec<Person> codec = Codecs.karmem(new KarmemBinding(PROFILE_LAYOUT, "Person"), Person.class);
        Person noName = new Person(null, null, List.of(), List.of(), Map.of(), OffsetDateTime.now(), Map.of(),
                new Address("", null), List.of(), null, new byte[0], null, 0);
        CodecException e = assertThrows(CodecException.class, () -> codec.encode(noName));
        assertEquals("Person.Name", e.location());
        List<String> tags = new ArrayList<>(List.of("a"));
        tags.add(null);
        Person nullTag = new Person("n", null, tags, List.of(), Map.of(), OffsetDateTime.now(), Map.of(),
                new Address("", null), List.of(), null, new byte[0], null, 0);
        assertEquals("Person.Tags[1].Value", assertThrows(CodecException.class, () -> codec.encode(nullTag))
                .location());
        Codec<Sample> sample = Codecs.karmem(new KarmemBinding(PROFILE_LAYOUT_SAMPLE, "Sample"), Sample.class);
        Sample bad = new Sample(true, 256, (short) 0, 0, 0, 0, 0, Color.RED, new Vec3(0, 0, 0), "",
                List.of(), new int[5], new byte[3], new Item(0, ""), List.of());
        CodecException range = assertThrows(CodecException.class, () -> sample.encode(bad));
        assertEquals("Sample.U8", range.location());
        assertEquals("256 is out of range for uint8 [0, 255]", range.detail());
        Sample tooMany = new Sample(true, 0, (short) 0, 0, 0, 0, 0, Color.RED, new Vec3(0, 0, 0), "",
                List.of(), new int[5], new byte[3], new Item(0, ""), List.of());
        assertEquals("5 elements, more than the 4 of [<4]uint16",
                assertThrows(CodecException.class, () -> sample.encode(tooMany)).detail());
    }

    static final KarmemLayout PROFILE_LAYOUT_SAMPLE;

    static {
        try {
            PROFILE_LAYOUT_SAMPLE = layout("vectors_packed.km");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Test
    void bindingErrorsExplainTheMismatch() {
        record Wrong(String name, int nope) {
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Codecs.karmem(new KarmemBinding(PROFILE_LAYOUT, "Address"), Wrong.class));
        assertTrue(e.getMessage().contains("[name, nope]") || e.getMessage().contains("nope"), e.getMessage());
        record Primitive(String street, int zip) {
        }
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class,
                () -> Codecs.karmem(new KarmemBinding(PROFILE_LAYOUT, "Address"), Primitive.class));
        assertTrue(p.getMessage().contains("use its boxed type"), p.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Codecs.karmem(new KarmemBinding(PROFILE_LAYOUT,
                "Person"), String.class));
    }

    @Test
    void decodingErrors() {
        CodecFactory lenient = CodecFactory.builder().validateKarmem(false).build();
        KarmemCodec dynamic = KarmemCodec.of(PROFILE_LAYOUT, "Person");
        Map<String, Object> m = personMap(List.of(), List.of(), List.of());
        m.put("Colors", List.of(Map.of("Value", 9)));
        byte[] unknownEnum = dynamic.encode(m);
        CodecException e = assertThrows(CodecException.class, () -> lenient.karmem(
                new KarmemBinding(PROFILE_LAYOUT, "Person"), Person.class).decode(unknownEnum));
        assertTrue(e.location().startsWith("ColorItem.Value (byte offset"), e.location());
        assertTrue(e.detail().contains("value 9 is not an entry of enum Color"), e.detail());
        CodecException strict = assertThrows(CodecException.class, () -> Codecs.karmem(
                new KarmemBinding(PROFILE_LAYOUT, "Person"), Person.class).decode(unknownEnum));
        assertTrue(strict.location().contains("Colors[0]"), strict.location());

        m = personMap(List.of(), List.of(), List.of());
        m.put("Scores", List.of(Map.of("Key", "a", "Value", 1), Map.of("Key", "a", "Value", 2)));
        byte[] duplicate = dynamic.encode(m);
        CodecException dup = assertThrows(CodecException.class, () -> Codecs.karmem(
                new KarmemBinding(PROFILE_LAYOUT, "Person"), Person.class).decode(duplicate));
        assertTrue(dup.detail().contains("duplicate map key \"a\""), dup.getMessage());
    }

    @Test
    void aliasedOffsetsCannotExhaustMemory() {
        // ListRoot.Value: n AddressItems whose tables all point at the same 64 KiB street name.
        int n = 20_000;
        int street = 64 * 1024;
        int root = 12; // table header + slice descriptor
        int items = root;
        int table = items + 4 * n;
        int text = table + 20; // Address: header, Street (offset, size), Zip (offset, size)
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(text + street).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, 12).putInt(4, items).putInt(8, 4 * n);
        for (int i = 0; i < n; i++) {
            b.putInt(items + 4 * i, table);
        }
        b.putInt(table, 20).putInt(table + 4, text).putInt(table + 8, street).putInt(table + 12, 0)
                .putInt(table + 16, 0);
        byte[] bomb = b.array();
        Arrays.fill(bomb, text, text + street, (byte) 'a');
        for (CodecFactory f : List.of(CodecFactory.defaults(), CodecFactory.builder().validateKarmem(false).build())) {
            CodecException e = assertThrows(CodecException.class, () -> f.karmem(new KarmemBinding(PROFILE_LAYOUT,
                    "ListRoot"), new com.fasterxml.jackson.core.type.TypeReference<List<Address>>() {}.getType())
                    .decode(bomb));
            assertTrue(e.detail().contains("more than"), e.getMessage());
        }
    }

    @Test
    void truncatedAndMutatedMessagesFailCleanly() {
        byte[] full = Codecs.karmem(new KarmemBinding(PROFILE_LAYOUT, "Person"), Person.class)
                .encode(person(Optional.of("n"), 3, List.of("a", "b")));
        for (CodecFactory f : List.of(CodecFactory.defaults(), CodecFactory.builder().validateKarmem(false).build())) {
            Codec<Person> codec = f.karmem(new KarmemBinding(PROFILE_LAYOUT, "Person"), Person.class);
            for (int n = 0; n < full.length; n++) {
                byte[] cut = Arrays.copyOf(full, n);
                try {
                    codec.decode(cut);
                } catch (CodecException expected) {
                    // validation or a value Java cannot hold
                }
            }
            Random r = new Random(3);
            for (int i = 0; i < 2000; i++) {
                byte[] m = full.clone();
                for (int k = 1 + r.nextInt(3); k > 0; k--) {
                    m[r.nextInt(m.length)] = (byte) r.nextInt(256);
                }
                try {
                    codec.decode(m);
                } catch (CodecException expected) {
                    // the only acceptable failure
                }
            }
        }
    }
}
