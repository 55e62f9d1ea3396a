package dev.xtp4j.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.xtp4j.sdk.manifest.Manifest;
import dev.xtp4j.sdk.manifest.WasmSource;
import dev.xtp4j.sdk.testing.GuestFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of {@code test-guests/expected.json} (the project's C guests and the AssemblyScript plugin built with
 * the upstream PDK) and asserts the reference runtime's result for each call. The same file records what the Extism
 * JS SDK returned, so these cases are cross-checked against another Extism host.
 *
 * <p>Runs on the committed {@code .wasm} files and, where the toolchains are installed, on guests rebuilt from source.
 */
class GuestConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicNode> everyCaseOfExpectedJson() throws IOException {
        JsonNode expected = JSON.readTree(GuestFiles.root().resolve("test-guests/expected.json").toFile());
        List<DynamicNode> sets = new ArrayList<>();
        for (Map.Entry<String, Map<String, Path>> set : GuestFiles.sets().entrySet()) {
            List<DynamicNode> cases = new ArrayList<>();
            for (JsonNode testCase : expected.get("cases")) {
                Path wasm = set.getValue().get(testCase.get("guest").asText());
                if (wasm == null) {
                    continue;
                }
                for (Engine engine : Engine.values()) {
                    cases.add(DynamicTest.dynamicTest(testCase.get("id").asText() + " [" + engine + "]",
                            () -> run(testCase, wasm, engine)));
                }
            }
            sets.add(DynamicContainer.dynamicContainer(set.getKey(), cases));
        }
        return sets.stream();
    }

    private record Log(String level, String message) {}

    private static void run(JsonNode testCase, Path wasm, Engine engine) throws IOException {
        JsonNode options = testCase.path("options");
        HttpServer server = options.path("http_server").asBoolean() ? startServer() : null;
        String base = server == null ? "" : "http://127.0.0.1:" + server.getAddress().getPort();
        try {
            Manifest.Builder manifest = Manifest.builder().wasm(WasmSource.file(wasm));
            options.path("config").fields().forEachRemaining(e -> manifest.config(e.getKey(), e.getValue().asText()));
            options.path("allowed_hosts").forEach(h -> manifest.allowedHost(h.asText()));
            List<Log> logs = new ArrayList<>();
            PluginOptions.Builder plugin = PluginOptions.builder()
                    .engine(engine)
                    .wasi(options.path("wasi").asBoolean())
                    .logLevel(LogLevel.valueOf(options.path("log_level").asText("off").toUpperCase(Locale.ROOT)))
                    .logSink((level, id, message) -> logs.add(new Log(level.name().toLowerCase(Locale.ROOT), message)));
            if (options.path("host_functions").asBoolean()) {
                plugin.hostFunctions(hostFunctions());
            }
            Iterator<JsonNode> calls = testCase.get("calls").iterator();
            JsonNode first = testCase.get("calls").get(0);
            if (first.get("expected").get("kind").asText().equals("create_error")) {
                XtpException e = assertThrows(XtpException.class, () -> Plugins.load(manifest.build(), plugin.build()));
                assertContains(e.getMessage(), first.get("expected").get("message_contains").asText());
                return;
            }
            try (Plugin instance = Plugins.load(manifest.build(), plugin.build())) {
                while (calls.hasNext()) {
                    JsonNode call = calls.next();
                    logs.clear();
                    check(instance, call, base, logs);
                }
            }
        } finally {
            if (server != null) {
                server.stop(0);
            }
        }
    }

    private static void check(Plugin plugin, JsonNode call, String base, List<Log> logs) {
        String export = call.get("export").asText();
        byte[] input = input(call.get("input"), base);
        JsonNode expected = call.get("expected");
        String kind = expected.get("kind").asText();
        String what = export + " with " + call.get("input");
        switch (kind) {
            case "ok" -> {
                byte[] output = plugin.call(export, input);
                assertOutput(expected.get("output"), output, what);
            }
            case "guest_error" -> {
                GuestErrorException e = assertThrows(GuestErrorException.class, () -> plugin.call(export, input),
                        what);
                assertEquals(expected.get("message").asText(), e.guestMessage(), what);
                if (expected.has("rc")) {
                    assertEquals(expected.get("rc").asInt(), e.returnCode(), what);
                }
            }
            case "nonzero_rc" -> {
                ExitCodeException e = assertThrows(ExitCodeException.class, () -> plugin.call(export, input), what);
                assertEquals(expected.get("rc").asInt(), e.returnCode(), what);
                assertContains(e.getMessage(), "Returned non-zero exit code: " + expected.get("rc").asInt());
            }
            case "trap" -> {
                TrapException e = assertThrows(TrapException.class, () -> plugin.call(export, input), what);
                assertEquals(134, e.returnCode(), what);
            }
            case "host_error" -> {
                CallException e = assertThrows(CallException.class, () -> plugin.call(export, input), what);
                assertContains(e.getMessage(), expected.get("message_contains").asText());
                if (expected.has("rc")) {
                    assertEquals(expected.get("rc").asInt(), e.returnCode(), what + ": " + e.getMessage());
                }
            }
            case "wasi_exit" -> {
                ExitCodeException e = assertThrows(ExitCodeException.class, () -> plugin.call(export, input), what);
                assertTrue(e.isProcExit(), what);
                assertEquals(expected.get("rc").asInt(), e.returnCode(), what);
            }
            default -> fail("unknown expected kind " + kind);
        }
        if (expected.has("logs")) {
            List<Log> want = new ArrayList<>();
            expected.get("logs").forEach(l -> want.add(new Log(l.get(0).asText(), l.get(1).asText())));
            assertEquals(want, logs, what);
        }
    }

    private static void assertContains(String actual, String fragment) {
        assertTrue(actual.toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT)),
                "expected \"" + fragment + "\" in: " + actual);
    }

    private static byte[] input(JsonNode input, String base) {
        if (input.has("text")) {
            return input.get("text").asText().replace("{base}", base).getBytes(StandardCharsets.UTF_8);
        }
        if (input.has("base64")) {
            return Base64.getDecoder().decode(input.get("base64").asText());
        }
        return input.get("repeat").asText().repeat(input.get("count").asInt()).getBytes(StandardCharsets.UTF_8);
    }

    private static void assertOutput(JsonNode expected, byte[] output, String what) {
        if (expected.has("text")) {
            assertEquals(expected.get("text").asText(), new String(output, StandardCharsets.UTF_8), what);
        } else if (expected.has("base64")) {
            assertEquals(expected.get("base64").asText(), Base64.getEncoder().encodeToString(output), what);
        } else {
            assertEquals(expected.get("length").asInt(), output.length, what);
            assertEquals(expected.get("sha256").asText(), dev.xtp4j.sdk.internal.Sha256.of(output), what);
        }
    }

    /** The host functions of expected.json's "host_functions". */
    static List<HostFunction> hostFunctions() {
        return List.of(
                HostFunction.ofString("hello", (plugin, name) -> "Hello, " + name + "!"),
                HostFunction.of("add", List.of(ValType.I64, ValType.I64), List.of(ValType.I64),
                        (plugin, args) -> new long[] {args[0] + args[1]}),
                HostFunction.of("twice", List.of(ValType.I32), List.of(ValType.I32),
                        (plugin, args) -> new long[] {2 * (int) args[0]}).inNamespace("my:ns"));
    }

    /** The HTTP test server of expected.json's "http_server". */
    static HttpServer startServer() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            int status;
            String body;
            switch (route) {
                case "GET /hello" -> {
                    status = 200;
                    body = "hello from the test server";
                    exchange.getResponseHeaders().add("Content-Type", "text/plain");
                }
                case "GET /empty" -> {
                    status = 200;
                    body = "";
                }
                case "GET /status/404" -> {
                    status = 404;
                    body = "not found";
                }
                default -> {
                    status = 400;
                    body = "unknown route";
                }
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return server;
    }
}
