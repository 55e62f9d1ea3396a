package dev.xtp4j.examples.kitchensink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.codec.CodecException;
import dev.xtp4j.codec.CodecFactory;
import dev.xtp4j.codec.ContentType;
import dev.xtp4j.codec.ContentTypeOverrides;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The generated records, enums and codecs without a plugin: the JSON conventions of presence, the checks of the
 * record constructors, equality of {@code byte[]} components, and the MessagePack and Karmem codecs that the C
 * plugin does not support (this test is in the generated package, so it reaches the package-private codecs).
 */
class GeneratedCodecsTest {
    private static final KitchenSinkCodecs DEFAULTS = new KitchenSinkCodecs(CodecFactory.defaults(),
            ContentTypeOverrides.none());

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void eachCodecHasTheDeclaredContentType() {
        assertEquals(ContentType.JSON, DEFAULTS.echoEverythingInput.contentType());
        assertEquals(ContentType.TEXT, DEFAULTS.greetInput.contentType());
        assertEquals(ContentType.TEXT, DEFAULTS.priorityLabelInput.contentType());
        assertEquals(ContentType.TEXT, DEFAULTS.addHourOutput.contentType());
        assertEquals(ContentType.BINARY, DEFAULTS.reverseBytesInput.contentType());
        assertEquals(ContentType.MSGPACK, DEFAULTS.echoScalarsMsgpackInput.contentType());
        assertEquals(ContentType.KARMEM, DEFAULTS.echoReadingKarmemOutput.contentType());
        assertEquals(ContentType.JSON, DEFAULTS.currentTimeOutput.contentType());
        assertEquals(ContentType.TEXT, DEFAULTS.logLineInput.contentType());
    }

    @Test
    void presenceFollowsTheCodecConventions() {
        Optionals absent = new Optionals(null, null, null, null, null, null, null, null);
        assertEquals("{\"requiredNullable\":null,\"nullablePoint\":null}",
                text(DEFAULTS.describeOptionalsInput.encode(absent)), "required members are always written");
        Optionals explicitNull = new Optionals(null, null, Optional.empty(), null, null, null, null, null);
        assertEquals("{\"requiredNullable\":null,\"optionalNullable\":null,\"nullablePoint\":null}",
                text(DEFAULTS.describeOptionalsInput.encode(explicitNull)), "Optional.empty() is written as null");

        Optionals read = DEFAULTS.describeOptionalsInput.decode(
                "{\"requiredNullable\":\"r\",\"optionalNullable\":null,\"nullablePoint\":{\"x\":1,\"y\":2}}"
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), read.optionalNullable(), "null reads as Optional.empty()");
        assertNull(read.optionalString(), "absent reads as null");
        assertEquals(new Point(1, 2, null), read.nullablePoint());

        CodecException missing = assertThrows(CodecException.class, () -> DEFAULTS.describeOptionalsInput.decode(
                "{\"nullablePoint\":null}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(missing.getMessage().contains("requiredNullable"), missing.getMessage());
        CodecException nullX = assertThrows(CodecException.class, () -> DEFAULTS.scalePointInput.decode(
                "{\"x\":null,\"y\":1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("/x", nullX.location(), nullX.getMessage());
    }

    @Test
    void constructorsCheckRequiredComponentsAndUnsignedRanges() {
        NullPointerException npe = assertThrows(NullPointerException.class, () -> new HostRequest(null, "m"));
        assertEquals("point", npe.getMessage());
        IllegalArgumentException uint8 = assertThrows(IllegalArgumentException.class,
                () -> new ByteReport(1, new byte[1], (short) 256, null));
        assertEquals("first must be a uint8 (0 to 255), not 256", uint8.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ByteReport(1, new byte[1], null, (short) -1));
        Scalars s = KitchenSinkValues.scalars();
        IllegalArgumentException uint16 = assertThrows(IllegalArgumentException.class, () -> new Scalars(
                s.aString(), s.aDateTime(), s.aByteString(), s.aBuffer(), true, (byte) 0, (short) 0, (short) 0,
                65536, 0, 0L, 0L, 0L, 0L, 0f, 0, 0));
        assertEquals("aUint16 must be a uint16 (0 to 65535), not 65536", uint16.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Scalars(s.aString(), s.aDateTime(), s.aByteString(),
                s.aBuffer(), true, (byte) 0, (short) 0, (short) 0, 0, 0, 4294967296L, 0L, 0L, 0L, 0f, 0, 0));

        CodecException decoded = assertThrows(CodecException.class, () -> DEFAULTS.inspectBytesOutput.decode(
                "{\"length\":1,\"copy\":\"AA==\",\"first\":300}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(decoded.getMessage().contains("first must be a uint8"), decoded.getMessage());
    }

    @Test
    void bytesCompareByContent() {
        ByteReport a = new ByteReport(2, new byte[] {1, 2}, (short) 1, (short) 2);
        ByteReport b = new ByteReport(2, new byte[] {1, 2}, (short) 1, (short) 2);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new ByteReport(2, new byte[] {1, 3}, (short) 1, (short) 2));
        assertEquals("ByteReport[length=2, copy=[1, 2], first=1, last=2]", a.toString());
        assertEquals(KitchenSinkValues.scalars(), KitchenSinkValues.scalars());
    }

    @Test
    void enumsKeepTheirWireValues() {
        assertEquals("darkRed", Color.DARK_RED.wireValue());
        assertEquals("\"darkRed\"", text(DEFAULTS.nextColorInput.encode(Color.DARK_RED)));
        assertEquals(Priority.MEDIUM, DEFAULTS.priorityLabelInput.decode("medium".getBytes(StandardCharsets.UTF_8)));
        assertThrows(CodecException.class, () -> DEFAULTS.nextColorInput.decode("\"DARK_RED\"".getBytes(
                StandardCharsets.UTF_8)), "the Java constant is not the wire value");
    }

    /** The scalars with the date-time in UTC: MessagePack timestamps keep the instant, not the offset. */
    private static Scalars utc(Scalars s) {
        return new Scalars(s.aString(), s.aDateTime().withOffsetSameInstant(ZoneOffset.UTC),
                s.aByteString(), s.aBuffer(), s.aBoolean(), s.anInt8(), s.aUint8(), s.anInt16(), s.aUint16(),
                s.anInt32(), s.aUint32(), s.anInt64(), s.aUint64(), s.anInteger(), s.aFloat(), s.aDouble(),
                s.aNumber());
    }

    @Test
    void messagePackAndKarmemRoundTrip() {
        Scalars scalars = utc(KitchenSinkValues.scalars());
        byte[] packed = DEFAULTS.echoScalarsMsgpackInput.encode(scalars);
        assertEquals(scalars, DEFAULTS.echoScalarsMsgpackOutput.decode(packed));
        assertEquals((byte) 0xde, packed[0], "a MessagePack map 16 of 17 members");

        Reading reading = new Reading("s\u00e9nsor", -1.5, 42, true);
        byte[] karmem = DEFAULTS.echoReadingKarmemInput.encode(reading);
        assertEquals(reading, DEFAULTS.echoReadingKarmemOutput.decode(karmem));
        assertThrows(CodecException.class, () -> DEFAULTS.echoReadingKarmemOutput.decode(new byte[] {1, 2, 3}));
    }

    @Test
    void everyFunctionCanBeSwitchedToMessagePack() {
        ContentTypeOverrides.Builder b = ContentTypeOverrides.builder();
        for (String f : List.of("echoEverything", "summarize", "describeOptionals", "sumInts", "doubleOrNull")) {
            b.input(f, ContentType.MSGPACK).output(f, ContentType.MSGPACK);
        }
        KitchenSinkCodecs msgpack = new KitchenSinkCodecs(CodecFactory.defaults(), b.build());
        assertEquals(ContentType.MSGPACK, msgpack.echoEverythingInput.contentType());
        Everything everything = KitchenSinkValues.everything();
        Everything back = msgpack.echoEverythingOutput.decode(msgpack.echoEverythingInput.encode(everything));
        assertEquals(utc(everything.scalars()), back.scalars());
        assertEquals(everything.optionals().optionalTime().toInstant(), back.optionals().optionalTime().toInstant(),
                "MessagePack timestamps keep the instant, not the offset");
        assertEquals(everything.extra(), back.extra());
        assertEquals(List.of(1L, -2L), msgpack.sumIntsInput.decode(msgpack.sumIntsInput.encode(List.of(1L, -2L))));
        assertNull(msgpack.doubleOrNullOutput.decode(msgpack.doubleOrNullInput.encode(null)));
        assertArrayEquals(new byte[] {(byte) 0xc0}, msgpack.doubleOrNullInput.encode(null));
    }

    @Test
    void everyTypeRoundTripsThroughKarmem() {
        KitchenSinkCodecs karmem = new KitchenSinkCodecs(CodecFactory.defaults(), ContentTypeOverrides.builder()
                .input("echoEverything", ContentType.KARMEM).output("describeOptionals", ContentType.KARMEM)
                .input("doubleOrNull", ContentType.KARMEM).build());
        Everything everything = KitchenSinkValues.everything();
        byte[] bytes = karmem.echoEverythingInput.encode(everything);
        Everything back = karmem.echoEverythingInput.decode(bytes);
        assertEquals(utc(everything.scalars()).aString(), back.scalars().aString());
        assertEquals(everything.scalars().aDateTime().toInstant(), back.scalars().aDateTime().toInstant());
        assertEquals(everything.collections().pointsByName(), back.collections().pointsByName());
        assertEquals(everything.collections().maybeInts(), back.collections().maybeInts());
        assertEquals(everything.collections().notes(), back.collections().notes());
        assertEquals(everything.optionals().optionalNullable(), back.optionals().optionalNullable());
        assertEquals(everything.extra(), back.extra());
        assertEquals(-1L, back.count());
        Map<String, String> described = Map.of("a", "b");
        assertEquals(described, karmem.describeOptionalsOutput.decode(karmem.describeOptionalsOutput.encode(
                described)));
        assertNull(karmem.doubleOrNullInput.decode(karmem.doubleOrNullInput.encode(null)));
        assertEquals(7, karmem.doubleOrNullInput.decode(karmem.doubleOrNullInput.encode(7)));
    }
}
