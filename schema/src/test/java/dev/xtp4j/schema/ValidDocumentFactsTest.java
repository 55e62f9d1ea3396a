package dev.xtp4j.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.schema.model.AliasType;
import dev.xtp4j.codec.ContentType;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.Field;
import dev.xtp4j.schema.model.IntegerFormat;
import dev.xtp4j.schema.model.IntegerType;
import dev.xtp4j.schema.model.MapType;
import dev.xtp4j.schema.model.NamedType;
import dev.xtp4j.schema.model.ObjectType;
import dev.xtp4j.schema.model.StringType;
import dev.xtp4j.schema.model.XtpFunction;
import dev.xtp4j.schema.model.XtpType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "facts" of expected.json for v1-valid-doc.yaml, and the same kind of facts for the other valid fixtures. */
class ValidDocumentFactsTest {

    private final ParseResult result = Fixtures.read(Fixtures.upstream("v1-valid-doc.yaml"));
    private final XtpSchema schema = result.orThrow();

    @Test
    void noDiagnosticsAtAll() {
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void counts() {
        assertEquals("v1", schema.version().normalizedName());
        assertEquals(SchemaVersion.V1_DRAFT, schema.version());
        assertEquals(5, schema.types().size());
        assertEquals(3, schema.exports().size());
        assertEquals(1, schema.imports().size());
        assertEquals(List.of("Fruit", "GhostGang", "ComplexObject", "MyInt", "MapSchema"),
                schema.types().stream().map(NamedType::name).toList());
        assertEquals(List.of("Fruit", "GhostGang"), schema.types().stream().filter(t -> t instanceof EnumType)
                .map(NamedType::name).toList());
        assertEquals(List.of("voidFunc", "primitiveTypeFunc", "referenceTypeFunc"),
                schema.exports().stream().map(XtpFunction::name).toList());
    }

    @Test
    void complexObjectPropertyKindsAndRequiredFlags() {
        ObjectType complex = (ObjectType) schema.type("ComplexObject").orElseThrow();
        List<Field> fields = complex.fields();
        assertEquals(List.of("enum", "boolean", "string", "int32", "date-time", "map<string,string>", "int64",
                "map<string,map<string,array<nullable date-time>>>", "free-form-object", "uint8", "int8", "uint16",
                "int16", "uint32", "uint64", "enum", "enum", "string", "string"),
                fields.stream().map(f -> Kinds.of(f.type())).toList());
        assertEquals(List.of(true, true, false, false, false, false, false, false, false, false, false, false,
                false, false, false, false, false, false, false), fields.stream().map(Field::required).toList());
        assertEquals(List.of("ghost", "aBoolean", "aString", "anInt", "anOptionalDate", "aMap", "anIntRef",
                "aMapOfMapsOfNullableDateArrays", "anUntypedObject", "aByte", "aSByte", "aUShort", "aShort", "aUInt",
                "aUInt64", "kind", "format", "ComplexObject", "NameWith$2341"),
                fields.stream().map(Field::name).toList());
        assertTrue(complex.field("anOptionalDate").orElseThrow().nullable());
        assertFalse(complex.field("aString").orElseThrow().nullable());
    }

    @Test
    void firstPropertyIsTheGhostGangEnumItself() {
        ObjectType complex = (ObjectType) schema.type("ComplexObject").orElseThrow();
        Field ghost = complex.fields().get(0);
        assertSame(schema.type("GhostGang").orElseThrow(), ghost.type());
        assertEquals("I can override the description for the property here", ghost.description().orElseThrow());
        assertEquals("A set of all the enemies of pac-man", ((EnumType) ghost.type()).description().orElseThrow());
    }

    @Test
    void refToPrimitiveSchemaKeepsTheAlias() {
        ObjectType complex = (ObjectType) schema.type("ComplexObject").orElseThrow();
        XtpType anIntRef = complex.field("anIntRef").orElseThrow().type();
        AliasType myInt = assertInstanceOf(AliasType.class, anIntRef);
        assertSame(schema.type("MyInt").orElseThrow(), myInt);
        assertEquals(IntegerType.of(IntegerFormat.INT64), myInt.resolved());
    }

    @Test
    void mapSchemaIsAnAliasOfAStringMap() {
        AliasType map = (AliasType) schema.type("MapSchema").orElseThrow();
        assertEquals(MapType.of(StringType.INSTANCE), map.target());
    }

    @Test
    void exportsAndImports() {
        XtpFunction reference = schema.exports().get(2);
        assertSame(schema.type("Fruit").orElseThrow(), reference.input().orElseThrow().type());
        assertEquals(ContentType.JSON, reference.output().orElseThrow().contentType().orElseThrow());
        assertSame(schema.type("ComplexObject").orElseThrow(), reference.output().orElseThrow().type());

        XtpFunction voidFunc = schema.exportNamed("voidFunc").orElseThrow();
        assertTrue(voidFunc.input().isEmpty());
        assertTrue(voidFunc.output().isEmpty());

        XtpFunction primitive = schema.exportNamed("primitiveTypeFunc").orElseThrow();
        assertEquals(1, primitive.codeSamples().size());
        assertEquals("typescript", primitive.codeSamples().get(0).lang());
        assertTrue(primitive.codeSamples().get(0).label().orElseThrow().startsWith("Test if a string"));
        assertEquals(1, primitive.codeSamples("TypeScript").size());
        assertEquals(ContentType.TEXT, primitive.input().orElseThrow().contentType().orElseThrow());

        XtpFunction eat = schema.importNamed("eatAFruit").orElseThrow();
        assertSame(schema.type("Fruit").orElseThrow(), eat.input().orElseThrow().type());
        assertEquals("text/plain; charset=utf-8", eat.input().orElseThrow().mediaType().orElseThrow().text());
    }

    @Test
    void inlineEnumsAreHoistedWithDerivedNames() {
        assertEquals(List.of("ComplexObjectKind", "ComplexObjectFormat"),
                schema.inlineEnums().stream().map(EnumType::name).toList());
        ObjectType complex = (ObjectType) schema.type("ComplexObject").orElseThrow();
        assertSame(schema.inlineEnums().get(0), complex.field("kind").orElseThrow().type());
        assertEquals(List.of("json", "xml"), schema.inlineEnums().get(1).wireValues());
        assertSame(schema.inlineEnums().get(1), schema.type("ComplexObjectFormat").orElseThrow());
        assertFalse(schema.isComponent(schema.inlineEnums().get(0)));
        assertEquals(7, schema.allNamedTypes().size());
    }

    @Test
    void exampleSchema() {
        XtpSchema example = Fixtures.read(Fixtures.upstream("example-schema.yaml")).orThrow();
        XtpFunction count = example.exportNamed("CountVowels").orElseThrow();
        assertEquals(StringType.INSTANCE, count.input().orElseThrow().type());
        ObjectType report = (ObjectType) count.output().orElseThrow().type();
        assertEquals("VowelReport", report.name());
        Field total = report.field("total").orElseThrow();
        assertEquals(IntegerType.of(IntegerFormat.INT32), total.type());
        assertTrue(total.nullable());
        assertFalse(total.required());
        assertEquals(List.of("count", "total", "vowels"), report.fields().stream().map(Field::name).toList());
    }

    @Test
    void fruitGoInLenientMode() {
        XtpSchema fruit = Fixtures.read(ValidationMode.LENIENT, Fixtures.upstream("fruit-go.yaml")).orThrow();
        assertEquals(List.of("voidFunc", "topLevelPrimitives", "referenceTypes"),
                fruit.exports().stream().map(XtpFunction::name).toList());
        assertEquals(List.of("eatAString", "eatAFruit", "kv_read", "kv_write"),
                fruit.imports().stream().map(XtpFunction::name).toList());
        ObjectType complex = (ObjectType) fruit.type("ComplexObject").orElseThrow();
        assertEquals("map<string,nullable date-time>", Kinds.of(complex.field("aMapOfNullableDateTimes")
                .orElseThrow().type()));
        assertEquals(List.of(false, true, true, false, false, true, false),
                complex.fields().stream().map(Field::required).toList());
        assertTrue(complex.field("writeParams").orElseThrow().nullable());
        assertSame(fruit.type("WriteParams").orElseThrow(), complex.field("writeParams").orElseThrow().type());
        assertSame(fruit.importNamed("kv_write").orElseThrow().input().orElseThrow().type(),
                complex.field("writeParams").orElseThrow().type());
    }
}
