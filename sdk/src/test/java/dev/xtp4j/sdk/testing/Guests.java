package dev.xtp4j.sdk.testing;

import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.xtp4j.sdk.Plugin;
import dev.xtp4j.sdk.PluginOptions;
import dev.xtp4j.sdk.Plugins;
import dev.xtp4j.sdk.internal.kernel.ExtismEnv;
import dev.xtp4j.sdk.manifest.Manifest;
import dev.xtp4j.sdk.manifest.WasmSource;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * WAT guests for tests: a prelude that imports every {@code extism:host/env} function under its own name
 * ({@code $alloc}, {@code $input_length}, ...) and defines helpers:
 * <ul>
 *   <li>{@code $to_kernel (ptr i32, len i32) -> i64}: copy guest memory into a new kernel block;
 *   <li>{@code $from_kernel (h i64, ptr i32) -> i32}: copy a kernel block into guest memory, return its length;
 *   <li>{@code $input_to (ptr i32) -> i32}: copy the input into guest memory, return its length;
 *   <li>{@code $output (ptr i32, len i32)}: set the output from guest memory;
 *   <li>{@code $emit (v i64)}: append {@code v} in decimal and a comma to an output buffer; {@code $flush} outputs it.
 * </ul>
 * Guest memory: page 0 is free for tests below offset 32768; the emit buffer is at 40000 and scratch at 65000.
 */
public final class Guests {
    private Guests() {}

    /** The prelude's import declarations, generated from the runtime's signature table. */
    public static String imports() {
        return ExtismEnv.SIGNATURES.entrySet().stream().map(Guests::importLine).collect(Collectors.joining("\n"));
    }

    private static String importLine(Map.Entry<String, FunctionType> e) {
        FunctionType t = e.getValue();
        StringBuilder sb = new StringBuilder("  (import \"extism:host/env\" \"" + e.getKey() + "\" (func $" + e.getKey());
        if (!t.params().isEmpty()) {
            sb.append(" (param");
            t.params().forEach(p -> sb.append(' ').append(name(p)));
            sb.append(')');
        }
        if (!t.returns().isEmpty()) {
            sb.append(" (result");
            t.returns().forEach(p -> sb.append(' ').append(name(p)));
            sb.append(')');
        }
        return sb.append("))").toString();
    }

    private static String name(ValType type) {
        return type.toString().toLowerCase(Locale.ROOT);
    }

    private static final String HELPERS = """
              (global $buf_len (mut i32) (i32.const 0))
              (func $to_kernel (param $ptr i32) (param $len i32) (result i64)
                (local $h i64) (local $i i32)
                (local.set $h (call $alloc (i64.extend_i32_u (local.get $len))))
                (block $done (loop $next
                  (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
                  (call $store_u8 (i64.add (local.get $h) (i64.extend_i32_u (local.get $i)))
                                  (i32.load8_u (i32.add (local.get $ptr) (local.get $i))))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br $next)))
                (local.get $h))
              (func $from_kernel (param $h i64) (param $ptr i32) (result i32)
                (local $n i32) (local $i i32)
                (local.set $n (i32.wrap_i64 (call $length (local.get $h))))
                (block $done (loop $next
                  (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                  (i32.store8 (i32.add (local.get $ptr) (local.get $i))
                              (call $load_u8 (i64.add (local.get $h) (i64.extend_i32_u (local.get $i)))))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br $next)))
                (local.get $n))
              (func $input_to (param $ptr i32) (result i32)
                (local $n i32) (local $i i32)
                (local.set $n (i32.wrap_i64 (call $input_length)))
                (block $done (loop $next
                  (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                  (i32.store8 (i32.add (local.get $ptr) (local.get $i))
                              (call $input_load_u8 (i64.extend_i32_u (local.get $i))))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br $next)))
                (local.get $n))
              (func $output (param $ptr i32) (param $len i32)
                (call $output_set (call $to_kernel (local.get $ptr) (local.get $len))
                                  (i64.extend_i32_u (local.get $len))))
              (func $emit (param $v i64)
                (local $p i32) (local $neg i32) (local $n i32) (local $i i32)
                (local.set $p (i32.const 65000))
                (if (i64.lt_s (local.get $v) (i64.const 0))
                  (then (local.set $neg (i32.const 1))
                        (local.set $v (i64.sub (i64.const 0) (local.get $v)))))
                (loop $digit
                  (local.set $p (i32.sub (local.get $p) (i32.const 1)))
                  (i32.store8 (local.get $p)
                              (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $v) (i64.const 10)))))
                  (local.set $v (i64.div_u (local.get $v) (i64.const 10)))
                  (br_if $digit (i64.ne (local.get $v) (i64.const 0))))
                (if (local.get $neg)
                  (then (local.set $p (i32.sub (local.get $p) (i32.const 1)))
                        (i32.store8 (local.get $p) (i32.const 45))))
                (local.set $n (i32.sub (i32.const 65000) (local.get $p)))
                (memory.copy (i32.add (i32.const 40000) (global.get $buf_len)) (local.get $p) (local.get $n))
                (i32.store8 (i32.add (i32.const 40000) (i32.add (global.get $buf_len) (local.get $n))) (i32.const 44))
                (global.set $buf_len (i32.add (global.get $buf_len) (i32.add (local.get $n) (i32.const 1)))))
              (func $flush
                (call $output (i32.const 40000) (global.get $buf_len))
                (global.set $buf_len (i32.const 0)))
            """;

    /**
     * The prelude's helper functions (they use memory 0), for modules that assemble their own imports.
     *
     * @return WAT module fields
     */
    public static String extismHelpers() {
        return HELPERS;
    }

    /**
     * A module of the prelude, one exported page of memory and {@code body}.
     *
     * @param body more module fields (functions, data, globals)
     * @return the wasm bytes
     */
    public static byte[] extism(String body) {
        return Wat.compile("(module\n" + imports() + "\n  (memory (export \"memory\") 1)\n" + HELPERS + body + "\n)");
    }

    /**
     * Loads a module made by {@link #extism(String)}.
     *
     * @param body more module fields
     * @param options the options
     * @return the plugin
     */
    public static Plugin plugin(String body, PluginOptions options) {
        return Plugins.load(Manifest.of(WasmSource.data(extism(body))), options);
    }

    /**
     * Loads a module made by {@link #extism(String)} with a manifest derived from {@code manifest}.
     *
     * @param body more module fields
     * @param manifest settings (its modules are replaced)
     * @param options the options
     * @return the plugin
     */
    public static Plugin plugin(String body, Manifest.Builder manifest, PluginOptions options) {
        return Plugins.load(manifest.wasm(WasmSource.data(extism(body))).build(), options);
    }

    /**
     * Options that log to nothing at level TRACE, for tests that do not look at logs.
     *
     * @return the options
     */
    public static PluginOptions quiet() {
        return PluginOptions.builder().logSink((level, id, message) -> {}).build();
    }
}
