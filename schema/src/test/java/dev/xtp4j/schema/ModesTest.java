package dev.xtp4j.schema;

import static dev.xtp4j.schema.Fixtures.assertDiagnostics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.codec.ContentType;
import dev.xtp4j.schema.model.DateTimeType;
import dev.xtp4j.schema.model.MapType;
import dev.xtp4j.schema.model.ObjectType;
import dev.xtp4j.schema.model.StringType;
import dev.xtp4j.schema.model.XtpFunction;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What STRICT adds to and LENIENT relaxes from the default semantics. */
class ModesTest {

    private static final String V1 = "version: v1-draft\n";

    // ------------------------------------------------------------------ strict

    @Test
    void strictRejectsEverythingProductionRejects() {
        assertDiagnostics(ValidationMode.STRICT, V1 + """
                exports:
                  f:
                    input:
                      type: string
                      items: {type: string}
                      contentType: application/json
                    output:
                      $ref: "#/components/schemas/O/extra"
                      contentType: application/json
                  i:
                    input:
                      type: string
                components:
                  schemas:
                    O:
                      description: x
                      properties:
                        m:
                          type: object
                          additionalProperties:
                            type: object
                            additionalProperties: {type: string}
                        a:
                          type: array
                          items:
                            type: array
                            items: {type: string}
                        n:
                          type: string
                          nullable: null
                        x:
                          items: {type: string}
                    P:
                      type: integer
                    Q:
                      type: object
                      additionalProperties: {type: string}
                    E:
                      type: integer
                      enum: [a]
                """,
                "test.yaml:5:13: error: items makes this node an array, but its type is string (#/exports/f/input)",
                "test.yaml:9:13: error: Invalid $ref \"#/components/schemas/O/extra\" (#/exports/f/output/$ref)",
                "test.yaml:13:7: error: Missing contentType; production XTP requires one of [application/json, "
                        + "text/plain; charset=utf-8, application/x-binary] (#/exports/i/input)",
                "test.yaml:23:13: error: A map value cannot be a map in strict mode "
                        + "(#/components/schemas/O/properties/m/additionalProperties)",
                "test.yaml:28:13: error: An array item cannot be an array in strict mode "
                        + "(#/components/schemas/O/properties/a/items)",
                "test.yaml:31:21: error: Expected a value but found null "
                        + "(#/components/schemas/O/properties/n/nullable)",
                "test.yaml:33:11: error: Missing required key 'type' (#/components/schemas/O/properties/x)",
                "test.yaml:35:7: error: Only object and enum schemas are allowed under components.schemas in strict "
                        + "mode; this one is int64 (#/components/schemas/P)",
                "test.yaml:37:7: error: Only object and enum schemas are allowed under components.schemas in strict "
                        + "mode; this one is a map (#/components/schemas/Q)",
                "test.yaml:40:13: error: An enum schema may only have type 'string' (#/components/schemas/E)");
    }

    @Test
    void strictUnknownKeysFormatsExtensionsAndInlineEnums() {
        assertDiagnostics(ValidationMode.STRICT, V1 + """
                exports:
                  f:
                    input:
                      type: array
                      items: {type: integer, format: uint8}
                      contentType: application/x-binary
                    output:
                      $ref: "#/components/schemas/Obj"
                      format: int32
                      contentType: application/vnd.msgpack
                  g:
                    input:
                      type: string
                      enum: [a, b]
                      contentType: application/json
                imports:
                  h:
                    codeSamples: []
                components:
                  schemas:
                    Obj:
                      type: object
                      properties:
                        a: {type: string, description: d, example: x}
                    Color:
                      enum: [red]
                      nullable: true
                """,
                "test.yaml:6:38: error: Format uint8 is not allowed in strict mode; production XTP accepts int32 and "
                        + "int64 (#/exports/f/input/items)",
                "test.yaml:10:7: error: Unknown key 'format'. Allowed keys here: [$ref, contentType, description, "
                        + "nullable] (#/exports/f/output/format)",
                "test.yaml:10:15: error: Invalid format int32 for type undefined. Valid formats are: [] "
                        + "(#/exports/f/output)",
                "test.yaml:11:20: error: contentType 'application/vnd.msgpack' is an xtp4j extension; production XTP "
                        + "accepts only [application/json, text/plain; charset=utf-8, application/x-binary] "
                        + "(#/exports/f/output/contentType)",
                "test.yaml:15:7: error: Inline enums are not allowed in strict mode: define the enum under "
                        + "components.schemas and use $ref (#/exports/g/input)",
                "test.yaml:19:5: error: Unknown key 'codeSamples'. Allowed keys here: [description, input, output] "
                        + "(#/imports/h/codeSamples)",
                "test.yaml:23:7: error: Unknown key 'type'. Allowed keys here: [properties, description, required] "
                        + "(#/components/schemas/Obj/type)",
                "test.yaml:25:43: error: Unknown key 'example'. Allowed keys here: [type, format, nullable, "
                        + "description, items] (#/components/schemas/Obj/properties/a/example)",
                "test.yaml:28:7: error: Unknown key 'nullable'. Allowed keys here: [enum, type, description] "
                        + "(#/components/schemas/Color/nullable)");
    }

    @Test
    void strictRootAndComponents() {
        assertDiagnostics(ValidationMode.STRICT, V1,
                "test.yaml:1:1: error: Missing required key 'exports' (#)");
        assertDiagnostics(ValidationMode.STRICT, V1 + "exports: {}\ncomponents:\n  other: 1\nx: 1\n",
                "test.yaml:4:3: error: Unknown key 'other'. Allowed keys here: [schemas] (#/components/other)",
                "test.yaml:4:3: error: Missing required key 'schemas' (#/components)",
                "test.yaml:5:1: error: Unknown key 'x'. Allowed keys here: [version, exports, imports, components] "
                        + "(#/x)");
        assertDiagnostics(ValidationMode.STRICT, V1 + "exports:\n  f:\n",
                "test.yaml:3:5: error: Expected a mapping but found null (#/exports/f)");
    }

    @Test
    void strictAcceptsAProductionDocument() {
        ParseResult r = assertDiagnostics(ValidationMode.STRICT, V1 + """
                exports:
                  f:
                    description: d
                    input:
                      $ref: "#/components/schemas/O"
                      contentType: application/json
                    output:
                      type: array
                      items:
                        $ref: "#/components/schemas/O"
                      contentType: application/json
                components:
                  schemas:
                    O:
                      description: x
                      required: [a]
                      properties:
                        a:
                          type: string
                          description: a string
                        m:
                          type: object
                          additionalProperties:
                            type: array
                            items: {type: integer, format: int32}
                    E:
                      type: string
                      enum: [a, b]
                """);
        assertTrue(r.schema().isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"example-schema.yaml", "v1-invalid-cycle-doc.yaml", "v1-invalid-keyword-doc.yaml"})
    void fixturesThatProductionAcceptsHaveNoStrictOnlyErrors(String fixture) {
        ParseResult strict = Fixtures.read(ValidationMode.STRICT, Fixtures.upstream(fixture));
        ParseResult normal = Fixtures.read(ValidationMode.DEFAULT, Fixtures.upstream(fixture));
        assertEquals(normal.errors(), strict.errors());
    }

    @Test
    void validDocFailsInStrictModeForTheReasonsProductionGives() {
        ParseResult r = Fixtures.read(ValidationMode.STRICT, Fixtures.upstream("v1-valid-doc.yaml"));
        List<String> messages = r.errors().stream().map(Diagnostic::message).distinct().toList();
        assertTrue(messages.contains(
                "Inline enums are not allowed in strict mode: define the enum under components.schemas and use $ref"));
        assertTrue(messages.contains("Format uint8 is not allowed in strict mode; production XTP accepts int32 and "
                + "int64"));
        assertTrue(messages.contains("Only object and enum schemas are allowed under components.schemas in strict "
                + "mode; this one is int64"));
        assertTrue(messages.contains("Only object and enum schemas are allowed under components.schemas in strict "
                + "mode; this one is a map"));
        assertTrue(messages.contains("A map value cannot be a map in strict mode"));
    }

    // ------------------------------------------------------------------ lenient

    @Test
    void lenientAcceptsTheLegacyLayout() {
        ParseResult r = assertDiagnostics(ValidationMode.LENIENT, V1 + """
                exports:
                  - plain
                  - name: withInput
                    input:
                      $ref: "#/components/schemas/Legacy"
                      contentType: Application/JSON
                imports:
                  - name: host
                schemas:
                  - name: Legacy
                    properties:
                      when:
                        type: string
                        format: date
                      at:
                        type: string
                        format: date-time
                      m:
                        additionalProperties:
                          type: string
                """,
                "test.yaml:3:3: warning: exports as a list is the legacy (before 2024-08) layout: write a map from "
                        + "function name to definition (#/exports)",
                "test.yaml:7:20: warning: Non-canonical contentType 'Application/JSON' read as 'application/json' "
                        + "(#/exports/withInput/input/contentType)",
                "test.yaml:9:3: warning: imports as a list is the legacy (before 2024-08) layout: write a map from "
                        + "function name to definition (#/imports)",
                "test.yaml:10:1: warning: Root key 'schemas' is the legacy (before 2024-08) layout: move each schema "
                        + "to components.schemas, keyed by its name (#/schemas)",
                "test.yaml:15:17: warning: Format date is legacy; read as a plain string "
                        + "(#/schemas/0/properties/when)",
                "test.yaml:20:9: warning: additionalProperties without type: object is the rc16 map syntax; add "
                        + "type: object (#/schemas/0/properties/m)");
        XtpSchema schema = r.orThrow();
        assertEquals(List.of("plain", "withInput"), schema.exports().stream().map(XtpFunction::name).toList());
        assertEquals(List.of("host"), schema.imports().stream().map(XtpFunction::name).toList());
        ObjectType legacy = (ObjectType) schema.type("Legacy").orElseThrow();
        assertSame(legacy, schema.exportNamed("withInput").orElseThrow().input().orElseThrow().type());
        assertEquals(StringType.INSTANCE, legacy.field("when").orElseThrow().type());
        assertEquals(DateTimeType.INSTANCE, legacy.field("at").orElseThrow().type());
        assertEquals(MapType.of(StringType.INSTANCE), legacy.field("m").orElseThrow().type());
        assertEquals(ContentType.JSON,
                schema.exportNamed("withInput").orElseThrow().input().orElseThrow().contentType().orElseThrow());
    }

    @Test
    void lenientLegacySchemasAsAMapAndDuplicates() {
        assertDiagnostics(ValidationMode.LENIENT, V1 + """
                exports: {}
                schemas:
                  A: {type: string}
                  B: {enum: [x]}
                components:
                  schemas:
                    B: {type: string}
                """,
                "test.yaml:3:1: warning: Root key 'schemas' is the legacy (before 2024-08) layout: move each schema "
                        + "to components.schemas, keyed by its name (#/schemas)",
                "test.yaml:5:3: error: Duplicate schema name: B (#/schemas/B)");
        assertDiagnostics(ValidationMode.LENIENT, V1 + "schemas:\n  - type: string\n  - 5\n",
                "test.yaml:2:1: warning: Root key 'schemas' is the legacy (before 2024-08) layout: move each schema "
                        + "to components.schemas, keyed by its name (#/schemas)",
                "test.yaml:3:5: error: Missing required key 'name' (#/schemas/0)",
                "test.yaml:4:5: error: Expected a mapping but found a number (#/schemas/1)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain; charset=UTF-8", "text/plain;charset=utf-8", "TEXT/PLAIN; Charset=\"utf-8\""})
    void lenientNormalizesTextSpellings(String spelling) {
        ParseResult r = Fixtures.read(ValidationMode.LENIENT, V1 + "exports:\n  f:\n    input:\n      type: string\n"
                + "      contentType: '" + spelling + "'\n");
        assertEquals(1, r.warnings().size(), r::format);
        assertEquals(ContentType.TEXT,
                r.orThrow().exportNamed("f").orElseThrow().input().orElseThrow().contentType().orElseThrow());
        assertEquals(spelling,
                r.orThrow().exportNamed("f").orElseThrow().input().orElseThrow().mediaType().orElseThrow().text());
    }

    // ------------------------------------------------------------------ extension content types

    @ParameterizedTest
    @EnumSource(value = ValidationMode.class, names = {"DEFAULT", "LENIENT"})
    void extensionContentTypesAreAcceptedOutsideStrictMode(ValidationMode mode) {
        for (String spelling : List.of("application/x-msgpack", "application/msgpack", "application/vnd.msgpack",
                "application/x-karmem")) {
            ParseResult r = Fixtures.read(mode, V1 + "exports:\n  f:\n    input:\n      type: string\n"
                    + "      contentType: " + spelling + "\n");
            assertEquals(List.of(), r.diagnostics());
            ContentType ct = r.orThrow().exportNamed("f").orElseThrow().input().orElseThrow().contentType()
                    .orElseThrow();
            assertEquals(spelling.contains("karmem") ? ContentType.KARMEM : ContentType.MSGPACK, ct);
            assertTrue(ct.isExtension());
        }
    }
}
