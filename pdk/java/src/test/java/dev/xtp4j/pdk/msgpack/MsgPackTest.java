package dev.xtp4j.pdk.msgpack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link MsgPackWriter} and {@link MsgPackReader}: the exact bytes of every format family, round trips at the
 * boundaries between formats, and errors with their places for malformed, truncated and hostile input.
 */
class MsgPackTest {
    private static final HexFormat HEX = HexFormat.of();

    private static String write(Consumer<MsgPackWriter> write) {
        MsgPackWriter writer = new MsgPackWriter();
        write.accept(writer);
        return HEX.formatHex(writer.toByteArray());
    }

    private static <T> T read(String hex, Function<MsgPackReader, T> read) {
        MsgPackReader reader = new MsgPackReader(HEX.parseHex(hex.replace(" ", "")));
        T value = read.apply(reader);
        reader.endDocument();
        return value;
    }

    private static String error(String hex, Consumer<MsgPackReader> read) {
        MsgPackReader reader = new MsgPackReader(HEX.parseHex(hex.replace(" ", "")));
        return assertThrows(MsgPackException.class, () -> {
            read.accept(reader);
            reader.endDocument();
        }).getMessage();
    }

    @ParameterizedTest
    @CsvSource({
        "0, 00", "127, 7f", "128, cc80", "255, ccff", "256, cd0100", "65535, cdffff", "65536, ce00010000",
        "4294967295, ceffffffff", "4294967296, cf0000000100000000", "9223372036854775807, cf7fffffffffffffff",
        "-1, ff", "-32, e0", "-33, d0df", "-128, d080", "-129, d1ff7f", "-32768, d18000", "-32769, d2ffff7fff",
        "-2147483648, d280000000", "-2147483649, d3ffffffff7fffffff", "-9223372036854775808, d38000000000000000"
    })
    void integersTakeTheirSmallestFormatAndReadBack(long value, String hex) {
        assertEquals(hex, write(w -> w.value(value)));
        assertEquals(value, read(hex, MsgPackReader::nextLong));
        assertEquals(value, read(hex, MsgPackReader::nextDouble));
    }

    @Test
    void everyIntegerFormatIsReadWhereverTheValueFits() {
        assertEquals(5, read("cc05", MsgPackReader::nextInt));
        assertEquals(5, read("cd0005", MsgPackReader::nextInt));
        assertEquals(5, read("ce00000005", MsgPackReader::nextInt));
        assertEquals(5, read("cf0000000000000005", MsgPackReader::nextInt));
        assertEquals(-5, read("d0fb", MsgPackReader::nextInt));
        assertEquals(5, read("d10005", MsgPackReader::nextInt));
        assertEquals(-5, read("d2fffffffb", MsgPackReader::nextInt));
        assertEquals(-5, read("d3fffffffffffffffb", MsgPackReader::nextInt));
        assertEquals("the integer 4294967295 is out of range for an int at byte 0 (document root)",
                error("ceffffffff", MsgPackReader::nextInt));
    }

    @Test
    void uint64UsesAllSixtyFourBits() {
        assertEquals("cfffffffffffffffff", write(w -> w.valueUnsigned(-1L)));
        assertEquals("cf8000000000000000", write(w -> w.valueUnsigned(Long.MIN_VALUE)));
        assertEquals("7f", write(w -> w.valueUnsigned(127)));
        assertEquals(-1L, read("cfffffffffffffffff", MsgPackReader::nextUnsignedLong));
        assertEquals(18446744073709551615.0, read("cfffffffffffffffff", MsgPackReader::nextDouble));
        assertEquals("the integer 18446744073709551615 is out of range for a long at byte 0 (document root)",
                error("cfffffffffffffffff", MsgPackReader::nextLong));
        assertEquals("the integer -1 is negative at byte 0 (document root)",
                error("ff", MsgPackReader::nextUnsignedLong));
    }

    @Test
    void floatsAreFloat32AndFloat64() {
        assertEquals("ca3dcccccd", write(w -> w.value(0.1f)));
        assertEquals("cb3fb999999999999a", write(w -> w.value(0.1)));
        assertEquals("cb7ff8000000000000", write(w -> w.value(Double.NaN)));
        assertEquals("ca7f800000", write(w -> w.value(Float.POSITIVE_INFINITY)));
        assertEquals(0.1f, read("ca3dcccccd", MsgPackReader::nextFloat));
        assertEquals((double) 0.1f, read("ca3dcccccd", MsgPackReader::nextDouble));
        assertEquals(0.1, read("cb3fb999999999999a", MsgPackReader::nextDouble));
        assertEquals(0.1f, read("cb3fb999999999999a", MsgPackReader::nextFloat), "rounded to nearest");
        assertEquals(3.0f, read("03", MsgPackReader::nextFloat));
        assertTrue(Double.isNaN(read("cb7ff8000000000000", MsgPackReader::nextDouble)));
        assertEquals(Float.NEGATIVE_INFINITY, read("cbfff0000000000000", MsgPackReader::nextFloat));
        assertEquals("the number 1.0E300 is too large for a float at byte 0 (document root)",
                error(write(w -> w.value(1e300)), MsgPackReader::nextFloat));
        assertEquals("expected a number but found a string at byte 0 (document root)",
                error("a131", MsgPackReader::nextDouble));
    }

    @Test
    void stringsAreFixstrOrStr8To32() {
        assertEquals("a0", write(w -> w.value("")));
        assertEquals("a3416461", write(w -> w.value("Ada")));
        assertEquals("a2c3a9", write(w -> w.value("\u00e9")));
        String s31 = "x".repeat(31);
        String s32 = "x".repeat(32);
        String s256 = "y".repeat(256);
        String s65536 = "z".repeat(65536);
        assertTrue(write(w -> w.value(s31)).startsWith("bf78"));
        assertTrue(write(w -> w.value(s32)).startsWith("d92078"));
        assertTrue(write(w -> w.value(s256)).startsWith("da010079"));
        assertTrue(write(w -> w.value(s65536)).startsWith("db000100007a"));
        for (String s : new String[] {"", "Ada", s31, s32, s256, s65536, "\ud83d\ude00 \u2603 \u0000"}) {
            assertEquals(s, read(write(w -> w.value(s)), MsgPackReader::nextString));
        }
        assertEquals("Ada", read("d903416461", MsgPackReader::nextString), "not the smallest format: still read");
        assertEquals("Ada", read("da0003416461", MsgPackReader::nextString));
        assertEquals("Ada", read("db00000003416461", MsgPackReader::nextString));
    }

    @Test
    void bytesAreBin8To32() {
        assertEquals("c403010203", write(w -> w.binary(new byte[] {1, 2, 3})));
        assertEquals("c400", write(w -> w.binary(new byte[0])));
        byte[] b256 = new byte[256];
        byte[] b65536 = new byte[65536];
        assertTrue(write(w -> w.binary(b256)).startsWith("c5010000"));
        assertTrue(write(w -> w.binary(b65536)).startsWith("c60001000000"));
        for (byte[] b : new byte[][] {new byte[0], {1, 2, 3}, b256, b65536}) {
            assertArrayEquals(b, read(write(w -> w.binary(b)), MsgPackReader::nextBinary));
        }
        assertEquals("expected a bin but found a string at byte 0 (document root)",
                error("a0", MsgPackReader::nextBinary));
    }

    @Test
    void nilAndBooleans() {
        assertEquals("c0", write(MsgPackWriter::nil));
        assertEquals("c3", write(w -> w.value(true)));
        assertEquals("c2", write(w -> w.value(false)));
        assertTrue(read("c3", MsgPackReader::nextBoolean));
        assertFalse(read("c2", MsgPackReader::nextBoolean));
        assertTrue(read("c0", MsgPackReader::nextIfNil));
        MsgPackReader reader = new MsgPackReader(new byte[] {1});
        assertFalse(reader.nextIfNil(), "not nil: left unread");
        assertEquals(1, reader.nextLong());
        reader.endDocument();
        assertEquals("expected nil but found a boolean at byte 0 (document root)", error("c3", MsgPackReader::nextNil));
    }

    @ParameterizedTest
    @CsvSource({
        "1970-01-01T00:00:00Z, d6ff00000000",
        "2106-02-07T06:28:15Z, d6ffffffffff",
        "2024-05-01T12:00:00.500Z, d7ff7735940066322ec0",
        "1970-01-01T00:00:00.000000001Z, d7ff0000000400000000",
        "2514-05-30T01:53:03Z, d7ff00000003ffffffff",
        "1969-12-31T23:59:59Z, c70cff00000000ffffffffffffffff",
        "1815-12-10T00:00:00Z, c70cff00000000fffffffede37eb00",
        "2514-05-30T01:53:04.5Z, c70cff1dcd65000000000400000000"
    })
    void timestampsTakeTheSmallestOfTheirThreeForms(String instant, String hex) {
        Instant i = Instant.parse(instant);
        assertEquals(hex, write(w -> w.timestamp(i)));
        assertEquals(i, read(hex, MsgPackReader::nextTimestamp));
    }

    @Test
    void timestampErrors() {
        assertEquals("the timestamp has 1000000000 nanoseconds, more than 999999999 at byte 0 (document root)",
                error("c70cff3b9aca000000000000000000", MsgPackReader::nextTimestamp));
        assertEquals("expected a timestamp (extension type -1) but found an extension at byte 0 (document root)",
                error("d60100000000", MsgPackReader::nextTimestamp));
        assertEquals("the timestamp 9223372036854775807 s is out of range at byte 0 (document root)",
                error("c70cff000000007fffffffffffffff", MsgPackReader::nextTimestamp));
        assertEquals(1, new MsgPackReader(HEX.parseHex("d50100ff")).peekExtensionType());
        assertEquals(-1, new MsgPackReader(HEX.parseHex("c70cff")).peekExtensionType());
    }

    @Test
    void arraysAndMapsCarryTheirCounts() {
        assertEquals("93010203", write(w -> w.beginArray(3).value(1).value(2).value(3).endArray()));
        assertEquals("82a178c0a179c3", write(w -> w.beginMap(2).name("x").nil().name("y").value(true).endMap()));
        assertEquals("dc0010" + "00".repeat(16), write(w -> {
            w.beginArray(16);
            for (int i = 0; i < 16; i++) {
                w.value(0);
            }
            w.endArray();
        }));
        String map16 = write(w -> {
            w.beginMap(16);
            for (int i = 0; i < 16; i++) {
                w.name(Integer.toHexString(i)).value(i);
            }
            w.endMap();
        });
        assertTrue(map16.startsWith("de0010a130"), map16);
        String array32 = write(w -> {
            w.beginArray(65536);
            for (int i = 0; i < 65536; i++) {
                w.nil();
            }
            w.endArray();
        });
        assertTrue(array32.startsWith("dd00010000c0"), array32.substring(0, 12));
        String map32 = write(w -> {
            w.beginMap(65536);
            for (int i = 0; i < 65536; i++) {
                w.name("").value(false);
            }
            w.endMap();
        });
        assertTrue(map32.startsWith("df00010000a0c2"), map32.substring(0, 14));
        assertEquals(65536, MsgPackTest.<Integer>read(array32, r -> {
            int n = r.beginArray();
            while (r.hasNext()) {
                r.nextNil();
            }
            r.endArray();
            return n;
        }));
        assertEquals(65536, MsgPackTest.<Integer>read(map32, r -> {
            int n = r.beginMap();
            while (r.hasNext()) {
                assertEquals("", r.nextName());
                assertFalse(r.nextBoolean());
            }
            r.endMap();
            return n;
        }));
        assertEquals(16, MsgPackTest.<Integer>read(map16, r -> {
            int n = r.beginMap();
            for (int i = 0; i < n; i++) {
                assertEquals(Integer.toHexString(i), r.nextName());
                assertEquals(i, r.nextInt());
            }
            r.endMap();
            return n;
        }));
    }

    @Test
    void theWriterChecksTheStructure() {
        assertThrows(IllegalStateException.class, () -> new MsgPackWriter().beginArray(1).endArray());
        assertThrows(IllegalStateException.class, () -> new MsgPackWriter().beginMap(1).value(1));
        assertThrows(IllegalStateException.class, () -> new MsgPackWriter().beginMap(1).name("a").name("b"));
        assertThrows(IllegalStateException.class, () -> new MsgPackWriter().beginArray(0).endArray().nil());
        assertThrows(IllegalStateException.class, () -> new MsgPackWriter().beginArray(1).toByteArray());
        assertThrows(IllegalStateException.class, () -> new MsgPackWriter(1).beginArray(1).beginArray(0));
        assertThrows(IllegalArgumentException.class, () -> new MsgPackWriter().timestamp(0, 1_000_000_000));
    }

    @Test
    void skipValueChecksWhatItSkips() {
        String doc = "83 a161 92 c0 81 a17a d6ff00000000 a162 c403010203 a163 cb3ff0000000000000";
        assertEquals(1.0, read(doc, r -> {
            r.beginMap();
            double c = 0;
            while (r.hasNext()) {
                if (r.nextName().equals("c")) {
                    c = r.nextDouble();
                } else {
                    r.skipValue();
                }
            }
            r.endMap();
            return c;
        }));
        assertEquals("a map key must be a string, found an integer at byte 2 (document root)",
                error("91 81 01 02", MsgPackReader::skipValue));
        assertEquals("the string is not well-formed UTF-8 at byte 2 (document root)", error("91 a2 c328", MsgPackReader::skipValue));
        assertEquals("0xc1 is not a MessagePack format byte at byte 1 (document root)", error("91 c1", MsgPackReader::skipValue));
    }

    @Test
    void errorsNameTheByteAndThePointer() {
        assertEquals("expected an integer but found a string at byte 7 (/a~1b/1)", error("81 a3612f62 92 01 a0",
                r -> {
                    r.beginMap();
                    r.nextName();
                    r.beginArray();
                    r.nextLong();
                    r.nextLong();
                }));
        assertEquals("a map key must be a string, found an integer at byte 1 (document root)",
                error("81 01 02", r -> {
                    r.beginMap();
                    r.nextName();
                }));
        assertEquals("1 unexpected bytes after the value at byte 1 (document root)", error("c0 c0",
                MsgPackReader::nextNil));
        assertEquals("the value is not complete at byte 1 (/0)", error("91 c0", r -> r.beginArray()));
    }

    @Test
    void truncatedInputFails() {
        assertEquals("unexpected end of input at byte 0 (document root)", error("", MsgPackReader::nextLong));
        assertEquals("unexpected end of input at byte 1 (document root)", error("cd01", MsgPackReader::nextLong));
        assertEquals("unexpected end of input at byte 1 (document root)", error("cb3ff0", MsgPackReader::nextDouble));
        assertEquals("the str claims 3 bytes but only 2 remain at byte 0 (document root)",
                error("a34164", MsgPackReader::nextString));
        assertEquals("the bin claims 3 bytes but only 1 remain at byte 0 (document root)",
                error("c40301", MsgPackReader::nextBinary));
        assertEquals("the array claims 1 items but only 0 bytes remain at byte 0 (document root)",
                error("91", MsgPackReader::beginArray));
        assertEquals("unexpected end of input at byte 2 (/0)", error("91 cc", r -> {
            r.beginArray();
            r.nextLong();
        }));
    }

    @Test
    void hostileInputAllocatesNothing() {
        assertEquals("the str claims 4294967295 bytes but only 0 remain at byte 0 (document root)",
                error("dbffffffff", MsgPackReader::nextString));
        assertEquals("the bin claims 4294967295 bytes but only 0 remain at byte 0 (document root)",
                error("c6ffffffff", MsgPackReader::nextBinary));
        assertEquals("the array claims 4294967295 items but only 0 bytes remain at byte 0 (document root)",
                error("ddffffffff", MsgPackReader::beginArray));
        assertEquals("the map claims 65535 entries but only 2 bytes remain at byte 0 (document root)",
                error("deffff 0000", MsgPackReader::beginMap));
        assertEquals("the value claims 4294967296 bytes but only 1 remain at byte 0 (document root)",
                error("c9ffffffff01", MsgPackReader::skipValue));
        String deep = "91".repeat(65) + "c0";
        assertEquals("arrays and maps nest deeper than 64 levels at byte 64 (document root)",
                error(deep, MsgPackReader::skipValue), "skipping names the byte");
        assertTrue(error(deep, r -> {
            for (int i = 0; i < 65; i++) {
                r.beginArray();
            }
        }).startsWith("arrays and maps nest deeper than 64 levels at byte 64 (/0/0/"));
    }

    @Test
    void malformedUtf8IsRejected() {
        for (String bad : new String[] {"a1ff", "a2c0af", "a3eda080", "a2c328", "a1c3", "a4f4908080"}) {
            assertTrue(error(bad, MsgPackReader::nextString).startsWith("the string is not well-formed UTF-8 at byte 1"),
                    bad);
        }
    }
}
