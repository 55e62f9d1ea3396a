package dev.xtp4j.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.schema.model.ObjectType;
import dev.xtp4j.schema.model.StringType;
import dev.xtp4j.schema.model.XtpFunction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Model → YAML → model gives an equal model, and writing is stable. */
class RoundTripTest {

    private static void assertRoundTrip(XtpSchema original) {
        String yaml = XtpSchemas.toYaml(original);
        ParseResult again = XtpSchemas.read(yaml, "written.yaml");
        assertTrue(again.errors().isEmpty(), () -> again.format() + "\n" + yaml);
        for (Diagnostic w : again.warnings()) {
            assertTrue(w.message().startsWith("Potentially Invalid identifier"), () -> w.format() + "\n" + yaml);
        }
        XtpSchema reread = again.orThrow();
        assertEquals(original, reread, yaml);
        assertEquals(original.hashCode(), reread.hashCode());
        assertEquals(yaml, XtpSchemas.toYaml(reread));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xtp-schemas/v1-valid-doc.yaml", "xtp-schemas/example-schema.yaml",
        "xtp-schemas/v1-invalid-keyword-doc.yaml", "schemas/kitchen-sink.yaml"})
    void documents(String resource) {
        assertRoundTrip(XtpSchemas.read(Fixtures.text(resource), resource).orThrow());
    }

    @Test
    void lenientDocumentIsWrittenInTheCurrentLayout() {
        XtpSchema fruit = Fixtures.read(ValidationMode.LENIENT, Fixtures.upstream("fruit-go.yaml")).orThrow();
        assertRoundTrip(fruit);
        String yaml = XtpSchemas.toYaml(fruit);
        assertTrue(XtpSchemas.reader().withMode(ValidationMode.DEFAULT).read(yaml, "x").warnings().isEmpty());
    }

    @Test
    void versionZero() {
        assertRoundTrip(XtpSchemas.parse("version: v0\nexports: [a, b]\n"));
        assertEquals("version: v0\nexports:\n- a\n- b\n", XtpSchemas.toYaml(XtpSchemas.parse("version: v0\n"
                + "exports: [a, b]\n")));
    }

    @Test
    void writtenFormIsReadable() {
        XtpSchema example = Fixtures.read(Fixtures.upstream("example-schema.yaml")).orThrow();
        assertEquals("""
                version: v1-draft
                exports:
                  CountVowels:
                    input:
                      type: string
                      contentType: text/plain; charset=utf-8
                    output:
                      $ref: '#/components/schemas/VowelReport'
                      contentType: application/json
                components:
                  schemas:
                    VowelReport:
                      description: The result of counting vowels on the Vowels input.
                      properties:
                        count:
                          description: The count of vowels for input string.
                          type: integer
                          format: int32
                        total:
                          description: The cumulative amount of vowels counted, if this keeps state across multiple function calls.
                          type: integer
                          format: int32
                          nullable: true
                        vowels:
                          description: The set of vowels used to get the count, e.g. "aAeEiIoOuU"
                          type: string
                """, XtpSchemas.toYaml(example));
    }

    @Test
    void multiLineStringsBecomeLiteralBlocks() {
        XtpSchema sink = XtpSchemas.parse(Fixtures.text("schemas/kitchen-sink.yaml"));
        String yaml = XtpSchemas.toYaml(sink);
        assertTrue(yaml.contains("    description: |\n      Describes a thing.\n      Second line of the description.\n"),
                yaml);
    }

    @Test
    void differentModelsAreNotEqual() {
        XtpSchema a = XtpSchemas.parse(Fixtures.upstream("example-schema.yaml"));
        XtpSchema b = XtpSchemas.parse(Fixtures.upstream("example-schema.yaml").replace("nullable: true",
                "nullable: false"));
        assertNotEquals(a, b);
        assertNotEquals(a.types().get(0), b.types().get(0));
    }

    @Test
    void writerRejectsForeignNamedTypes() {
        ObjectType stray = new ObjectType("Stray", "Stray", Optional.empty(), List.of());
        XtpSchema schema = new XtpSchema(SchemaVersion.V1_DRAFT, List.of(new XtpFunction("f", "f", Optional.empty(),
                Optional.of(new dev.xtp4j.schema.model.Parameter(stray, false, Optional.empty(), Optional.empty())),
                Optional.empty(), List.of())), List.of(), List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> XtpSchemas.toYaml(schema));
        XtpSchema fine = new XtpSchema(SchemaVersion.V1_DRAFT, List.of(new XtpFunction("f", "f", Optional.empty(),
                Optional.of(new dev.xtp4j.schema.model.Parameter(StringType.INSTANCE, false, Optional.empty(),
                        Optional.empty())), Optional.empty(), List.of())), List.of(), List.of(), List.of());
        assertTrue(XtpSchemas.toYaml(fine).contains("type: string"));
    }
}
