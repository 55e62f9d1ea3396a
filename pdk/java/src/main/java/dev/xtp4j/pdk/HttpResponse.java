package dev.xtp4j.pdk;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The response to an {@link HttpRequest}: status, body and (if the host shares them) headers. Immutable. */
public final class HttpResponse {
    private final int status;
    private final byte[] body;
    private final Map<String, String> headers;

    HttpResponse(int status, byte[] body, Map<String, String> headers) {
        this.status = status;
        this.body = body;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /**
     * The HTTP status code. Hosts return non-2xx responses as responses, not as failures.
     *
     * @return the status, such as 200
     */
    public int status() {
        return status;
    }

    /**
     * The body.
     *
     * @return a copy of the body; empty when there was none
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * The body as UTF-8 text; malformed sequences become U+FFFD.
     *
     * @return the text
     */
    public String bodyString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The response headers, if the host shares them (an opt-in on the host side, for example
     * {@code PluginOptions.httpResponseHeaders(true)} in xtp4j); names are as the host's HTTP client delivers them,
     * often lower-case, and a repeated header keeps its last value.
     *
     * @return an unmodifiable map; empty when the host does not share headers
     */
    public Map<String, String> headers() {
        return headers;
    }
}
