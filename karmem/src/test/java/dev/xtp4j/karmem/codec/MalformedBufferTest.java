package dev.xtp4j.karmem.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xtp4j.karmem.KarmemFormatException;
import dev.xtp4j.karmem.layout.KarmemLayout;
import dev.xtp4j.karmem.schema.KarmemSchema;
import dev.xtp4j.karmem.testing.Fixtures;
import dev.xtp4j.karmem.testing.Normalize;
import dev.xtp4j.karmem.wire.KarmemView;
import dev.xtp4j.karmem.wire.KarmemWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged and hostile messages: the lenient decoder reads defaults and never throws (except for the element
 * budget); the strict validator names the field path and byte offset of the first problem.
 */
class MalformedBufferTest {
    private static final KarmemLayout PACKED = Fixtures.layout("vectors_packed.km");
    private static final KarmemLayout UNPACKED = Fixtures.layout("vectors_unpacked.km");
    private static final KarmemCodec SAMPLE = KarmemCodec.of(PACKED, "Sample");

    /** sample-full-packed: Name at 45 -> (84, 6); Child -> 106; Items -> (125, 8) -> tables at 133 and 150. */
    private static byte[] full() {
        for (JsonNode v : Fixtures.vectors()) {
            if (v.get("name").asText().equals("sample-full-packed")) {
                return HexFormat.of().parseHex(v.get("hex").asText());
            }
        }
        throw new AssertionError();
    }

    private static byte[] patch32(byte[] b, int at, long value) {
        byte[] c = b.clone();
        ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN).putInt(at, (int) value);
        return c;
    }

    private static byte[] patch8(byte[] b, int at, int value) {
        byte[] c = b.clone();
        c[at] = (byte) value;
        return c;
    }

    @Test
    void everyTruncationDecodesLenientlyAndFailsStrictly() throws Exception {
        byte[] full = full();
        for (int n = 0; n < full.length; n++) {
            byte[] prefix = Arrays.copyOf(full, n);
            Map<String, Object> d = SAMPLE.decode(prefix);
            assertEquals(15, d.size());
            KarmemFormatException e = assertThrows(KarmemFormatException.class, () -> SAMPLE.validate(prefix),
                    "prefix of " + n);
            assertTrue(e.path().startsWith("Sample"), e.getMessage());
            assertTrue(e.byteOffset() >= 0 && e.byteOffset() <= full.length, e.getMessage());
        }
        // A table truncated below its header size is absent as a whole (vector decode-point-truncated).
        assertEquals(Normalize.of(SAMPLE.decode(new byte[0])), Normalize.of(SAMPLE.decode(
                Arrays.copyOf(full, 83))));
    }

    static Stream<Arguments> strictErrors() {
        byte[] full = full();
        byte[] badUtf8 = patch8(full, 85, 0xFF);             // second byte of "héllo"
        return Stream.of(
                Arguments.of("empty", new byte[0], "Sample", 0,
                        "table Sample starts at 0 but its 4-byte size header does not fit"),
                Arguments.of("header below 4", patch32(full, 0, 2), "Sample", 0, "less than its own 4-byte header"),
                Arguments.of("header past the end", patch32(full, 0, 167), "Sample", 0,
                        "past the end of the message (166 bytes)"),
                Arguments.of("header ends inside a field", patch32(full, 0, 50), "Sample.Name", 50,
                        "ends inside field Name (bytes 45 to 53 of the table)"),
                Arguments.of("bool", patch8(full, 4, 2), "Sample.B", 4, "a bool must be 0 or 1, found 2"),
                Arguments.of("enum", patch8(full, 32, 5), "Sample.Col", 32, "5 is not a value of enum Color"),
                Arguments.of("utf-8", badUtf8, "Sample.Name", 85, "invalid UTF-8 at byte 1 of the string"),
                Arguments.of("slice past the end", patch32(full, 49, 0xFFFF_FFFFL), "Sample.Name", 45,
                        "the slice points to bytes 84 to 4294967379, past the end"),
                Arguments.of("slice offset past the end", patch32(full, 53, 0xFFFF_FFF0L), "Sample.Nums", 53,
                        "past the end"),
                Arguments.of("size not a multiple", patch32(full, 57, 6), "Sample.Nums", 53,
                        "the slice is 6 bytes, not a multiple of its element size 4"),
                Arguments.of("limit exceeded", patch32(full, 65, 10), "Sample.Lim", 61,
                        "the slice has 5 elements, more than the limit of [<4]uint16"),
                Arguments.of("table pointer outside", patch32(full, 72, 0x7FFF_FFFF), "Sample.Child", 0x7FFF_FFFFL,
                        "table Item starts at 2147483647"),
                Arguments.of("nested table header", patch32(full, 150, 1000), "Sample.Items[1].Data", 150,
                        "table Item at 150 says it is 1000 bytes"),
                Arguments.of("nested string", patch8(full, 149, 0xC3), "Sample.Items[0].Data.Name", 149,
                        "invalid UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strictErrors")
    void strictValidatorNamesPathAndOffset(String name, byte[] message, String path, long offset, String detail)
            throws Exception {
        KarmemFormatException e = assertThrows(KarmemFormatException.class, () -> SAMPLE.validate(message));
        assertEquals(path, e.path(), e.getMessage());
        assertEquals(offset, e.byteOffset(), e.getMessage());
        assertTrue(e.detail().contains(detail), e.getMessage());
        assertThrows(KarmemFormatException.class, () -> SAMPLE.decodeStrict(message));
        // The lenient decoder reads the same message without complaint.
        assertEquals(15, SAMPLE.decode(message).size());
    }

    @Test
    void lenientReadsFollowUpstreamDefaults() throws Exception {
        byte[] full = full();
        Map<String, Object> d = SAMPLE.decode(patch32(full, 49, 0xFFFF_FFFFL));
        assertEquals("", d.get("Name"));
        d = SAMPLE.decode(patch32(full, 57, 6));                // 6 bytes of int32: one element, tail dropped
        assertEquals(List.of(1), d.get("Nums"));
        d = SAMPLE.decode(patch32(full, 65, 10));               // 5 uint16 elements, clamped to the limit 4
        assertEquals(4, ((List<?>) d.get("Lim")).size());
        d = SAMPLE.decode(patch32(full, 72, 0x7FFF_FFFF));      // child out of range: a default child
        assertEquals(Map.of("Id", 0L, "Name", ""), d.get("Child"));
        d = SAMPLE.decode(patch8(full, 4, 2));                  // any non-zero bool is true
        assertEquals(Boolean.TRUE, d.get("B"));
        d = SAMPLE.decode(patch8(full, 32, 5));                 // unknown enum values are kept
        assertEquals(5, d.get("Col"));
        d = SAMPLE.decode(patch8(full, 85, 0xFF));              // bad UTF-8 becomes U+FFFD
        assertEquals("h\uFFFD\uFFFDllo", d.get("Name"));
        d = SAMPLE.decode(patch32(full, 0, 50));                // table cut inside Name: Name and later default
        assertEquals("", d.get("Name"));
        assertEquals(200, d.get("U8"));
    }

    @Test
    void anOlderShorterTableIsValid() throws Exception {
        // A writer whose Sample ended before Name: header 45. Strictly valid, later fields default.
        byte[] older = patch32(full(), 0, 45);
        SAMPLE.validate(older);
        Map<String, Object> d = SAMPLE.decodeStrict(older);
        assertEquals(3735928559L, d.get("U32"));
        assertEquals("", d.get("Name"));
        assertEquals(List.of(0, 0, 0), d.get("Fix"));
    }

    @Test
    void olderTablesReachableOnlyThroughSlices() throws Exception {
        KarmemLayout layout = KarmemLayout.of(KarmemSchema.parse(String.join("\n",
                "karmem t @packed(true);",
                "struct In inline { A int32; }",
                "struct Deep table { Z int8; }",
                "struct Leaf table { X int8; Sub In; Kid Deep; }",
                "struct Ref inline { Data Leaf; }",
                "struct Root table { Refs []Ref; }"), "t.km"));
        KarmemCodec codec = KarmemCodec.of(layout, "Root");
        byte[] bytes = codec.encode(Map.of("Refs", List.of(Map.of("Data", Map.of("X", 1, "Sub", Map.of("A", 9))))));
        int leaf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(12);
        byte[] older = patch32(bytes, leaf, 5);                  // a Leaf written before Sub and Kid existed
        Map<String, Object> d = codec.decodeStrict(older);
        Map<?, ?> data = (Map<?, ?>) ((Map<?, ?>) ((List<?>) d.get("Refs")).get(0)).get("Data");
        assertEquals(1, data.get("X"));
        assertEquals(Map.of("A", 0), data.get("Sub"));
        assertEquals(Map.of("Z", 0), data.get("Kid"));
    }

    @Test
    void unpackedStrideWordIsChecked() throws Exception {
        KarmemCodec unpacked = KarmemCodec.of(UNPACKED, "Sample");
        byte[] bytes = unpacked.encode(Map.of("Nums", List.of(1, 2)));
        unpacked.validate(bytes);
        int nums = UNPACKED.struct("Sample").field("Nums").offset();
        byte[] bad = patch32(bytes, nums + 8, 2);
        KarmemFormatException e = assertThrows(KarmemFormatException.class, () -> unpacked.validate(bad));
        assertEquals("Sample.Nums", e.path());
        assertEquals(nums + 8, e.byteOffset());
        assertEquals(List.of(1, 2), unpacked.decode(bad).get("Nums"));   // readers ignore the word
    }

    @Test
    void inlineRootTooShort() {
        KarmemCodec vec3 = KarmemCodec.of(PACKED, "Vec3");
        KarmemFormatException e = assertThrows(KarmemFormatException.class, () -> vec3.validate(new byte[11]));
        assertEquals("the message is 11 bytes, too short for inline struct Vec3 (12 bytes)", e.detail());
    }

    /** Every ItemRef points at one Item whose Name is a long run of NULs: small message, huge graph. */
    private static byte[] amplifier(int refs, int nameBytes) {
        KarmemWriter w = new KarmemWriter();
        int root = w.allocTable(84, 84);
        int items = w.allocSlice(root + 76, refs, 4, true);
        int item = w.allocTable(16, 16);
        for (int i = 0; i < refs; i++) {
            w.putInt32(items + 4 * i, item);
        }
        w.allocSlice(item + 8, nameBytes, 1, true);
        return w.toByteArray();
    }

    @Test
    void aliasingIsCutOffByTheBudget() throws Exception {
        byte[] bomb = amplifier(20_000, 60_000);    // 140 KB describing 20000 strings of 60 KB: 1.2 GB
        KarmemFormatException e = assertThrows(KarmemFormatException.class, () -> SAMPLE.decode(bomb));
        assertTrue(e.getMessage().contains("decode budget"), e.getMessage());
        assertTrue(e.path().startsWith("Sample.Items["), e.path());
        KarmemFormatException v = assertThrows(KarmemFormatException.class, () -> SAMPLE.validate(bomb));
        assertTrue(v.getMessage().contains("decode budget"), v.getMessage());
        // The zero-copy view does not materialise anything, so it reads the aliases without a budget.
        KarmemView view = KarmemView.of(bomb);
        int root = view.root(PACKED.struct("Sample"));
        assertEquals(20_000, view.count(root, PACKED.struct("Sample").field("Items")));

        // A small aliased message within an explicit budget decodes, sharing nothing.
        byte[] small = amplifier(3, 1000);
        Map<String, Object> d = SAMPLE.decode(ByteBuffer.wrap(small), DecodeLimits.of(10_000));
        assertEquals(3, ((List<?>) d.get("Items")).size());
        assertThrows(KarmemFormatException.class, () -> SAMPLE.decode(ByteBuffer.wrap(small), DecodeLimits.of(50)));
    }

    @Test
    void selfReferencingAndOverlappingOffsets() throws Exception {
        byte[] full = full();
        // Child points at the root itself; Items points into the fixed part of the root.
        byte[] self = patch32(patch32(full, 72, 0), 76, 0);
        Map<String, Object> d = SAMPLE.decode(self);
        assertEquals(15, d.size());
        assertEquals(((Number) d.get("U8")).intValue(), 200);
        assertThrows(KarmemFormatException.class, () -> SAMPLE.validate(self));
        // Two slices overlapping the same bytes are legal (aliasing).
        byte[] overlap = patch32(patch32(full, 53, 84), 57, 4);   // Nums -> the bytes of "héllo"
        Map<String, Object> o = SAMPLE.decodeStrict(overlap);
        assertEquals(1, ((List<?>) o.get("Nums")).size());
    }

    @Test
    void limitsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> DecodeLimits.of(0));
        assertEquals(65_536, DecodeLimits.forMessage(10).maxElements());
        assertEquals(400_000, DecodeLimits.forMessage(100_000).maxElements());
    }
}
