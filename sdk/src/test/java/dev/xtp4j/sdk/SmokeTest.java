package dev.xtp4j.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xtp4j.sdk.testing.Wat;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void echoes() {
        byte[] wasm = Wat.compile("""
                (module
                  (import "extism:host/env" "input_length" (func $input_length (result i64)))
                  (import "extism:host/env" "input_load_u8" (func $input_load_u8 (param i64) (result i32)))
                  (import "extism:host/env" "alloc" (func $alloc (param i64) (result i64)))
                  (import "extism:host/env" "store_u8" (func $store_u8 (param i64 i32)))
                  (import "extism:host/env" "output_set" (func $output_set (param i64 i64)))
                  (func (export "echo") (result i32)
                    (local $n i64) (local $i i64) (local $h i64)
                    (local.set $n (call $input_length))
                    (local.set $h (call $alloc (local.get $n)))
                    (block $done
                      (loop $next
                        (br_if $done (i64.ge_u (local.get $i) (local.get $n)))
                        (call $store_u8 (i64.add (local.get $h) (local.get $i))
                                        (call $input_load_u8 (local.get $i)))
                        (local.set $i (i64.add (local.get $i) (i64.const 1)))
                        (br $next)))
                    (call $output_set (local.get $h) (local.get $n))
                    (i32.const 0)))
                """);
        for (Engine engine : Engine.values()) {
            try (Plugin plugin = Plugins.load(dev.xtp4j.sdk.manifest.Manifest.of(
                    dev.xtp4j.sdk.manifest.WasmSource.data(wasm)), PluginOptions.builder().engine(engine).build())) {
                assertEquals("Hello, World!", plugin.call("echo", "Hello, World!"));
                assertEquals("", plugin.call("echo", ""));
            }
        }
    }
}
