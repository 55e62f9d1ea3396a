package dev.xtp4j.sdk.internal;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.ImportSection;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.ValType;
import com.dylibso.chicory.wasm.types.AnnotatedInstruction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the runtime needs to know about a parsed module: its imports and exports with their types, its memory, and
 * whether it uses instructions the runtime cannot run.
 *
 * @param module the parsed module
 * @param imports the imports, in module order
 * @param exports the exports by name, in module order
 * @param functionExports the types of the function exports, by name
 * @param memoryLimits the limits of the module's own memory, if it defines one
 */
public record ModuleInfo(
        WasmModule module,
        List<Import> imports,
        Map<String, Export> exports,
        Map<String, FunctionType> functionExports,
        Optional<MemoryLimits> memoryLimits) {

    private static final Pattern SIMD = Pattern.compile("^(V128|[IF](8|16|32|64)X\\d+)", Pattern.CASE_INSENSITIVE);

    /**
     * Reads a parsed module.
     *
     * @param module the module
     * @return its description
     */
    public static ModuleInfo of(WasmModule module) {
        ImportSection importSection = module.importSection();
        List<Import> imports = new ArrayList<>();
        List<FunctionType> functionTypes = new ArrayList<>();
        for (int i = 0; i < importSection.importCount(); i++) {
            Import imp = importSection.getImport(i);
            imports.add(imp);
            if (imp instanceof FunctionImport f) {
                functionTypes.add(module.typeSection().getType(f.typeIndex()));
            }
        }
        for (int i = 0; i < module.functionSection().functionCount(); i++) {
            functionTypes.add(module.functionSection().getFunctionType(i, module.typeSection()));
        }
        Map<String, Export> exports = new LinkedHashMap<>();
        Map<String, FunctionType> functionExports = new LinkedHashMap<>();
        ExportSection exportSection = module.exportSection();
        for (int i = 0; i < exportSection.exportCount(); i++) {
            Export export = exportSection.getExport(i);
            exports.put(export.name(), export);
            if (export.exportType() == ExternalType.FUNCTION) {
                functionExports.put(export.name(), functionTypes.get(export.index()));
            }
        }
        Optional<MemoryLimits> limits = module.memorySection()
                .filter(s -> s.memoryCount() > 0)
                .map(s -> s.getMemory(0).limits());
        return new ModuleInfo(module, List.copyOf(imports), exports, functionExports, limits);
    }

    /**
     * Whether an export is callable as an Extism function: {@code () -> i32} or {@code () -> ()}.
     *
     * @param name the export name
     * @return true if callable
     */
    public boolean isCallable(String name) {
        FunctionType type = functionExports.get(name);
        return type != null && isCallable(type);
    }

    /**
     * Whether a function type is callable as an Extism function.
     *
     * @param type the type
     * @return true for {@code () -> i32} and {@code () -> ()}
     */
    public static boolean isCallable(FunctionType type) {
        List<ValType> returns = type.returns();
        return type.params().isEmpty()
                && (returns.isEmpty() || returns.size() == 1 && returns.get(0).equals(ValType.I32));
    }

    /**
     * Whether a function export has exactly this type.
     *
     * @param name the export name
     * @param type the type
     * @return true if it exists with this type
     */
    public boolean exportsFunction(String name, FunctionType type) {
        FunctionType actual = functionExports.get(name);
        return actual != null && actual.equals(type);
    }

    /**
     * The first instruction the runtime cannot execute (SIMD), if any.
     *
     * @return the opcode's name
     */
    public Optional<String> firstUnsupportedInstruction() {
        if (module.codeSection() == null) {
            return Optional.empty();
        }
        for (FunctionBody body : module.codeSection().functionBodies()) {
            for (AnnotatedInstruction instruction : body.instructions()) {
                String name = instruction.opcode().name();
                if (SIMD.matcher(name).find()) {
                    return Optional.of(name.toLowerCase(Locale.ROOT));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A function type as wasm text, e.g. {@code (i64, i64) -> i64}.
     *
     * @param type the type
     * @return the text
     */
    public static String describe(FunctionType type) {
        StringBuilder sb = new StringBuilder("(");
        List<ValType> params = type.params();
        for (int i = 0; i < params.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(name(params.get(i)));
        }
        sb.append(") -> ");
        List<ValType> results = type.returns();
        if (results.size() == 1) {
            sb.append(name(results.get(0)));
        } else {
            sb.append('(');
            for (int i = 0; i < results.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(name(results.get(i)));
            }
            sb.append(')');
        }
        return sb.toString();
    }

    private static String name(ValType type) {
        return type.toString().toLowerCase(Locale.ROOT);
    }
}
