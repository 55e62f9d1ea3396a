package dev.xtp4j.sdk.manifest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One entry of the manifest's {@code allowed_paths}: a host directory that a WASI-enabled plugin sees at a guest path.
 *
 * <p>In the manifest the entry is written {@code "host/dir": "/guest/dir"}; a {@code ro:} prefix on the host path
 * makes the directory read-only.
 *
 * @param hostPath the directory on the host
 * @param guestPath where the plugin sees it
 * @param readOnly whether writes are refused
 */
public record AllowedPath(Path hostPath, String guestPath, boolean readOnly) {
    /** The manifest prefix that marks a read-only entry. */
    public static final String READ_ONLY_PREFIX = "ro:";

    /** Validates the components. */
    public AllowedPath {
        Objects.requireNonNull(hostPath, "hostPath");
        Objects.requireNonNull(guestPath, "guestPath");
        if (guestPath.isEmpty()) {
            throw new IllegalArgumentException("the guest path of an allowed path must not be empty");
        }
    }

    /**
     * The key this entry has in a manifest's {@code allowed_paths}.
     *
     * @return the host path, with {@code ro:} if read-only
     */
    public String manifestKey() {
        return (readOnly ? READ_ONLY_PREFIX : "") + hostPath;
    }
}
