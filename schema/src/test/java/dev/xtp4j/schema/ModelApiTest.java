package dev.xtp4j.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.schema.model.AliasType;
import dev.xtp4j.schema.model.ArrayType;
import dev.xtp4j.codec.ContentType;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.Field;
import dev.xtp4j.schema.model.IntegerFormat;
import dev.xtp4j.schema.model.IntegerType;
import dev.xtp4j.schema.model.MapType;
import dev.xtp4j.schema.model.NamedType;
import dev.xtp4j.schema.model.ObjectType;
import dev.xtp4j.schema.model.StringType;
import dev.xtp4j.schema.model.XtpType;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The model's small API: lookups, display, equality, content types and integer formats. */
class ModelApiTest {

    @Test
    void displayForms() {
        assertEquals("array<nullable date-time>",
                XtpSchemas.parse("version: v1-draft\nexports:\n  f:\n    input: {type: array, items: {type: string, "
                        + "format: date-time, nullable: true}, contentType: application/json}\n")
                        .exports().get(0).input().orElseThrow().type().display());
        assertEquals("map<string, Fruit>", MapType.of(new EnumType("Fruit", "Fruit", Optional.empty(), List.of()))
                .display());
        assertEquals("uint16", IntegerType.of(IntegerFormat.UINT16).display());
    }

    @Test
    void sharedNamedTypesKeepEqualsHashCodeAndToStringLinear() {
        // T0 <- T1 <- ... <- T59, each with two fields referring to the previous type: 2^60 paths.
        StringBuilder sb = new StringBuilder("version: v1-draft\nexports: {}\ncomponents:\n  schemas:\n"
                + "    T0:\n      properties:\n        s: {type: string}\n");
        for (int i = 1; i < 60; i++) {
            sb.append("    T").append(i).append(":\n      properties:\n");
            sb.append("        a: {$ref: \"#/components/schemas/T").append(i - 1).append("\"}\n");
            sb.append("        b: {type: array, items: {$ref: \"#/components/schemas/T").append(i - 1)
                    .append("\"}}\n");
        }
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            XtpSchema a = XtpSchemas.parse(sb.toString());
            XtpSchema b = XtpSchemas.parse(sb.toString());
            assertEquals(a, b);
            assertEquals(a.hashCode(), b.hashCode());
            NamedType last = a.type("T59").orElseThrow();
            assertTrue(last.toString().length() < 200, last::toString);
            assertTrue(a.toString().length() < 100_000);
        });
    }

    @Test
    void equalityOfUseSitesComparesNamedTypesByName() {
        ObjectType one = new ObjectType("P", "P", Optional.empty(), List.of());
        ObjectType other = new ObjectType("P", "P", Optional.of("different"), List.of());
        assertNotEquals(one, other);
        assertEquals(ArrayType.of(one), ArrayType.of(other));
        assertEquals(new Field("f", "f", one, true, false, Optional.empty()),
                new Field("f", "f", other, true, false, Optional.empty()));
        assertNotEquals(ArrayType.of(one), new ArrayType(one, true));
        assertNotEquals(ArrayType.of(one), MapType.of(one));
        AliasType alias = new AliasType("A", "A", Optional.empty(), StringType.INSTANCE);
        assertEquals(StringType.INSTANCE, alias.resolved());
        assertEquals(XtpType.Kind.ALIAS, alias.kind());
        assertEquals(XtpType.Kind.STRING, alias.resolved().kind());
    }

    @Test
    void lookups() {
        XtpSchema schema = XtpSchemas.parse(Fixtures.upstream("v1-valid-doc.yaml"));
        assertTrue(schema.type("Nope").isEmpty());
        assertTrue(schema.exportNamed("eatAFruit").isEmpty());
        assertTrue(schema.importNamed("eatAFruit").isPresent());
        assertTrue(schema.isComponent(schema.type("Fruit").orElseThrow()));
        assertThrows(UnsupportedOperationException.class, () -> schema.types().add(null));
        ObjectType complex = (ObjectType) schema.type("ComplexObject").orElseThrow();
        assertTrue(complex.field("nope").isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> complex.fields().clear());
        EnumType fruit = (EnumType) schema.type("Fruit").orElseThrow();
        assertTrue(fruit.value("kiwi").isEmpty());
        assertEquals(List.of("apple", "orange", "banana", "strawberry"), fruit.wireValues());
    }

    @Test
    void contentTypes() {
        assertEquals(Optional.of(ContentType.MSGPACK), ContentType.fromWire("application/vnd.msgpack"));
        assertEquals(Optional.of(ContentType.TEXT), ContentType.fromWire("text/plain; charset=utf-8"));
        assertEquals(Optional.empty(), ContentType.fromWire("text/plain; charset=UTF-8"));
        assertEquals(List.of("application/x-msgpack", "application/msgpack", "application/vnd.msgpack"),
                ContentType.MSGPACK.acceptedSpellings());
        assertTrue(ContentType.KARMEM.isExtension());
        assertTrue(!ContentType.BINARY.isExtension());
    }

    @Test
    void integerFormats() {
        assertEquals(BigInteger.valueOf(-128), IntegerFormat.INT8.minValue());
        assertEquals(BigInteger.valueOf(255), IntegerFormat.UINT8.maxValue());
        assertEquals(new BigInteger("18446744073709551615"), IntegerFormat.UINT64.maxValue());
        assertEquals(BigInteger.valueOf(Long.MIN_VALUE), IntegerFormat.INT64.minValue());
        assertTrue(IntegerFormat.INT32.isProductionFormat());
        assertTrue(!IntegerFormat.UINT32.isProductionFormat());
        assertEquals(Optional.of(IntegerFormat.INT16), IntegerFormat.fromWireName("int16"));
        assertEquals(Optional.empty(), IntegerFormat.fromWireName("int128"));
    }

    @Test
    void diagnosticFormat() {
        Diagnostic d = new Diagnostic(Severity.WARNING, "m", "#/x", 3, 4, "a.yaml");
        assertEquals("a.yaml:3:4: warning: m (#/x)", d.format());
        assertEquals(d.format(), d.toString());
        XtpSchemaException e = new XtpSchemaException(List.of(d,
                new Diagnostic(Severity.ERROR, "bad", "#", 1, 1, "a.yaml")));
        assertEquals("a.yaml:1:1: error: bad (#)", e.getMessage());
        assertEquals(1, e.errors().size());
        assertEquals(2, e.diagnostics().size());
    }
}
