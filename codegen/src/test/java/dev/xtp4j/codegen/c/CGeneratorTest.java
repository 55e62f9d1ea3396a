package dev.xtp4j.codegen.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.codegen.GeneratedFile;
import dev.xtp4j.codegen.GeneratorException;
import dev.xtp4j.codegen.GeneratorOptions;
import dev.xtp4j.codegen.Generators;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.XtpSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The c target's output, checked as text (no compiler needed). */
class CGeneratorTest {
    private static final CGenerator GENERATOR = new CGenerator();

    static GeneratorOptions kitchenSinkOptions() {
        return GeneratorOptions.builder().projectName("kitchen-sink").setting("c.unsupported", "stub").build();
    }

    private static Map<String, GeneratedFile> generate(String yaml, GeneratorOptions options) {
        return GENERATOR.generate(XtpSchemas.parse(yaml), options).stream()
                .collect(Collectors.toMap(f -> f.path().toString(), f -> f));
    }

    private static Map<String, GeneratedFile> generate(String yaml) {
        return generate(yaml, GeneratorOptions.builder().build());
    }

    private static String header(String yaml) {
        return generate(yaml).get("pdk.gen.h").content();
    }

    private static GeneratorException failure(String yaml, GeneratorOptions options) {
        return assertThrows(GeneratorException.class, () -> GENERATOR.generate(XtpSchemas.parse(yaml), options));
    }

    private static GeneratorException failure(String yaml) {
        return failure(yaml, GeneratorOptions.builder().build());
    }

    @Test
    void theTargetIsRegistered() {
        assertEquals(GENERATOR.getClass(), Generators.forTarget("c").getClass());
        assertTrue(Generators.all().stream().anyMatch(g -> g.target().equals("c")));
    }

    /** The committed sample's generated files are exactly what the generator produces from the schema today. */
    @Test
    void theCommittedSampleIsUpToDate() throws IOException {
        XtpSchema schema = XtpSchemas.parse(Toolchain.kitchenSinkSchema());
        List<GeneratedFile> files = GENERATOR.generate(schema, kitchenSinkOptions());
        for (GeneratedFile f : files) {
            Path committed = Toolchain.sampleDir().resolve(f.path());
            assertTrue(Files.exists(committed), "missing " + committed);
            if (f.ownership() == GeneratedFile.Ownership.GENERATED) {
                assertEquals(f.content(), Files.readString(committed), f.path() + " is stale: regenerate "
                        + "sample-plugins/c (see its README)");
            }
        }
    }

    @Test
    void filesAndOwnership() {
        Map<String, GeneratedFile> files = generate(Files2.read("xtp-schemas/example-schema.yaml"));
        assertEquals(Map.of("pdk.gen.h", GeneratedFile.Ownership.GENERATED, "pdk.gen.c",
                GeneratedFile.Ownership.GENERATED, "xtp4j-pdk.h", GeneratedFile.Ownership.GENERATED,
                "xtp4j-bindings.h", GeneratedFile.Ownership.GENERATED, "plugin.c", GeneratedFile.Ownership.USER,
                "build.sh", GeneratedFile.Ownership.USER, "xtp.toml", GeneratedFile.Ownership.USER, "README.md",
                GeneratedFile.Ownership.USER), files.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().ownership())));
        assertTrue(files.get("pdk.gen.h").content().contains("DO NOT EDIT"));
        assertTrue(files.get("pdk.gen.c").content().contains("DO NOT EDIT"));
        assertTrue(files.get("plugin.c").content().contains("""
                int32_t impl_CountVowels(const xtp_string *input, VowelReport *output) {
                    (void)input;
                    (void)output;
                    return xtp_fail("CountVowels is not implemented yet");
                }
                """));
        assertTrue(files.get("build.sh").content().contains("--target=wasm32-wasi -mexec-model=reactor -Oz "
                + "-Wall -Wextra -Werror"));
        assertTrue(files.get("README.md").content().contains("| `CountVowels` | `int32_t impl_CountVowels(const "
                + "xtp_string *input, VowelReport *output)` |"));
    }

    @Test
    void generationIsDeterministic() {
        String yaml = Files2.read("xtp-schemas/v1-valid-doc.yaml");
        assertEquals(GENERATOR.generate(XtpSchemas.parse(yaml), GeneratorOptions.builder().build()),
                GENERATOR.generate(XtpSchemas.parse(yaml), GeneratorOptions.builder().build()));
    }

    @Test
    void structsComeAfterTheStructsTheyHoldByValue() {
        String h = header("""
                version: v1-draft
                exports:
                  f:
                    input: {$ref: "#/components/schemas/Outer", contentType: application/json}
                components:
                  schemas:
                    Outer:
                      properties:
                        inner: {$ref: "#/components/schemas/Inner"}
                        byName: {type: object, additionalProperties: {$ref: "#/components/schemas/Inner"}}
                        maybe: {type: array, items: {$ref: "#/components/schemas/Inner", nullable: true}}
                        alias: {$ref: "#/components/schemas/InnerAlias"}
                    InnerAlias:
                      $ref: "#/components/schemas/Inner"
                    Inner:
                      properties:
                        x: {type: integer, format: int32}
                """);
        int inner = h.indexOf("struct Inner {");
        assertTrue(inner > 0 && inner < h.indexOf("struct Inner_map_entry {"), h);
        assertTrue(inner < h.indexOf("struct Inner_opt {"), h);
        assertTrue(h.indexOf("struct Inner_map_entry {") < h.indexOf("struct Outer {"), h);
        assertTrue(h.indexOf("typedef Inner InnerAlias;") < h.indexOf("struct Outer {"), h);
        assertTrue(h.contains("    Inner_map byName; /* \"byName\": map<string, Inner>, optional */"), h);
        assertTrue(h.contains("    Inner_opt_array maybe; /* \"maybe\": array<nullable Inner>, optional */"), h);
    }

    @Test
    void presenceFlagsFollowRequiredAndNullable() {
        String h = header("""
                version: v1-draft
                exports:
                  f:
                    input: {$ref: "#/components/schemas/T", contentType: application/json}
                components:
                  schemas:
                    T:
                      properties:
                        a: {type: string}
                        b: {type: string, nullable: true}
                        c: {type: string}
                        d: {type: string, nullable: true}
                      required: [a, b]
                """);
        assertTrue(h.contains("""
                    xtp_string a; /* "a": string, required */
                    bool has_b; /* false: null */
                    xtp_string b; /* "b": nullable string, required */
                    bool has_c; /* false: absent (not written) */
                    xtp_string c; /* "c": string, optional */
                    bool has_d; /* false: absent or null (not written) */
                    xtp_string d; /* "d": nullable string, optional */
                """), h);
    }

    @Test
    void signaturesForEveryShape() {
        String h = header("""
                version: v1-draft
                exports:
                  both:
                    input: {type: string, contentType: text/plain; charset=utf-8}
                    output: {type: buffer, contentType: application/x-binary}
                  inOnly:
                    input: {type: integer, format: uint16, nullable: true, contentType: application/json}
                  outOnly:
                    output: {type: boolean, nullable: true, contentType: application/json}
                  none: {}
                imports:
                  hBoth:
                    input: {type: string, format: date-time, contentType: text/plain; charset=utf-8}
                    output: {type: number, format: float, contentType: application/json}
                  hIn:
                    input: {type: buffer, contentType: application/x-binary}
                  hOut:
                    output: {type: object, contentType: application/json, nullable: true}
                  hNone: {}
                """);
        for (String prototype : List.of(
                "int32_t impl_both(const xtp_string *input, xtp_buffer *output);",
                "int32_t impl_inOnly(const uint16_t *input);",
                "int32_t impl_outOnly(bool *output, bool *has_output);",
                "int32_t impl_none(void);",
                "int32_t host_hBoth(const xtp_datetime *input, float *output);",
                "int32_t host_hIn(const xtp_buffer *input);",
                "int32_t host_hOut(xtp_json *output, bool *has_output);",
                "void host_hNone(void);")) {
            assertTrue(h.contains(prototype), prototype + " in\n" + h);
        }
        String c = generate("""
                version: v1-draft
                imports:
                  hBoth:
                    input: {type: string, contentType: text/plain; charset=utf-8}
                    output: {type: string, contentType: text/plain; charset=utf-8}
                  hNone: {}
                """).get("pdk.gen.c").content();
        assertTrue(c.contains("""
                __attribute__((import_module("extism:host/user"), import_name("hBoth")))
                xtp_handle xtp_import_hBoth(xtp_handle input);
                __attribute__((import_module("extism:host/user"), import_name("hNone")))
                void xtp_import_hNone(void);
                """), c);
    }

    @Test
    void contentTypesTheCTargetCannotCarry() {
        GeneratorException msgpack = failure("""
                version: v1-draft
                exports:
                  packed:
                    input: {type: string, contentType: application/x-msgpack}
                """);
        assertEquals("export packed: the input uses application/x-msgpack, which the c target does not support. "
                + "The c target supports application/json, text/plain; charset=utf-8 and application/x-binary; "
                + "override the content type, or set c.unsupported=stub to generate an export that fails at run "
                + "time", msgpack.getMessage());
        assertEquals("export f: the input is array<string>, which text/plain; charset=utf-8 cannot carry in the c "
                + "target (it carries strings, enums and date-times); use application/json", failure("""
                version: v1-draft
                exports:
                  f:
                    input: {type: array, items: {type: string}, contentType: text/plain; charset=utf-8}
                """).getMessage());
        assertEquals("import g: the output is int32, which application/x-binary cannot carry in the c target (it "
                + "carries buffers and strings); use application/json", failure("""
                version: v1-draft
                imports:
                  g:
                    output: {type: integer, format: int32, contentType: application/x-binary}
                """).getMessage());

        GeneratorOptions stub = GeneratorOptions.builder().setting("c.unsupported", "stub").build();
        Map<String, GeneratedFile> files = generate("""
                version: v1-draft
                exports:
                  packed:
                    input: {type: string, contentType: application/x-karmem}
                imports:
                  hostPacked:
                    output: {type: string, contentType: application/x-msgpack}
                """, stub);
        String c = files.get("pdk.gen.c").content();
        assertTrue(c.contains("return xtp_fail(\"packed: the input uses application/x-karmem, which the c target "
                + "does not support (the xtp4j c target supports application/json, text/plain; charset=utf-8 and "
                + "application/x-binary)\");"), c);
        assertFalse(c.contains("xtp_import_hostPacked"), "no wrapper and no import for an unsupported import");
        assertFalse(files.get("pdk.gen.h").content().contains("impl_packed"));
        assertFalse(files.get("plugin.c").content().contains("impl_packed"));
    }

    @Test
    void contentTypeOverrides() {
        String yaml = """
                version: v1-draft
                exports:
                  f:
                    input: {type: string, contentType: application/json}
                    output: {type: string, contentType: application/json}
                  g:
                    input: {type: string, contentType: application/x-msgpack}
                """;
        String h = generate(yaml, GeneratorOptions.builder().contentTypeOverride("f.input", "text/plain; charset=utf-8")
                .contentTypeOverride("g", "application/x-binary").build()).get("pdk.gen.h").content();
        assertTrue(h.contains("input:  string as text/plain; charset=utf-8, C type xtp_string"), h);
        assertTrue(h.contains("output: string as application/json, C type xtp_string"), h);
        assertTrue(h.contains("input:  string as application/x-binary, C type xtp_string"), h);
        assertEquals("content-type override nope: the schema has no function named nope", failure(yaml,
                GeneratorOptions.builder().contentTypeOverride("nope", "application/json").build()).getMessage());
        assertEquals("content-type override g.output: g has no output", failure(yaml,
                GeneratorOptions.builder().contentTypeOverride("g.output", "application/json").build()).getMessage());
        assertTrue(failure(yaml, GeneratorOptions.builder().contentTypeOverride("f", "text/html").build())
                .getMessage().startsWith("content-type override f: unknown content type \"text/html\"; use one of "));
    }

    @Test
    void missingContentTypesDefaultByType() {
        String h = header("""
                version: v1-draft
                exports:
                  f:
                    input: {type: string}
                    output: {type: buffer}
                  g:
                    input: {type: integer}
                """);
        assertTrue(h.contains("input:  string as text/plain; charset=utf-8"), h);
        assertTrue(h.contains("output: buffer as application/x-binary"), h);
        assertTrue(h.contains("input:  int64 as application/json"), h);
    }

    @Test
    void nameClashesAreReported() {
        assertEquals("C name clash: Item_array is used for both schema Item_array and the container type Item_array; "
                + "rename one of them in the schema", failure("""
                version: v1-draft
                exports:
                  f: {input: {$ref: "#/components/schemas/Holder", contentType: application/json}}
                components:
                  schemas:
                    Item: {properties: {x: {type: string}}}
                    Item_array: {properties: {y: {type: string}}}
                    Holder: {properties: {items: {type: array, items: {$ref: "#/components/schemas/Item"}}}}
                """).getMessage());
        assertEquals("schema T: the C member has_x is used for both has_x and the presence flag of x; rename one of "
                + "them in the schema", failure("""
                version: v1-draft
                exports: {f: {}}
                components:
                  schemas:
                    T: {properties: {has_x: {type: string}, x: {type: string}}, required: [has_x]}
                """).getMessage());
        assertEquals("schema T: the C member a_b is used for both a$b and a_b; rename one of them in the schema",
                failure("""
                version: v1-draft
                exports: {f: {}}
                components:
                  schemas:
                    T: {properties: {a$b: {type: string}, a_b: {type: string}}}
                """).getMessage());
        assertEquals("C name clash: impl_a_b is used for both export a$b and export a_b; rename one of them in the "
                + "schema", failure("""
                version: v1-draft
                exports: {a$b: {}, a_b: {}}
                """).getMessage());
        assertEquals("schema xtp_thing: the C name xtp_thing starts with xtp_, which the C runtime reserves; rename it "
                + "in the schema", failure("""
                version: v1-draft
                exports: {f: {}}
                components:
                  schemas:
                    xtp_thing: {properties: {a: {type: string}}}
                """).getMessage());
        assertEquals("schema size_t: the C name size_t is reserved by the C bindings (a C library name or a name of "
                + "the generated code)", failure("""
                version: v1-draft
                exports: {f: {}}
                components:
                  schemas:
                    size_t: {enum: [a, b]}
                """).getMessage());
    }

    @Test
    void keywordsAndDollarsBecomeValidIdentifiers() {
        String h = header(Files2.read("xtp-schemas/v1-invalid-keyword-doc.yaml"));
        assertTrue(h.contains("int32_t impl_false(void);"), h);
        assertTrue(h.contains("void host_true(void);"), h);
        assertTrue(h.contains("xtp_string alignas_; /* \"alignas\": string, optional */"), h);
        String valid = header(Files2.read("xtp-schemas/v1-valid-doc.yaml"));
        assertTrue(valid.contains("xtp_string NameWith_2341; /* \"NameWith$2341\": string, optional */"), valid);
        String c = generate(Files2.read("xtp-schemas/v1-valid-doc.yaml")).get("pdk.gen.c").content();
        assertTrue(c.contains("if (!xtp_jw_member(w, &count, \"\\\"NameWith$2341\\\":\")) return false;"),
                "the wire name is kept: " + c);
    }

    @Test
    void settingsAreChecked() {
        String yaml = "version: v1-draft\nexports: {f: {}}\n";
        assertEquals("unknown setting c.bogus for the c target; the settings are [c.unsupported]",
                failure(yaml, GeneratorOptions.builder().setting("c.bogus", "1").build()).getMessage());
        assertEquals("setting c.unsupported must be error or stub, not \"maybe\"",
                failure(yaml, GeneratorOptions.builder().setting("c.unsupported", "maybe").build()).getMessage());
        generate(yaml, GeneratorOptions.builder().setting("java.something", "x").build());
    }

    @Test
    void descriptionsCannotBreakOutOfComments() {
        String h = header("""
                version: v1-draft
                exports:
                  f:
                    description: "ends a comment */ int evil; /* and opens one"
                """);
        assertTrue(h.contains("ends a comment * / int evil; / * and opens one"), h);
        assertFalse(h.contains("*/ int evil"), h);
    }

    @Test
    void emptyAndV0Schemas() {
        Map<String, GeneratedFile> empty = generate("version: v1-draft\nexports: {}\n");
        assertTrue(empty.get("README.md").content().contains("The schema has no exports."));
        assertTrue(generate("version: v0\nexports: [hello, world]\n").get("pdk.gen.h").content()
                .contains("int32_t impl_world(void);"));
    }

    /** Reads test resources. */
    static final class Files2 {
        private Files2() {}

        static String read(String resource) {
            try (var in = CGeneratorTest.class.getResourceAsStream("/" + resource)) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}
