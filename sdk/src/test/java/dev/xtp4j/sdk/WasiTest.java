package dev.xtp4j.sdk;

import static dev.xtp4j.sdk.testing.Guests.quiet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.sdk.manifest.AllowedPath;
import dev.xtp4j.sdk.manifest.Manifest;
import dev.xtp4j.sdk.manifest.WasmSource;
import dev.xtp4j.sdk.testing.GuestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WASI through allowed_paths: what a plugin can and cannot reach on the host's file system. */
class WasiTest {
    @TempDir
    Path tmp;

    private Path data;
    private Path config;
    private Path secret;

    @BeforeEach
    void files() throws IOException {
        data = Files.createDirectories(tmp.resolve("data"));
        config = Files.createDirectories(tmp.resolve("config"));
        secret = Files.writeString(tmp.resolve("secret.txt"), "top secret");
        Files.writeString(data.resolve("a.txt"), "hello from a");
        Files.writeString(config.resolve("settings.txt"), "mode=fast");
        Files.createDirectories(data.resolve("sub"));
        Files.writeString(data.resolve("sub/b.txt"), "bee");
    }

    private Plugin load(Manifest.Builder manifest, PluginOptions.Builder options) {
        Path wasm = GuestFiles.committed().get("wasi_fs");
        return Plugins.load(manifest.wasm(WasmSource.file(wasm)).build(), options.wasi(true).build());
    }

    private Plugin mounted() {
        return load(Manifest.builder()
                        .allowedPath(data, "/data")
                        .allowedPath(new AllowedPath(config, "/config", true)),
                quiet().toBuilder());
    }

    @Test
    void readsAndWritesInsideAllowedPaths() throws IOException {
        try (Plugin plugin = mounted()) {
            assertEquals("hello from a", plugin.call("read_file", "/data/a.txt"));
            assertEquals("bee", plugin.call("read_file", "/data/sub/b.txt"));
            assertEquals("wrote 5", plugin.call("write_file", "/data/new.txt\nfresh"));
            assertEquals("fresh", Files.readString(data.resolve("new.txt")));
            assertEquals("created", plugin.call("mkdir_path", "/data/made"));
            assertTrue(Files.isDirectory(data.resolve("made")));
            assertEquals("removed", plugin.call("remove_path", "/data/new.txt"));
            assertFalse(Files.exists(data.resolve("new.txt")));
            String listing = plugin.call("list_dir", "/data");
            assertTrue(listing.contains("a.txt\n") && listing.contains("sub\n"), listing);
        }
    }

    @Test
    void readOnlyPathsCanBeReadButNotChanged() {
        try (Plugin plugin = mounted()) {
            assertEquals("mode=fast", plugin.call("read_file", "/config/settings.txt"));
            GuestErrorException write = assertThrows(GuestErrorException.class,
                    () -> plugin.call("write_file", "/config/settings.txt\nmode=slow"));
            assertTrue(write.getMessage().startsWith("cannot create /config/settings.txt"), write.getMessage());
            assertThrows(GuestErrorException.class, () -> plugin.call("write_file", "/config/other.txt\nx"));
            assertThrows(GuestErrorException.class, () -> plugin.call("mkdir_path", "/config/dir"));
            assertThrows(GuestErrorException.class, () -> plugin.call("remove_path", "/config/settings.txt"));
        }
        assertTrue(Files.exists(config.resolve("settings.txt")));
        assertFalse(Files.exists(config.resolve("other.txt")));
        assertFalse(Files.exists(config.resolve("dir")));
    }

    @Test
    void dotDotCannotEscape() {
        try (Plugin plugin = mounted()) {
            for (String path : new String[] {"/data/../secret.txt", "/data/sub/../../secret.txt",
                    "/data/sub/../../../../../../etc/passwd", "/secret.txt", tmp.resolve("secret.txt").toString()}) {
                GuestErrorException e = assertThrows(GuestErrorException.class,
                        () -> plugin.call("read_file", path), path);
                assertTrue(e.getMessage().startsWith("cannot open"), e.getMessage());
            }
            assertThrows(GuestErrorException.class, () -> plugin.call("write_file", "/data/../escaped.txt\nx"));
            assertFalse(Files.exists(tmp.resolve("escaped.txt")));
        }
    }

    @Test
    void symlinksCannotEscape() throws IOException {
        Files.createSymbolicLink(data.resolve("link-to-secret"), secret);
        Files.createSymbolicLink(data.resolve("link-to-tmp"), tmp);
        Files.createSymbolicLink(data.resolve("relative-escape"), Path.of("../secret.txt"));
        Files.createSymbolicLink(data.resolve("inside"), data.resolve("a.txt"));
        try (Plugin plugin = mounted()) {
            for (String path : new String[] {"/data/link-to-secret", "/data/link-to-tmp/secret.txt",
                    "/data/relative-escape"}) {
                GuestErrorException e = assertThrows(GuestErrorException.class,
                        () -> plugin.call("read_file", path), path);
                assertTrue(e.getMessage().startsWith("cannot open"), e.getMessage());
            }
            assertThrows(GuestErrorException.class,
                    () -> plugin.call("write_file", "/data/link-to-tmp/planted.txt\nx"));
            assertFalse(Files.exists(tmp.resolve("planted.txt")));
            assertEquals("hello from a", plugin.call("read_file", "/data/inside"), "links inside the mount work");
        }
        assertEquals("top secret", Files.readString(secret));
    }

    @Test
    void withoutAllowedPathsNothingIsVisible() {
        try (Plugin plugin = load(Manifest.builder(), quiet().toBuilder())) {
            assertThrows(GuestErrorException.class, () -> plugin.call("read_file", "/data/a.txt"));
            assertThrows(GuestErrorException.class, () -> plugin.call("read_file", secret.toString()));
        }
    }

    @Test
    void stdoutIsDiscardedUnlessEnabled() {
        PrintStream original = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
            try (Plugin quietPlugin = load(Manifest.builder(), quiet().toBuilder())) {
                assertEquals("said", quietPlugin.call("say", "hidden"));
            }
            assertEquals("", captured.toString(StandardCharsets.UTF_8));
            try (Plugin loud = load(Manifest.builder(), quiet().toBuilder().wasiOutput(true))) {
                assertEquals("said", loud.call("say", "shown"));
            }
        } finally {
            System.setOut(original);
            System.setErr(originalErr);
        }
        assertEquals("shown", captured.toString(StandardCharsets.UTF_8));
        assertEquals("err:shown", capturedErr.toString(StandardCharsets.UTF_8));
    }
}
