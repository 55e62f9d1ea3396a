package dev.xtp4j.sdk.internal.kernel;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.WasmFunctionHandle;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.xtp4j.sdk.LogLevel;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code extism:host/env} import module: the 20 kernel functions and the 12 host functions of the Extism ABI,
 * bound to one plugin instance.
 *
 * <p>Signatures and semantics follow the reference runtime (extism-abi.md sections 3 and 4). Handles passed to
 * {@code config_get}, {@code var_get}, {@code var_set}, {@code http_request} and {@code log_*} are consumed (freed).
 */
public final class ExtismEnv {
    /** The import module name. */
    public static final String MODULE = "extism:host/env";

    private static final List<ValType> NONE = List.of();
    private static final List<ValType> I32 = List.of(ValType.I32);
    private static final List<ValType> I64 = List.of(ValType.I64);
    private static final List<ValType> I64_I64 = List.of(ValType.I64, ValType.I64);
    private static final List<ValType> I64_I32 = List.of(ValType.I64, ValType.I32);

    /** Every function of the module with its exact wasm signature, kernel functions first. */
    public static final Map<String, FunctionType> SIGNATURES;

    static {
        Map<String, FunctionType> s = new LinkedHashMap<>();
        // kernel
        s.put("alloc", FunctionType.of(I64, I64));
        s.put("free", FunctionType.of(I64, NONE));
        s.put("length", FunctionType.of(I64, I64));
        s.put("length_unsafe", FunctionType.of(I64, I64));
        s.put("load_u8", FunctionType.of(I64, I32));
        s.put("load_u64", FunctionType.of(I64, I64));
        s.put("store_u8", FunctionType.of(I64_I32, NONE));
        s.put("store_u64", FunctionType.of(I64_I64, NONE));
        s.put("input_length", FunctionType.of(NONE, I64));
        s.put("input_offset", FunctionType.of(NONE, I64));
        s.put("input_load_u8", FunctionType.of(I64, I32));
        s.put("input_load_u64", FunctionType.of(I64, I64));
        s.put("output_set", FunctionType.of(I64_I64, NONE));
        s.put("error_set", FunctionType.of(I64, NONE));
        s.put("error_get", FunctionType.of(NONE, I64));
        s.put("input_set", FunctionType.of(I64_I64, NONE));
        s.put("output_length", FunctionType.of(NONE, I64));
        s.put("output_offset", FunctionType.of(NONE, I64));
        s.put("reset", FunctionType.of(NONE, NONE));
        s.put("memory_bytes", FunctionType.of(NONE, I64));
        // host
        s.put("config_get", FunctionType.of(I64, I64));
        s.put("var_get", FunctionType.of(I64, I64));
        s.put("var_set", FunctionType.of(I64_I64, NONE));
        s.put("http_request", FunctionType.of(I64_I64, I64));
        s.put("http_status_code", FunctionType.of(NONE, I32));
        s.put("http_headers", FunctionType.of(NONE, I64));
        s.put("log_info", FunctionType.of(I64, NONE));
        s.put("log_debug", FunctionType.of(I64, NONE));
        s.put("log_warn", FunctionType.of(I64, NONE));
        s.put("log_error", FunctionType.of(I64, NONE));
        s.put("log_trace", FunctionType.of(I64, NONE));
        s.put("get_log_level", FunctionType.of(NONE, I32));
        SIGNATURES = Collections.unmodifiableMap(s);
    }

    /** What the host functions need from the plugin instance they serve. */
    public interface Host {
        /**
         * The instance's kernel.
         *
         * @return the kernel
         */
        Kernel kernel();

        /**
         * The instance's vars.
         *
         * @return the vars
         */
        VarStore vars();

        /**
         * The instance's config.
         *
         * @return the config
         */
        Map<String, String> config();

        /**
         * The log level in effect.
         *
         * @return the level
         */
        LogLevel logLevel();

        /**
         * Logs a message that passed the level filter.
         *
         * @param level the level
         * @param message the message
         */
        void log(LogLevel level, String message);

        /**
         * The instance's HTTP bridge.
         *
         * @return the bridge
         */
        HttpBridge http();
    }

    /** The HTTP host functions, separated so that sandboxing policy lives in one place. */
    public interface HttpBridge {
        /**
         * {@code http_request}: performs a request. Must free {@code request} and {@code body}.
         *
         * @param kernel the kernel holding the handles
         * @param request handle of the request JSON
         * @param body handle of the body, or 0
         * @return handle of the response body, or 0
         */
        long request(Kernel kernel, long request, long body);

        /**
         * {@code http_status_code}.
         *
         * @return the last status, or 0
         */
        int statusCode();

        /**
         * {@code http_headers}.
         *
         * @param kernel the kernel to allocate the headers JSON in
         * @return handle of the headers JSON, or 0
         */
        long headers(Kernel kernel);
    }

    private ExtismEnv() {}

    /**
     * The functions of the module, bound to one plugin instance.
     *
     * @param host the instance
     * @return Chicory host functions by import name
     */
    public static Map<String, HostFunction> bind(Host host) {
        Kernel k = host.kernel();
        Result r = new Result();
        Map<String, HostFunction> f = new LinkedHashMap<>();
        put(f, "alloc", (inst, a) -> r.of(k.alloc(a[0])));
        put(f, "free", (inst, a) -> {
            k.free(a[0]);
            return null;
        });
        put(f, "length", (inst, a) -> r.of(k.length(a[0])));
        put(f, "length_unsafe", (inst, a) -> r.of(k.length(a[0])));
        put(f, "load_u8", (inst, a) -> r.of(k.loadU8(a[0])));
        put(f, "load_u64", (inst, a) -> r.of(k.loadU64(a[0])));
        put(f, "store_u8", (inst, a) -> {
            k.storeU8(a[0], (int) a[1]);
            return null;
        });
        put(f, "store_u64", (inst, a) -> {
            k.storeU64(a[0], a[1]);
            return null;
        });
        put(f, "input_length", (inst, a) -> r.of(k.inputLength()));
        put(f, "input_offset", (inst, a) -> r.of(k.inputOffset()));
        put(f, "input_load_u8", (inst, a) -> r.of(k.inputLoadU8(a[0])));
        put(f, "input_load_u64", (inst, a) -> r.of(k.inputLoadU64(a[0])));
        put(f, "output_set", (inst, a) -> {
            k.outputSet(a[0], a[1]);
            return null;
        });
        put(f, "error_set", (inst, a) -> {
            k.errorSet(a[0]);
            return null;
        });
        put(f, "error_get", (inst, a) -> r.of(k.errorGet()));
        put(f, "input_set", (inst, a) -> {
            k.inputSet(a[0], a[1]);
            return null;
        });
        put(f, "output_length", (inst, a) -> r.of(k.outputLength()));
        put(f, "output_offset", (inst, a) -> r.of(k.outputOffset()));
        put(f, "reset", (inst, a) -> {
            k.reset();
            return null;
        });
        put(f, "memory_bytes", (inst, a) -> r.of(k.memoryBytes()));

        put(f, "config_get", (inst, a) -> {
            String key = consumeString(k, a[0], "config_get", "invalid handle offset for config key: ");
            String value = host.config().get(key);
            return r.of(value == null ? 0 : k.write(value.getBytes(StandardCharsets.UTF_8)));
        });
        put(f, "var_get", (inst, a) -> {
            String key = consumeString(k, a[0], "var_get", "invalid handle offset for var key: ");
            byte[] value = host.vars().get(key);
            return r.of(value == null ? 0 : k.write(value));
        });
        put(f, "var_set", (inst, a) -> {
            VarStore vars = host.vars();
            if (!vars.enabled()) {
                throw trap("var_set", "Vars are disabled by this host");
            }
            String key = readString(k, a[0], "var_set", "invalid handle offset for var key: ");
            try {
                if (a[1] == 0) {
                    vars.remove(key);
                } else {
                    if (!k.isLive(a[1])) {
                        throw trap("var_set", "invalid handle offset for var value: " + a[1]);
                    }
                    vars.set(key, k.read(a[1]));
                    k.free(a[1]);
                }
            } catch (IllegalStateException e) {
                throw trap("var_set", e.getMessage());
            }
            k.free(a[0]);
            return null;
        });
        put(f, "http_request", (inst, a) -> r.of(host.http().request(k, a[0], a[1])));
        put(f, "http_status_code", (inst, a) -> r.of(host.http().statusCode()));
        put(f, "http_headers", (inst, a) -> r.of(host.http().headers(k)));
        putLog(f, host, "log_trace", LogLevel.TRACE);
        putLog(f, host, "log_debug", LogLevel.DEBUG);
        putLog(f, host, "log_info", LogLevel.INFO);
        putLog(f, host, "log_warn", LogLevel.WARN);
        putLog(f, host, "log_error", LogLevel.ERROR);
        put(f, "get_log_level", (inst, a) -> r.of(host.logLevel().abiValue()));
        return f;
    }

    /**
     * The one-element result array of an instance's kernel functions, reused by all of them: Chicory copies a host
     * function's results out before anything else runs on the (single-threaded) instance, and this saves an
     * allocation on every ABI call.
     */
    private static final class Result {
        private final long[] one = new long[1];

        long[] of(long value) {
            one[0] = value;
            return one;
        }
    }

    private static void putLog(Map<String, HostFunction> f, Host host, String name, LogLevel level) {
        Kernel k = host.kernel();
        put(f, name, (inst, a) -> {
            if (host.logLevel().allows(level)) {
                String message = readString(k, a[0], name, "invalid handle offset for log message: ");
                host.log(level, message);
            }
            k.free(a[0]);
            return null;
        });
    }

    private static void put(Map<String, HostFunction> functions, String name, WasmFunctionHandle handle) {
        functions.put(name, new HostFunction(MODULE, name, SIGNATURES.get(name), handle));
    }

    private static String consumeString(Kernel k, long handle, String function, String invalid) {
        String text = readString(k, handle, function, invalid);
        k.free(handle);
        return text;
    }

    private static String readString(Kernel k, long handle, String function, String invalid) {
        if (!k.isLive(handle)) {
            throw trap(function, invalid + handle);
        }
        return k.readString(handle);
    }

    private static HostTrap trap(String function, String message) {
        return new HostTrap(MODULE, function, message, null);
    }
}
