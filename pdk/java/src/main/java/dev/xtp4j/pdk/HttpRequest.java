package dev.xtp4j.pdk;

import dev.xtp4j.pdk.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP request for {@link Http#request}: URL, method, headers and an optional body. Immutable; build one with
 * {@link #get(String)}, {@link #post(String, byte[])} or {@link #builder(String)}.
 *
 * <pre>{@code
 * HttpRequest request = HttpRequest.builder("https://api.example.com/items")
 *         .method("PUT")
 *         .header("content-type", "application/json")
 *         .body("{\"name\":\"x\"}")
 *         .build();
 * }</pre>
 */
public final class HttpRequest {
    private final String url;
    private final String method;
    private final Map<String, String> headers;
    private final byte[] body;

    private HttpRequest(Builder builder) {
        this.url = builder.url;
        this.method = builder.method;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
        this.body = builder.body;
    }

    /**
     * A GET request without headers.
     *
     * @param url the URL
     * @return the request
     */
    public static HttpRequest get(String url) {
        return builder(url).build();
    }

    /**
     * A POST request with a body.
     *
     * @param url the URL
     * @param body the body
     * @return the request
     */
    public static HttpRequest post(String url, byte[] body) {
        return builder(url).method("POST").body(body).build();
    }

    /**
     * A builder, starting from a GET request without headers or body.
     *
     * @param url the URL
     * @return the builder
     * @throws IllegalArgumentException when {@code url} is empty
     */
    public static Builder builder(String url) {
        return new Builder(url);
    }

    /**
     * The URL.
     *
     * @return the URL
     */
    public String url() {
        return url;
    }

    /**
     * The method, such as {@code GET} (hosts upper-case it).
     *
     * @return the method
     */
    public String method() {
        return method;
    }

    /**
     * The headers, in the order they were added.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * The body.
     *
     * @return a copy of the body; {@code null} when the request has none
     */
    public byte[] body() {
        return body == null ? null : body.clone();
    }

    /**
     * The request as the JSON object the {@code http_request} host function takes:
     * {@code {"url":…,"method":…,"headers":{…}}} (headers only when there are some).
     *
     * @return the JSON text, UTF-8
     */
    byte[] toJson() {
        JsonWriter json = new JsonWriter();
        json.beginObject().name("url").value(url).name("method").value(method);
        if (!headers.isEmpty()) {
            json.name("headers").beginObject();
            for (Map.Entry<String, String> header : headers.entrySet()) {
                json.name(header.getKey()).value(header.getValue());
            }
            json.endObject();
        }
        return json.endObject().toByteArray();
    }

    byte[] rawBody() {
        return body;
    }

    /** Builds an {@link HttpRequest}. */
    public static final class Builder {
        private final String url;
        private String method = "GET";
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        private Builder(String url) {
            if (url.isEmpty()) {
                throw new IllegalArgumentException("empty URL");
            }
            this.url = url;
        }

        /**
         * Sets the method.
         *
         * @param method the method, such as {@code POST}
         * @return this builder
         * @throws IllegalArgumentException when {@code method} is empty
         */
        public Builder method(String method) {
            if (method.isEmpty()) {
                throw new IllegalArgumentException("empty HTTP method");
            }
            this.method = method;
            return this;
        }

        /**
         * Sets a header, replacing an earlier value of the same name.
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /**
         * Sets the body.
         *
         * @param body the body (copied); {@code null} or empty for none
         * @return this builder
         */
        public Builder body(byte[] body) {
            this.body = body == null || body.length == 0 ? null : body.clone();
            return this;
        }

        /**
         * Sets the body to UTF-8 text.
         *
         * @param body the body; empty for none
         * @return this builder
         */
        public Builder body(String body) {
            return body(body.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * Builds the request.
         *
         * @return the request
         */
        public HttpRequest build() {
            return new HttpRequest(this);
        }
    }
}
