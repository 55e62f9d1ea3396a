package dev.xtp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code xtp} command, run in-process against the project's sample plugin and test guests. */
class XtpTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final String MANIFEST = ROOT.resolve("manifests/count-vowels.yaml").toString();
    private static final String KERNEL = ROOT.resolve("test-guests/wasm/kernel.wasm").toString();

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Xtp.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void theReadmeQuickStartCall() {
        Result r = run("call", MANIFEST, "count_vowels", "--input", "Hello, World!");
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"count\":3,\"total\":3,\"vowels\":\"aeiouAEIOU\"}\n", r.out());
    }

    @Test
    void configLoopAndRawOutput() {
        Result r = run("call", MANIFEST, "count_vowels", "-i", "yyy", "--config", "vowels=y", "--loop", "3",
                "--raw");
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"count\":3,\"total\":9,\"vowels\":\"y\"}", r.out(), "vars persist across --loop calls");
        Result greet = run("call", MANIFEST, "greet", "-i", "Ada", "-c", "greeting=Howdy");
        assertEquals("Howdy, Ada!\n", greet.out());
    }

    @Test
    void inputFromAFile(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("in.txt"), "aaa");
        Result r = run("call", KERNEL, "echo", "--input-file", input.toString(), "--interpreter");
        assertEquals("aaa\n", r.out());
    }

    @Test
    void failuresGoToStderrWithAnExitCode() {
        Result error = run("call", KERNEL, "fail_with_error", "-i", "boom");
        assertEquals(1, error.code());
        assertEquals("xtp: boom\n", error.err());
        assertEquals("", error.out());
        Result nonzero = run("call", KERNEL, "nonzero");
        assertEquals(7, nonzero.code(), "the plugin's return code becomes the exit code");
        Result missing = run("call", KERNEL, "nope");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("Function not found: nope"), missing.err());
        Result trap = run("call", KERNEL, "trap");
        assertEquals(1, trap.code());
        assertTrue(trap.err().contains("trapped"), trap.err());
        Result file = run("call", "no/such/file.wasm", "x");
        assertEquals(1, file.code());
        assertTrue(file.err().contains("file not found"), file.err());
    }

    @Test
    void malformedManifestsArePositioned(@TempDir Path dir) throws IOException {
        Path manifest = Files.writeString(dir.resolve("m.json"), "{\"wasm\": [{\"path\": \"x.wasm\"}],\n \"timeout\": 1}");
        Result r = run("call", manifest.toString(), "f");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("m.json:2:2: unknown field \"timeout\""), r.err());
    }

    @Test
    void logsGoToStderrAtTheChosenLevel() {
        Result r = run("call", KERNEL, "log_levels", "--log-level", "warn");
        assertEquals(0, r.code(), r.err());
        assertEquals("3\n", r.out());
        assertTrue(r.err().contains("WARN warn message"), r.err());
        assertTrue(r.err().contains("ERROR error message"), r.err());
        assertTrue(!r.err().contains("info message"), r.err());
        Result bad = run("call", KERNEL, "echo", "--log-level", "loud");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("unknown log level"), bad.err());
    }

    @Test
    void sandboxFlags() {
        Result timeout = run("call", KERNEL, "alloc_many", "-i", "1000000", "--timeout", "50", "--interpreter");
        assertEquals(1, timeout.code());
        assertTrue(timeout.err().contains("timeout"), timeout.err());
        Result http = run("call", KERNEL, "http_get", "-i", "http://127.0.0.1:9/x");
        assertTrue(http.err().contains("is not allowed"), http.err());
    }

    @Test
    void inspectListsExportsAndImports() {
        Result r = run("inspect", ROOT.resolve("test-guests/wasm/host.wasm").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("call_hello () -> i32   [callable]"), r.out());
        assertTrue(r.out().contains("extism:host/user::hello (i64) -> i64   [host]"), r.out());
        assertTrue(r.out().contains("my:ns::twice (i32) -> i32   [host]"), r.out());
        assertTrue(r.out().contains("extism:host/env::alloc (i64) -> i64   [extism kernel]"), r.out());
        Result reactor = run("inspect", ROOT.resolve("test-guests/wasm/reactor.wasm").toString());
        assertTrue(reactor.out().contains("initialisers: _initialize"), reactor.out());
        Result manifest = run("inspect", MANIFEST);
        assertTrue(manifest.out().contains("count_vowels () -> i32   [callable]"), manifest.out());
        Result bad = run("inspect", ROOT.resolve("README.md").toString());
        assertEquals(1, bad.code());
    }

    @Test
    void usageErrors() {
        assertEquals(2, run("call").code());
        assertEquals(2, run("call", KERNEL, "echo", "-i", "a", "--stdin").code(), "input sources are exclusive");
        assertEquals(0, run("--version").code());
    }
}
