package dev.xtp4j.sdk.inspect;

import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.GlobalImport;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.MemoryImport;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.TableImport;
import dev.xtp4j.sdk.PluginLoadException;
import dev.xtp4j.sdk.internal.LinkedPlugin;
import dev.xtp4j.sdk.internal.ModuleInfo;
import dev.xtp4j.sdk.internal.Sha256;
import dev.xtp4j.sdk.internal.kernel.ExtismEnv;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a wasm module exports and imports, as an Extism host sees it: which exports are callable plugin functions,
 * which imports the Extism kernel, WASI or the host must provide, and what the runtime will run at start-up.
 *
 * @param size the module's size in bytes
 * @param sha256 the module's hash, in the manifest's form
 * @param exports the exports, in module order
 * @param imports the imports, in module order
 * @param memory the limits of the module's own memory, if it defines one
 * @param initialisers the exports the runtime runs once after instantiation ({@code _initialize}, ...)
 * @param unsupported the first instruction the runtime cannot run (SIMD), if any
 */
public record ModuleSummary(
        int size,
        String sha256,
        List<ExportEntry> exports,
        List<ImportEntry> imports,
        Optional<Limits> memory,
        List<String> initialisers,
        Optional<String> unsupported) {

    /**
     * One export.
     *
     * @param name the export name
     * @param kind {@code function}, {@code memory}, {@code global}, {@code table} or {@code tag}
     * @param type a function's signature as wasm text, e.g. {@code () -> i32}; empty for other kinds
     * @param callable whether {@code Plugin.call} can call it ({@code () -> i32} or {@code () -> ()})
     */
    public record ExportEntry(String name, String kind, String type, boolean callable) {}

    /**
     * One import.
     *
     * @param module the import module
     * @param name the import name
     * @param kind {@code function}, {@code memory}, {@code global}, {@code table} or {@code tag}
     * @param type a function's signature, a memory's or table's limits, a global's type
     * @param provider who provides it: {@code extism kernel}, {@code extism host}, {@code wasi}, {@code host}
     *     (a user host function or another manifest module); for {@code extism:host/env} names the runtime lacks,
     *     {@code unknown}
     */
    public record ImportEntry(String module, String name, String kind, String type, String provider) {}

    /**
     * Memory limits in 64 KiB pages.
     *
     * @param initialPages the initial size
     * @param maximumPages the declared maximum, if any
     */
    public record Limits(int initialPages, Optional<Integer> maximumPages) {}

    /**
     * Describes a module.
     *
     * @param wasm the module bytes
     * @return the summary
     * @throws PluginLoadException if the bytes are not a valid module
     */
    public static ModuleSummary of(byte[] wasm) {
        ModuleInfo info = LinkedPlugin.parseModule(wasm, "module (" + wasm.length + " bytes)");
        List<ExportEntry> exports = new ArrayList<>();
        for (Export export : info.exports().values()) {
            String kind = kind(export.exportType());
            boolean function = export.exportType() == ExternalType.FUNCTION;
            exports.add(new ExportEntry(export.name(), kind,
                    function ? ModuleInfo.describe(info.functionExports().get(export.name())) : "",
                    function && info.isCallable(export.name())));
        }
        List<ImportEntry> imports = new ArrayList<>();
        for (Import imp : info.imports()) {
            imports.add(new ImportEntry(imp.module(), imp.name(), kind(imp.importType()), type(info, imp),
                    provider(imp)));
        }
        Optional<Limits> memory = info.memoryLimits().map(ModuleSummary::limits);
        return new ModuleSummary(wasm.length, Sha256.of(wasm), List.copyOf(exports), List.copyOf(imports), memory,
                LinkedPlugin.initialisers(info), info.firstUnsupportedInstruction());
    }

    private static Limits limits(MemoryLimits limits) {
        int max = limits.maximumPages();
        return new Limits(limits.initialPages(),
                max >= MemoryLimits.MAX_PAGES ? Optional.empty() : Optional.of(max));
    }

    private static String type(ModuleInfo info, Import imp) {
        if (imp instanceof FunctionImport f) {
            return ModuleInfo.describe(info.module().typeSection().getType(f.typeIndex()));
        }
        if (imp instanceof MemoryImport m) {
            Limits l = limits(m.limits());
            return l.initialPages() + (l.maximumPages().map(x -> ".." + x).orElse("..")) + " pages";
        }
        if (imp instanceof GlobalImport g) {
            return g.mutabilityType().name().toLowerCase(Locale.ROOT) + " " + g.type().toString().toLowerCase(
                    Locale.ROOT);
        }
        if (imp instanceof TableImport t) {
            return t.entryType().toString().toLowerCase(Locale.ROOT);
        }
        return "";
    }

    private static String provider(Import imp) {
        if (imp.module().equals(ExtismEnv.MODULE)) {
            Map<String, ?> signatures = ExtismEnv.SIGNATURES;
            if (!signatures.containsKey(imp.name())) {
                return "unknown";
            }
            return List.copyOf(signatures.keySet()).indexOf(imp.name()) < 20 ? "extism kernel" : "extism host";
        }
        if (imp.module().equals(LinkedPlugin.WASI_MODULE)) {
            return "wasi";
        }
        return "host";
    }

    private static String kind(ExternalType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
