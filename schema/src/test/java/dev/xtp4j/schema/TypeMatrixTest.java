package dev.xtp4j.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.schema.model.AliasType;
import dev.xtp4j.schema.model.ArrayType;
import dev.xtp4j.schema.model.BooleanType;
import dev.xtp4j.schema.model.BufferType;
import dev.xtp4j.schema.model.ByteStringType;
import dev.xtp4j.schema.model.DateTimeType;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.Field;
import dev.xtp4j.schema.model.FreeFormObjectType;
import dev.xtp4j.schema.model.IntegerFormat;
import dev.xtp4j.schema.model.IntegerType;
import dev.xtp4j.schema.model.MapType;
import dev.xtp4j.schema.model.NumberFormat;
import dev.xtp4j.schema.model.NumberType;
import dev.xtp4j.schema.model.ObjectType;
import dev.xtp4j.schema.model.Parameter;
import dev.xtp4j.schema.model.StringType;
import dev.xtp4j.schema.model.XtpType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every type/format spelling at every place a type can be written, and the nullable and identity rules. */
class TypeMatrixTest {

    /** A flow-style type spelling and the type it must produce. */
    static Stream<Arguments> spellings() {
        List<Arguments> args = new ArrayList<>();
        args.add(Arguments.of("{type: string}", StringType.INSTANCE));
        args.add(Arguments.of("{type: string, format: date-time}", DateTimeType.INSTANCE));
        args.add(Arguments.of("{type: string, format: byte}", ByteStringType.INSTANCE));
        args.add(Arguments.of("{type: buffer}", BufferType.INSTANCE));
        args.add(Arguments.of("{type: boolean}", BooleanType.INSTANCE));
        args.add(Arguments.of("{type: integer}", IntegerType.of(IntegerFormat.INT64)));
        for (IntegerFormat f : IntegerFormat.values()) {
            args.add(Arguments.of("{type: integer, format: " + f.wireName() + "}", IntegerType.of(f)));
        }
        args.add(Arguments.of("{type: number}", NumberType.of(NumberFormat.DOUBLE)));
        args.add(Arguments.of("{type: number, format: float}", NumberType.of(NumberFormat.FLOAT)));
        args.add(Arguments.of("{type: number, format: double}", NumberType.of(NumberFormat.DOUBLE)));
        args.add(Arguments.of("{type: object}", FreeFormObjectType.INSTANCE));
        args.add(Arguments.of("{type: array, items: {type: integer, format: int32}}",
                ArrayType.of(IntegerType.of(IntegerFormat.INT32))));
        args.add(Arguments.of("{items: {type: boolean}}", ArrayType.of(BooleanType.INSTANCE)));
        args.add(Arguments.of("{type: array, items: {type: string, nullable: true}}",
                new ArrayType(StringType.INSTANCE, true)));
        args.add(Arguments.of("{type: object, additionalProperties: {type: number, format: float}}",
                MapType.of(NumberType.of(NumberFormat.FLOAT))));
        args.add(Arguments.of("{type: object, additionalProperties: {type: buffer, nullable: true}}",
                new MapType(BufferType.INSTANCE, true)));
        args.add(Arguments.of("{type: array, items: {type: array, items: {type: object}}}",
                ArrayType.of(ArrayType.of(FreeFormObjectType.INSTANCE))));
        args.add(Arguments.of("{type: object, additionalProperties: {type: object, additionalProperties: "
                + "{type: string, format: date-time}}}", MapType.of(MapType.of(DateTimeType.INSTANCE))));
        args.add(Arguments.of("{type: array, items: {type: object, additionalProperties: {type: boolean}}}",
                ArrayType.of(MapType.of(BooleanType.INSTANCE))));
        return args.stream();
    }

    private static XtpSchema parse(String yaml) {
        ParseResult r = Fixtures.read(yaml);
        assertEquals(List.of(), r.diagnostics(), r::format);
        return r.orThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spellings")
    void everyPlace(String spelling, XtpType expected) {
        XtpSchema schema = parse("""
                version: v1-draft
                exports:
                  f:
                    input: {contentType: application/json, %1$s}
                    output:
                      contentType: application/json
                      $ref: "#/components/schemas/Alias"
                components:
                  schemas:
                    Alias: %2$s
                    Holder:
                      properties:
                        field: %2$s
                        list:
                          type: array
                          items: %2$s
                        dict:
                          type: object
                          additionalProperties: %2$s
                """.formatted(spelling.substring(1, spelling.length() - 1), spelling));
        Parameter input = schema.exportNamed("f").orElseThrow().input().orElseThrow();
        assertEquals(expected, input.type());
        assertFalse(input.nullable());
        AliasType alias = (AliasType) schema.type("Alias").orElseThrow();
        assertEquals(expected, alias.target());
        assertSame(alias, schema.exportNamed("f").orElseThrow().output().orElseThrow().type());
        ObjectType holder = (ObjectType) schema.type("Holder").orElseThrow();
        assertEquals(expected, holder.field("field").orElseThrow().type());
        assertEquals(ArrayType.of(expected), holder.field("list").orElseThrow().type());
        assertEquals(MapType.of(expected), holder.field("dict").orElseThrow().type());
        assertEquals(expected.kind(), expected.accept(new KindOfVisitor()));
    }

    /** Checks that accept() dispatches to the method of the record's own kind. */
    private static final class KindOfVisitor implements dev.xtp4j.schema.model.TypeVisitor<XtpType.Kind> {
        public XtpType.Kind visitString(StringType t) {
            return XtpType.Kind.STRING;
        }

        public XtpType.Kind visitByteString(ByteStringType t) {
            return XtpType.Kind.BYTE_STRING;
        }

        public XtpType.Kind visitDateTime(DateTimeType t) {
            return XtpType.Kind.DATE_TIME;
        }

        public XtpType.Kind visitBuffer(BufferType t) {
            return XtpType.Kind.BUFFER;
        }

        public XtpType.Kind visitBoolean(BooleanType t) {
            return XtpType.Kind.BOOLEAN;
        }

        public XtpType.Kind visitInteger(IntegerType t) {
            return XtpType.Kind.INTEGER;
        }

        public XtpType.Kind visitNumber(NumberType t) {
            return XtpType.Kind.NUMBER;
        }

        public XtpType.Kind visitArray(ArrayType t) {
            return XtpType.Kind.ARRAY;
        }

        public XtpType.Kind visitMap(MapType t) {
            return XtpType.Kind.MAP;
        }

        public XtpType.Kind visitFreeFormObject(FreeFormObjectType t) {
            return XtpType.Kind.FREE_FORM_OBJECT;
        }

        public XtpType.Kind visitObject(ObjectType t) {
            return XtpType.Kind.OBJECT;
        }

        public XtpType.Kind visitEnum(EnumType t) {
            return XtpType.Kind.ENUM;
        }

        public XtpType.Kind visitAlias(AliasType t) {
            return XtpType.Kind.ALIAS;
        }
    }

    @Test
    void nullableBelongsToTheUseSite() {
        XtpSchema schema = parse("""
                version: v1-draft
                exports:
                  f:
                    input:
                      $ref: "#/components/schemas/Fruit"
                      nullable: true
                      contentType: application/json
                    output:
                      $ref: "#/components/schemas/Fruit"
                      contentType: application/json
                components:
                  schemas:
                    Fruit:
                      enum: [apple, pear]
                    Basket:
                      required: [a, d]
                      properties:
                        a: {$ref: "#/components/schemas/Fruit"}
                        b: {$ref: "#/components/schemas/Fruit", nullable: true}
                        c:
                          type: array
                          items: {$ref: "#/components/schemas/Fruit", nullable: true}
                        d:
                          type: object
                          nullable: true
                          additionalProperties: {$ref: "#/components/schemas/Fruit"}
                """);
        EnumType fruit = (EnumType) schema.type("Fruit").orElseThrow();
        ObjectType basket = (ObjectType) schema.type("Basket").orElseThrow();
        Field a = basket.field("a").orElseThrow();
        Field b = basket.field("b").orElseThrow();
        assertSame(fruit, a.type());
        assertSame(fruit, b.type());
        assertTrue(a.required() && !a.nullable());
        assertTrue(!b.required() && b.nullable());
        ArrayType c = (ArrayType) basket.field("c").orElseThrow().type();
        assertSame(fruit, c.items());
        assertTrue(c.nullableItems());
        Field d = basket.field("d").orElseThrow();
        assertTrue(d.required() && d.nullable());
        assertSame(fruit, ((MapType) d.type()).values());
        assertFalse(((MapType) d.type()).nullableValues());
        assertTrue(schema.exportNamed("f").orElseThrow().input().orElseThrow().nullable());
        assertFalse(schema.exportNamed("f").orElseThrow().output().orElseThrow().nullable());
    }

    @Test
    void nullableOnAComponentMakesEveryUseNullable() {
        XtpSchema schema = parse("""
                version: v1-draft
                exports:
                  f:
                    input:
                      $ref: "#/components/schemas/Via"
                      contentType: application/json
                components:
                  schemas:
                    Maybe:
                      type: string
                      nullable: true
                    Via:
                      $ref: "#/components/schemas/Maybe"
                    Holder:
                      properties:
                        m: {$ref: "#/components/schemas/Maybe"}
                """);
        assertTrue(schema.exportNamed("f").orElseThrow().input().orElseThrow().nullable());
        assertTrue(((ObjectType) schema.type("Holder").orElseThrow()).field("m").orElseThrow().nullable());
        AliasType via = (AliasType) schema.type("Via").orElseThrow();
        assertSame(schema.type("Maybe").orElseThrow(), via.target());
        assertEquals(StringType.INSTANCE, via.resolved());
    }

    @Test
    void inlineEnumsEverywhereAreHoisted() {
        XtpSchema schema = parse("""
                version: v1-draft
                exports:
                  get_color:
                    input: {type: string, enum: [red, green], contentType: text/plain; charset=utf-8}
                    output:
                      type: array
                      items: {type: string, enum: [a]}
                      contentType: application/json
                components:
                  schemas:
                    Holder:
                      properties:
                        mode: {enum: [fast, slow]}
                        byName:
                          type: object
                          additionalProperties: {enum: [x, y]}
                    HolderMode:
                      type: string
                """);
        assertEquals(List.of("HolderMode2", "HolderByNameValue", "GetColorInput", "GetColorOutputItem"),
                schema.inlineEnums().stream().map(EnumType::name).toList());
        ObjectType holder = (ObjectType) schema.type("Holder").orElseThrow();
        assertSame(schema.inlineEnums().get(0), holder.field("mode").orElseThrow().type());
        assertSame(schema.inlineEnums().get(1), ((MapType) holder.field("byName").orElseThrow().type()).values());
        assertSame(schema.inlineEnums().get(2),
                schema.exportNamed("get_color").orElseThrow().input().orElseThrow().type());
    }

    @Test
    void emptyPropertiesIsAnEmptyObject() {
        XtpSchema schema = parse("""
                version: v1-draft
                exports: {}
                components:
                  schemas:
                    Empty:
                      properties: {}
                    AlsoEmpty:
                      type: object
                      properties: {}
                """);
        assertEquals(List.of(), ((ObjectType) schema.type("Empty").orElseThrow()).fields());
        assertInstanceOf(ObjectType.class, schema.type("AlsoEmpty").orElseThrow());
    }

    @Test
    void refsKeepIdentityAcrossTheWholeSchema() {
        XtpSchema schema = Fixtures.read(ValidationMode.LENIENT, Fixtures.upstream("fruit-go.yaml")).orThrow();
        EnumType fruit = (EnumType) schema.type("Fruit").orElseThrow();
        assertSame(fruit, schema.exportNamed("referenceTypes").orElseThrow().input().orElseThrow().type());
        assertSame(fruit, schema.importNamed("eatAFruit").orElseThrow().input().orElseThrow().type());
        ObjectType complex = (ObjectType) schema.type("ComplexObject").orElseThrow();
        assertSame(complex, schema.exportNamed("referenceTypes").orElseThrow().output().orElseThrow().type());
        assertSame(schema.type("GhostGang").orElseThrow(), complex.field("ghost").orElseThrow().type());
    }
}
