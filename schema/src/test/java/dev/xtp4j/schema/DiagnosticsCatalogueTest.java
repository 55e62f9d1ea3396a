package dev.xtp4j.schema;

import static dev.xtp4j.schema.Fixtures.assertDiagnostics;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * One document per diagnostic message of the default mode, with the complete expected output (message, path,
 * line:column). The strict and lenient messages are in {@link ModesTest}, the syntax ones in
 * {@link MalformedInputTest}.
 */
class DiagnosticsCatalogueTest {

    private static final String V1 = "version: v1-draft\n";

    @Test
    void invalidVersion() {
        assertDiagnostics("version: v2\nexports: {}\n",
                "test.yaml:1:10: error: version property not valid: v2 (#/version)");
        assertDiagnostics("version: 1\n", "test.yaml:1:10: error: version property not valid: 1 (#/version)");
        assertDiagnostics("version:\n", "test.yaml:1:9: error: version property not valid: null (#/version)");
        assertDiagnostics("exports: {}\n", "test.yaml:1:1: error: version property not valid: undefined (#/version)");
        assertDiagnostics("version: [v1-draft]\n",
                "test.yaml:1:10: error: version property not valid: v1-draft (#/version)");
    }

    @Test
    void invalidIdentifiersAndKeywordWarnings() {
        assertDiagnostics(V1 + """
                exports:
                  "a-b": {}
                imports:
                  in: {}
                components:
                  schemas:
                    "1st":
                      properties:
                        "x y": {type: string}
                    E:
                      enum: [ok, not-ok]
                """,
                "test.yaml:3:3: error: Invalid identifier: \"a-b\". Must match /^[a-zA-Z_$][a-zA-Z0-9_$]*$/ "
                        + "(#/exports/a-b)",
                "test.yaml:5:3: warning: Potentially Invalid identifier: \"in\". This is a keyword in the following "
                        + "languages and may cause trouble with code generation: python,csharp,rust (#/imports/in)",
                "test.yaml:8:5: error: Invalid identifier: \"1st\". Must match /^[a-zA-Z_$][a-zA-Z0-9_$]*$/ "
                        + "(#/components/schemas/1st)",
                "test.yaml:10:9: error: Invalid identifier: \"x y\". Must match /^[a-zA-Z_$][a-zA-Z0-9_$]*$/ "
                        + "(#/components/schemas/1st/properties/x y)",
                "test.yaml:12:18: error: Invalid identifier: \"not-ok\". Must match /^[a-zA-Z_$][a-zA-Z0-9_$]*$/ "
                        + "(#/components/schemas/E/enum)");
    }

    @Test
    void invalidTypeAndFormat() {
        assertDiagnostics(V1 + """
                exports:
                  f:
                    input:
                      type: [a]
                      contentType: application/json
                    output:
                      format: int32
                      contentType: application/json
                  g:
                    input:
                      type: number
                      format: int64
                      contentType: application/json
                    output:
                      type: string
                      format: {x: 1}
                      contentType: application/json
                """,
                "test.yaml:5:13: error: Invalid type '[\"a\"]'. Options are: ['string', 'number', 'integer', "
                        + "'boolean', 'object', 'array', 'buffer'] (#/exports/f/input)",
                "test.yaml:8:15: error: Invalid format int32 for type undefined. Valid formats are: [] "
                        + "(#/exports/f/output)",
                "test.yaml:13:15: error: Invalid format int64 for type number. Valid formats are: [float, double] "
                        + "(#/exports/g/input)",
                "test.yaml:17:15: error: Invalid format {\"x\":1} for type string. Valid formats are: "
                        + "[date-time, byte] (#/exports/g/output)");
    }

    @Test
    void mapRulesAndRequired() {
        assertDiagnostics(V1 + """
                exports: {}
                components:
                  schemas:
                    Mixed:
                      type: object
                      required: [a, b]
                      properties:
                        a: {type: string}
                      additionalProperties: {type: string}
                    NoProps:
                      required: [z]
                      enum: [q]
                    Bad:
                      properties:
                        m:
                          type: array
                          additionalProperties: {type: string}
                """,
                "test.yaml:7:21: error: Property b is marked as required but not defined (#/components/schemas/Mixed)",
                "test.yaml:10:7: error: We currently do not support objects with both fixed properties and "
                        + "additionalProperties (#/components/schemas/Mixed)",
                "test.yaml:12:18: error: Property z is marked as required but not defined "
                        + "(#/components/schemas/NoProps)",
                "test.yaml:17:17: error: The parent type must be 'object' when using additionalProperties but your "
                        + "type is array (#/components/schemas/Bad/properties/m)");
    }

    @Test
    void enumItems() {
        assertDiagnostics(V1 + """
                components:
                  schemas:
                    E:
                      enum: [1, {a: b}, [x, y], null, ok, ok, true]
                    F:
                      enum: []
                    G:
                      enum: oops
                """,
                "test.yaml:5:14: error: Enum item must be a string: 1 (#/components/schemas/E/enum)",
                "test.yaml:5:17: error: Enum item must be a string: [object Object] (#/components/schemas/E/enum)",
                "test.yaml:5:25: error: Enum item must be a string: x,y (#/components/schemas/E/enum)",
                "test.yaml:5:33: error: Enum item must be a string: null (#/components/schemas/E/enum)",
                "test.yaml:5:43: error: Duplicate enum value: ok (#/components/schemas/E/enum)",
                "test.yaml:5:47: error: Enum item must be a string: true (#/components/schemas/E/enum)",
                "test.yaml:7:13: error: An enum needs at least one value (#/components/schemas/F/enum)",
                "test.yaml:9:13: error: Expected a sequence but found a string (#/components/schemas/G/enum)");
    }

    @Test
    void references() {
        assertDiagnostics(V1 + """
                exports:
                  f:
                    input:
                      $ref: 5
                      contentType: application/json
                    output:
                      $ref: "#/components/schemas"
                      contentType: application/json
                  g:
                    input:
                      $ref: "#/definitions/X"
                      contentType: application/json
                    output:
                      $ref: "#/components/schemas/Nope"
                      contentType: application/json
                components:
                  schemas:
                    A: {type: string}
                    B: {type: boolean}
                """,
                "test.yaml:5:13: error: Expected a string but found a number (#/exports/f/input/$ref)",
                "test.yaml:8:13: error: Invalid $ref \"#/components/schemas\". Cannot find schema \"undefined\". "
                        + "Options are: [A, B] (#/exports/f/output/$ref)",
                "test.yaml:12:13: error: Invalid $ref \"#/definitions/X\" (#/exports/g/input/$ref)",
                "test.yaml:15:13: error: Invalid $ref \"#/components/schemas/Nope\". Cannot find schema \"Nope\". "
                        + "Options are: [A, B] (#/exports/g/output/$ref)");
    }

    @Test
    void referenceWarnings() {
        assertDiagnostics(V1 + """
                exports:
                  g:
                    input:
                      $ref: "#/components/schemas/A"
                      type: string
                      format: byte
                      contentType: application/json
                    output:
                      $ref: "#/components/schemas/A/extra"
                      contentType: application/json
                components:
                  schemas:
                    A: {type: string}
                """,
                "test.yaml:5:7: warning: Keys next to $ref are ignored: type, format (#/exports/g/input)",
                "test.yaml:10:13: warning: Segments after the schema name in $ref \"#/components/schemas/A/extra\" "
                        + "are ignored (#/exports/g/output/$ref)");
    }

    @Test
    void circularReferences() {
        assertDiagnostics(V1 + """
                components:
                  schemas:
                    A:
                      $ref: "#/components/schemas/A"
                    B:
                      type: array
                      items:
                        $ref: "#/components/schemas/C"
                    C:
                      properties:
                        list:
                          type: array
                          items:
                            $ref: "#/components/schemas/B"
                    D:
                      type: object
                      additionalProperties:
                        $ref: "#/components/schemas/D"
                    M:
                      properties:
                        m:
                          type: object
                          additionalProperties:
                            $ref: "#/components/schemas/M"
                """,
                "test.yaml:5:13: error: Detected circular reference: A -> A (#/components/schemas/A)",
                "test.yaml:15:19: error: Detected circular reference: B -> items -> C -> list -> items -> B "
                        + "(#/components/schemas/B/items/C/list/items)",
                "test.yaml:19:15: error: Detected circular reference: D -> additionalProperties -> D "
                        + "(#/components/schemas/D/additionalProperties)",
                "test.yaml:25:19: error: Detected circular reference: M -> m -> additionalProperties -> value -> M "
                        + "(#/components/schemas/M/m/additionalProperties/value)");
    }

    @Test
    void cyclesAreReportedTogetherWithOtherErrors() {
        ParseResult r = assertDiagnostics(V1 + """
                exports:
                  "bad name": {}
                components:
                  schemas:
                    A:
                      properties:
                        b: {$ref: "#/components/schemas/B"}
                    B:
                      properties:
                        a: {$ref: "#/components/schemas/A"}
                """,
                "test.yaml:3:3: error: Invalid identifier: \"bad name\". Must match /^[a-zA-Z_$][a-zA-Z0-9_$]*$/ "
                        + "(#/exports/bad name)",
                "test.yaml:11:19: error: Detected circular reference: A -> b -> B -> a -> A "
                        + "(#/components/schemas/A/b/B/a)");
        assertTrue(r.schema().isEmpty());
    }

    @Test
    void javaReservedWords() {
        assertDiagnostics(V1 + """
                exports:
                  yield: {}
                  native_: {}
                  native: {}
                components:
                  schemas:
                    record:
                      type: string
                    Holder:
                      properties:
                        package: {type: string}
                        package_: {type: string}
                        Class: {type: string}
                        _: {type: string}
                """,
                "test.yaml:3:3: warning: Potentially Invalid identifier: \"yield\". This is a keyword in the following "
                        + "languages and may cause trouble with code generation: python,rust (#/exports/yield)",
                "test.yaml:3:3: warning: Potentially Invalid identifier: \"yield\". This is a reserved word in Java; "
                        + "generated Java code calls it yield_ (#/exports/yield)",
                "test.yaml:5:3: warning: Potentially Invalid identifier: \"native\". This is a reserved word in Java; "
                        + "generated Java code calls it native__ (#/exports/native)",
                "test.yaml:8:5: warning: Potentially Invalid identifier: \"record\". This is a reserved word in Java; "
                        + "generated Java code calls it record_ (#/components/schemas/record)",
                "test.yaml:12:9: warning: Potentially Invalid identifier: \"package\". This is a keyword in the "
                        + "following languages and may cause trouble with code generation: go "
                        + "(#/components/schemas/Holder/properties/package)",
                "test.yaml:12:9: warning: Potentially Invalid identifier: \"package\". This is a reserved word in Java; "
                        + "generated Java code calls it package__ (#/components/schemas/Holder/properties/package)",
                "test.yaml:14:9: warning: Potentially Invalid identifier: \"Class\". This is a keyword in the "
                        + "following languages and may cause trouble with code generation: python,csharp,cpp "
                        + "(#/components/schemas/Holder/properties/Class)",
                "test.yaml:15:9: warning: Potentially Invalid identifier: \"_\". This is a reserved word in Java; "
                        + "generated Java code calls it __ (#/components/schemas/Holder/properties/_)");
    }

    @Test
    void typeCannotBeDetermined() {
        assertDiagnostics(V1 + """
                exports:
                  f:
                    input:
                      description: nothing else
                      contentType: application/json
                    output:
                      type: array
                      contentType: application/json
                components:
                  schemas:
                    Empty:
                      description: no type at all
                    Holder:
                      properties:
                        inner:
                          properties:
                            a: {type: string}
                """,
                "test.yaml:5:7: error: Cannot determine the type: give one of type, $ref, enum, items or "
                        + "additionalProperties (#/exports/f/input)",
                "test.yaml:8:13: error: An array needs items (#/exports/f/output)",
                "test.yaml:13:7: error: Cannot determine the type: give one of type, $ref, enum, items or "
                        + "additionalProperties (or properties for an object) (#/components/schemas/Empty)",
                "test.yaml:17:11: error: Inline objects are not supported: define the object under "
                        + "components.schemas and use $ref (#/components/schemas/Holder/properties/inner)");
    }

    @Test
    void itemsOnANonArrayIsAWarning() {
        ParseResult r = assertDiagnostics(V1 + """
                exports:
                  f:
                    input:
                      type: string
                      items: {type: string}
                      contentType: application/json
                """,
                "test.yaml:5:13: warning: items makes this node an array, but its type is string (#/exports/f/input)");
        assertTrue(r.schema().isPresent());
    }

    @Test
    void contentTypes() {
        assertDiagnostics(V1 + """
                exports:
                  f:
                    input:
                      type: string
                    output:
                      type: string
                      contentType: text/html
                  g:
                    input:
                      type: string
                      contentType: text/plain; charset=UTF-8
                """,
                "test.yaml:5:7: warning: Missing contentType; production XTP requires one of [application/json, "
                        + "text/plain; charset=utf-8, application/x-binary] (#/exports/f/input)",
                "test.yaml:8:20: error: Invalid contentType 'text/html'. Options are: [application/json, "
                        + "text/plain; charset=utf-8, application/x-binary, application/x-msgpack, "
                        + "application/x-karmem] (#/exports/f/output/contentType)",
                "test.yaml:12:20: error: Invalid contentType 'text/plain; charset=UTF-8'. Options are: "
                        + "[application/json, text/plain; charset=utf-8, application/x-binary, application/x-msgpack, "
                        + "application/x-karmem] (#/exports/g/input/contentType)");
    }

    @Test
    void contentTypeMismatchWarnings() {
        ParseResult r = assertDiagnostics(V1 + """
                exports:
                  f:
                    input:
                      type: integer
                      contentType: text/plain; charset=utf-8
                    output:
                      $ref: "#/components/schemas/S"
                      contentType: application/x-binary
                  g:
                    input:
                      $ref: "#/components/schemas/E"
                      contentType: text/plain; charset=utf-8
                    output:
                      type: buffer
                      contentType: application/x-binary
                components:
                  schemas:
                    S: {type: string}
                    E: {enum: [a]}
                """,
                "test.yaml:6:20: warning: contentType text/plain; charset=utf-8 carries a string or an enum, not "
                        + "int64 (#/exports/f/input)",
                "test.yaml:9:20: warning: contentType application/x-binary carries a buffer, not S "
                        + "(#/exports/f/output)");
        assertTrue(r.schema().isPresent());
    }

    @Test
    void unknownKeysAreIgnoredWithAWarning() {
        ParseResult r = assertDiagnostics(V1 + """
                exports:
                  f:
                    returns: nothing
                    input:
                      type: string
                      contentType: application/json
                      example: hello
                components:
                  future: true
                  schemas:
                    O:
                      additionalProperties: false
                      properties:
                        a: {type: string, minLength: 1}
                extra: 1
                """,
                "test.yaml:4:5: warning: Unknown key 'returns' is ignored (#/exports/f/returns)",
                "test.yaml:8:7: warning: Unknown key 'example' is ignored (#/exports/f/input/example)",
                "test.yaml:10:3: warning: Unknown key 'future' is ignored (#/components/future)",
                "test.yaml:15:27: warning: Unknown key 'minLength' is ignored "
                        + "(#/components/schemas/O/properties/a/minLength)",
                "test.yaml:16:1: warning: Unknown key 'extra' is ignored (#/extra)");
        assertTrue(r.schema().isPresent());
    }

    @Test
    void wrongNodeKinds() {
        assertDiagnostics(V1 + """
                exports:
                  f:
                    description: {a: b}
                    codeSamples: {}
                    input: [a]
                    output:
                      type: string
                      nullable: "yes"
                      contentType: 5
                  g:
                    codeSamples:
                      - lang: java
                      - source: x
                        label: l
                      - 5
                  h: 7
                components:
                  schemas:
                    O:
                      required: a
                      properties: [a]
                """,
                "test.yaml:4:18: error: Expected a string but found a mapping (#/exports/f/description)",
                "test.yaml:5:18: error: Expected a sequence but found a mapping (#/exports/f/codeSamples)",
                "test.yaml:6:12: error: Expected a mapping but found a sequence (#/exports/f/input)",
                "test.yaml:9:17: error: Expected a boolean but found a string (#/exports/f/output/nullable)",
                "test.yaml:10:20: error: Expected a string but found a number (#/exports/f/output/contentType)",
                "test.yaml:13:9: error: Missing required key 'source' (#/exports/g/codeSamples/0)",
                "test.yaml:14:9: error: Missing required key 'lang' (#/exports/g/codeSamples/1)",
                "test.yaml:16:9: error: Expected a mapping but found a number (#/exports/g/codeSamples/2)",
                "test.yaml:17:6: error: Expected a mapping but found a number (#/exports/h)",
                "test.yaml:21:17: error: Expected a sequence but found a string (#/components/schemas/O/required)",
                "test.yaml:22:19: error: Expected a mapping but found a sequence (#/components/schemas/O/properties)");
    }

    @Test
    void rootSectionsOfTheWrongKind() {
        assertDiagnostics(V1 + """
                exports: "str"
                imports: 3
                components: [a]
                """,
                "test.yaml:2:10: error: Expected a mapping but found a string (#/exports)",
                "test.yaml:3:10: error: Expected a mapping but found a number (#/imports)",
                "test.yaml:4:13: error: Expected a mapping but found a sequence (#/components)");
        assertDiagnostics(V1 + "components:\n  schemas: x\n",
                "test.yaml:3:12: error: Expected a mapping but found a string (#/components/schemas)");
    }

    @Test
    void nullValuesCountAsAbsentOutsideStrictMode() {
        ParseResult r = assertDiagnostics(V1 + """
                exports:
                  f:
                  g:
                    description:
                    input:
                    output:
                      type: string
                      nullable:
                      contentType: application/json
                imports:
                """);
        XtpSchema schema = r.orThrow();
        assertTrue(schema.exportNamed("f").orElseThrow().input().isEmpty());
        assertTrue(schema.exportNamed("g").orElseThrow().input().isEmpty());
        assertTrue(schema.exportNamed("g").orElseThrow().output().isPresent());
    }

    @Test
    void legacyLayoutIsAnErrorByDefault() {
        assertDiagnostics(V1 + """
                exports:
                  - plain
                schemas:
                  - name: Legacy
                    properties:
                      when: {type: string, format: date}
                """,
                "test.yaml:3:3: error: exports as a list is the legacy (before 2024-08) layout: write a map from "
                        + "function name to definition (#/exports)",
                "test.yaml:4:1: error: Root key 'schemas' is the legacy (before 2024-08) layout: move each schema to "
                        + "components.schemas, keyed by its name (#/schemas)");
    }

    @Test
    void rc16MapIsAnErrorByDefault() {
        assertDiagnostics(V1 + """
                components:
                  schemas:
                    O:
                      properties:
                        m:
                          additionalProperties: {type: string}
                """,
                "test.yaml:7:11: error: The parent type must be 'object' when using additionalProperties but your "
                        + "type is undefined (#/components/schemas/O/properties/m)");
    }

    @Test
    void versionZero() {
        ParseResult ok = assertDiagnostics("version: v0\nexports: [hello, world]\nimports: {}\n",
                "test.yaml:3:1: warning: Unknown key 'imports' is ignored (#/imports)");
        assertTrue(ok.orThrow().exports().size() == 2);
        assertDiagnostics("version: v0\nexports: [a, \"c d\", {x: 1}]\n",
                "test.yaml:2:14: error: Invalid identifier: \"c d\". Must match /^[a-zA-Z_$][a-zA-Z0-9_$]*$/ "
                        + "(#/exports/1)",
                "test.yaml:2:21: error: Expected a string but found a mapping (#/exports/2)");
        assertDiagnostics("version: v0\nexports: {a: 1}\n",
                "test.yaml:2:10: error: Expected a sequence but found a mapping (#/exports)");
    }
}
