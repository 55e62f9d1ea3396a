package dev.xtp4j.sdk.manifest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/** Writes a {@link Manifest} as upstream JSON. */
final class ManifestWriter {
    private ManifestWriter() {}

    static String toJson(Manifest manifest) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("wasm");
            for (WasmSource source : manifest.wasm()) {
                writeSource(json, source);
            }
            json.writeEndArray();
            MemoryOptions memory = manifest.memory();
            if (!memory.equals(MemoryOptions.DEFAULTS)) {
                json.writeObjectFieldStart("memory");
                if (memory.maxPages().isPresent()) {
                    json.writeNumberField("max_pages", memory.maxPages().getAsInt());
                }
                if (memory.maxHttpResponseBytes().isPresent()) {
                    json.writeNumberField("max_http_response_bytes", memory.maxHttpResponseBytes().getAsLong());
                }
                json.writeNumberField("max_var_bytes", memory.maxVarBytes());
                json.writeEndObject();
            }
            if (!manifest.config().isEmpty()) {
                writeMap(json, "config", manifest.config());
            }
            if (!manifest.allowedHosts().isEmpty()) {
                json.writeArrayFieldStart("allowed_hosts");
                for (String host : manifest.allowedHosts()) {
                    json.writeString(host);
                }
                json.writeEndArray();
            }
            if (!manifest.allowedPaths().isEmpty()) {
                json.writeObjectFieldStart("allowed_paths");
                for (AllowedPath path : manifest.allowedPaths()) {
                    json.writeStringField(path.manifestKey(), path.guestPath());
                }
                json.writeEndObject();
            }
            if (manifest.timeout().isPresent()) {
                json.writeNumberField("timeout_ms", manifest.timeout().get().toMillis());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeSource(JsonGenerator json, WasmSource source) throws IOException {
        json.writeStartObject();
        if (source instanceof WasmSource.File file) {
            json.writeStringField("path", file.path().toString());
        } else if (source instanceof WasmSource.Data data) {
            json.writeStringField("data", Base64.getEncoder().encodeToString(data.bytes()));
        } else if (source instanceof WasmSource.Compiled compiled) {
            throw new IllegalStateException("a manifest with a precompiled module (" + compiled.describe()
                    + ") has no JSON form");
        } else if (source instanceof WasmSource.Url url) {
            json.writeStringField("url", url.url().toString());
            if (!url.headers().isEmpty()) {
                writeMap(json, "headers", url.headers());
            }
            if (!url.method().equals("GET")) {
                json.writeStringField("method", url.method());
            }
        }
        if (source.name().isPresent()) {
            json.writeStringField("name", source.name().get());
        }
        if (source.hash().isPresent()) {
            json.writeStringField("hash", source.hash().get());
        }
        json.writeEndObject();
    }

    private static void writeMap(JsonGenerator json, String field, Map<String, String> map) throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, String> entry : map.entrySet()) {
            json.writeStringField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }
}
