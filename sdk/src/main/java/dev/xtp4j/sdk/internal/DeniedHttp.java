package dev.xtp4j.sdk.internal;

import dev.xtp4j.sdk.internal.kernel.ExtismEnv;
import dev.xtp4j.sdk.internal.kernel.HostTrap;
import dev.xtp4j.sdk.internal.kernel.Kernel;
import dev.xtp4j.sdk.manifest.Manifest;

/** HTTP host functions that refuse every request. */
final class DeniedHttp implements ExtismEnv.HttpBridge {
    DeniedHttp(Manifest manifest) {}

    @Override
    public long request(Kernel kernel, long request, long body) {
        String json = kernel.isLive(request) ? kernel.readString(request) : "";
        kernel.free(request);
        kernel.free(body);
        throw new HostTrap(ExtismEnv.MODULE, "http_request", "HTTP request to " + json + " is not allowed", null);
    }

    @Override
    public int statusCode() {
        return 0;
    }

    @Override
    public long headers(Kernel kernel) {
        return 0;
    }
}
