package dev.xtp4j.schema.karmem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.karmem.schema.KarmemSchema;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.XtpSchemas;
import dev.xtp4j.schema.value.Shop;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which schema changes keep Karmem messages readable, and how a breaking one is explained. */
class KarmemCompatibilityTest {

    private static XtpSchema schema(String userProperties, String required, String colors) {
        return XtpSchemas.parse(String.join("\n",
                "version: v1-draft",
                "exports: {}",
                "components:",
                "  schemas:",
                "    Color:",
                "      enum: [" + colors + "]",
                "    User:",
                "      properties:",
                userProperties,
                "      required: [" + required + "]",
                ""));
    }

    private static final String V1 = String.join("\n",
            "        id: {type: integer, format: int32}",
            "        name: {type: string}",
            "        color: {$ref: '#/components/schemas/Color'}");

    private static CompatibilityReport check(String properties, String required, String colors) {
        return KarmemCompatibility.check(schema(V1, "id, name, color", "red, green"),
                schema(properties, required, colors));
    }

    @Test
    void identicalSchemasAreCompatible() {
        CompatibilityReport r = check(V1, "id, name, color", "red, green");
        assertTrue(r.isCompatible());
        assertEquals(List.of(), r.changes());
        assertEquals("", r.format());
    }

    @Test
    void appendingIsCompatible() {
        CompatibilityReport r = check(V1 + "\n        email: {type: string}", "id, name, color", "red, green, blue");
        assertTrue(r.isCompatible(), r.format());
        assertEquals(String.join("\n",
                "compatible: enum Color (enum Color): entry Blue = 2 added (older readers see an unknown value)",
                "compatible: table User (object User): field 4 Email (property email) appended: older readers ignore "
                        + "it, newer readers read its default from older messages",
                "compatible: inline struct StringOption: added"), r.format());
    }

    @Test
    void removingAFieldBreaks() {
        CompatibilityReport r = check(String.join("\n",
                "        id: {type: integer, format: int32}",
                "        name: {type: string}"), "id, name", "red, green");
        assertEquals(List.of("breaking: table User (object User): field 3 Color (property color) was removed: a table "
                + "may only grow by appending fields (keep it, unused, or start a new version)"),
                r.breaking().stream().map(Change::format).toList());
    }

    @Test
    void retypingOrReorderingBreaks() {
        CompatibilityReport wider = check(V1.replace("format: int32", "format: int64"), "id, name, color",
                "red, green");
        assertEquals("breaking: table User (object User): field 1 Id (property id) changed type from int32 to int64: "
                + "the element type changed", wider.breaking().get(0).format());
        CompatibilityReport reordered = check(String.join("\n",
                "        name: {type: string}",
                "        id: {type: integer, format: int32}",
                "        color: {$ref: '#/components/schemas/Color'}"), "id, name, color", "red, green");
        assertEquals(2, reordered.breaking().size(), reordered.format());
        assertTrue(reordered.breaking().get(0).message().startsWith("field 1 Id (property id) changed type from "
                + "int32 to []char (and was renamed to Name): a single value is now a slice"), reordered.format());
    }

    @Test
    void becomingOptionalOrNullableBreaks() {
        CompatibilityReport r = check(V1, "id, color", "red, green");
        assertEquals("breaking: table User (object User): field 2 Name (property name) changed type from []char to "
                + "[<1]StringOption: a slice is now a limited slice", r.breaking().get(0).format());
    }

    @Test
    void insertingAnEnumValueBreaks() {
        CompatibilityReport r = check(V1, "id, name, color", "red, blue, green");
        assertEquals("breaking: enum Color (enum Color): entry Green changed value from 1 to 2: Karmem stores values, "
                + "not names (was a value inserted before it? add new values at the end)",
                r.breaking().get(0).format());
        CompatibilityReport removed = check(V1, "id, name, color", "red");
        assertEquals("breaking: enum Color (enum Color): entry Green (value 1) was removed: older messages holding 1 "
                + "would read as an unknown value", removed.breaking().get(0).format());
    }

    @Test
    void renamingIsCompatible() {
        CompatibilityReport r = check(V1.replace("name:", "fullName:"), "id, fullName, color", "red, green");
        assertTrue(r.isCompatible(), r.format());
        assertEquals("compatible: table User (object User): field 2 Name (property name) renamed to FullName "
                + "(property fullName): the bytes are the same, generated code and field names change",
                r.format());
    }

    @Test
    void anEmptyObjectMayGainFields() {
        XtpSchema before = XtpSchemas.parse("version: v1-draft\nexports: {}\ncomponents:\n  schemas:\n"
                + "    Ping:\n      properties: {}\n");
        XtpSchema after = XtpSchemas.parse("version: v1-draft\nexports: {}\ncomponents:\n  schemas:\n"
                + "    Ping:\n      properties:\n        at: {type: integer}\n");
        CompatibilityReport r = KarmemCompatibility.check(before, after);
        assertTrue(r.isCompatible(), r.format());
        assertTrue(r.format().contains("placeholder field XtpPlaceholder replaced by field 1 At (property at)"),
                r.format());
    }

    @Test
    void changesInsideElementsAreFound() {
        XtpSchema before = Shop.SCHEMA;
        String yaml = Shop.resource("shop.yaml").replace("format: uint16", "format: uint32");
        CompatibilityReport r = KarmemCompatibility.check(before, XtpSchemas.parse(yaml));
        assertEquals(List.of("breaking: table Item (object Item): field 2 Qty (property qty) changed type from uint16 "
                + "to uint32: the element type changed"), r.breaking().stream().map(Change::format).toList());
    }

    @Test
    void theUpstreamCompatVectorsAreCompatible() {
        KarmemSchema v1 = KarmemSchema.parse(Shop.resource("compat_v1.km"), "compat_v1.km");
        KarmemSchema v2 = KarmemSchema.parse(Shop.resource("compat_v2.km"), "compat_v2.km");
        CompatibilityReport forward = KarmemCompatibility.check(v1, v2);
        assertTrue(forward.isCompatible(), forward.format());
        assertEquals(2, forward.changes().size());
        CompatibilityReport backward = KarmemCompatibility.check(v2, v1);
        assertEquals(2, backward.breaking().size(), "dropping appended fields again is a removal");
        KarmemSchema unpacked = KarmemSchema.parse(Shop.resource("compat_v1.km").replace("@packed(true)",
                "@packed(false)"), "u.km");
        assertEquals("breaking: table User: layout changed from packed to unpacked: both sides must agree on it",
                KarmemCompatibility.check(v1, unpacked).breaking().get(0).format());
        KarmemSchema inline = KarmemSchema.parse(Shop.resource("compat_v1.km").replace("table", "inline"), "i.km");
        assertEquals("breaking: table User: was table, is now inline: the layouts are not interchangeable",
                KarmemCompatibility.check(v1, inline).breaking().get(0).format());
    }
}
