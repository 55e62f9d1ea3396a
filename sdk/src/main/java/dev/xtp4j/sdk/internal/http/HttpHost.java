package dev.xtp4j.sdk.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.xtp4j.sdk.internal.kernel.ExtismEnv;
import dev.xtp4j.sdk.internal.kernel.HostTrap;
import dev.xtp4j.sdk.internal.kernel.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The HTTP host functions of one plugin instance ({@code http_request}, {@code http_status_code},
 * {@code http_headers}) on {@code java.net.http}, with the reference runtime's sandbox rules:
 * <ul>
 *   <li>the URL's host must match an {@code allowed_hosts} glob (deny-all by default), else the guest traps with
 *       {@code HTTP request to {url} is not allowed};
 *   <li>redirects are followed here, hop by hop, and every hop is checked against the allow-list;
 *   <li>the response body is capped at {@code max_http_response_bytes};
 *   <li>each request is bounded by the time left of the call's timeout;
 *   <li>non-2xx responses are returned as bodies; the status is available through {@code http_status_code}.
 * </ul>
 */
public final class HttpHost implements ExtismEnv.HttpBridge {
    private static final String FUNCTION = "http_request";
    private static final int MAX_REDIRECTS = 10;
    private static final Set<String> REQUEST_FIELDS = Set.of("url", "headers", "method");
    /** Headers the JDK client manages itself and refuses to take from callers. */
    private static final Set<String> MANAGED_HEADERS = Set.of("connection", "content-length", "expect", "host",
            "upgrade");

    private final List<HostGlob> allowed;
    private final long maxResponseBytes;
    private final boolean exposeHeaders;
    private final Supplier<HttpClient> client;
    private final Supplier<Optional<Duration>> timeLeft;
    private final JsonFactory json = new JsonFactory();

    private int status;
    private Map<String, String> headers = Map.of();

    /**
     * Creates the bridge.
     *
     * @param allowedHosts the manifest's {@code allowed_hosts}
     * @param maxResponseBytes the manifest's response cap
     * @param exposeHeaders whether {@code http_headers} returns the last response's headers
     * @param client the HTTP client (its redirect policy must be {@code NEVER})
     * @param timeLeft the time left of the current call's timeout
     */
    public HttpHost(List<String> allowedHosts, long maxResponseBytes, boolean exposeHeaders,
            Supplier<HttpClient> client, Supplier<Optional<Duration>> timeLeft) {
        this.allowed = allowedHosts.stream().map(HostGlob::of).toList();
        this.maxResponseBytes = maxResponseBytes;
        this.exposeHeaders = exposeHeaders;
        this.client = client;
        this.timeLeft = timeLeft;
    }

    /**
     * A client suitable for this bridge: no automatic redirects (every hop is checked here), and HTTP/1.1 like the
     * reference runtime's client. (With HTTP/2 the JDK client holds later requests to an origin while a cleartext
     * upgrade attempt is pending, so one slow request would stall the next.)
     *
     * @return a new client
     */
    public static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Override
    public long request(Kernel kernel, long requestHandle, long bodyHandle) {
        status = 0;
        headers = Map.of();
        if (!kernel.isLive(requestHandle)) {
            throw trap("invalid handle offset for http request: " + requestHandle, null);
        }
        if (bodyHandle != 0 && !kernel.isLive(bodyHandle)) {
            throw trap("invalid handle offset for http body: " + bodyHandle, null);
        }
        Request request = parse(kernel.readString(requestHandle));
        byte[] body = bodyHandle == 0 ? null : kernel.read(bodyHandle);
        kernel.free(requestHandle);
        kernel.free(bodyHandle);

        URI url = request.url();
        checkAllowed(url, request.urlText());
        String method = request.method();
        for (int hop = 0; ; hop++) {
            HttpResponse<InputStream> response = send(url, method, request.headers(), body, request.urlText());
            int code = response.statusCode();
            String location = response.headers().firstValue("location").orElse(null);
            if (isRedirect(code) && location != null) {
                discard(response);
                if (hop == MAX_REDIRECTS) {
                    throw trap("HTTP request to " + request.urlText() + " failed: more than " + MAX_REDIRECTS
                            + " redirects", null);
                }
                URI next;
                try {
                    next = url.resolve(new URI(location));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw trap("HTTP request to " + request.urlText() + " failed: invalid redirect location "
                            + location, e);
                }
                checkAllowed(next, next + " (redirected from " + request.urlText() + ")");
                if (code == 303 || ((code == 301 || code == 302) && !method.equals("GET")
                        && !method.equals("HEAD"))) {
                    method = "GET";
                    body = null;
                }
                url = next;
                continue;
            }
            status = code;
            headers = headersOf(response);
            byte[] content = readCapped(response, request.urlText());
            return content.length == 0 ? 0 : kernel.write(content);
        }
    }

    @Override
    public int statusCode() {
        return status;
    }

    @Override
    public long headers(Kernel kernel) {
        if (!exposeHeaders) {
            return 0;
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            for (Map.Entry<String, String> header : headers.entrySet()) {
                generator.writeStringField(header.getKey(), header.getValue());
            }
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kernel.write(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    // ---- request ----

    private record Request(String urlText, URI url, String method, Map<String, String> headers) {}

    private Request parse(String text) {
        String url = null;
        String method = "GET";
        Map<String, String> requestHeaders = new LinkedHashMap<>();
        try (JsonParser parser = json.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw trap("invalid HTTP request: expected a JSON object {\"url\": ...}, got " + abbreviate(text),
                        null);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!REQUEST_FIELDS.contains(field)) {
                    throw trap("invalid HTTP request: unknown field `" + field + "`, expected one of `url`, "
                            + "`headers`, `method`", null);
                }
                switch (field) {
                    case "url" -> url = requireString(parser, value, "url");
                    case "method" -> method = value == JsonToken.VALUE_NULL
                            ? "GET" : requireString(parser, value, "method").toUpperCase(Locale.ROOT);
                    default -> {
                        if (value == JsonToken.VALUE_NULL) {
                            break;
                        }
                        if (value != JsonToken.START_OBJECT) {
                            throw trap("invalid HTTP request: `headers` must be an object of strings", null);
                        }
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String name = parser.currentName();
                            requestHeaders.put(name, requireString(parser, parser.nextToken(), "headers." + name));
                        }
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw trap("invalid HTTP request JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (url == null) {
            throw trap("invalid HTTP request: missing field `url`", null);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw trap("invalid HTTP request: `url` is not a valid URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw trap("HTTP request to " + url + " is not allowed: only http and https URLs with a host are "
                    + "supported", null);
        }
        return new Request(url, uri, method, requestHeaders);
    }

    private String requireString(JsonParser parser, JsonToken token, String field) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw trap("invalid HTTP request: `" + field + "` must be a string", null);
        }
        return parser.getText();
    }

    private void checkAllowed(URI url, String shown) {
        String host = url.getHost();
        if (host == null || !HostGlob.anyMatches(allowed, host)) {
            throw trap("HTTP request to " + shown + " is not allowed", null);
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))) {
            throw trap("HTTP request to " + shown + " is not allowed: only http and https are supported", null);
        }
    }

    private HttpResponse<InputStream> send(URI url, String method, Map<String, String> requestHeaders, byte[] body,
            String shown) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, String> header : requestHeaders.entrySet()) {
            if (!MANAGED_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                try {
                    builder.header(header.getKey(), header.getValue());
                } catch (IllegalArgumentException e) {
                    throw trap("invalid HTTP request: header `" + header.getKey() + "`: " + e.getMessage(), e);
                }
            }
        }
        Optional<Duration> left = timeLeft.get();
        if (left.isPresent()) {
            if (left.get().isZero() || left.get().isNegative()) {
                throw trap("HTTP request to " + shown + " failed: the call's timeout has expired", null);
            }
            builder.timeout(left.get());
        }
        try {
            return client.get().send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw trap("HTTP request to " + shown + " failed: timed out", e);
        } catch (IOException e) {
            throw trap("HTTP request to " + shown + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw trap("HTTP request to " + shown + " was interrupted", e);
        } catch (IllegalArgumentException e) {
            throw trap("HTTP request to " + shown + " failed: " + e.getMessage(), e);
        }
    }

    private byte[] readCapped(HttpResponse<InputStream> response, String shown) {
        long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
        try (InputStream in = response.body()) {
            if (declared > maxResponseBytes) {
                throw tooLarge();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            byte[] chunk = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(chunk)) >= 0) {
                total += n;
                if (total > maxResponseBytes) {
                    throw tooLarge();
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw trap("HTTP request to " + shown + " failed while reading the response: " + e, e);
        }
    }

    private HostTrap tooLarge() {
        return trap("HTTP response exceeds the configured maximum number of bytes: " + maxResponseBytes, null);
    }

    private static void discard(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            in.skip(Long.MAX_VALUE);
        } catch (IOException ignored) {
            // the redirect's body does not matter
        }
    }

    private static Map<String, String> headersOf(HttpResponse<?> response) {
        Map<String, String> result = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!values.isEmpty() && !name.startsWith(":")) {
                result.put(name.toLowerCase(Locale.ROOT), values.get(values.size() - 1));
            }
        });
        return result;
    }

    private static boolean isRedirect(int code) {
        return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }

    private static HostTrap trap(String message, Throwable cause) {
        return new HostTrap(ExtismEnv.MODULE, FUNCTION, message, cause);
    }
}
