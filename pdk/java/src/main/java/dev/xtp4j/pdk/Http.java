package dev.xtp4j.pdk;

import dev.xtp4j.pdk.json.JsonReader;
import dev.xtp4j.pdk.json.JsonToken;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP requests made by the host on the plugin's behalf. The host decides which hosts may be reached (the manifest's
 * {@code allowed_hosts}, deny-all by default) and how large a response may be; a refused request fails the call.
 *
 * <pre>{@code
 * HttpResponse response = Http.request(HttpRequest.get("https://example.com/data.json"));
 * if (response.status() != 200) {
 *     throw new PluginException("upstream answered " + response.status());
 * }
 * String text = response.bodyString();
 * }</pre>
 */
public final class Http {
    private Http() {
    }

    /**
     * Sends a request and waits for the response.
     *
     * @param request the request
     * @return the response, whatever its status
     */
    public static HttpResponse request(HttpRequest request) {
        long requestBlock = Memory.allocate(request.toJson());
        byte[] body = request.rawBody();
        long bodyBlock = body == null ? 0 : Memory.allocate(body);
        long responseBlock = Env.httpRequest(requestBlock, bodyBlock);
        byte[] responseBody = Memory.readAndFree(responseBlock);
        int status = Env.httpStatusCode();
        return new HttpResponse(status, responseBody, headers(Env.httpHeaders()));
    }

    /** Parses the {@code {name: value}} object that {@code http_headers} returns. */
    private static Map<String, String> headers(long block) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (block == 0) {
            return headers;
        }
        JsonReader json = new JsonReader(Memory.readAndFree(block));
        json.beginObject();
        while (json.hasNext()) {
            String name = json.nextName();
            if (json.peek() == JsonToken.STRING) {
                headers.put(name, json.nextString());
            } else {
                headers.put(name, json.nextRawValue());
            }
        }
        json.endObject();
        return headers;
    }
}
