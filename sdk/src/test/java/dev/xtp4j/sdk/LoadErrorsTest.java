package dev.xtp4j.sdk;

import static dev.xtp4j.sdk.testing.Guests.quiet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.xtp4j.sdk.internal.Sha256;
import dev.xtp4j.sdk.manifest.Manifest;
import dev.xtp4j.sdk.manifest.ManifestException;
import dev.xtp4j.sdk.manifest.WasmSource;
import dev.xtp4j.sdk.testing.Guests;
import dev.xtp4j.sdk.testing.Wat;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything that can go wrong before a call: sources, hashes, bytes, imports. Each gets a specific message. */
class LoadErrorsTest {
    private static final byte[] WASM = Guests.extism("(func (export \"run\") (result i32) (i32.const 0))");

    @Test
    void loadsFromAFileAManifestOrBytes(@TempDir Path dir) throws IOException {
        Path wasm = Files.write(dir.resolve("p.wasm"), WASM);
        try (Plugin plugin = Plugins.load(wasm)) {
            assertEquals("", plugin.call("run", ""));
        }
        Path manifest = Files.writeString(dir.resolve("m.yaml"),
                "wasm:\n  - path: p.wasm\n    hash: " + Sha256.of(WASM) + "\n");
        try (Plugin plugin = Plugins.load(manifest)) {
            assertEquals(java.util.List.of("run"), plugin.functions());
        }
        try (Plugin plugin = Plugins.load(WASM)) {
            assertTrue(plugin.functionExists("run"));
        }
    }

    @Test
    void hashMismatch() {
        String wrong = "0".repeat(64);
        PluginLoadException e = assertThrows(PluginLoadException.class,
                () -> Plugins.load(Manifest.of(WasmSource.data(WASM).withHash(wrong))));
        assertTrue(e.getMessage().startsWith("Hash mismatch, found " + Sha256.of(WASM) + " but expected " + wrong),
                e.getMessage());
    }

    @Test
    void missingFiles(@TempDir Path dir) {
        PluginLoadException e = assertThrows(PluginLoadException.class,
                () -> Plugins.load(Manifest.of(WasmSource.file(dir.resolve("gone.wasm")))));
        assertTrue(e.getMessage().contains("Unable to load Wasm file"), e.getMessage());
        assertTrue(e.getMessage().contains("gone.wasm"), e.getMessage());
        assertTrue(e.getMessage().contains("file not found"), e.getMessage());
        PluginLoadException direct = assertThrows(PluginLoadException.class,
                () -> Plugins.load(dir.resolve("nothing-here.json")));
        assertTrue(direct.getMessage().contains("file not found"), direct.getMessage());
    }

    @Test
    void bytesThatAreNotWasm() {
        PluginLoadException text = assertThrows(PluginLoadException.class,
                () -> Plugins.load("hello world, not wasm".getBytes(StandardCharsets.UTF_8)));
        assertTrue(text.getMessage().contains("is not a WebAssembly module"), text.getMessage());
        assertTrue(text.getMessage().contains("module `main`"), text.getMessage());
        PluginLoadException wat = assertThrows(PluginLoadException.class,
                () -> Plugins.load("  (module)".getBytes(StandardCharsets.UTF_8)));
        assertTrue(wat.getMessage().contains("WebAssembly text (WAT)"), wat.getMessage());
        PluginLoadException empty = assertThrows(PluginLoadException.class, () -> Plugins.load(new byte[0]));
        assertTrue(empty.getMessage().contains("0 bytes"), empty.getMessage());
    }

    @Test
    void truncatedAndCorruptModules() {
        for (int cut : new int[] {9, 20, WASM.length / 2, WASM.length - 1}) {
            byte[] truncated = Arrays.copyOf(WASM, cut);
            PluginLoadException e = assertThrows(PluginLoadException.class, () -> Plugins.load(truncated),
                    "cut at " + cut);
            assertTrue(e.getMessage().contains("not a valid WebAssembly module"), e.getMessage());
        }
        byte[] badVersion = WASM.clone();
        badVersion[4] = 9;
        assertThrows(PluginLoadException.class, () -> Plugins.load(badVersion));
        java.util.Random random = new java.util.Random(Long.getLong("fuzz.seed", 11));
        for (int i = 0, n = Integer.getInteger("fuzz.iterations", 300); i < n; i++) {
            byte[] corrupt = WASM.clone();
            corrupt[8 + random.nextInt(corrupt.length - 8)] = (byte) random.nextInt(256);
            try (Plugin plugin = Plugins.load(Manifest.of(WasmSource.data(corrupt)), quiet())) {
                plugin.call("run", "");
            } catch (XtpException expected) {
                // a specific load or call failure: fine
            }
        }
    }

    @Test
    void simdIsRejectedAtLoad() {
        byte[] simd = Wat.compile("""
                (module
                  (func (export "run") (result i32)
                    (i32x4.extract_lane 0 (i32x4.splat (i32.const 0)))))
                """);
        for (Engine engine : Engine.values()) {
            PluginLoadException e = assertThrows(PluginLoadException.class, () -> Plugins.load(
                    Manifest.of(WasmSource.data(simd)), PluginOptions.builder().engine(engine).build()));
            assertTrue(e.getMessage().contains("SIMD"), e.getMessage());
            assertTrue(e.getMessage().contains("i32x4"), e.getMessage());
        }
    }

    @Test
    void wasiImportsNeedWasi() {
        byte[] wasi = Wat.compile("""
                (module
                  (import "wasi_snapshot_preview1" "fd_write" (func (param i32 i32 i32 i32) (result i32)))
                  (memory (export "memory") 1)
                  (func (export "run") (result i32) (i32.const 0)))
                """);
        PluginLoadException e = assertThrows(PluginLoadException.class, () -> Plugins.load(wasi));
        assertTrue(e.getMessage().contains("WASI is disabled"), e.getMessage());
        assertTrue(e.getMessage().contains("wasi_snapshot_preview1::fd_write"), e.getMessage());
        try (Plugin plugin = Plugins.load(Manifest.of(WasmSource.data(wasi)),
                PluginOptions.builder().wasi(true).build())) {
            assertEquals("", plugin.call("run", ""));
        }
    }

    @Test
    void aMalformedManifestFileIsAManifestException(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"wasm\": [{\"path\": \"x.wasm\"}], \"oops\": 1}");
        ManifestException e = assertThrows(ManifestException.class, () -> Plugins.load(bad));
        assertTrue(e.getMessage().contains("bad.json:1:"), e.getMessage());
    }

    @Test
    void modulesDownloadFromUrls() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/p.wasm", exchange -> {
            boolean authorized = "secret".equals(exchange.getRequestHeaders().getFirst("X-Token"));
            byte[] body = authorized ? WASM : "denied".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(authorized ? 200 : 403, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/p.wasm");
            try (Plugin plugin = Plugins.load(Manifest.of(WasmSource.url(uri).withHeader("X-Token", "secret")
                    .withHash(Sha256.of(WASM))))) {
                assertEquals("", plugin.call("run", ""));
            }
            PluginLoadException e = assertThrows(PluginLoadException.class,
                    () -> Plugins.load(Manifest.of(WasmSource.url(uri))));
            assertTrue(e.getMessage().contains("HTTP status 403"), e.getMessage());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aMainModuleLargerThanTheBudgetFailsToLoad() {
        byte[] big = Wat.compile("(module (memory (export \"memory\") 17) (func (export \"run\") (result i32) "
                + "(i32.const 0)))");
        PluginLoadException e = assertThrows(PluginLoadException.class,
                () -> Plugins.load(Manifest.builder().wasm(WasmSource.data(big)).maxPages(16).build()));
        assertTrue(e.getMessage().startsWith("oom"), e.getMessage());
        assertTrue(e.getMessage().contains("17 initial pages"), e.getMessage());
        try (Plugin plugin = Plugins.load(Manifest.builder().wasm(WasmSource.data(big)).maxPages(17).build())) {
            assertEquals("", plugin.call("run", ""));
        }
    }
}
