package dev.xtp4j.schema.karmem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.codec.KarmemBinding;
import dev.xtp4j.karmem.schema.KarmemSchema;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.XtpSchemas;
import dev.xtp4j.schema.model.XtpFunction;
import dev.xtp4j.schema.value.Shop;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Deriving a {@code .km} from an XTP schema. */
class KarmemDerivationTest {

    @Test
    void derivesTheDocumentedLayout() {
        KarmemDerivation km = XtpKarmem.derive(Shop.SCHEMA);
        assertEquals(Shop.resource("shop.km"), km.toKm());
        assertEquals(km.schema(), KarmemSchema.parse(km.toKm(), "shop.km"), "the text parses back to the schema");
    }

    @Test
    void namesAndRoots() {
        KarmemDerivation km = XtpKarmem.derive(Shop.SCHEMA);
        assertEquals(Optional.of("Order"), km.nameOf("Order"));
        assertEquals(Optional.of("Color"), km.nameOf("Color"));
        assertEquals(Optional.of("CustomerName"), km.fieldOf("Order", "customerName"));
        assertEquals(Optional.empty(), km.fieldOf("Order", "nope"));
        XtpFunction process = Shop.SCHEMA.exportNamed("process").orElseThrow();
        assertEquals(Optional.of("Order"), km.inputRoot(process), "a non-nullable object is its own root");
        assertEquals(Optional.of("ProcessOutput"), km.outputRoot(process), "a nullable one gets a wrapper");
        XtpFunction greet = Shop.SCHEMA.exportNamed("greet").orElseThrow();
        assertEquals(Optional.of("GreetInput"), km.inputRoot(greet));
        assertEquals(Optional.of("Greeting"), km.outputRoot(greet));
        XtpFunction audit = Shop.SCHEMA.importNamed("audit").orElseThrow();
        assertEquals(Optional.of("Order"), km.inputRoot(audit));
        assertEquals(Optional.empty(), km.outputRoot(audit));
        KarmemBinding b = km.inputBinding(greet).orElseThrow();
        assertEquals("GreetInput", b.rootStruct());
        assertEquals(12, b.root().total());
    }

    @Test
    void reportsEveryNameThatCannotBeMapped() {
        XtpSchema bad = XtpSchemas.parse(String.join("\n",
                "version: v1-draft",
                "exports: {}",
                "components:",
                "  schemas:",
                "    User:",
                "      properties:",
                "        userName: {type: string}",
                "        user_name: {type: string}",
                "        _1: {type: string}",
                "    user:",
                "      properties:",
                "        a: {type: string}",
                "    Http2Status:",
                "      enum: [ok, notFound]",
                "    Kind:",
                "      enum: [darkRed, dark_red, _2]",
                ""));
        KarmemDerivationException e = assertThrows(KarmemDerivationException.class, () -> XtpKarmem.derive(bad));
        assertEquals(List.of(
                "types User and user both map to the Karmem name User; rename one of them",
                "enum Http2Status: a Karmem enum name has letters only (no digits, no leading _ or $); rename the enum"),
                e.problems());
        assertTrue(e.getMessage().endsWith("(and 1 other problem)"), e.getMessage());
        XtpSchema fields = XtpSchemas.parse(String.join("\n",
                "version: v1-draft",
                "exports: {}",
                "components:",
                "  schemas:",
                "    User:",
                "      properties:",
                "        userName: {type: string}",
                "        user_name: {type: string}",
                "        _1: {type: string}",
                "    Kind:",
                "      enum: [darkRed, dark_red, _2]",
                ""));
        KarmemDerivationException f = assertThrows(KarmemDerivationException.class, () -> XtpKarmem.derive(fields));
        assertEquals(List.of(
                "object User: properties userName and user_name both map to the Karmem field UserName; rename one of "
                        + "them",
                "object User: property _1 has no Karmem name (it must start with a letter)",
                "enum Kind: values darkRed and dark_red both map to the Karmem entry DarkRed; rename one of them",
                "enum Kind: value _2 has no Karmem name (it must start with a letter)"),
                f.problems());
        assertThrows(IllegalArgumentException.class, () -> XtpKarmem.derive(Shop.SCHEMA, "x1"));
    }

    @Test
    void derivedNamesGiveWayToUserNames() {
        XtpSchema s = XtpSchemas.parse(String.join("\n",
                "version: v1-draft",
                "exports:",
                "  f:",
                "    input: {type: string, format: date-time, contentType: application/json}",
                "components:",
                "  schemas:",
                "    DateTime:",
                "      properties:",
                "        when: {type: string, format: date-time}",
                "      required: [when]",
                "    FInput:",
                "      properties:",
                "        x: {type: boolean}",
                ""));
        String km = XtpKarmem.derive(s).toKm();
        assertTrue(km.contains("struct DateTime2 inline @xtp.kind(`datetime`) {"), km);
        assertTrue(km.contains("struct DateTime table @xtp.name(`DateTime`) {\n    When DateTime2 @xtp.name(`when`);"),
                km);
        assertTrue(km.contains("struct FInput2 table @xtp.kind(`root`) @xtp.name(`f`) {\n    Value DateTime2;"), km);
    }

    @Test
    void largeEnumsUseWiderTypes() {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            values.append(i == 0 ? "" : ", ").append("v").append(i);
        }
        XtpSchema s = XtpSchemas.parse("version: v1-draft\nexports: {}\ncomponents:\n  schemas:\n    Big:\n"
                + "      enum: [" + values + "]\n");
        assertTrue(XtpKarmem.derive(s).toKm().startsWith("karmem xtp @packed(true);\n\nenum Big uint16 "));
    }
}
