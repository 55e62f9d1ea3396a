package dev.xtp4j.karmem.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.karmem.KarmemSchemaException;
import dev.xtp4j.karmem.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Building schemas in code, printing them as {@code .km}, and parsing them back. */
class KarmemSchemaBuilderTest {

    /** The fixture schema, built in code. */
    static KarmemSchema vectorsPacked() {
        return KarmemSchema.builder("vectors")
                .packed(true)
                .tag("golang.package", "kmpacked")
                .declare(EnumDecl.builder("Color", ScalarType.UINT8).entry("Red").entry("Green").entry("Blue", 7)
                        .build())
                .declare(StructDecl.builder("Vec3", StructKind.INLINE)
                        .field("X", ScalarType.FLOAT32).field("Y", ScalarType.FLOAT32).field("Z", ScalarType.FLOAT32)
                        .build())
                .declare(StructDecl.builder("Item", StructKind.TABLE)
                        .field("Id", ScalarType.UINT32).field("Name", FieldType.string()).build())
                .declare(StructDecl.builder("ItemRef", StructKind.INLINE).field("Data", "Item").build())
                .declare(StructDecl.builder("Point", StructKind.TABLE)
                        .field("X", ScalarType.INT32).field("Y", ScalarType.INT32).build())
                .declare(StructDecl.builder("Sample", StructKind.TABLE)
                        .field("B", ScalarType.BOOL)
                        .field("U8", ScalarType.UINT8)
                        .field("I16", ScalarType.INT16)
                        .field("U32", ScalarType.UINT32)
                        .field("I64", ScalarType.INT64)
                        .field("F32", ScalarType.FLOAT32)
                        .field("F64", ScalarType.FLOAT64)
                        .field("Col", "Color")
                        .field("Pos", "Vec3")
                        .field("Name", FieldType.string())
                        .field("Nums", FieldType.slice(ScalarType.INT32))
                        .field("Lim", FieldType.limitedSlice(4, ScalarType.UINT16))
                        .field("Fix", FieldType.array(3, ScalarType.UINT8))
                        .field("Child", "Item")
                        .field("Items", FieldType.slice(new NamedType("ItemRef")))
                        .build())
                .build();
    }

    @Test
    void builtSchemaEqualsTheParsedFixture() {
        assertEquals(Fixtures.schema("vectors_packed.km"), vectorsPacked());
    }

    @ParameterizedTest
    @ValueSource(strings = {"vectors_packed.km", "vectors_unpacked.km", "compat_v1.km", "compat_v2.km"})
    void printsTheFixturesBackExactly(String file) {
        assertEquals(Fixtures.text(file), Fixtures.schema(file).toKm());
    }

    @Test
    void printedTextParsesToAnEqualSchema() {
        String text = "karmem demo @packed() @key(`some key`) @x.y(1);\n"
                + "enum Region uint64 @foo(`v 1`) { Undefined; Asia = 18446744073709551615; Africa; }\n"
                + "struct Point inline @packed(false) @id(42) { X float32 @xtp.name(`x`); Y float64; }\n"
                + "struct User table { Name [<128]char; Key [256]byte; Region Region; Places [<32]Point; "
                + "Path []Point; Pt Point; Flags []bool; C char; }\n"
                + "struct Ref inline { Data User; }\n"
                + "struct Root table { Users []Ref; One User; Many [2]Ref; }\n";
        KarmemSchema parsed = KarmemSchema.parse(text, "demo.km");
        String printed = parsed.toKm();
        KarmemSchema reparsed = KarmemSchema.parse(printed, "printed.km");
        assertEquals(parsed, reparsed);
        assertEquals(printed, reparsed.toKm());
        assertEquals(parsed.hashCode(), reparsed.hashCode());
        assertTrue(printed.contains("    Asia = 18446744073709551615;\n    Africa;\n"), printed);
        assertTrue(printed.contains("struct Point inline @packed(false) @id(42) {\n    X float32 @xtp.name(`x`);\n"),
                printed);
    }

    @Test
    void builderTagsAndIds() {
        KarmemSchema s = KarmemSchema.builder("demo")
                .declare(StructDecl.builder("A", StructKind.TABLE).packed(true).id(-1L).field("B", ScalarType.INT8)
                        .build())
                .build();
        assertEquals(-1L, s.structId("A"));
        assertTrue(s.isPacked(s.struct("A")));
        assertEquals("karmem demo;\n\nstruct A table @packed(true) @id(18446744073709551615) {\n    B int8;\n}\n",
                s.toKm());
        assertEquals(s, KarmemSchema.parse(s.toKm(), "a.km"));
    }

    @Test
    void builderErrorsNameTheDeclarationAndField() {
        KarmemSchemaException e = assertThrows(KarmemSchemaException.class, () -> KarmemSchema.builder("demo")
                .declare(StructDecl.builder("A", StructKind.TABLE).field("B", "Missing").build())
                .build());
        assertEquals("struct A, field B: unknown type Missing", e.getMessage());
        assertTrue(e.position().isEmpty());

        e = assertThrows(KarmemSchemaException.class, () -> KarmemSchema.builder("demo")
                .declare(EnumDecl.builder("E", ScalarType.INT8).entry("A").entry("B", -3).build())
                .build());
        assertEquals("enum E: the value of B (-3) is out of range for int8 (0 to 127; negative values are not "
                + "allowed)", e.getMessage());

        e = assertThrows(KarmemSchemaException.class, () -> KarmemSchema.builder("demo")
                .declare(StructDecl.builder("T", StructKind.TABLE).field("A", ScalarType.INT8).build())
                .declare(StructDecl.builder("S", StructKind.TABLE).field("L", FieldType.slice(new NamedType("T")))
                        .build())
                .build());
        assertTrue(e.getMessage().startsWith("struct S, field L: tables cannot be elements of slices"),
                e.getMessage());

        e = assertThrows(KarmemSchemaException.class, () -> KarmemSchema.builder("demo")
                .declare(StructDecl.builder("S", StructKind.TABLE).field("A", "T").build())
                .declare(StructDecl.builder("T", StructKind.INLINE).field("A", ScalarType.INT8).build())
                .build());
        assertTrue(e.getMessage().contains("type T is declared further down"), e.getMessage());

        e = assertThrows(KarmemSchemaException.class, () -> KarmemSchema.builder("demo")
                .declare(EnumDecl.builder("E", ScalarType.FLOAT32).entry("A").build())
                .build());
        assertTrue(e.getMessage().contains("the underlying type must be one of"), e.getMessage());

        e = assertThrows(KarmemSchemaException.class, () -> KarmemSchema.builder("demo")
                .declare(StructDecl.builder("S", StructKind.INLINE).build())
                .build());
        assertEquals("struct S: a struct needs at least one field", e.getMessage());

        e = assertThrows(KarmemSchemaException.class, () -> KarmemSchema.builder("my_pkg").build());
        assertTrue(e.getMessage().contains("invalid package name"), e.getMessage());

        e = assertThrows(KarmemSchemaException.class, () -> KarmemSchema.builder("demo")
                .declare(StructDecl.builder("S", StructKind.INLINE).tag("packed", "maybe").field("A", ScalarType.INT8)
                        .build())
                .build());
        assertTrue(e.getMessage().startsWith("struct S: @packed accepts only"), e.getMessage());
    }

    @Test
    void valuesThatCannotBeWrittenAreRejectedEarly() {
        assertThrows(IllegalArgumentException.class, () -> new Tag("bad name", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Tag("ok", "a)b"));
        assertThrows(IllegalArgumentException.class, () -> new Tag("ok", "a`b"));
        assertThrows(IllegalArgumentException.class, () -> FieldType.array(0, ScalarType.INT8));
        assertThrows(IllegalArgumentException.class, () -> FieldType.limitedSlice(FieldType.MAX_LENGTH + 1,
                ScalarType.INT8));
        assertThrows(IllegalArgumentException.class, () -> new FieldType(FieldType.Shape.SLICE, 3, ScalarType.INT8));
        assertThrows(IllegalArgumentException.class, () -> KarmemSchema.builder("x").build().struct("Nope"));
    }
}
