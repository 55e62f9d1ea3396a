package dev.xtp4j.pdk;

/** Little-endian packing of eight bytes into a {@code long}, for 8-byte kernel loads and stores. */
final class Bytes {
    private Bytes() {
    }

    static long getLongLE(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFFL)
                | (bytes[offset + 1] & 0xFFL) << 8
                | (bytes[offset + 2] & 0xFFL) << 16
                | (bytes[offset + 3] & 0xFFL) << 24
                | (bytes[offset + 4] & 0xFFL) << 32
                | (bytes[offset + 5] & 0xFFL) << 40
                | (bytes[offset + 6] & 0xFFL) << 48
                | (bytes[offset + 7] & 0xFFL) << 56;
    }

    static void putLongLE(byte[] bytes, int offset, long value) {
        for (int i = 0; i < 8; i++) {
            bytes[offset + i] = (byte) (value >>> (8 * i));
        }
    }
}
