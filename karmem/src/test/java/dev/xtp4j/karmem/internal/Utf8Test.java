package dev.xtp4j.karmem.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8Test {

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "héllo", "€uro", "😀 emoji", "mixed ÿ€😀 text", "\u0000nul"})
    void encodesLikeTheJdk(String s) {
        byte[] expected = s.getBytes(StandardCharsets.UTF_8);
        assertEquals(expected.length, Utf8.encodedLength(s));
        byte[] out = new byte[expected.length + 2];
        assertEquals(expected.length + 1, Utf8.encode(s, out, 1));
        byte[] middle = new byte[expected.length];
        System.arraycopy(out, 1, middle, 0, expected.length);
        assertArrayEquals(expected, middle);
        assertEquals(-1, Utf8.firstInvalid(ByteBuffer.wrap(expected), 0, expected.length));
    }

    @Test
    void unpairedSurrogatesBecomeQuestionMarks() {
        String s = "a\uD800b\uDC00";
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), encode(s));
    }

    private static byte[] encode(String s) {
        byte[] out = new byte[(int) Utf8.encodedLength(s)];
        Utf8.encode(s, out, 0);
        return out;
    }

    @Test
    void findsInvalidSequences() {
        assertEquals(1, invalidAt(0x61, 0x80));                   // lone continuation byte
        assertEquals(0, invalidAt(0xC0, 0xAF));                   // overlong '/'
        assertEquals(0, invalidAt(0xE0, 0x80, 0xAF));             // overlong 3-byte
        assertEquals(0, invalidAt(0xED, 0xA0, 0x80));             // surrogate U+D800
        assertEquals(0, invalidAt(0xF4, 0x90, 0x80, 0x80));       // above U+10FFFF
        assertEquals(2, invalidAt(0x61, 0x62, 0xE2, 0x82));       // truncated at the end
        assertEquals(0, invalidAt(0xFF));
        assertEquals(-1, invalidAt(0xF0, 0x9F, 0x98, 0x80));      // U+1F600
    }

    private static int invalidAt(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return Utf8.firstInvalid(ByteBuffer.wrap(b), 0, b.length);
    }
}
