package dev.xtp4j.sdk;

import static dev.xtp4j.sdk.testing.Guests.quiet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.sdk.manifest.Manifest;
import dev.xtp4j.sdk.manifest.WasmSource;
import dev.xtp4j.sdk.testing.Guests;
import dev.xtp4j.sdk.testing.Wat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several modules in one manifest: main-module selection and linking by module name, as upstream. */
class LinkingTest {

    /** A library module: exports a function, its memory and a global. */
    private static final byte[] LIB = Wat.compile("""
            (module
              (memory (export "memory") 1)
              (global (export "base") i64 (i64.const 1000))
              (data (i32.const 16) "from lib")
              (func (export "triple") (param i64) (result i64) (i64.mul (local.get 0) (i64.const 3))))
            """);

    /** The main module: uses lib's function, memory and global. */
    private static final String MAIN = """
            (import "lib" "triple" (func $triple (param i64) (result i64)))
            (import "lib" "base" (global $base i64))
            (import "lib" "memory" (memory 1))
            (func (export "run") (result i32)
              (call $emit (i64.add (global.get $base) (call $triple (i64.const 14))))
              (call $emit (i64.extend_i32_u (i32.load8_u (i32.const 16))))
              (call $flush)
              (i32.const 0))
            """;

    /** The main module around {@code body}: the prelude, lib's imports (lib's memory is its memory 0), helpers. */
    private static byte[] main(String body) {
        StringBuilder imports = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        body.lines().forEach(l -> (l.contains("(import \"lib\"") ? imports : rest).append(l).append('\n'));
        return Wat.compile("(module\n" + Guests.imports() + "\n" + imports + Guests.extismHelpers() + rest + ")");
    }

    @Test
    void mainImportsFunctionsMemoriesAndGlobalsFromANamedModule() {
        Manifest manifest = Manifest.of(WasmSource.data(LIB).withName("lib"), WasmSource.data(main(MAIN)));
        try (Plugin plugin = Plugins.load(manifest, quiet())) {
            assertEquals("1042,102,", plugin.call("run", ""));
        }
    }

    @Test
    void theLastModuleBecomesMainWhenNoModuleIsNamedMain() {
        Manifest manifest = Manifest.of(WasmSource.data(LIB).withName("lib"),
                WasmSource.data(main(MAIN)).withName("app"));
        try (Plugin plugin = Plugins.load(manifest, quiet())) {
            assertEquals("1042,102,", plugin.call("run", ""));
        }
    }

    @Test
    void anUnnamedFirstModuleIsMain() {
        byte[] first = Guests.extism("(func (export \"which\") (result i32) (call $emit (i64.const 1)) (call $flush)"
                + " (i32.const 0))");
        byte[] second = Guests.extism("(func (export \"which\") (result i32) (call $emit (i64.const 2)) (call $flush)"
                + " (i32.const 0))");
        Manifest manifest = Manifest.of(WasmSource.data(first), WasmSource.data(second).withName("other"));
        try (Plugin plugin = Plugins.load(manifest, quiet())) {
            assertEquals("1,", plugin.call("which", ""));
        }
    }

    @Test
    void duplicateModuleNamesAreRejected() {
        byte[] wasm = Guests.extism("");
        PluginLoadException unnamed = assertThrows(PluginLoadException.class,
                () -> Plugins.load(Manifest.of(WasmSource.data(wasm), WasmSource.data(wasm)), quiet()));
        assertTrue(unnamed.getMessage().contains("Duplicate module name found in Extism manifest: main"),
                unnamed.getMessage());
        PluginLoadException named = assertThrows(PluginLoadException.class, () -> Plugins.load(Manifest.of(
                WasmSource.data(wasm).withName("x"), WasmSource.data(wasm).withName("x"),
                WasmSource.data(wasm)), quiet()));
        assertTrue(named.getMessage().contains("Duplicate module name found in Extism manifest: x"),
                named.getMessage());
    }

    @Test
    void modulesMayCallEachOtherInACycle() {
        // main imports "even" from "parity", which imports "odd" back from main
        byte[] parity = Wat.compile("""
                (module
                  (import "main" "odd" (func $odd (param i64) (result i64)))
                  (func (export "even") (param i64) (result i64)
                    (if (result i64) (i64.eqz (local.get 0))
                      (then (i64.const 1))
                      (else (call $odd (i64.sub (local.get 0) (i64.const 1)))))))
                """);
        String main = """
                (import "parity" "even" (func $even (param i64) (result i64)))
                (func (export "odd") (param i64) (result i64)
                  (if (result i64) (i64.eqz (local.get 0))
                    (then (i64.const 0))
                    (else (call $even (i64.sub (local.get 0) (i64.const 1))))))
                (func (export "run") (result i32)
                  (call $emit (call $even (i64.const 10)))
                  (call $emit (call $even (i64.const 7)))
                  (call $flush)
                  (i32.const 0))
                """;
        byte[] mainWasm = Wat.compile("(module\n" + Guests.imports() + "\n"
                + "  (import \"parity\" \"even\" (func $even (param i64) (result i64)))\n"
                + "  (memory (export \"memory\") 1)\n" + Guests.extismHelpers()
                + main.lines().filter(l -> !l.contains("(import")).reduce("", (a, b) -> a + b + "\n") + ")");
        Manifest manifest = Manifest.of(WasmSource.data(parity).withName("parity"), WasmSource.data(mainWasm));
        try (Plugin plugin = Plugins.load(manifest, quiet())) {
            assertEquals("1,0,", plugin.call("run", ""));
        }
    }

    @Test
    void aCycleClosedByAFunctionImportLinksThroughATrampoline() {
        // a needs b's memory at instantiation; b needs a's function only when called: b goes first
        byte[] a = Wat.compile("""
                (module
                  (import "b" "memory" (memory 1))
                  (func (export "f") (result i32) (i32.load8_u (i32.const 0))))
                """);
        byte[] b = Wat.compile("""
                (module
                  (import "a" "f" (func $f (result i32)))
                  (memory (export "memory") 1)
                  (data (i32.const 0) "\\07")
                  (func (export "run") (result i32) (i32.sub (call $f) (i32.const 7))))
                """);
        byte[] main = Wat.compile("(module\n" + Guests.imports() + "\n"
                + "  (import \"b\" \"run\" (func $run (result i32)))\n  (memory (export \"memory\") 1)\n"
                + Guests.extismHelpers() + """
                  (func (export "go") (result i32)
                    (call $emit (i64.extend_i32_s (call $run)))
                    (call $flush)
                    (i32.const 0)))
                """);
        try (Plugin plugin = Plugins.load(Manifest.of(WasmSource.data(a).withName("a"),
                WasmSource.data(b).withName("b"), WasmSource.data(main)), quiet())) {
            assertEquals("0,", plugin.call("go", ""), "run returns f() - 7 = 0, so f read b's memory");
        }
    }

    @Test
    void aCycleThroughMemoriesIsRejectedClearly() {
        byte[] a = Wat.compile("""
                (module
                  (import "b" "memory" (memory 1))
                  (memory (export "own") 1))
                """.replace("(memory (export \"own\") 1)", "(global (export \"g\") i32 (i32.const 1))"));
        byte[] b = Wat.compile("""
                (module
                  (import "a" "g" (global i32))
                  (memory (export "memory") 1))
                """);
        PluginLoadException e = assertThrows(PluginLoadException.class, () -> Plugins.load(
                Manifest.of(WasmSource.data(a).withName("a"), WasmSource.data(b).withName("b"),
                        WasmSource.data(Guests.extism(""))), quiet()));
        assertTrue(e.getMessage().contains("cyclic import of a"), e.getMessage());
        assertTrue(e.getMessage().contains("only functions can be imported in a cycle"), e.getMessage());
    }

    @Test
    void aManifestModuleCanSupplyHostFunctionsAndShadowsTheHost() {
        byte[] user = Wat.compile("""
                (module
                  (func (export "add") (param i64 i64) (result i64)
                    (i64.mul (i64.add (local.get 0) (local.get 1)) (i64.const 100))))
                """);
        byte[] main = Wat.compile("(module\n" + Guests.imports() + """
                  (import "extism:host/user" "add" (func $add (param i64 i64) (result i64)))
                  (memory (export "memory") 1)
                """ + Guests.extismHelpers() + """
                  (func (export "run") (result i32)
                    (call $emit (call $add (i64.const 1) (i64.const 2)))
                    (call $flush)
                    (i32.const 0)))
                """);
        HostFunction hostAdd = HostFunction.of("add", List.of(ValType.I64, ValType.I64), List.of(ValType.I64),
                (plugin, args) -> new long[] {args[0] + args[1]});
        PluginOptions options = quiet().toBuilder().hostFunctions(hostAdd).build();
        try (Plugin withModule = Plugins.load(Manifest.of(WasmSource.data(user).withName("extism:host/user"),
                WasmSource.data(main)), options)) {
            assertEquals("300,", withModule.call("run", ""), "the manifest module is linked later and wins");
        }
        try (Plugin hostOnly = Plugins.load(Manifest.of(WasmSource.data(main)), options)) {
            assertEquals("3,", hostOnly.call("run", ""));
        }
    }

    @Test
    void importsBetweenModulesAreChecked() {
        byte[] wrongType = Wat.compile("""
                (module
                  (import "lib" "triple" (func (param i32) (result i32)))
                  (func (export "run") (result i32) (i32.const 0)))
                """);
        PluginLoadException type = assertThrows(PluginLoadException.class, () -> Plugins.load(
                Manifest.of(WasmSource.data(LIB).withName("lib"), WasmSource.data(wrongType)), quiet()));
        assertTrue(type.getMessage().contains("imports `lib::triple` with type (i32) -> i32"), type.getMessage());
        assertTrue(type.getMessage().contains("(i64) -> i64"), type.getMessage());

        byte[] missing = Wat.compile("""
                (module
                  (import "lib" "quadruple" (func (param i64) (result i64)))
                  (func (export "run") (result i32) (i32.const 0)))
                """);
        PluginLoadException absent = assertThrows(PluginLoadException.class, () -> Plugins.load(
                Manifest.of(WasmSource.data(LIB).withName("lib"), WasmSource.data(missing)), quiet()));
        assertTrue(absent.getMessage().contains("unknown import: `lib::quadruple` has not been defined"),
                absent.getMessage());
        assertTrue(absent.getMessage().contains("module `lib` has no export named `quadruple`"),
                absent.getMessage());
    }

    @Test
    void theKernelsNameIsReserved() {
        PluginLoadException e = assertThrows(PluginLoadException.class, () -> Plugins.load(Manifest.of(
                WasmSource.data(LIB).withName("extism:host/env"), WasmSource.data(Guests.extism(""))), quiet()));
        assertTrue(e.getMessage().contains("belongs to the Extism kernel"), e.getMessage());
    }
}
