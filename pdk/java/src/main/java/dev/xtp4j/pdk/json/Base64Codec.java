package dev.xtp4j.pdk.json;

/**
 * Standard base64 (RFC 4648 section 4), written here because TeaVM's {@code java.util.Base64} decoder accepts
 * characters outside the alphabet.
 */
final class Base64Codec {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private Base64Codec() {
    }

    /** Encodes with padding; the result is ASCII. */
    static byte[] encode(byte[] data) {
        int n = data.length;
        byte[] out = new byte[(n + 2) / 3 * 4];
        int o = 0;
        int i = 0;
        for (; i + 3 <= n; i += 3) {
            int bits = (data[i] & 0xFF) << 16 | (data[i + 1] & 0xFF) << 8 | (data[i + 2] & 0xFF);
            out[o++] = digit(bits >>> 18);
            out[o++] = digit(bits >>> 12);
            out[o++] = digit(bits >>> 6);
            out[o++] = digit(bits);
        }
        if (i < n) {
            int bits = (data[i] & 0xFF) << 16 | (i + 1 < n ? (data[i + 1] & 0xFF) << 8 : 0);
            out[o++] = digit(bits >>> 18);
            out[o++] = digit(bits >>> 12);
            out[o++] = i + 1 < n ? digit(bits >>> 6) : (byte) '=';
            out[o] = '=';
        }
        return out;
    }

    /**
     * Decodes standard base64. Padding may be present (then the length is a multiple of 4) or left out; anything
     * outside the alphabet, including whitespace and the URL-safe {@code -} and {@code _}, is rejected.
     *
     * @throws IllegalArgumentException naming the offending character's index
     */
    static byte[] decode(String text) {
        int length = text.length();
        int end = length;
        if (end > 0 && text.charAt(end - 1) == '=') {
            end--;
            if (end > 0 && text.charAt(end - 1) == '=') {
                end--;
            }
            if (length % 4 != 0) {
                throw new IllegalArgumentException("padded base64 must have a length that is a multiple of 4, not "
                        + length);
            }
        }
        for (int i = 0; i < end; i++) {
            if (valueOf(text.charAt(i)) < 0) {
                char c = text.charAt(i);
                throw new IllegalArgumentException("character " + (c >= 0x21 && c < 0x7F ? "'" + c + "'"
                        : "U+" + hex4(c)) + " at index " + i + " is not base64");
            }
        }
        if (end % 4 == 1) {
            throw new IllegalArgumentException("truncated base64: " + end + " characters");
        }
        byte[] out = new byte[end / 4 * 3 + (end % 4 == 0 ? 0 : end % 4 - 1)];
        int o = 0;
        int bits = 0;
        int count = 0;
        for (int i = 0; i < end; i++) {
            bits = bits << 6 | valueOf(text.charAt(i));
            if (++count == 4) {
                out[o++] = (byte) (bits >>> 16);
                out[o++] = (byte) (bits >>> 8);
                out[o++] = (byte) bits;
                bits = 0;
                count = 0;
            }
        }
        if (count == 2) {
            out[o] = (byte) (bits >>> 4);
        } else if (count == 3) {
            out[o++] = (byte) (bits >>> 10);
            out[o] = (byte) (bits >>> 2);
        }
        return out;
    }

    private static String hex4(char c) {
        String digits = "0123456789ABCDEF";
        return new String(new char[] {
            digits.charAt(c >>> 12), digits.charAt((c >>> 8) & 0xF),
            digits.charAt((c >>> 4) & 0xF), digits.charAt(c & 0xF)
        });
    }

    private static byte digit(int sixBits) {
        return (byte) ALPHABET.charAt(sixBits & 0x3F);
    }

    private static int valueOf(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '+') {
            return 62;
        }
        if (c == '/') {
            return 63;
        }
        return -1;
    }
}
