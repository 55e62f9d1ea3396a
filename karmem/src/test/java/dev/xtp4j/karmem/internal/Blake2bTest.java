package dev.xtp4j.karmem.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * BLAKE2b against RFC 7693 and against digests computed independently (Python's {@code hashlib.blake2b}) for keyed
 * hashing, several blocks, a full last block and short digests.
 */
class Blake2bTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    private static byte[] range(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    @Test
    void rfc7693Abc() {
        assertArrayEquals(hex("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"),
                Blake2b.digest("abc".getBytes(StandardCharsets.US_ASCII), 64, new byte[0]));
    }

    @Test
    void keyedEmptyInput() {
        assertArrayEquals(hex("10ebb67700b1868efb4417987acf4690ae9d972fb7a590c2f02871799aaa4786"
                + "b5e996e8f0f4eb981fc214b005f42d2ff4233499391653df7aefcbc13fc51568"),
                Blake2b.digest(new byte[0], 64, range(64)));
    }

    @Test
    void keyedTwoBlocks() {
        assertArrayEquals(hex("142709d62e28fcccd0af97fad0f8465b971e82201dc51070faa0372aa43e9248"
                + "4be1c1e73ba10906d5d1853db6a4106e0a7bf9800d373d6dee2d46d62ef2a461"),
                Blake2b.digest(range(255), 64, range(64)));
    }

    @Test
    void manyBlocksShortDigest() {
        byte[] data = new byte[768];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        assertArrayEquals(hex("1e87621a16cfec1ca4d983f1762381eb4ea1e2f8"), Blake2b.digest(data, 20, new byte[0]));
    }

    @Test
    void exactlyOneFullBlock() {
        assertArrayEquals(hex("378d0caaaa3855f1b38693c1d6ef004fd118691c95c959d4efa950d6d6fcf7c1"),
                Blake2b.digest(new byte[128], 32, new byte[0]));
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> Blake2b.digest(new byte[0], 0, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> Blake2b.digest(new byte[0], 65, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> Blake2b.digest(new byte[0], 8, new byte[65]));
        assertEquals(8, Blake2b.digest(new byte[0], 8, new byte[0]).length);
    }
}
