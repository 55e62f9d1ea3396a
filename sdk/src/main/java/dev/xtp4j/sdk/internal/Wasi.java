package dev.xtp4j.sdk.internal;

import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import dev.xtp4j.sdk.PluginLoadException;
import dev.xtp4j.sdk.PluginOptions;
import dev.xtp4j.sdk.internal.wasi.ConfinedFileSystem;
import dev.xtp4j.sdk.manifest.AllowedPath;
import dev.xtp4j.sdk.manifest.Manifest;
import java.io.IOException;
import java.security.SecureRandom;

/**
 * Creates the WASI preview 1 environment of one plugin instance: no arguments or environment variables, stdout and
 * stderr discarded unless enabled, {@link SecureRandom} randomness, and each {@code allowed_paths} entry mounted as a
 * {@link ConfinedFileSystem} (no escapes through {@code ..} or symbolic links; {@code ro:} entries read-only).
 */
final class Wasi {
    private Wasi() {}

    static WasiPreview1 create(Manifest manifest, PluginOptions options) {
        WasiOptions.Builder wasi = WasiOptions.builder().withRandom(new SecureRandom());
        if (options.wasiOutput()) {
            wasi.withStdout(System.out).withStderr(System.err);
        }
        for (AllowedPath path : manifest.allowedPaths()) {
            try {
                wasi.withDirectory(path.guestPath(), ConfinedFileSystem.open(path.hostPath(), path.readOnly()));
            } catch (IOException e) {
                throw new PluginLoadException("allowed path " + path.manifestKey() + " -> " + path.guestPath()
                        + " cannot be mounted: " + e.getMessage(), e);
            }
        }
        return WasiPreview1.builder().withOptions(wasi.build()).build();
    }
}
