package dev.xtp4j.sdk;

import static dev.xtp4j.sdk.testing.Guests.plugin;
import static dev.xtp4j.sdk.testing.Guests.quiet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.xtp4j.sdk.internal.http.HostGlob;
import dev.xtp4j.sdk.manifest.Manifest;
import dev.xtp4j.sdk.manifest.MemoryOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code http_request} and friends against a real server on loopback: allow-list, redirects, caps, timeouts. */
class HttpTest {
    /**
     * {@code request}: the input is the request JSON, the output the response body. {@code post}: config
     * {@code request} is the JSON and the input is the body. {@code status} and {@code headers} report the last
     * response.
     */
    private static final String GUEST = """
            (data (i32.const 300) "request")
            (func (export "request") (result i32)
              (local $r i64)
              (local.set $r (call $http_request (call $input_offset) (i64.const 0)))
              (if (i64.ne (local.get $r) (i64.const 0))
                (then (call $output_set (local.get $r) (call $length (local.get $r)))))
              (i32.const 0))
            (func (export "post") (result i32)
              (local $r i64)
              (local.set $r (call $http_request (call $config_get (call $to_kernel (i32.const 300) (i32.const 7)))
                                                (call $input_offset)))
              (call $output_set (local.get $r) (call $length (local.get $r)))
              (i32.const 0))
            (func (export "status") (result i32)
              (call $emit (i64.extend_i32_u (call $http_status_code)))
              (call $flush)
              (i32.const 0))
            (func (export "headers") (result i32)
              (local $h i64)
              (local.set $h (call $http_headers))
              (call $output_set (local.get $h) (call $length (local.get $h)))
              (i32.const 0))
            """;

    private HttpServer server;
    private HttpServer otherServer;
    private String base;
    private final Map<String, String> seen = new ConcurrentHashMap<>();

    @BeforeEach
    void startServers() throws IOException {
        otherServer = start(exchange -> respond(exchange, 200, "from the other server"));
        String other = "http://localhost:" + otherServer.getAddress().getPort();
        server = start(exchange -> {
            String path = exchange.getRequestURI().getPath();
            seen.put("method", exchange.getRequestMethod());
            seen.put("x-test", String.valueOf(exchange.getRequestHeaders().getFirst("X-Test")));
            seen.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            switch (path) {
                case "/hello" -> {
                    exchange.getResponseHeaders().add("X-Reply", "yes");
                    respond(exchange, 200, "hello");
                }
                case "/echo" -> respond(exchange, 201, seen.get("method") + ":" + seen.get("body"));
                case "/big" -> respond(exchange, 200, "x".repeat(5000));
                case "/missing" -> respond(exchange, 404, "not here");
                case "/redirect-inside" -> redirect(exchange, "/hello");
                case "/redirect-outside" -> redirect(exchange, other + "/");
                case "/redirect-loop" -> redirect(exchange, "/redirect-loop");
                case "/slow" -> {
                    try {
                        Thread.sleep(5000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    respond(exchange, 200, "late");
                }
                default -> respond(exchange, 400, "unknown route");
            }
        });
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServers() {
        server.stop(0);
        otherServer.stop(0);
    }

    private static HttpServer start(com.sun.net.httpserver.HttpHandler handler) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        s.createContext("/", handler);
        s.start();
        return s;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private Plugin load(Manifest.Builder manifest, PluginOptions options) {
        return plugin(GUEST, manifest, options);
    }

    private Plugin allowingLoopback() {
        return load(Manifest.builder().allowedHost("127.0.0.1"), quiet());
    }

    private String get(String path) {
        return "{\"url\": \"" + base + path + "\"}";
    }

    @Test
    void getsAndReportsStatus() {
        try (Plugin plugin = allowingLoopback()) {
            assertEquals("hello", plugin.call("request", get("/hello")));
            assertEquals("200,", plugin.call("status", ""));
            assertEquals("not here", plugin.call("request", get("/missing")), "non-2xx bodies are returned");
            assertEquals("404,", plugin.call("status", ""));
            assertEquals("GET", seen.get("method"));
        }
    }

    @Test
    void postsWithHeadersAndABody() {
        Manifest.Builder manifest = Manifest.builder().allowedHost("127.0.0.1")
                .config("request", "{\"url\": \"" + base + "/echo\", \"method\": \"post\", "
                        + "\"headers\": {\"X-Test\": \"42\"}}");
        try (Plugin plugin = load(manifest, quiet())) {
            assertEquals("POST:payload", plugin.call("post", "payload"));
            assertEquals("42", seen.get("x-test"));
        }
    }

    @Test
    void hostsOutsideTheAllowListAreRefused() {
        try (Plugin denyAll = load(Manifest.builder(), quiet())) {
            HostFunctionException e = assertThrows(HostFunctionException.class,
                    () -> denyAll.call("request", get("/hello")));
            assertEquals("HTTP request to " + base + "/hello is not allowed", e.reason());
            assertEquals(-1, e.returnCode());
        }
        try (Plugin other = load(Manifest.builder().allowedHost("*.example.com").allowedHost("localhost"), quiet())) {
            assertThrows(HostFunctionException.class, () -> other.call("request", get("/hello")));
        }
        try (Plugin glob = load(Manifest.builder().allowedHost("127.0.0.?"), quiet())) {
            assertEquals("hello", glob.call("request", get("/hello")), "globs match the host only, not the port");
        }
    }

    @Test
    void redirectsAreFollowedOnlyInsideTheAllowList() {
        try (Plugin plugin = allowingLoopback()) {
            assertEquals("hello", plugin.call("request", get("/redirect-inside")));
            HostFunctionException e = assertThrows(HostFunctionException.class,
                    () -> plugin.call("request", get("/redirect-outside")));
            assertTrue(e.reason().contains("localhost"), e.reason());
            assertTrue(e.reason().contains("is not allowed"), e.reason());
            assertTrue(e.reason().contains("redirected from"), e.reason());
            HostFunctionException loop = assertThrows(HostFunctionException.class,
                    () -> plugin.call("request", get("/redirect-loop")));
            assertTrue(loop.reason().contains("more than 10 redirects"), loop.reason());
        }
        try (Plugin both = load(Manifest.builder().allowedHost("127.0.0.1").allowedHost("localhost"), quiet())) {
            assertEquals("from the other server", both.call("request", get("/redirect-outside")));
        }
    }

    @Test
    void responsesAreCapped() {
        Manifest.Builder manifest = Manifest.builder().allowedHost("127.0.0.1")
                .memory(MemoryOptions.DEFAULTS.withMaxHttpResponseBytes(4096));
        try (Plugin plugin = load(manifest, quiet())) {
            assertEquals("hello", plugin.call("request", get("/hello")));
            HostFunctionException e = assertThrows(HostFunctionException.class,
                    () -> plugin.call("request", get("/big")));
            assertEquals("HTTP response exceeds the configured maximum number of bytes: 4096", e.reason());
        }
    }

    @Test
    void headersAreExposedOnlyWhenTheHostOptsIn() {
        try (Plugin plugin = allowingLoopback()) {
            plugin.call("request", get("/hello"));
            assertEquals("", plugin.call("headers", ""));
        }
        try (Plugin plugin = load(Manifest.builder().allowedHost("127.0.0.1"),
                quiet().toBuilder().httpResponseHeaders(true).build())) {
            plugin.call("request", get("/hello"));
            String headers = plugin.call("headers", "");
            assertTrue(headers.contains("\"x-reply\":\"yes\""), headers);
            assertTrue(headers.contains("\"content-length\":\"5\""), headers);
        }
    }

    @Test
    void aRequestIsBoundedByTheCallsTimeout() {
        try (Plugin plugin = load(Manifest.builder().allowedHost("127.0.0.1").timeout(Duration.ofMillis(300)),
                quiet())) {
            long start = System.nanoTime();
            CallException e = assertThrows(CallException.class, () -> plugin.call("request", get("/slow")));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(e instanceof CallTimeoutException || e.getMessage().contains("timed out"), e.toString());
            assertTrue(ms < 4000, "stopped after " + ms + " ms");
            assertEquals("hello", plugin.call("request", get("/hello")));
        }
    }

    @Test
    void malformedRequestsAreRefusedClearly() {
        try (Plugin plugin = allowingLoopback()) {
            assertReason(plugin, "not json", "invalid HTTP request");
            assertReason(plugin, "{\"uri\": \"x\"}", "unknown field `uri`");
            assertReason(plugin, "{\"method\": \"GET\"}", "missing field `url`");
            assertReason(plugin, "{\"url\": 5}", "`url` must be a string");
            assertReason(plugin, "{\"url\": \"file:///etc/passwd\"}", "is not allowed");
            assertReason(plugin, "{\"url\": \"" + base + "\", \"headers\": [1]}", "`headers` must be an object");
        }
    }

    private static void assertReason(Plugin plugin, String request, String fragment) {
        HostFunctionException e = assertThrows(HostFunctionException.class, () -> plugin.call("request", request));
        assertTrue(e.reason().contains(fragment), e.reason());
    }

    @Test
    void customClientsMustNotFollowRedirects() {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();
        assertThrows(IllegalArgumentException.class, () -> PluginOptions.builder().httpClient(following));
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        try (Plugin plugin = load(Manifest.builder().allowedHost("127.0.0.1"),
                quiet().toBuilder().httpClient(client).build())) {
            assertEquals("hello", plugin.call("request", get("/redirect-inside")));
        }
    }

    @Test
    void globsFollowTheRustGlobCrate() {
        assertTrue(HostGlob.of("extism.org").matches("extism.org"));
        assertTrue(HostGlob.of("extism.org").matches("EXTISM.org"), "hosts compare in lower case");
        assertTrue(!HostGlob.of("extism.org").matches("www.extism.org"));
        assertTrue(HostGlob.of("*.extism.org").matches("www.extism.org"));
        assertTrue(HostGlob.of("*.extism.org").matches("a.b.extism.org"), "* crosses dots");
        assertTrue(!HostGlob.of("*.extism.org").matches("extism.org"));
        assertTrue(HostGlob.of("jsonplaceholder.*.com").matches("jsonplaceholder.typicode.com"));
        assertTrue(!HostGlob.of("google.*").matches("www.google.com"));
        assertTrue(HostGlob.of("api-?.example.com").matches("api-1.example.com"));
        assertTrue(HostGlob.of("api-[0-9].example.com").matches("api-7.example.com"));
        assertTrue(!HostGlob.of("api-[!0-9].example.com").matches("api-7.example.com"));
        assertTrue(HostGlob.of("*").matches("anything.at.all"));
        assertTrue(HostGlob.of("bad[glob").matches("bad[glob"), "an invalid pattern compares literally");
        assertTrue(!HostGlob.of("bad[glob").matches("badg"));
        assertTrue(HostGlob.anyMatches(List.of(HostGlob.of("a.com"), HostGlob.of("b.com")), "b.com"));
        assertTrue(!HostGlob.anyMatches(List.of(), "b.com"), "an empty list denies all");
    }
}
