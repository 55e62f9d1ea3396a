package dev.xtp4j.karmem.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xtp4j.karmem.layout.FieldLayout;
import dev.xtp4j.karmem.layout.KarmemLayout;
import dev.xtp4j.karmem.schema.EnumDecl;
import dev.xtp4j.karmem.schema.FieldType;
import dev.xtp4j.karmem.schema.KarmemSchema;
import dev.xtp4j.karmem.schema.NamedType;
import dev.xtp4j.karmem.schema.ScalarType;
import dev.xtp4j.karmem.schema.StructDecl;
import dev.xtp4j.karmem.schema.StructKind;
import dev.xtp4j.karmem.wire.KarmemView;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keeps the examples of docs/karmem.md true. */
class DocumentationExampleTest {

    private static String shop(boolean packed) {
        return String.join("\n",
                "karmem shop @packed(" + packed + ");",
                "enum Kind uint8 { Tool; Food = 5; }",
                "struct Price inline { Cents uint32; Currency [3]byte; }",
                "struct Tag table { Label []char; }",
                "struct TagRef inline { Data Tag; }",
                "struct Product table { Id uint16; Kind Kind; Price Price; Name []char; Tags []TagRef; }",
                "");
    }

    private static final Map<String, Object> PRODUCT = Map.of("Id", 7, "Kind", "Food",
            "Price", Map.of("Cents", 1999, "Currency", "EUR".getBytes(StandardCharsets.US_ASCII)),
            "Name", "Tea", "Tags", List.of(Map.of("Data", Map.of("Label", "hot"))));

    @Test
    void annotatedExample() {
        KarmemLayout layout = KarmemLayout.of(KarmemSchema.parse(shop(true), "shop.km"));
        assertEquals(30, layout.struct("Product").content());
        assertEquals("1e000000" + "0700" + "05" + "cf070000" + "455552" + "1e00000003000000" + "2100000004000000"
                        + "546561" + "25000000" + "0c000000" + "3100000003000000" + "686f74",
                HexFormat.of().formatHex(KarmemCodec.of(layout, "Product").encode(PRODUCT)));
        KarmemLayout unpacked = KarmemLayout.of(KarmemSchema.parse(shop(false), "shop.km"));
        assertEquals(69, KarmemCodec.of(unpacked, "Product").encode(PRODUCT).length);
        assertEquals(39, unpacked.struct("Product").content());
        assertEquals(16, unpacked.struct("Tag").content());
    }

    @Test
    void builderAndViewExamples() throws Exception {
        KarmemSchema built = KarmemSchema.builder("game")
                .packed(true)
                .declare(EnumDecl.builder("Team", ScalarType.UINT8).entry("Humans").entry("Orcs").build())
                .declare(StructDecl.builder("Vec3", StructKind.INLINE)
                        .field("X", ScalarType.FLOAT32).field("Y", ScalarType.FLOAT32).field("Z", ScalarType.FLOAT32)
                        .build())
                .declare(StructDecl.builder("Monster", StructKind.TABLE)
                        .field("Pos", "Vec3").field("Team", "Team")
                        .field("Name", FieldType.limitedString(64))
                        .field("Path", FieldType.slice(new NamedType("Vec3"))).build())
                .build();
        assertEquals(built, KarmemSchema.parse(built.toKm(), "game.km"));
        KarmemLayout layout = KarmemLayout.of(built);
        KarmemCodec codec = KarmemCodec.of(layout, "Monster");
        byte[] bytes = codec.encode(Map.of("Team", "Orcs", "Name", "Grunt",
                "Path", List.of(Map.of("X", 1, "Y", 2, "Z", 3))));
        assertEquals(1, codec.decodeStrict(bytes).get("Team"));

        KarmemView view = KarmemView.of(bytes);
        int root = view.root(layout.struct("Monster"));
        FieldLayout path = layout.struct("Monster").field("Path");
        int first = view.elements(root, path);
        assertEquals(3f, view.getFloat32(first, layout.struct("Vec3").field("Z")));
        assertEquals("Grunt", view.getString(root, layout.struct("Monster").field("Name")));
    }
}
