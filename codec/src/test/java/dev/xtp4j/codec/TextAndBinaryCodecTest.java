package dev.xtp4j.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class TextAndBinaryCodecTest {

    @Test
    void textIsUtf8WithoutQuotes() {
        Codec<String> text = Codecs.text();
        assertEquals(ContentType.TEXT, text.contentType());
        assertArrayEquals("héllo 😀".getBytes(StandardCharsets.UTF_8), text.encode("héllo 😀"));
        assertEquals("héllo 😀", text.decode("héllo 😀".getBytes(StandardCharsets.UTF_8)));
        assertEquals("", text.decode(new byte[0]));
    }

    @Test
    void textRejectsMalformedUtf8AndUnpairedSurrogates() {
        CodecException bad = assertThrows(CodecException.class,
                () -> Codecs.text().decode(new byte[] {'a', 'b', (byte) 0xC3, '('}));
        assertEquals("byte 2", bad.location());
        assertEquals("cannot decode text/plain; charset=utf-8 at byte 2: not well-formed UTF-8 (0xc3)",
                bad.getMessage());
        assertThrows(CodecException.class, () -> Codecs.text().decode(new byte[] {(byte) 0xED, (byte) 0xA0,
            (byte) 0x80}), "surrogates are not UTF-8");
        assertThrows(CodecException.class, () -> Codecs.text().decode(new byte[] {(byte) 0xC0, (byte) 0x80}),
                "overlong");
        CodecException lone = assertThrows(CodecException.class, () -> Codecs.text().encode("a\uD800b"));
        assertEquals("character 1", lone.location());
        assertThrows(CodecException.class, () -> Codecs.text().encode(null));
    }

    @Test
    void textCarriesEnumsAndDateTimes() {
        Codec<JsonCodecTest.Fruit> fruit = Codecs.text(JsonCodecTest.Fruit.class);
        assertEquals("blood_orange", new String(fruit.encode(JsonCodecTest.Fruit.BLOOD_ORANGE),
                StandardCharsets.UTF_8));
        assertEquals(JsonCodecTest.Fruit.APPLE, fruit.decode("apple".getBytes(StandardCharsets.UTF_8)));
        CodecException unknown = assertThrows(CodecException.class,
                () -> fruit.decode("APPLE".getBytes(StandardCharsets.UTF_8)));
        assertTrue(unknown.getMessage().contains("[apple, blood_orange]"), unknown.getMessage());
        Codec<OffsetDateTime> time = Codecs.text(OffsetDateTime.class);
        OffsetDateTime t = DateTimes.parse("2024-05-01T12:00:00.5+02:00");
        assertEquals("2024-05-01T12:00:00.500+02:00", new String(time.encode(t), StandardCharsets.UTF_8));
        assertEquals(t, time.decode(time.encode(t)));
        assertThrows(IllegalArgumentException.class, () -> Codecs.text(Integer.class));
    }

    @Test
    void binaryIsTheBytes() {
        byte[] b = {1, 2, 3};
        assertSame(b, Codecs.binary().encode(b));
        assertSame(b, Codecs.binary().decode(b));
        assertThrows(CodecException.class, () -> Codecs.binary().encode(null));
    }
}
