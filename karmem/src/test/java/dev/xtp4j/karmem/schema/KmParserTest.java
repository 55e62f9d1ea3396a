package dev.xtp4j.karmem.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.karmem.KarmemSchemaException;
import dev.xtp4j.karmem.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class KmParserTest {

    private static KarmemSchema parse(String text) {
        return KarmemSchema.parse(text, "test.km");
    }

    @Test
    void parsesTheFixtureSchema() {
        KarmemSchema s = Fixtures.schema("vectors_packed.km");
        assertEquals("vectors", s.packageName());
        assertEquals(List.of(new Tag("packed", "true"), new Tag("golang.package", "kmpacked")), s.tags());
        assertTrue(s.packed());
        assertEquals(List.of("Color", "Vec3", "Item", "ItemRef", "Point", "Sample"),
                s.declarations().stream().map(Declaration::name).toList());

        EnumDecl color = s.enumDecl("Color");
        assertEquals(ScalarType.UINT8, color.type());
        assertEquals(List.of(new EnumEntry("Red", 0, false), new EnumEntry("Green", 1, false),
                new EnumEntry("Blue", 7, true)), color.entries());

        StructDecl sample = s.struct("Sample");
        assertEquals(StructKind.TABLE, sample.kind());
        assertEquals(15, sample.fields().size());
        assertEquals(FieldType.of(ScalarType.BOOL), sample.field("B").orElseThrow().type());
        assertEquals(FieldType.of("Color"), sample.field("Col").orElseThrow().type());
        assertEquals(FieldType.string(), sample.field("Name").orElseThrow().type());
        assertEquals(FieldType.slice(ScalarType.INT32), sample.field("Nums").orElseThrow().type());
        assertEquals(FieldType.limitedSlice(4, ScalarType.UINT16), sample.field("Lim").orElseThrow().type());
        assertEquals(FieldType.array(3, ScalarType.UINT8), sample.field("Fix").orElseThrow().type());
        assertEquals(FieldType.slice(new NamedType("ItemRef")), sample.field("Items").orElseThrow().type());

        assertFalse(Fixtures.schema("vectors_unpacked.km").packed());
    }

    @Test
    void structIdsMatchTheFixturesReadme() {
        KarmemSchema s = Fixtures.schema("vectors_packed.km");
        assertEquals("10268726485798425099", Long.toUnsignedString(s.structId("Vec3")));
        assertEquals("17370236061446263713", Long.toUnsignedString(s.structId("Item")));
        assertEquals("14019145599063865073", Long.toUnsignedString(s.structId("ItemRef")));
        assertEquals("12809409023221035873", Long.toUnsignedString(s.structId("Point")));
        assertEquals("9605007417758357036", Long.toUnsignedString(s.structId("Sample")));
        assertEquals("11139411273728609426", Long.toUnsignedString(Fixtures.schema("compat_v2.km").structId("User")));
    }

    @Test
    void keyedAndExplicitIds() {
        KarmemSchema s = parse("karmem demo @key(`天地玄黄 宇宙洪荒`);\n"
                + "struct Point table { X int32; }\n"
                + "struct User table @id(18446744073709551615) { Y int32; }\n"
                + "struct Other table @id(123) @packed() { Z int32; }\n");
        // Python: blake2b(name, digest_size=8, key=blake2b(key, digest_size=32)), little-endian.
        assertEquals("5801274247397224310", Long.toUnsignedString(s.structId("Point")));
        assertEquals(-1L, s.structId("User"));
        assertEquals(123L, s.structId("Other"));
    }

    @Test
    void acceptsEveryFormOfTheGrammar() {
        String text = "\uFEFFkarmem demo\t@packed()  @golang.package(`km`)@x.y(a1B2);\r\n"
                + "enum Region uint32 @foo(`val 1`) @bar(val2) {Undefined; Asia; Africa = 10;\n  Europe=3 ;}\n"
                + "struct Point inline {\n    X float32; Y float32 @xtp.name(`x-y`);\n}\n"
                + "struct User table @foo(`1`) {\n"
                + "\tName [<128]char;\n"
                + "    Key [256]byte;\n"
                + "    Region Region;\n"
                + "    Places [<32]Point;\n"
                + "    Path []Point;\n"
                + "    Flags []bool;\n"
                + "    Letters [4]char;\n"
                + "    OneChar char;\n"
                + "    Big uint64;\n"
                + "}struct Wrapper inline{Data User;}";
        KarmemSchema s = parse(text);
        assertEquals("demo", s.packageName());
        assertEquals(List.of(new Tag("packed", ""), new Tag("golang.package", "km"), new Tag("x.y", "a1B2")),
                s.tags());
        assertTrue(s.packed());
        EnumDecl region = s.enumDecl("Region");
        assertEquals(List.of(new Tag("foo", "val 1"), new Tag("bar", "val2")), region.tags());
        assertEquals(List.of(0L, 1L, 10L, 3L), region.entries().stream().map(EnumEntry::value).toList());
        StructDecl point = s.struct("Point");
        assertEquals(List.of(new Tag("xtp.name", "x-y")), point.field("Y").orElseThrow().tags());
        StructDecl user = s.struct("User");
        assertEquals(FieldType.limitedString(128), user.field("Name").orElseThrow().type());
        assertEquals(FieldType.array(256, ScalarType.BYTE), user.field("Key").orElseThrow().type());
        assertEquals(FieldType.limitedSlice(32, new NamedType("Point")), user.field("Places").orElseThrow().type());
        assertEquals(FieldType.of(ScalarType.CHAR), user.field("OneChar").orElseThrow().type());
        assertEquals(StructKind.INLINE, s.struct("Wrapper").kind());
    }

    @Test
    void implicitEnumValuesArePositionsNotPreviousPlusOne() {
        EnumDecl e = parse("karmem x;\nenum E uint8 { Z; A = 5; B; }").enumDecl("E");
        assertEquals(List.of(0L, 5L, 2L), e.entries().stream().map(EnumEntry::value).toList());
    }

    @Test
    void duplicateEnumValuesAreAllowed() {
        EnumDecl e = parse("karmem x;\nenum E uint8 { A; B = 0; }").enumDecl("E");
        assertEquals(2, e.entries().size());
    }

    @Test
    void enumValuesUpToTheTypeMaximum() {
        KarmemSchema s = parse("karmem x;\nenum A uint8 { Z; M = 255; }\nenum B int8 { Z; M = 127; }\n"
                + "enum C uint64 { Z; M = 18446744073709551615; }\nenum D int64 { Z; M = 9223372036854775807; }");
        assertEquals(255, s.enumDecl("A").entries().get(1).value());
        assertEquals(-1L, s.enumDecl("C").entries().get(1).value());
        assertEquals(Long.MAX_VALUE, s.enumDecl("D").entries().get(1).value());
    }

    @Test
    void unknownTagsAreKeptEverywhere() {
        KarmemSchema s = parse("karmem x @java.package(`dev.example`);\n"
                + "struct A table @xtp.name(`a`) { B int32 @xtp.name(`b`) @other(); }");
        assertEquals("dev.example", Tag.find(s.tags(), "java.package").orElseThrow().value());
        assertEquals("a", Tag.find(s.struct("A").tags(), "xtp.name").orElseThrow().value());
        assertEquals(2, s.struct("A").fields().get(0).tags().size());
    }

    @Test
    void structPackedTagOverridesTheFile() {
        KarmemSchema s = parse("karmem x @packed(true);\nstruct A inline @packed(false) { B int32; }\n"
                + "struct C inline { D int32; }");
        assertFalse(s.isPacked(s.struct("A")));
        assertTrue(s.isPacked(s.struct("C")));
        KarmemSchema t = parse("karmem x;\nstruct A inline @packed() { B int32; }\nstruct C inline { D int32; }");
        assertTrue(t.isPacked(t.struct("A")));
        assertFalse(t.isPacked(t.struct("C")));
    }

    @Test
    void parseErrorsAreWrappedWithFileAndPosition() {
        KarmemSchemaException e = assertThrows(KarmemSchemaException.class,
                () -> KarmemSchema.parse("karmem x;\nstruct A table {\n  B int33;\n}", "dir/my.km"));
        assertEquals("dir/my.km:3:5: struct A, field B: unknown type int33", e.getMessage());
        assertEquals(new KarmemSchemaException.Position("dir/my.km", 3, 5), e.position().orElseThrow());
        assertEquals("struct A, field B: unknown type int33", e.detail());
    }
}
