package dev.xtp4j.schema;

import static dev.xtp4j.schema.Fixtures.assertDiagnostics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** Bad YAML, bad JSON, bad bytes, unreadable files: always positioned diagnostics, never an exception. */
class MalformedInputTest {

    @Test
    void yamlSyntaxErrors() {
        assertDiagnostics("version: v1-draft\nexports:\n  f: [\n",
                "test.yaml:4:1: error: Invalid YAML: expected the node content, but found '<stream end>' "
                        + "(while parsing a flow node) (#)");
        ParseResult tabs = Fixtures.read("version: v1-draft\nexports:\n\tf: {}\n");
        assertEquals(1, tabs.errors().size());
        assertTrue(tabs.errors().get(0).message().startsWith("Invalid YAML: "), tabs::format);
        assertEquals(3, tabs.errors().get(0).line());
        ParseResult colon = Fixtures.read("version: v1-draft\nexports: a: b\n");
        assertEquals("test.yaml:2:11: error: Invalid YAML: mapping values are not allowed here (#)",
                colon.errors().get(0).format());
    }

    @Test
    void emptyAndNonMappingDocuments() {
        assertDiagnostics("", "test.yaml:1:1: error: The document is empty (#)");
        assertDiagnostics("# only a comment\n", "test.yaml:1:1: error: The document is empty (#)");
        assertDiagnostics("- a\n- b\n", "test.yaml:1:1: error: Expected a mapping but found a sequence (#)");
        assertDiagnostics("hello\n", "test.yaml:1:1: error: Expected a mapping but found a string (#)");
        assertDiagnostics("42\n", "test.yaml:1:1: error: Expected a mapping but found a number (#)");
        assertDiagnostics("null\n", "test.yaml:1:1: error: Expected a mapping but found null (#)");
        assertDiagnostics("[1, 2]", "test.yaml:1:1: error: Expected a mapping but found a sequence (#)");
    }

    @Test
    void severalDocumentsInOneStream() {
        ParseResult r = Fixtures.read("version: v1-draft\n---\nversion: v0\n");
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).message().contains("expected a single document in the stream"), r::format);
    }

    @Test
    void keysDuplicatesAndAliases() {
        assertDiagnostics("version: v1-draft\nversion: v0\n",
                "test.yaml:2:1: error: Duplicate key 'version' (#/version)");
        assertDiagnostics("? [a, b]\n: c\nversion: v1-draft\n",
                "test.yaml:1:3: error: Mapping keys must be scalars (#)");
        assertDiagnostics("version: v1-draft\nx: &x\n  b: *x\n",
                "test.yaml:2:1: warning: Unknown key 'x' is ignored (#/x)",
                "test.yaml:2:4: error: Recursive YAML alias: a node cannot contain itself (#/x/b)");
    }

    @Test
    void anchorsAliasesAndMergeKeysWork() {
        ParseResult r = assertDiagnostics("""
                version: v1-draft
                exports:
                  f:
                    input: &json
                      type: string
                      contentType: application/json
                    output: *json
                  g:
                    input:
                      <<: *json
                      type: boolean
                """);
        XtpSchema schema = r.orThrow();
        assertEquals("string", schema.exportNamed("f").orElseThrow().output().orElseThrow().type().display());
        assertEquals("boolean", schema.exportNamed("g").orElseThrow().input().orElseThrow().type().display());
        assertEquals("application/json",
                schema.exportNamed("g").orElseThrow().input().orElseThrow().mediaType().orElseThrow().text());
    }

    @Test
    void aliasBombsAreRejectedQuickly() {
        StringBuilder sb = new StringBuilder("version: v1-draft\nl0: &l0 [a, a]\n");
        for (int i = 1; i < 40; i++) {
            sb.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l")
                    .append(i - 1).append("]\n");
        }
        assertDiagnostics(sb.toString(),
                "test.yaml:1:1: error: The document is too large: more than 1000000 nodes after expanding aliases (#)");
    }

    @Test
    void deepNestingIsRejected() {
        String deep = "version: v1-draft\nx: " + "[".repeat(500) + "]".repeat(500) + "\n";
        ParseResult r = Fixtures.read(deep);
        assertTrue(r.hasErrors());
        assertTrue(r.errors().get(0).message().startsWith("Invalid YAML: "), r::format);
        String deepJson = "{\"version\": \"v1-draft\", \"x\": " + "[".repeat(500) + "]".repeat(500) + "}";
        ParseResult j = Fixtures.read(deepJson);
        assertTrue(j.hasErrors());
        assertTrue(j.errors().get(0).message().startsWith("Invalid JSON: "), j::format);
    }

    @Test
    void jsonDocumentsWithPositions() throws Exception {
        Object tree = new Yaml().load(Fixtures.upstream("v1-valid-doc.yaml"));
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        ParseResult fromJson = Fixtures.read(json);
        ParseResult fromYaml = Fixtures.read(Fixtures.upstream("v1-valid-doc.yaml"));
        assertEquals(fromYaml.orThrow(), fromJson.orThrow());

        assertDiagnostics("{\n  \"version\": \"v1-draft\",\n  \"exports\": {\"f\": {\"input\": {\"type\": \"strin\"}}}\n}",
                "test.yaml:3:30: warning: Missing contentType; production XTP requires one of [application/json, "
                        + "text/plain; charset=utf-8, application/x-binary] (#/exports/f/input)",
                "test.yaml:3:39: error: Invalid type 'strin'. Options are: ['string', 'number', 'integer', "
                        + "'boolean', 'object', 'array', 'buffer'] (#/exports/f/input)");
    }

    @Test
    void jsonSyntaxErrors() {
        assertDiagnostics("{\"version\": \"v1-draft\" \"exports\": {}}",
                "test.yaml:1:24: error: Invalid JSON: Unexpected character ('\"' (code 34)): was expecting comma to "
                        + "separate Object entries (#)");
        assertDiagnostics("{\"version\": \"v1-draft\", \"version\": \"v0\"}",
                "test.yaml:1:25: error: Duplicate key 'version' (#/version)");
        ParseResult truncated = Fixtures.read("{\"version\": \"v1-draft\", \"exports\": {");
        assertTrue(truncated.errors().get(0).message().startsWith("Invalid JSON: "), truncated::format);
        ParseResult trailing = Fixtures.read("{\"version\": \"v1-draft\"} {}");
        assertTrue(trailing.errors().get(0).message().startsWith("Invalid JSON: "), trailing::format);
    }

    @Test
    void flowStyleYamlThatIsNotJsonStillReads() {
        ParseResult r = assertDiagnostics("{version: v1-draft, exports: {f: {}}}");
        assertEquals(1, r.orThrow().exports().size());
    }

    @Test
    void bytesStreamsAndEncodings() {
        byte[] bom = ("\uFEFFversion: v1-draft\nexports: {}\n").getBytes(StandardCharsets.UTF_8);
        assertTrue(XtpSchemas.reader().read(new ByteArrayInputStream(bom), "bom.yaml").schema().isPresent());

        byte[] bad = "version: v1-draft\nexports:\n  f\u00e9: {}\n".getBytes(StandardCharsets.ISO_8859_1);
        ParseResult r = XtpSchemas.reader().read(new ByteArrayInputStream(bad), "latin1.yaml");
        assertEquals(List.of("latin1.yaml:3:4: error: Cannot read the schema: malformed UTF-8 at byte offset 30 (#)"),
                r.diagnostics().stream().map(Diagnostic::format).toList());

        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };
        ParseResult broken = XtpSchemas.reader().read(failing, "s");
        assertEquals("s:1:1: error: Cannot read the schema: java.io.IOException: disk on fire (#)",
                broken.errors().get(0).format());
        assertThrows(XtpSchemaException.class, () -> XtpSchemas.parse(new ByteArrayInputStream(bad)));
    }

    @Test
    void controlCharactersAreReportedWithAPosition() {
        ParseResult r = Fixtures.read("version: v1-draft\nexports: {}\nx: \"a\u0001\"\n");
        assertEquals(1, r.errors().size(), r::format);
        assertTrue(r.errors().get(0).message().startsWith("Invalid YAML: "), r::format);
        assertEquals(3, r.errors().get(0).line());
    }

    @Test
    void files(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.yaml");
        ParseResult r = XtpSchemas.read(missing);
        assertEquals(missing + ":1:1: error: Cannot read the schema: no such file (#)", r.errors().get(0).format());
        XtpSchemaException e = assertThrows(XtpSchemaException.class, () -> XtpSchemas.parse(missing));
        assertEquals(r.errors(), e.errors());

        Path file = dir.resolve("schema.yaml");
        Files.writeString(file, Fixtures.upstream("example-schema.yaml"));
        assertEquals("CountVowels", XtpSchemas.parse(file).exports().get(0).name());

        Path invalid = dir.resolve("invalid.yaml");
        Files.writeString(invalid, Fixtures.upstream("v1-invalid-ref-doc.yaml"));
        XtpSchemaException ex = assertThrows(XtpSchemaException.class, () -> XtpSchemas.parse(invalid));
        assertEquals(5, ex.errors().size());
        assertTrue(ex.getMessage().startsWith(invalid + ":"), ex::getMessage);
        assertTrue(ex.getMessage().endsWith(" (and 4 other error(s))"), ex::getMessage);
    }
}
