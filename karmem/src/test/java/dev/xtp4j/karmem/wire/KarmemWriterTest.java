package dev.xtp4j.karmem.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xtp4j.karmem.KarmemEncodeException;
import dev.xtp4j.karmem.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KarmemWriterTest {

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    private static String vectorHex(String name) {
        for (JsonNode v : Fixtures.vectors()) {
            if (v.get("name").asText().equals(name)) {
                return v.get("hex").asText();
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void point() {
        KarmemWriter w = new KarmemWriter();
        int p = w.allocTable(12, 12);
        w.putInt32(p + 4, 1);
        w.putInt32(p + 8, -2);
        assertEquals(vectorHex("point-packed"), hex(w.toByteArray()));
    }

    /** What generated code for vectors_packed.km would do, with the offsets of the layout baked in. */
    @Test
    void sampleFullPackedByHand() {
        KarmemWriter w = new KarmemWriter(16);
        int s = w.allocTable(84, 84);
        w.putBool(s + 4, true);
        w.putInt8(s + 5, 200);
        w.putInt16(s + 6, -2);
        w.putInt32(s + 8, (int) 0xDEADBEEFL);
        w.putInt64(s + 12, -1234567890123L);
        w.putFloat32(s + 20, 1.5f);
        w.putFloat64(s + 24, -2.25);
        w.putInt8(s + 32, 7);
        w.putFloat32(s + 33, 1f);
        w.putFloat32(s + 37, 2f);
        w.putFloat32(s + 41, 3f);
        w.putString(s + 45, "héllo", true);
        int nums = w.allocSlice(s + 53, 3, 4, true);
        w.putInt32(nums, 1);
        w.putInt32(nums + 4, -1);
        w.putInt32(nums + 8, 256);
        int lim = w.allocSlice(s + 61, 2, 2, true);
        w.putInt16(lim, 10);
        w.putInt16(lim + 2, 20);
        w.putBytes(s + 69, new byte[] {7, 8, 9}, 0, 3);
        int child = w.allocChildTable(s + 72, 16, 16);
        w.putInt32(child + 4, 42);
        w.putString(child + 8, "kid", true);
        int items = w.allocSlice(s + 76, 2, 4, true);
        for (int i = 0; i < 2; i++) {
            int item = w.allocChildTable(items + 4 * i, 16, 16);
            w.putInt32(item + 4, i + 1);
            w.putString(item + 8, i == 0 ? "a" : "", true);
        }
        assertEquals(vectorHex("sample-full-packed"), hex(w.toByteArray()));
    }

    @Test
    void unpackedSlicesWriteTheElementSize() {
        KarmemWriter w = new KarmemWriter();
        int s = w.alloc(16);
        int data = w.allocSlice(s + 2, 2, 4, false);
        assertEquals(16, data);
        assertEquals("0000" + "10000000" + "08000000" + "04000000" + "0000" + "0000000000000000",
                hex(w.toByteArray()));
        w.reset();
        w.alloc(12);
        w.putByteSlice(0, new byte[] {1, 2, 3}, 1, 2, false);
        assertEquals("0c000000" + "02000000" + "01000000" + "0203", hex(w.toByteArray()));
    }

    @Test
    void everyAllocatedByteStartsAtZeroAfterReset() {
        KarmemWriter w = new KarmemWriter(8);
        int a = w.alloc(64);
        for (int i = 0; i < 64; i++) {
            w.putInt8(a + i, 0x5A);
        }
        w.reset();
        int b = w.alloc(100);
        assertEquals(0, b);
        assertArrayEquals(new byte[100], w.toByteArray());
    }

    @Test
    void grows() {
        KarmemWriter w = new KarmemWriter(0);
        for (int i = 0; i < 1000; i++) {
            int at = w.alloc(3);
            w.putInt16(at, i);
        }
        assertEquals(3000, w.size());
        assertEquals(999, w.asByteBuffer().getShort(2997));
    }

    @Test
    void outputs() throws Exception {
        KarmemWriter w = new KarmemWriter();
        w.putString(w.alloc(8), "hi", true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.writeTo(out);
        assertArrayEquals(w.toByteArray(), out.toByteArray());
        ByteBuffer view = w.asByteBuffer();
        assertEquals(10, view.remaining());
        assertEquals(8, view.getInt(0));
        assertThrows(java.nio.ReadOnlyBufferException.class, () -> view.put(0, (byte) 1));
    }

    @Test
    void misuseIsReportedClearly() {
        KarmemWriter w = new KarmemWriter();
        w.alloc(4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.putInt64(0, 1));
        assertEquals("cannot write 8 bytes at offset 0: only 4 bytes are allocated", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> w.putInt8(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> w.alloc(-1));
        assertThrows(IllegalArgumentException.class, () -> w.allocSlice(0, -1, 4, true));
        assertThrows(IllegalArgumentException.class, () -> new KarmemWriter(-1));
        KarmemEncodeException big = assertThrows(KarmemEncodeException.class,
                () -> w.allocSlice(0, Integer.MAX_VALUE, 8, true));
        assertEquals("a slice of 2147483647 elements of 8 bytes is larger than a Karmem message can be",
                big.getMessage());
        assertThrows(KarmemEncodeException.class, () -> w.alloc(Integer.MAX_VALUE - 6));
    }
}
