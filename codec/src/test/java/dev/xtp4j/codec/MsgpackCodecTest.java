package dev.xtp4j.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.xtp4j.codec.JsonCodecTest.Everything;
import dev.xtp4j.codec.JsonCodecTest.Presence;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The MessagePack codec: the wire forms of bytes, date-times, enums and floats, and malformed input. */
class MsgpackCodecTest {
    private static final HexFormat HEX = HexFormat.of();

    private static <T> String hex(Codec<T> codec, T value) {
        return HEX.formatHex(codec.encode(value));
    }

    @Test
    void wireForms() {
        assertEquals("c403010203", hex(Codecs.msgpack(byte[].class), new byte[] {1, 2, 3}), "bytes are bin");
        assertEquals("d6ff00000000", hex(Codecs.msgpack(Instant.class), Instant.EPOCH), "timestamp 32");
        assertEquals("d7ff0000000400000000", hex(Codecs.msgpack(OffsetDateTime.class),
                DateTimes.parse("1970-01-01T01:00:00.000000001+01:00")), "timestamp 64, in UTC");
        assertEquals("c70cff00000000ffffffffffffffff", hex(Codecs.msgpack(Instant.class), Instant.ofEpochSecond(-1)),
                "timestamp 96");
        assertEquals("ca3dcccccd", hex(Codecs.msgpack(Float.class), 0.1f), "float is float32");
        assertEquals("cb3fb999999999999a", hex(Codecs.msgpack(Double.class), 0.1), "double is float64");
        assertEquals("cb7ff8000000000000", hex(Codecs.msgpack(Double.class), Double.NaN), "NaN is fine");
        assertEquals("ac626c6f6f645f6f72616e6765",
                hex(Codecs.msgpack(JsonCodecTest.Fruit.class), JsonCodecTest.Fruit.BLOOD_ORANGE), "enums are str");
        assertEquals("81a176cfffffffffffffffff", hex(Codecs.msgpack(U64.class), new U64(-1)), "uint64 max is uint64");
        assertEquals("82a161c0a162a0", hex(Codecs.msgpack(new TypeReference<Map<String, String>>() {}),
                ordered("a", null, "b", "")), "maps are maps, in order");
    }

    record U64(@Uint64 long v) {
    }

    private static Map<String, String> ordered(String k1, String v1, String k2, String v2) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    @Test
    void roundTripsTheSameValuesAsJson() {
        Codec<Everything> codec = Codecs.msgpack(Everything.class);
        Everything e = JsonCodecTest.everything();
        byte[] bytes = codec.encode(e);
        Everything back = codec.decode(bytes);
        assertArrayEquals(e.buffer(), back.buffer());
        assertEquals(e.at().toInstant(), back.at().toInstant());
        assertEquals("Z", back.at().getOffset().getId(), "timestamps are instants: decoded in UTC");
        assertEquals(e.u64(), back.u64());
        assertEquals(e.big(), back.big());
        assertEquals(e.fruits(), back.fruits());
        assertEquals(e.counts(), back.counts());
        assertEquals(e.free(), back.free());
        assertEquals(e.f(), back.f());
        assertTrue(bytes.length < Codecs.json(Everything.class).encode(e).length, "MessagePack is smaller");
    }

    @Test
    void presenceIsTheSameAsJson() {
        Codec<Presence> codec = Codecs.msgpack(Presence.class);
        for (Presence p : List.of(new Presence("a", null, null, null), new Presence("a", "b", "c", Optional.empty()),
                new Presence("a", "b", null, Optional.of("d")))) {
            assertEquals(p, codec.decode(codec.encode(p)));
        }
    }

    @Test
    void dateTimesAlsoReadFromRfc3339Strings() {
        byte[] str = Codecs.msgpack(String.class).encode("2024-05-01T12:00:00+02:00");
        assertEquals(DateTimes.parse("2024-05-01T12:00:00+02:00"), Codecs.msgpack(OffsetDateTime.class).decode(str));
        CodecException other = assertThrows(CodecException.class,
                () -> Codecs.msgpack(Instant.class).decode(HEX.parseHex("d60500000000")));
        assertTrue(other.getMessage().contains("extension type 5"), other.getMessage());
    }

    @Test
    void bytesAlsoReadFromBase64StringsAndArrays() {
        Codec<byte[]> codec = Codecs.msgpack(byte[].class);
        assertArrayEquals(new byte[] {1, 2, 3}, codec.decode(Codecs.msgpack(String.class).encode("AQID")));
        assertArrayEquals(new byte[] {1, 2, 3}, codec.decode(HEX.parseHex("93010203")));
        assertThrows(CodecException.class, () -> codec.decode(HEX.parseHex("9201cd0100")), "256 is not a byte");
        assertThrows(CodecException.class, () -> codec.decode(Codecs.msgpack(String.class).encode("@@")));
    }

    @Test
    void topLevelNil() {
        assertThrows(CodecException.class, () -> Codecs.msgpack(String.class).decode(HEX.parseHex("c0")));
        assertNull(CodecFactory.defaults().msgpack(String.class, true).decode(HEX.parseHex("c0")));
    }

    @Test
    void malformedInputIsRejectedWithTheByteOffset() {
        assertMalformed("", "byte 0", "no bytes");
        assertMalformed("c1", "byte 0", "0xc1");
        assertMalformed("dd ffffffff 01", "byte 0", "array of 4294967295 elements");
        assertMalformed("df 7fffffff", "byte 0", "map of 2147483647 entries");
        assertMalformed("db 7fffffff 41", "byte 0", "string of 2147483647 bytes");
        assertMalformed("c6 ffffffff", "byte 0", "binary of 4294967295 bytes");
        assertMalformed("c9 00000010 ff 00", "byte 0", "extension");
        assertMalformed("a3 41 c3 28", "byte 2", "UTF-8");
        assertMalformed("a3 ed a0 80", "byte 1", "UTF-8");
        assertMalformed("81 01 02", "byte 1", "map key must be a string, found an integer");
        assertMalformed("01 02", "byte 1", "1 unexpected byte(s) after the value");
        assertMalformed("92 01", "byte 0", "array of 2 elements, but only 1 bytes are left");
        assertMalformed("92 91 01", "byte 3", "ends where a value was expected");
        assertMalformed("cd 01", "byte 0", "needs 2 more byte(s)");
        assertMalformed("da 00", "byte 0", "ends inside a 2-byte length");
        assertMalformed("91".repeat(600) + "c0", "byte 500", "nesting deeper than 500");
    }

    private static void assertMalformed(String hex, String location, String detail) {
        byte[] bytes = HEX.parseHex(hex.replace(" ", ""));
        CodecException e = assertThrows(CodecException.class, () -> Codecs.msgpack(Object.class).decode(bytes), hex);
        assertEquals(location, e.location(), e.getMessage());
        assertTrue(e.detail().contains(detail), e.getMessage());
    }

    @Test
    void duplicateKeysAreRejected() {
        CodecException e = assertThrows(CodecException.class,
                () -> Codecs.msgpack(U64.class).decode(HEX.parseHex("82a17601a17602")));
        assertTrue(e.detail().contains("Duplicate field 'v'"), e.getMessage());
    }

    @Test
    void wrongTypesNameThePointer() {
        Codec<Everything> codec = Codecs.msgpack(Everything.class);
        CodecException e = assertThrows(CodecException.class,
                () -> codec.decode(Codecs.msgpack(Object.class).encode(Map.of("i32", "five"))));
        assertEquals("/i32", e.location());
    }

    @Test
    void everyPrefixAndMutationFailsCleanly() {
        Codec<Everything> codec = Codecs.msgpack(Everything.class);
        byte[] full = codec.encode(JsonCodecTest.everything());
        for (int n = 0; n < full.length; n++) {
            byte[] cut = Arrays.copyOf(full, n);
            assertThrows(CodecException.class, () -> codec.decode(cut), "prefix " + n);
        }
        Random r = new Random(42);
        for (int i = 0; i < 3000; i++) {
            byte[] m = full.clone();
            for (int k = 1 + r.nextInt(4); k > 0; k--) {
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
