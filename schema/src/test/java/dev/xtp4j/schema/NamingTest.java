package dev.xtp4j.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.EnumValue;
import dev.xtp4j.schema.model.Field;
import dev.xtp4j.schema.model.ObjectType;
import dev.xtp4j.schema.naming.CNames;
import dev.xtp4j.schema.naming.JavaNames;
import dev.xtp4j.schema.naming.WaveNames;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The identifier mappings for Java, C and WAVE. */
class NamingTest {

    @Test
    void javaReservedWordsAreEscapedCaseSensitively() {
        assertEquals("package_", JavaNames.memberName("package"));
        assertEquals("true_", JavaNames.memberName("true"));
        assertEquals("null_", JavaNames.memberName("null"));
        assertEquals("__", JavaNames.memberName("_"));
        assertEquals("Break", JavaNames.memberName("Break"));
        assertEquals("var", JavaNames.memberName("var"));
        assertEquals("yield", JavaNames.memberName("yield"));
        assertEquals("yield_", JavaNames.methodName("yield"));
        assertEquals("var_", JavaNames.typeName("var"));
        assertEquals("record_", JavaNames.typeName("record"));
        assertEquals("sealed_", JavaNames.typeName("sealed"));
        assertEquals("NameWith$2341", JavaNames.typeName("NameWith$2341"));
        assertTrue(JavaNames.isReserved("strictfp"));
        assertTrue(JavaNames.isReserved("goto"));
        assertFalse(JavaNames.isReserved("record"));
        assertTrue(JavaNames.isRestrictedTypeName("permits"));
    }

    @Test
    void javaCollisionsKeepUserNamesAndAddUnderscores() {
        assertEquals(List.of("class__", "class_", "x"),
                JavaNames.uniqueNames(List.of("class", "class_", "x"), JavaNames::memberName));
        assertEquals(List.of("class_", "class__"),
                JavaNames.uniqueNames(List.of("class_", "class"), JavaNames::memberName));
    }

    @Test
    void javaConstants() {
        assertEquals("DARK_RED", JavaNames.constantName("darkRed"));
        assertEquals("DARK_RED", JavaNames.constantName("dark_red"));
        assertEquals("HTTP_SERVER", JavaNames.constantName("HTTPServer"));
        assertEquals("INT32", JavaNames.constantName("int32"));
        assertEquals("MD5_SUM", JavaNames.constantName("md5Sum"));
        assertEquals("NAME_WITH_2341", JavaNames.constantName("NameWith$2341"));
        assertEquals("VALUE", JavaNames.constantName("$"));
        assertEquals("_1", JavaNames.constantName("_1"));
        assertEquals("TRUE", JavaNames.constantName("true"));
        assertEquals(List.of("DARK_RED", "DARK_RED_2", "DARK_RED_3"),
                JavaNames.uniqueConstants(List.of("darkRed", "dark_red", "DarkRed")));
        assertEquals("KvRead", JavaNames.pascalCase("kv_read"));
        assertEquals("ReferenceTypeFunc", JavaNames.pascalCase("referenceTypeFunc"));
    }

    @Test
    void cEnumerators() {
        assertEquals("GHOST_GANG_BLINKY", CNames.enumerator("GhostGang", "blinky"));
        assertEquals("FRUIT_VALUE", CNames.enumerator("Fruit", "_"));
        assertEquals("ENUM_A", CNames.enumerator("$", "a"));
        Set<String> used = new HashSet<>(List.of("A_B_C"));
        assertEquals(List.of("A_B_C_2", "A_B_C_3"), CNames.uniqueEnumerators("A", List.of("b_c", "bC"), used));
        assertTrue(used.containsAll(List.of("A_B_C", "A_B_C_2", "A_B_C_3")));
        assertEquals("int_", CNames.identifier("int"));
        assertEquals("a_b", CNames.identifier("a$b"));
        assertEquals("_Bool_", CNames.identifier("_Bool"));
    }

    @Test
    void waveLabels() {
        assertEquals("user-name", WaveNames.label("userName"));
        assertEquals("user-name", WaveNames.label("user_name"));
        assertEquals("http-server", WaveNames.label("HTTPServer"));
        assertEquals("name-with2341", WaveNames.label("NameWith$2341"));
        assertEquals("int32", WaveNames.label("int32"));
        assertEquals("v1", WaveNames.label("_1"));
        assertEquals("value", WaveNames.label("$"));
        assertEquals("blue", WaveNames.label("BLUE"));
        assertEquals(List.of("user-name", "user-name2", "user-name3"),
                WaveNames.uniqueLabels(List.of("userName", "user_name", "UserName")));
        assertTrue(WaveNames.isKeyword("true"));
        assertFalse(WaveNames.isKeyword("red"));
    }

    @Test
    void theModelCarriesEveryName() {
        XtpSchema schema = XtpSchemas.parse(Fixtures.text("schemas/kitchen-sink.yaml"));
        EnumType color = (EnumType) schema.type("Color").orElseThrow();
        assertEquals(List.of(
                new EnumValue("red", "RED", "COLOR_RED", "red"),
                new EnumValue("darkGreen", "DARK_GREEN", "COLOR_DARK_GREEN", "dark-green"),
                new EnumValue("dark_green", "DARK_GREEN_2", "COLOR_DARK_GREEN_2", "dark-green2"),
                new EnumValue("true", "TRUE", "COLOR_TRUE", "true"),
                new EnumValue("BLUE", "BLUE", "COLOR_BLUE", "blue")), color.values());
        assertEquals("dark_green", color.valueForWaveLabel("dark-green2").orElseThrow().value());
        assertEquals("darkGreen", color.valueForJavaName("DARK_GREEN").orElseThrow().value());
        assertEquals("DARK_GREEN_2", color.value("dark_green").orElseThrow().javaName());

        EnumType mode = schema.inlineEnums().get(0);
        assertEquals("ThingMode", mode.name());
        assertEquals(List.of("THING_MODE_FAST", "THING_MODE_SLOW"),
                mode.values().stream().map(EnumValue::cName).toList());

        ObjectType part = (ObjectType) schema.type("Part").orElseThrow();
        assertEquals(List.of("id", "class_"), part.fields().stream().map(Field::javaName).toList());
    }

    @Test
    void cEnumeratorsAreUniqueAcrossTheSchema() {
        XtpSchema schema = XtpSchemas.parse("""
                version: v1-draft
                exports: {}
                components:
                  schemas:
                    A_B: {enum: [c]}
                    A: {enum: [b_c]}
                """);
        assertEquals("A_B_C", ((EnumType) schema.type("A_B").orElseThrow()).values().get(0).cName());
        assertEquals("A_B_C_2", ((EnumType) schema.type("A").orElseThrow()).values().get(0).cName());
    }
}
