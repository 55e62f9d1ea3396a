package dev.xtp4j.sdk.internal;

import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import dev.xtp4j.sdk.PluginOptions;
import dev.xtp4j.sdk.manifest.AllowedPath;
import dev.xtp4j.sdk.manifest.Manifest;
import java.security.SecureRandom;

/** Creates the WASI preview 1 environment of one plugin instance. */
final class Wasi {
    private Wasi() {}

    static WasiPreview1 create(Manifest manifest, PluginOptions options) {
        WasiOptions.Builder wasi = WasiOptions.builder().withRandom(new SecureRandom());
        if (options.wasiOutput()) {
            wasi.withStdout(System.out).withStderr(System.err);
        }
        for (AllowedPath path : manifest.allowedPaths()) {
            wasi.withDirectory(path.guestPath(), path.hostPath());
        }
        return WasiPreview1.builder().withOptions(wasi.build()).build();
    }
}
