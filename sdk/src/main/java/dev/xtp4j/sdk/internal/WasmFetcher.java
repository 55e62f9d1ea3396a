package dev.xtp4j.sdk.internal;

import dev.xtp4j.sdk.PluginLoadException;
import dev.xtp4j.sdk.manifest.WasmSource;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;

/** Reads the bytes of a {@link WasmSource} and checks its hash. */
final class WasmFetcher {
    /** The largest module accepted from a URL: 256 MiB. */
    private static final long MAX_DOWNLOAD = 256L * 1024 * 1024;

    private WasmFetcher() {}

    static byte[] fetch(WasmSource source) {
        byte[] bytes;
        if (source instanceof WasmSource.File file) {
            bytes = readFile(file);
        } else if (source instanceof WasmSource.Data data) {
            bytes = data.bytes();
        } else if (source instanceof WasmSource.Compiled compiled) {
            throw new IllegalArgumentException("a precompiled module has no bytes: " + compiled.describe());
        } else {
            bytes = download((WasmSource.Url) source);
        }
        if (source.hash().isPresent()) {
            String actual = Sha256.of(bytes);
            if (!actual.equals(source.hash().get())) {
                throw new PluginLoadException("Hash mismatch, found " + actual + " but expected "
                        + source.hash().get() + " (" + source.describe() + ")");
            }
        }
        return bytes;
    }

    private static byte[] readFile(WasmSource.File file) {
        try {
            return Files.readAllBytes(file.path());
        } catch (NoSuchFileException e) {
            throw new PluginLoadException("Unable to load Wasm file \"" + file.path() + "\": file not found", e);
        } catch (AccessDeniedException e) {
            throw new PluginLoadException("Unable to load Wasm file \"" + file.path() + "\": permission denied", e);
        } catch (IOException e) {
            throw new PluginLoadException("Unable to load Wasm file \"" + file.path() + "\": " + e.getMessage(), e);
        }
    }

    private static byte[] download(WasmSource.Url url) {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
        HttpRequest.Builder request = HttpRequest.newBuilder(url.url()).timeout(Duration.ofMinutes(2));
        url.headers().forEach(request::header);
        request.method(url.method(), HttpRequest.BodyPublishers.noBody());
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw new PluginLoadException("Unable to download Wasm from " + url.url() + ": HTTP status "
                        + response.statusCode());
            }
            byte[] body = response.body();
            if (body.length > MAX_DOWNLOAD) {
                throw new PluginLoadException("Wasm download from " + url.url() + " is larger than "
                        + MAX_DOWNLOAD + " bytes");
            }
            return body;
        } catch (IOException e) {
            throw new PluginLoadException("Unable to download Wasm from " + url.url() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PluginLoadException("interrupted while downloading Wasm from " + url.url(), e);
        }
    }
}
