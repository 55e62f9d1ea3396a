package dev.xtp4j.karmem.internal;

import java.nio.ByteBuffer;

/**
 * UTF-8 encoding into a byte array without intermediate allocation, and strict validation of UTF-8 in a buffer.
 * Unpaired surrogates are encoded as {@code '?'}, as {@link String#getBytes(java.nio.charset.Charset)} does.
 */
public final class Utf8 {
    private Utf8() {
    }

    /**
     * Returns the number of bytes {@link #encode} will write.
     *
     * @param s the text
     * @return the UTF-8 length
     */
    public static long encodedLength(CharSequence s) {
        long n = 0;
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n += 1;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /**
     * Encodes text as UTF-8 into an array, which must have room for {@link #encodedLength} bytes.
     *
     * @param s   the text
     * @param dst the destination
     * @param at  where to start writing
     * @return the index after the last byte written
     */
    public static int encode(CharSequence s, byte[] dst, int at) {
        int p = at;
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                dst[p++] = (byte) c;
            } else if (c < 0x800) {
                dst[p++] = (byte) (0xC0 | (c >>> 6));
                dst[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                dst[p++] = (byte) (0xF0 | (cp >>> 18));
                dst[p++] = (byte) (0x80 | ((cp >>> 12) & 0x3F));
                dst[p++] = (byte) (0x80 | ((cp >>> 6) & 0x3F));
                dst[p++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                dst[p++] = (byte) '?';
            } else {
                dst[p++] = (byte) (0xE0 | (c >>> 12));
                dst[p++] = (byte) (0x80 | ((c >>> 6) & 0x3F));
                dst[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return p;
    }

    /**
     * Finds the first byte that breaks well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
     * U+10FFFF).
     *
     * @param buf    the buffer (absolute indexes)
     * @param from   the first byte
     * @param length the number of bytes
     * @return the index of the first invalid byte, or {@code -1} if the range is valid UTF-8
     */
    public static int firstInvalid(ByteBuffer buf, int from, int length) {
        int end = from + length;
        int i = from;
        while (i < end) {
            int b = buf.get(i) & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            int cp;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
                min = 0x80;
                cp = b & 0x1F;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                min = 0x800;
                cp = b & 0x0F;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                min = 0x10000;
                cp = b & 0x07;
            } else {
                return i;
            }
            if (i + need >= end) {
                return i;
            }
            for (int k = 1; k <= need; k++) {
                int cb = buf.get(i + k) & 0xFF;
                if ((cb & 0xC0) != 0x80) {
                    return i;
                }
                cp = (cp << 6) | (cb & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return i;
            }
            i += need + 1;
        }
        return -1;
    }
}
