package dev.xtp4j.karmem.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xtp4j.karmem.layout.KarmemLayout;
import dev.xtp4j.karmem.layout.StructLayout;
import dev.xtp4j.karmem.testing.Fixtures;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KarmemViewTest {
    private static final KarmemLayout LAYOUT = Fixtures.layout("vectors_packed.km");
    private static final StructLayout SAMPLE = LAYOUT.struct("Sample");
    private static final StructLayout ITEM = LAYOUT.struct("Item");
    private static final StructLayout POINT = LAYOUT.struct("Point");

    private static byte[] vector(String name) {
        for (JsonNode v : Fixtures.vectors()) {
            if (v.get("name").asText().equals(name)) {
                return HexFormat.of().parseHex(v.get("hex").asText());
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void readsTheAnnotatedVector() {
        KarmemView v = KarmemView.of(vector("sample-full-packed"));
        assertEquals(166, v.length());
        int s = v.root(SAMPLE);
        assertTrue(v.getBool(s, SAMPLE.field("B")));
        assertEquals(200, v.getUint8(s, SAMPLE.field("U8")));
        assertEquals(-56, v.getInt8(s, SAMPLE.field("U8")));
        assertEquals(0xDEADBEEFL, v.getUint32(s, SAMPLE.field("U32")));
        assertEquals(7, v.getUint8(s, SAMPLE.field("Col")));
        assertEquals("héllo", v.getString(s, SAMPLE.field("Name")));
        assertEquals(6, v.count(s, SAMPLE.field("Name")));
        assertEquals(84, v.elements(s, SAMPLE.field("Name")));
        assertEquals(90, v.elements(s, SAMPLE.field("Nums")));
        assertEquals(-1, v.readInt32(v.element(s, SAMPLE.field("Nums"), 1)));
        assertEquals(69, v.elements(s, SAMPLE.field("Fix")));
        int child = v.struct(s, SAMPLE.field("Child"));
        assertEquals(106, child);
        assertEquals(42, v.getInt32(child, ITEM.field("Id")));
        assertEquals("kid", v.getString(child, ITEM.field("Name")));
        int item1 = v.struct(v.element(s, SAMPLE.field("Items"), 1), LAYOUT.struct("ItemRef").field("Data"));
        assertEquals(150, item1);
        assertEquals(2, v.getInt32(item1, ITEM.field("Id")));
        assertEquals("", v.getString(item1, ITEM.field("Name")));
        assertEquals(0, v.count(item1, ITEM.field("Name")));
        assertEquals(166, v.elements(item1, ITEM.field("Name")));  // an empty slice points at the end
        assertEquals(106 + 4, v.fieldPosition(child, ITEM.field("Id")));
    }

    @Test
    void absentStructsReadDefaults() {
        KarmemView truncated = KarmemView.of(vector("decode-point-truncated"));
        assertEquals(KarmemView.ABSENT, truncated.root(POINT));
        assertEquals(0, truncated.getInt32(KarmemView.ABSENT, POINT.field("X")));
        assertEquals(KarmemView.ABSENT, truncated.fieldPosition(KarmemView.ABSENT, POINT.field("Y")));

        KarmemView empty = KarmemView.of(new byte[0]);
        int s = empty.root(SAMPLE);
        assertEquals(KarmemView.ABSENT, s);
        assertEquals("", empty.getString(s, SAMPLE.field("Name")));
        assertEquals(0, empty.count(s, SAMPLE.field("Fix")));
        assertEquals(KarmemView.ABSENT, empty.elements(s, SAMPLE.field("Items")));
        assertEquals(KarmemView.ABSENT, empty.struct(s, SAMPLE.field("Child")));
        assertEquals(KarmemView.ABSENT, empty.struct(s, SAMPLE.field("Pos")));
        assertEquals(0f, empty.getFloat32(empty.struct(s, SAMPLE.field("Pos")), LAYOUT.struct("Vec3").field("X")));
    }

    @Test
    void fieldsBeyondAnOlderTableReadDefaults() {
        // A Point table whose header says 8: only X was written.
        KarmemView v = KarmemView.of(HexFormat.of().parseHex("0800000005000000ffffffff"));
        int p = v.root(POINT);
        assertEquals(0, p);
        assertEquals(5, v.getInt32(p, POINT.field("X")));
        assertEquals(0, v.getInt32(p, POINT.field("Y")));
        assertEquals(KarmemView.ABSENT, v.fieldPosition(p, POINT.field("Y")));
    }

    @Test
    void viewsAPartOfABuffer() {
        byte[] msg = vector("point-packed");
        byte[] padded = new byte[msg.length + 10];
        System.arraycopy(msg, 0, padded, 5, msg.length);
        KarmemView a = KarmemView.of(padded, 5, msg.length);
        assertEquals(-2, a.getInt32(a.root(POINT), POINT.field("Y")));
        ByteBuffer bb = ByteBuffer.wrap(padded);
        bb.position(5).limit(5 + msg.length);
        KarmemView b = KarmemView.of(bb);
        assertEquals(1, b.getInt32(b.root(POINT), POINT.field("X")));
        assertEquals(5, bb.position());
        ByteBuffer direct = ByteBuffer.allocateDirect(msg.length).put(msg).flip();
        KarmemView c = KarmemView.of(direct);
        assertEquals(-2, c.getInt32(c.root(POINT), POINT.field("Y")));
    }

    @Test
    void rawReadsOutOfRangeAreDefaults() {
        KarmemView v = KarmemView.of(new byte[] {1, 2, 3});
        assertEquals(0, v.readInt32(0));
        assertEquals(0, v.readInt32(-1));
        assertEquals(0, v.readInt16(2));
        assertEquals(3, v.readInt8(2));
        assertEquals(0, v.readInt8(3));
        assertFalse(v.readBool(-5));
        assertEquals(0, v.readInt64(Integer.MAX_VALUE));
        assertFalse(v.readBytes(1, new byte[3]));
        assertEquals(KarmemView.ABSENT, v.structAt(-1, POINT));
        assertEquals(KarmemView.ABSENT, v.structAt(0xFFFF_FFFFL, POINT));
        // Misused handles cannot read outside the message either.
        assertEquals(0, v.getInt32(Integer.MAX_VALUE - 1, POINT.field("X")));
        assertEquals(0, v.getInt8(2, SAMPLE.field("U8")));
    }

    @Test
    void wrongHandlesAreProgrammingErrors() {
        KarmemView v = KarmemView.of(vector("sample-full-packed"));
        int s = v.root(SAMPLE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> v.getInt32(s, SAMPLE.field("I16")));
        assertEquals("field Sample.I16 is int16, which is not read as INT32", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> v.getFloat32(s, SAMPLE.field("U32")));
        assertThrows(IllegalArgumentException.class, () -> v.getBool(s, SAMPLE.field("Nums")));
        assertThrows(IllegalArgumentException.class, () -> v.count(s, SAMPLE.field("Child")));
        assertThrows(IllegalArgumentException.class, () -> v.elements(s, SAMPLE.field("B")));
        assertThrows(IllegalArgumentException.class, () -> v.struct(s, SAMPLE.field("Name")));
        assertThrows(IllegalArgumentException.class, () -> v.getInteger(s, SAMPLE.field("F64")));
    }
}
