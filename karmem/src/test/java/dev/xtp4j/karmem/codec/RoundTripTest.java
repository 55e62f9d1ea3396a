package dev.xtp4j.karmem.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.karmem.layout.KarmemLayout;
import dev.xtp4j.karmem.layout.StructLayout;
import dev.xtp4j.karmem.testing.KindsSchema;
import dev.xtp4j.karmem.testing.Normalize;
import dev.xtp4j.karmem.wire.KarmemView;
import dev.xtp4j.karmem.wire.KarmemWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of field, packed and unpacked: encode, validate, decode, and read with the view. */
class RoundTripTest {

    @ParameterizedTest(name = "packed={0}")
    @ValueSource(booleans = {true, false})
    void everyFieldKind(boolean packed) throws Exception {
        KarmemCodec codec = KarmemCodec.of(KindsSchema.layout(packed), "All");
        Map<String, Object> value = KindsSchema.fullValue();
        byte[] bytes = codec.encode(value);
        codec.validate(bytes);
        Map<String, Object> decoded = codec.decode(bytes);
        assertEquals(Normalize.of(value), Normalize.of(decoded));
        assertEquals(Normalize.of(value), Normalize.of(codec.decodeStrict(bytes)));
        // Decoding is deterministic and re-encoding gives the same bytes.
        assertArrayEquals(bytes, codec.encode(decoded));
    }

    @ParameterizedTest(name = "packed={0}")
    @ValueSource(booleans = {true, false})
    void defaultsOfEveryFieldKind(boolean packed) throws Exception {
        KarmemCodec codec = KarmemCodec.of(KindsSchema.layout(packed), "All");
        byte[] bytes = codec.encode(Map.of());
        codec.validate(bytes);
        Map<String, Object> d = codec.decode(bytes);
        assertEquals(Boolean.FALSE, d.get("B"));
        assertEquals(0, d.get("I8"));
        assertEquals(0L, d.get("U64"));
        assertEquals(0f, d.get("F32"));
        assertEquals(0, d.get("Mood"));
        assertEquals(0L, d.get("BigE"));
        assertEquals("", d.get("Str"));
        assertArrayEquals(new byte[4], (byte[]) d.get("FixBytes"));
        assertArrayEquals(new byte[0], (byte[]) d.get("Bytes"));
        assertEquals(List.of(0, 0, 0), d.get("FixI16"));
        assertEquals(List.of(), d.get("Boxes"));
        assertEquals(2, ((List<?>) d.get("FixBox")).size());
        // Tables inside defaults are still allocated, as upstream does (like Child in sample-zero-packed).
        assertEquals(Map.of("Id", 0L, "Tag", ""), d.get("Leaf"));
        // Encoding the decoded defaults gives the same bytes.
        assertArrayEquals(bytes, codec.encode(d));
        // Decoding an empty message gives the same defaults.
        assertEquals(Normalize.of(d), Normalize.of(codec.decode(new byte[0])));
    }

    @ParameterizedTest(name = "packed={0}")
    @ValueSource(booleans = {true, false})
    void theViewReadsWhatWasWritten(boolean packed) {
        KarmemLayout layout = KindsSchema.layout(packed);
        StructLayout all = layout.struct("All");
        KarmemView v = KarmemView.of(KarmemCodec.of(all).encode(KindsSchema.fullValue()));
        int root = v.root(all);
        assertEquals(0, root);
        assertTrue(v.getBool(root, all.field("B")));
        assertEquals(-128, v.getInt8(root, all.field("I8")));
        assertEquals(255, v.getUint8(root, all.field("U8")));
        assertEquals(0x80, v.getUint8(root, all.field("By")));
        assertEquals(-32768, v.getInt16(root, all.field("I16")));
        assertEquals(65535, v.getUint16(root, all.field("U16")));
        assertEquals(Integer.MIN_VALUE, v.getInt32(root, all.field("I32")));
        assertEquals(4294967295L, v.getUint32(root, all.field("U32")));
        assertEquals(Long.MIN_VALUE, v.getInt64(root, all.field("I64")));
        assertEquals(-1L, v.getInt64(root, all.field("U64")));
        assertEquals(-0.5f, v.getFloat32(root, all.field("F32")));
        assertEquals(Math.PI, v.getFloat64(root, all.field("F64")));
        assertEquals(300, v.getUint16(root, all.field("Mood")));
        assertEquals(300, v.getInteger(root, all.field("Mood")));
        assertEquals(Long.MAX_VALUE, v.getInteger(root, all.field("BigE")));
        assertEquals(1, v.getInteger(root, all.field("B")));
        assertEquals(65535, v.getInteger(root, all.field("U16")));
        assertEquals(-1L, v.getInteger(root, all.field("U64")));

        StructLayout v2 = layout.struct("V2");
        int pos = v.struct(root, all.field("Pos"));
        assertEquals(1.25f, v.getFloat32(pos, v2.field("X")));
        assertEquals(-1e300, v.getFloat64(pos, v2.field("Y")));

        StructLayout box = layout.struct("Box");
        StructLayout leaf = layout.struct("Leaf");
        int b = v.struct(root, all.field("Box"));
        assertEquals("inline box", v.getString(b, box.field("Label")));
        int bl = v.struct(b, box.field("Leaf"));
        assertEquals(9, v.getInt64(bl, leaf.field("Id")));
        assertEquals("nine", v.getString(bl, leaf.field("Tag")));

        assertEquals(3, v.count(root, all.field("FixI16")));
        int fix = v.elements(root, all.field("FixI16"));
        assertEquals(32767, v.readInt16(fix + 2 * 2));
        assertArrayEquals(new byte[] {1, (byte) 0xFF, 0, 42}, v.getBytes(root, all.field("FixBytes")));
        int fixBox1 = v.element(root, all.field("FixBox"), 1);
        assertEquals("ünï", v.getString(fixBox1, box.field("Label")));
        assertEquals(KarmemView.ABSENT, v.element(root, all.field("FixBox"), 2));

        assertEquals("a string with € and 😀", v.getString(root, all.field("Str")));
        assertEquals("five!", v.getString(root, all.field("LimStr")));
        assertArrayEquals(new byte[] {9, 8, 7}, v.getBytes(root, all.field("Bytes")));
        assertEquals(3, v.count(root, all.field("F64s")));
        assertEquals(Double.NEGATIVE_INFINITY, v.readFloat64(v.element(root, all.field("F64s"), 2)));
        assertTrue(v.readBool(v.element(root, all.field("Bools"), 2)));
        assertEquals(Long.MIN_VALUE, v.readInt64(v.element(root, all.field("U64s"), 1)));

        assertEquals(3, v.count(root, all.field("Boxes")));
        int box2 = v.element(root, all.field("Boxes"), 2);
        assertEquals("b2", v.getString(box2, box.field("Label")));
        assertEquals(-1f, v.getFloat32(v.struct(box2, box.field("Pos")), v2.field("X")));
        assertEquals("twelve", v.getString(v.struct(box2, box.field("Leaf")), leaf.field("Tag")));
        int ref1 = v.element(root, all.field("Refs"), 1);
        int ref1Leaf = v.struct(ref1, layout.struct("LeafRef").field("Data"));
        assertEquals(101, v.getInt64(ref1Leaf, leaf.field("Id")));
    }

    @ParameterizedTest(name = "packed={0}")
    @ValueSource(booleans = {true, false})
    void nanPayloadsSurviveBitForBit(boolean packed) throws Exception {
        KarmemCodec codec = KarmemCodec.of(KindsSchema.layout(packed), "All");
        float nan32 = Float.intBitsToFloat(0x7fc0_1234);
        double nan64 = Double.longBitsToDouble(0x7ff8_0000_0000_abcdL);
        byte[] bytes = codec.encode(Map.of("F32", nan32, "F64", nan64));
        Map<String, Object> d = codec.decode(bytes);
        assertEquals(0x7fc0_1234, Float.floatToRawIntBits((Float) d.get("F32")));
        assertEquals(0x7ff8_0000_0000_abcdL, Double.doubleToRawLongBits((Double) d.get("F64")));
    }

    @ParameterizedTest(name = "packed={0}")
    @ValueSource(booleans = {true, false})
    void layoutsDiffer(boolean packed) {
        byte[] a = KarmemCodec.of(KindsSchema.layout(packed), "All").encode(KindsSchema.fullValue());
        byte[] b = KarmemCodec.of(KindsSchema.layout(!packed), "All").encode(KindsSchema.fullValue());
        assertNotEquals(a.length, b.length);
    }

    @Test
    void decodedStructsHaveAFixedSetOfFields() throws Exception {
        KarmemCodec codec = KarmemCodec.of(KindsSchema.layout(true), "All");
        Map<String, Object> d = codec.decode(codec.encode(Map.of("I8", 5)));
        assertEquals(33, d.size());
        assertEquals(5, d.put("I8", 6));
        assertEquals(6, d.get("I8"));
        assertTrue(d.containsKey(new String("Str".toCharArray())));
        assertEquals(null, d.get("Nope"));
        assertThrows(UnsupportedOperationException.class, () -> d.put("Nope", 1));
        assertThrows(UnsupportedOperationException.class, () -> d.remove("I8"));
        Map.Entry<String, Object> first = d.entrySet().iterator().next();
        assertEquals("B", first.getKey());
        first.setValue(true);
        assertEquals(Boolean.TRUE, d.get("B"));
        assertEquals(new LinkedHashMap<>(d), d);
        assertEquals(new LinkedHashMap<>(d).hashCode(), d.hashCode());
        assertTrue(d.toString().startsWith("{B=true, I8=6, "), d.toString());
        // A modified decoded value encodes again.
        assertEquals(6, codec.decode(codec.encode(d)).get("I8"));
    }

    @Test
    void unsignedAndEnumInputForms() throws Exception {
        KarmemCodec codec = KarmemCodec.of(KindsSchema.layout(true), "All");
        Map<String, Object> d = codec.decode(codec.encode(Map.of("U64", new BigInteger("9223372036854775808"),
                "U32", (short) 7, "Mood", "Sad", "BigE", "Max", "F64", 3, "I8", new BigDecimal("-5.000"),
                "U16", 2.0)));
        assertEquals(new BigInteger("9223372036854775808"), d.get("U64"));
        assertEquals(7L, d.get("U32"));
        assertEquals(2, d.get("Mood"));
        assertEquals(Long.MAX_VALUE, d.get("BigE"));
        assertEquals(3.0, d.get("F64"));
        assertEquals(-5, d.get("I8"));
        assertEquals(2, d.get("U16"));
    }

    @Test
    void encodingIntoAReusedWriterMatches() throws Exception {
        KarmemCodec codec = KarmemCodec.of(KindsSchema.layout(true), "All");
        KarmemWriter w = new KarmemWriter();
        codec.encode(KindsSchema.fullValue(), w);
        byte[] first = w.toByteArray();
        w.reset();
        codec.encode(Map.of("Str", "x"), w);
        w.reset();
        codec.encode(KindsSchema.fullValue(), w);
        assertArrayEquals(first, w.toByteArray());
        assertEquals(Normalize.of(KindsSchema.fullValue()), Normalize.of(codec.decode(w.asByteBuffer())));
        // A buffer with a position: only position..limit is the message.
        ByteBuffer shifted = ByteBuffer.allocate(first.length + 3);
        shifted.position(3);
        shifted.put(first);
        shifted.position(3);
        assertEquals(Normalize.of(KindsSchema.fullValue()), Normalize.of(codec.decodeStrict(shifted,
                DecodeLimits.forMessage(first.length))));
        assertEquals(3, shifted.position());
    }
}
