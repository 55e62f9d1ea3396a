package dev.xtp4j.sdk.manifest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Extism manifest: JSON and YAML, upstream defaults, precise errors. */
class ManifestTest {
    private static final String HASH = "a".repeat(64);

    @Test
    void everyFieldFromJson() {
        Manifest m = Manifest.parse("""
                {
                  "wasm": [
                    {"path": "/plugins/a.wasm", "name": "lib", "hash": "%s"},
                    {"data": "AGFzbQEAAAA="},
                    {"url": "https://example.com/p.wasm", "headers": {"Authorization": "x"}, "method": "post"}
                  ],
                  "memory": {"max_pages": 16, "max_http_response_bytes": 1024, "max_var_bytes": 0},
                  "config": {"a": "1", "b": "two"},
                  "allowed_hosts": ["*.example.com", "extism.org"],
                  "allowed_paths": {"/tmp/data": "/data", "ro:/etc/app": "/config"},
                  "timeout_ms": 1500
                }
                """.formatted(HASH));
        assertEquals(3, m.wasm().size());
        WasmSource.File file = (WasmSource.File) m.wasm().get(0);
        assertEquals(Path.of("/plugins/a.wasm"), file.path());
        assertEquals("lib", file.name().orElseThrow());
        assertEquals(HASH, file.hash().orElseThrow());
        assertArrayEquals(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0}, ((WasmSource.Data) m.wasm().get(1)).bytes());
        WasmSource.Url url = (WasmSource.Url) m.wasm().get(2);
        assertEquals("POST", url.method());
        assertEquals(Map.of("Authorization", "x"), url.headers());
        assertEquals(new MemoryOptions(OptionalInt.of(16), OptionalLong.of(1024), 0), m.memory());
        assertEquals(Map.of("a", "1", "b", "two"), m.config());
        assertEquals(List.of("a", "b"), List.copyOf(m.config().keySet()), "config keeps document order");
        assertEquals(List.of("*.example.com", "extism.org"), m.allowedHosts());
        assertEquals(List.of(new AllowedPath(Path.of("/tmp/data"), "/data", false),
                new AllowedPath(Path.of("/etc/app"), "/config", true)), m.allowedPaths());
        assertEquals(Duration.ofMillis(1500), m.timeout().orElseThrow());
    }

    @Test
    void upstreamDefaults() {
        Manifest m = Manifest.parse("{\"wasm\": [{\"path\": \"p.wasm\"}]}");
        assertEquals(MemoryOptions.DEFAULTS, m.memory());
        assertEquals(1024 * 1024, m.memory().maxVarBytes());
        assertEquals(50L * 1024 * 1024, m.memory().effectiveMaxHttpResponseBytes());
        assertTrue(m.config().isEmpty());
        assertTrue(m.allowedHosts().isEmpty(), "null allowed_hosts denies all");
        assertTrue(m.allowedPaths().isEmpty());
        assertTrue(m.timeout().isEmpty());
        Manifest nulls = Manifest.parse("""
                {"wasm": [{"path": "p.wasm"}], "memory": {"max_pages": null, "max_var_bytes": null},
                 "allowed_hosts": null, "allowed_paths": null, "timeout_ms": null, "config": null}
                """);
        assertEquals(MemoryOptions.DEFAULTS, nulls.memory(), "null means the default, also for max_var_bytes");
    }

    @Test
    void yamlReadsTheSameFields() {
        Manifest m = Manifest.parse("""
                # a comment
                wasm:
                  - path: plugin.wasm
                    name: main
                memory:
                  max_pages: 4
                config:
                  retries: 3        # an unquoted YAML scalar is taken as its text
                  verbose: true
                allowed_hosts: ["api.example.com"]
                timeout_ms: 250
                """);
        assertEquals(Map.of("retries", "3", "verbose", "true"), m.config());
        assertEquals(OptionalInt.of(4), m.memory().maxPages());
        assertEquals(Duration.ofMillis(250), m.timeout().orElseThrow());
    }

    @Test
    void relativePathsResolveAgainstTheManifestFolder(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("conf"));
        Path file = sub.resolve("plugin.json");
        Files.writeString(file, """
                {"wasm": [{"path": "../wasm/p.wasm"}, {"path": "/abs/q.wasm", "name": "q"}],
                 "allowed_paths": {"ro:data": "/data"}}
                """);
        Manifest m = Manifest.read(file);
        assertEquals(dir.resolve("wasm/p.wasm").toAbsolutePath().normalize(),
                ((WasmSource.File) m.wasm().get(0)).path());
        assertEquals(Path.of("/abs/q.wasm"), ((WasmSource.File) m.wasm().get(1)).path());
        assertEquals(sub.resolve("data").toAbsolutePath().normalize(), m.allowedPaths().get(0).hostPath());
        assertTrue(m.allowedPaths().get(0).readOnly());
    }

    @Test
    void unknownFieldsAreRejectedWithTheirPlace() {
        ManifestException e = assertThrows(ManifestException.class, () -> Manifest.parse("""
                {
                  "wasm": [{"path": "p.wasm", "nmae": "x"}],
                  "timeout": 5
                }
                """, "plugin.json", null));
        assertEquals(2, e.problems().size());
        ManifestException.Problem first = e.problems().get(0);
        assertEquals("plugin.json", first.source());
        assertEquals(2, first.line());
        assertEquals("/wasm/0/nmae", first.pointer());
        assertTrue(first.message().contains("unknown field \"nmae\""), first.message());
        assertTrue(first.message().contains("expected one of path, name, hash"), first.message());
        ManifestException.Problem second = e.problems().get(1);
        assertEquals(3, second.line());
        assertEquals(3, second.column());
        assertEquals("/timeout", second.pointer());
        assertTrue(second.message().contains("timeout_ms"), "the message lists the real field names");
        assertTrue(e.getMessage().contains("plugin.json:3:3: unknown field \"timeout\""), e.getMessage());
    }

    @Test
    void wrongTypesAndValuesAreReportedTogether() {
        ManifestException e = assertThrows(ManifestException.class, () -> Manifest.parse("""
                {
                  "wasm": [{"data": "not base64!"}, {"path": 3}, {"path": "a", "url": "http://x"}, {"hash": "%s"}],
                  "memory": {"max_pages": -1, "max_var_bytes": "big"},
                  "config": {"k": 1},
                  "allowed_hosts": "example.com",
                  "timeout_ms": 1.5
                }
                """.formatted(HASH)));
        List<String> pointers = e.problems().stream().map(ManifestException.Problem::pointer).toList();
        assertEquals(List.of("/wasm/0/data", "/wasm/1/path", "/wasm/2", "/wasm/3", "/memory/max_pages",
                "/memory/max_var_bytes", "/config/k", "/allowed_hosts", "/timeout_ms"), pointers);
        assertTrue(e.problems().get(0).message().contains("not valid standard base64"));
        assertTrue(e.problems().get(2).message().contains("exactly one of"));
        assertTrue(e.problems().get(4).message().contains("\"max_pages\" must not be negative"));
        assertTrue(e.problems().get(8).message().contains("\"timeout_ms\" must be a non-negative integer"));
    }

    @Test
    void malformedDocumentsGiveAPositionedError() {
        ManifestException json = assertThrows(ManifestException.class, () -> Manifest.parse("{\"wasm\": [}"));
        assertTrue(json.getMessage().contains("not valid JSON"), json.getMessage());
        assertEquals(1, json.problems().get(0).line());
        ManifestException yaml = assertThrows(ManifestException.class,
                () -> Manifest.parse("wasm:\n  - path: a\n   bad indent: [\n"));
        assertTrue(yaml.getMessage().contains("not valid YAML"), yaml.getMessage());
        assertThrows(ManifestException.class, () -> Manifest.parse(""));
        ManifestException notObject = assertThrows(ManifestException.class, () -> Manifest.parse("[1, 2]"));
        assertTrue(notObject.getMessage().contains("must be an object"), notObject.getMessage());
        ManifestException scalar = assertThrows(ManifestException.class, () -> Manifest.parse("just text"));
        assertTrue(scalar.getMessage().contains("must be an object"), scalar.getMessage());
        ManifestException empty = assertThrows(ManifestException.class, () -> Manifest.parse("{\"wasm\": []}"));
        assertTrue(empty.getMessage().contains("No wasm files specified in Extism manifest"), empty.getMessage());
        ManifestException pointerData = assertThrows(ManifestException.class,
                () -> Manifest.parse("{\"wasm\": [{\"data\": {\"ptr\": 1, \"len\": 2}}]}"));
        assertTrue(pointerData.getMessage().contains("C API"), pointerData.getMessage());
        ManifestException duplicate = assertThrows(ManifestException.class,
                () -> Manifest.parse("{\"wasm\": [{\"path\": \"a\"}], \"config\": {}, \"config\": {}}"));
        assertTrue(duplicate.getMessage().contains("duplicate field \"config\""), duplicate.getMessage());
        ManifestException badHash = assertThrows(ManifestException.class,
                () -> Manifest.parse("{\"wasm\": [{\"path\": \"a\", \"hash\": \"ABC\"}]}"));
        assertTrue(badHash.getMessage().contains("64 lower-case hex digits"), badHash.getMessage());
        ManifestException url = assertThrows(ManifestException.class,
                () -> Manifest.parse("{\"wasm\": [{\"url\": \"ftp://x/y.wasm\"}]}"));
        assertTrue(url.getMessage().contains("http or https"), url.getMessage());
        ManifestException deep = assertThrows(ManifestException.class,
                () -> Manifest.parse("{\"wasm\": " + "[".repeat(1000) + "]".repeat(1000) + "}"));
        assertTrue(deep.getMessage().contains("not valid JSON"), deep.getMessage());
    }

    @Test
    void aMissingManifestFileIsAClearError(@TempDir Path dir) {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> Manifest.read(dir.resolve("nope.json")));
        assertTrue(e.getMessage().contains("manifest file not found"), e.getMessage());
    }

    @Test
    void builderAndJsonRoundTrip() {
        Manifest built = Manifest.builder()
                .wasm(WasmSource.file(Path.of("/p/a.wasm")).withName("lib").withHash(HASH),
                        WasmSource.data(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0}),
                        WasmSource.url(java.net.URI.create("https://example.com/x.wasm")).withHeader("A", "b")
                                .withMethod("post"))
                .maxPages(8)
                .config("k", "v")
                .allowedHost("*.example.com")
                .allowedPath(new AllowedPath(Path.of("/srv"), "/srv", true))
                .timeout(Duration.ofSeconds(2))
                .build();
        Manifest parsed = Manifest.parse(built.toJson());
        assertEquals(built, parsed);
        assertEquals(built, built.toBuilder().build());
        assertThrows(IllegalArgumentException.class, () -> Manifest.builder().build(),
                "a manifest needs a module");
        assertThrows(IllegalArgumentException.class, () -> WasmSource.file(Path.of("x")).withHash("nope"));
        assertThrows(IllegalArgumentException.class, () -> WasmSource.url(java.net.URI.create("file:///x")));
    }
}
