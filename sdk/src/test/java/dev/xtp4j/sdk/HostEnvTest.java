package dev.xtp4j.sdk;

import static dev.xtp4j.sdk.testing.Guests.plugin;
import static dev.xtp4j.sdk.testing.Guests.quiet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.sdk.manifest.Manifest;
import dev.xtp4j.sdk.manifest.MemoryOptions;
import dev.xtp4j.sdk.manifest.WasmSource;
import dev.xtp4j.sdk.testing.Guests;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The host functions of {@code extism:host/env}: config, vars, logs, HTTP refusal. */
class HostEnvTest {

    /** config_get of the key given as input; outputs the value, or "absent"; then reports whether the key was freed. */
    private static final String CONFIG_GUEST = """
            (data (i32.const 200) "absent")
            (func (export "config") (result i32)
              (local $key i64) (local $value i64) (local $n i32)
              (local.set $n (call $input_to (i32.const 100)))
              (local.set $key (call $to_kernel (i32.const 100) (local.get $n)))
              (local.set $value (call $config_get (local.get $key)))
              (if (i64.eqz (local.get $value))
                (then (call $output (i32.const 200) (i32.const 6)))
                (else (call $output_set (local.get $value) (call $length (local.get $value)))))
              (i32.const 0))
            (func (export "key_freed") (result i32)
              (local $key i64)
              (local.set $key (call $to_kernel (i32.const 100) (call $input_to (i32.const 100))))
              (drop (call $config_get (local.get $key)))
              (call $emit (call $length (local.get $key)))
              (call $flush)
              (i32.const 0))
            (func (export "bad_handle") (result i32)
              (drop (call $config_get (i64.const 987654)))
              (i32.const 0))
            """;

    @Test
    void configGetReturnsValuesAndFreesTheKey() {
        Manifest.Builder manifest = Manifest.builder().config("greeting", "Hello").config("empty", "")
                .config("unicode", "h\u00e9llo \u2603");
        try (Plugin plugin = plugin(CONFIG_GUEST, manifest, quiet())) {
            assertEquals("Hello", plugin.call("config", "greeting"));
            assertEquals("h\u00e9llo \u2603", plugin.call("config", "unicode"));
            assertEquals("absent", plugin.call("config", "missing"));
            assertEquals("absent", plugin.call("config", "empty"), "an empty value returns the null handle");
            assertEquals("0,", plugin.call("key_freed", "missing"), "the host frees the key handle");
        }
    }

    @Test
    void configGetWithAnInvalidHandleTraps() {
        try (Plugin plugin = plugin(CONFIG_GUEST, quiet())) {
            HostFunctionException e = assertThrows(HostFunctionException.class, () -> plugin.call("bad_handle", ""));
            assertEquals("invalid handle offset for config key: 987654", e.reason());
            assertEquals("extism:host/env", e.namespace());
            assertEquals("config_get", e.hostFunction());
            assertEquals(-1, e.returnCode(), "host function errors are not wasm traps: upstream reports -1");
        }
    }

    /** var "count" as a decimal counter kept in the var store; "delete" removes it; "put" stores input under "blob". */
    private static final String VAR_GUEST = """
            (data (i32.const 300) "count")
            (data (i32.const 310) "blob")
            (func $count_key (result i64) (call $to_kernel (i32.const 300) (i32.const 5)))
            (func (export "increment") (result i32)
              (local $v i64) (local $n i64)
              (local.set $v (call $var_get (call $count_key)))
              (if (i64.ne (local.get $v) (i64.const 0))
                (then (local.set $n (call $load_u64 (local.get $v)))))
              (local.set $n (i64.add (local.get $n) (i64.const 1)))
              (local.set $v (call $alloc (i64.const 8)))
              (call $store_u64 (local.get $v) (local.get $n))
              (call $var_set (call $count_key) (local.get $v))
              (call $emit (local.get $n))
              (call $emit (call $length (local.get $v)))
              (call $flush)
              (i32.const 0))
            (func (export "delete") (result i32)
              (call $var_set (call $count_key) (i64.const 0))
              (i32.const 0))
            (func (export "put") (result i32)
              (call $var_set (call $to_kernel (i32.const 310) (i32.const 4))
                             (call $to_kernel (i32.const 1000) (call $input_to (i32.const 1000))))
              (i32.const 0))
            (func (export "bad_value") (result i32)
              (call $var_set (call $count_key) (i64.const 555555))
              (i32.const 0))
            """;

    @Test
    void varsPersistAcrossCallsAndAreFreed() {
        try (Plugin plugin = plugin(VAR_GUEST, quiet())) {
            assertEquals("1,0,", plugin.call("increment", ""), "the value handle is freed by var_set");
            assertEquals("2,0,", plugin.call("increment", ""));
            assertEquals("3,0,", plugin.call("increment", ""));
            plugin.call("delete", "");
            assertEquals("1,0,", plugin.call("increment", ""));
        }
    }

    @Test
    void varsBelongToOneInstance() {
        CompiledPlugin compiled = Plugins.compile(Manifest.of(WasmSource.data(Guests.extism(VAR_GUEST))), quiet());
        try (Plugin a = compiled.instantiate(); Plugin b = compiled.instantiate()) {
            a.call("increment", "");
            a.call("increment", "");
            assertEquals("3,0,", a.call("increment", ""));
            assertEquals("1,0,", b.call("increment", ""));
        }
    }

    @Test
    void varsCanBeDisabled() {
        Manifest.Builder manifest = Manifest.builder().memory(MemoryOptions.DEFAULTS.withMaxVarBytes(0));
        try (Plugin plugin = plugin(VAR_GUEST, manifest, quiet())) {
            HostFunctionException e = assertThrows(HostFunctionException.class, () -> plugin.call("increment", ""));
            assertEquals("Vars are disabled by this host", e.reason());
            HostFunctionException delete = assertThrows(HostFunctionException.class, () -> plugin.call("delete", ""));
            assertEquals("Vars are disabled by this host", delete.reason(), "the check comes first, even for deletes");
        }
    }

    @Test
    void theVarStoreIsCappedWithUpstreamAccounting() {
        // "blob" (4 bytes) + value + 48 bytes overhead must fit in 200 bytes
        MemoryOptions memory = MemoryOptions.DEFAULTS.withMaxVarBytes(200);
        try (Plugin plugin = plugin(VAR_GUEST, Manifest.builder().memory(memory), quiet())) {
            plugin.call("put", "x".repeat(148)); // 4 + 148 + 48 = 200
            HostFunctionException e = assertThrows(HostFunctionException.class,
                    () -> plugin.call("put", "x".repeat(1)));
            assertEquals("Variable store is full", e.reason(),
                    "upstream counts the existing entry for the same key too");
            HostFunctionException bigger = assertThrows(HostFunctionException.class,
                    () -> plugin.call("put", "x".repeat(149)));
            assertEquals("Variable store is full", bigger.reason());
        }
        try (Plugin plugin = plugin(VAR_GUEST, Manifest.builder().memory(memory), quiet())) {
            assertThrows(HostFunctionException.class, () -> plugin.call("put", "x".repeat(149)));
        }
    }

    @Test
    void varSetWithAnInvalidValueHandleTraps() {
        try (Plugin plugin = plugin(VAR_GUEST, quiet())) {
            HostFunctionException e = assertThrows(HostFunctionException.class, () -> plugin.call("bad_value", ""));
            assertEquals("invalid handle offset for var value: 555555", e.reason());
        }
    }

    private static final String LOG_GUEST = """
            (data (i32.const 100) "t")
            (data (i32.const 101) "d")
            (data (i32.const 102) "i")
            (data (i32.const 103) "w")
            (data (i32.const 104) "e")
            (func (export "log_all") (result i32)
              (call $log_trace (call $to_kernel (i32.const 100) (i32.const 1)))
              (call $log_debug (call $to_kernel (i32.const 101) (i32.const 1)))
              (call $log_info (call $to_kernel (i32.const 102) (i32.const 1)))
              (call $log_warn (call $to_kernel (i32.const 103) (i32.const 1)))
              (call $log_error (call $to_kernel (i32.const 104) (i32.const 1)))
              (call $emit (i64.extend_i32_u (call $get_log_level)))
              (call $flush)
              (i32.const 0))
            (func (export "log_bad_handle") (result i32)
              (call $log_warn (i64.const 777777))
              (i32.const 0))
            (func (export "log_frees") (result i32)
              (local $h i64)
              (local.set $h (call $to_kernel (i32.const 100) (i32.const 1)))
              (call $log_trace (local.get $h))
              (call $emit (call $length (local.get $h)))
              (call $flush)
              (i32.const 0))
            """;

    private record Line(LogLevel level, String id, String message) {}

    private static PluginOptions logging(LogLevel level, List<Line> lines) {
        return PluginOptions.builder()
                .logLevel(level)
                .logSink((l, id, message) -> lines.add(new Line(l, id, message)))
                .build();
    }

    @Test
    void logsArriveAtEveryLevelWithThePluginId() {
        List<Line> lines = new ArrayList<>();
        try (Plugin plugin = plugin(LOG_GUEST, logging(LogLevel.TRACE, lines))) {
            assertEquals("0,", plugin.call("log_all", ""));
            assertEquals(List.of(
                    new Line(LogLevel.TRACE, plugin.id(), "t"),
                    new Line(LogLevel.DEBUG, plugin.id(), "d"),
                    new Line(LogLevel.INFO, plugin.id(), "i"),
                    new Line(LogLevel.WARN, plugin.id(), "w"),
                    new Line(LogLevel.ERROR, plugin.id(), "e")), lines);
        }
    }

    @Test
    void theLevelFiltersLogsAndIsReportedToTheGuest() {
        List<Line> lines = new ArrayList<>();
        try (Plugin plugin = plugin(LOG_GUEST, logging(LogLevel.WARN, lines))) {
            assertEquals("3,", plugin.call("log_all", ""));
            assertEquals(List.of(LogLevel.WARN, LogLevel.ERROR), lines.stream().map(Line::level).toList());
            assertEquals("0,", plugin.call("log_frees", ""), "filtered messages are freed too");
        }
        lines.clear();
        try (Plugin plugin = plugin(LOG_GUEST, logging(LogLevel.OFF, lines))) {
            assertEquals(Integer.MAX_VALUE + ",", plugin.call("log_all", ""), "off is i32::MAX");
            assertTrue(lines.isEmpty());
            assertEquals("", plugin.call("log_bad_handle", ""), "a filtered message's handle is never read");
        }
    }

    @Test
    void theSinksThresholdIsTheDefaultLevel() {
        List<Line> lines = new ArrayList<>();
        LogSink sink = new LogSink() {
            @Override
            public void log(LogLevel level, String pluginId, String message) {
                lines.add(new Line(level, pluginId, message));
            }

            @Override
            public LogLevel threshold() {
                return LogLevel.DEBUG;
            }
        };
        try (Plugin plugin = plugin(LOG_GUEST, PluginOptions.builder().logSink(sink).build())) {
            assertEquals("1,", plugin.call("log_all", ""));
            assertEquals(4, lines.size());
        }
    }

    @Test
    void aLogMessageWithAnInvalidHandleTraps() {
        try (Plugin plugin = plugin(LOG_GUEST, logging(LogLevel.INFO, new ArrayList<>()))) {
            HostFunctionException e = assertThrows(HostFunctionException.class,
                    () -> plugin.call("log_bad_handle", ""));
            assertEquals("invalid handle offset for log message: 777777", e.reason());
        }
    }

    @Test
    void httpRequestsAreRefusedByDefault() {
        try (Plugin plugin = plugin("""
                (data (i32.const 100) "{\\"url\\":\\"https://example.com/\\"}")
                (func (export "get") (result i32)
                  (drop (call $http_request (call $to_kernel (i32.const 100) (i32.const 30)) (i64.const 0)))
                  (i32.const 0))
                (func (export "status") (result i32)
                  (call $emit (i64.extend_i32_u (call $http_status_code)))
                  (call $emit (call $http_headers))
                  (call $flush)
                  (i32.const 0))
                """, quiet())) {
            assertEquals("0,0,", plugin.call("status", ""));
            HostFunctionException e = assertThrows(HostFunctionException.class, () -> plugin.call("get", ""));
            assertTrue(e.reason().contains("is not allowed"), e.reason());
            assertTrue(e.reason().contains("https://example.com/"), e.reason());
        }
    }
}
