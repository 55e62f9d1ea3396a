package dev.xtp4j.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.karmem.layout.KarmemLayout;
import dev.xtp4j.karmem.schema.KarmemSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodecFactoryTest {
    record Point(int x, int y) {
    }

    @Test
    void selectsByContentType() {
        CodecFactory f = CodecFactory.defaults();
        KarmemBinding km = new KarmemBinding(KarmemLayout.of(KarmemSchema.parse(
                "karmem p @packed(true);\nstruct Point table { X int32; Y int32; }\n", "p.km")), "Point");
        Point p = new Point(1, -2);
        for (ContentType ct : List.of(ContentType.JSON, ContentType.MSGPACK, ContentType.KARMEM)) {
            Codec<Point> codec = f.forContentType(ct, Point.class, false, km);
            assertEquals(ct, codec.contentType());
            assertEquals(p, codec.decode(codec.encode(p)));
        }
        assertSame(f.binary(), f.forContentType(ContentType.BINARY, byte[].class, false, null));
        assertEquals(ContentType.TEXT, f.forContentType(ContentType.TEXT, String.class, false, null).contentType());
        assertEquals("0c00000001000000feffffff", java.util.HexFormat.of().formatHex(
                f.<Point>forContentType(ContentType.KARMEM, Point.class, false, km).encode(p)));
    }

    @Test
    void rejectsTypesThatDoNotFit() {
        CodecFactory f = CodecFactory.defaults();
        assertThrows(IllegalArgumentException.class, () -> f.forContentType(ContentType.BINARY, String.class, false,
                null));
        assertThrows(IllegalArgumentException.class, () -> f.forContentType(ContentType.TEXT, Point.class, false,
                null));
        IllegalArgumentException noKm = assertThrows(IllegalArgumentException.class,
                () -> f.forContentType(ContentType.KARMEM, Point.class, false, null));
        assertTrue(noKm.getMessage().contains("KarmemBinding"), noKm.getMessage());
    }

    @Test
    void overrides() {
        ContentTypeOverrides o = ContentTypeOverrides.builder().input("f", ContentType.KARMEM)
                .output("g", ContentType.MSGPACK).build();
        assertEquals(ContentType.KARMEM, o.input("f", ContentType.JSON));
        assertEquals(ContentType.JSON, o.output("f", ContentType.JSON));
        assertEquals(ContentType.MSGPACK, o.output("g", ContentType.JSON));
        assertEquals(ContentType.JSON, ContentTypeOverrides.none().input("f", ContentType.JSON));
        assertTrue(o.inputOverride("g").isEmpty());
    }

    @Test
    void contentTypeSpellings() {
        assertEquals(ContentType.MSGPACK, ContentType.fromWire("application/vnd.msgpack").orElseThrow());
        assertTrue(ContentType.fromWire("text/plain; charset=UTF-8").isEmpty());
        assertTrue(ContentType.KARMEM.isExtension());
    }
}
