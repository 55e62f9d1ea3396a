package dev.xtp4j.sdk.internal;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.CompiledModule;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.InterpreterMachine;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import dev.xtp4j.sdk.Engine;
import dev.xtp4j.sdk.HostFunction;
import dev.xtp4j.sdk.PluginLoadException;
import dev.xtp4j.sdk.PluginOptions;
import dev.xtp4j.sdk.ValType;
import dev.xtp4j.sdk.internal.kernel.ExtismEnv;
import dev.xtp4j.sdk.manifest.Manifest;
import dev.xtp4j.sdk.manifest.WasmSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A plugin's modules parsed, checked, linked and compiled: everything that can be shared by all instances of the
 * plugin. Immutable and thread-safe.
 *
 * <p>Main-module selection and import resolution follow the reference runtime (extism-abi.md 12.4): a manifest module
 * that exports the imported name wins over a host function of the same namespace (it is linked later and shadows it),
 * then come {@code extism:host/env}, user host functions and WASI.
 */
public final class LinkedPlugin {
    /** The name of the main module. */
    public static final String MAIN = "main";
    /** The WASI preview 1 import module. */
    public static final String WASI_MODULE = "wasi_snapshot_preview1";

    private final Manifest manifest;
    private final PluginOptions options;
    private final Map<String, LinkedModule> modules;
    private final List<String> instantiationOrder;
    private final LinkedModule main;
    private final List<String> callable;
    private final boolean usesWasi;
    private final PluginServices services;

    /**
     * How one import of a module is satisfied.
     */
    public sealed interface Binding {
        /** The import. */
        Import target();
    }

    /** An {@code extism:host/env} function. */
    public record EnvBinding(Import target) implements Binding {}

    /** A user host function. */
    public record HostBinding(Import target, HostFunction function) implements Binding {}

    /** A WASI preview 1 function. */
    public record WasiBinding(Import target) implements Binding {}

    /** An export of another manifest module. */
    public record ModuleBinding(Import target, String module, ExternalType kind) implements Binding {}

    /**
     * One module, ready to instantiate.
     *
     * @param name the module's link name
     * @param description where it came from, for messages
     * @param info the parsed module
     * @param machines how its code runs
     * @param bindings how each import is satisfied, in import order
     * @param engine the engine actually used
     */
    public record LinkedModule(
            String name,
            String description,
            ModuleInfo info,
            Function<Instance, Machine> machines,
            List<Binding> bindings,
            Engine engine) {

        /**
         * The parsed module.
         *
         * @return the module
         */
        public WasmModule module() {
            return info.module();
        }
    }

    private LinkedPlugin(Manifest manifest, PluginOptions options, Map<String, LinkedModule> modules,
            List<String> order) {
        this.manifest = manifest;
        this.options = options;
        this.modules = Collections.unmodifiableMap(modules);
        this.instantiationOrder = List.copyOf(order);
        this.main = modules.get(MAIN);
        List<String> names = new ArrayList<>();
        for (String name : main.info().functionExports().keySet()) {
            if (main.info().isCallable(name)) {
                names.add(name);
            }
        }
        this.callable = List.copyOf(names);
        this.usesWasi = modules.values().stream()
                .anyMatch(m -> m.bindings().stream().anyMatch(b -> b instanceof WasiBinding));
        this.services = new PluginServices(options.httpClient().orElse(null));
    }

    /**
     * Loads, checks, links and compiles the modules of a manifest.
     *
     * @param manifest the manifest
     * @param options the options
     * @return the linked plugin
     * @throws PluginLoadException if a module cannot be read, parsed, linked or compiled
     */
    public static LinkedPlugin link(Manifest manifest, PluginOptions options) {
        Map<String, Loaded> loaded = load(manifest);
        Map<String, HostFunction> hostFunctions = new HashMap<>();
        for (HostFunction f : options.hostFunctions()) {
            hostFunctions.put(f.namespace() + "::" + f.name(), f);
        }
        Map<String, List<Binding>> bindings = new LinkedHashMap<>();
        for (Loaded module : loaded.values()) {
            bindings.put(module.name(), bind(module, loaded, hostFunctions, options));
        }
        List<String> order = instantiationOrder(loaded, bindings);
        checkMemoryBudget(manifest, loaded.get(MAIN));
        Map<String, LinkedModule> linked = new LinkedHashMap<>();
        for (Loaded module : loaded.values()) {
            linked.put(module.name(), compile(module, bindings.get(module.name()), options.engine()));
        }
        return new LinkedPlugin(manifest, options, linked, order);
    }

    private record Loaded(String name, String description, ModuleInfo info, CompiledModule prebuilt) {}

    private static Map<String, Loaded> load(Manifest manifest) {
        List<WasmSource> sources = manifest.wasm();
        Map<String, Loaded> modules = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            WasmSource source = sources.get(i);
            String name;
            if (sources.size() == 1) {
                name = MAIN;
            } else {
                name = source.name().orElse(MAIN);
                if (i == sources.size() - 1 && !modules.containsKey(MAIN)) {
                    name = MAIN;
                }
            }
            if (name.equals(ExtismEnv.MODULE)) {
                throw new PluginLoadException("a manifest module cannot be named " + ExtismEnv.MODULE
                        + ": that name belongs to the Extism kernel (" + source.describe() + ")");
            }
            if (modules.containsKey(name)) {
                throw new PluginLoadException("Duplicate module name found in Extism manifest: " + name
                        + " (" + source.describe() + "); give every module but one a distinct \"name\"");
            }
            String description = "module `" + name + "` (" + source.describe() + ")";
            if (source instanceof WasmSource.Compiled compiled) {
                modules.put(name, new Loaded(name, description, ModuleInfo.of(compiled.module().wasmModule()),
                        compiled.module()));
                continue;
            }
            byte[] bytes = WasmFetcher.fetch(source);
            modules.put(name, new Loaded(name, description, parse(bytes, description), null));
        }
        if (!modules.containsKey(MAIN)) {
            throw new PluginLoadException("No main module provided");
        }
        return modules;
    }

    /**
     * Parses one module, turning every kind of malformed input into a {@link PluginLoadException}.
     *
     * @param bytes the module bytes
     * @param description how to name the module in messages
     * @return the parsed module
     * @throws PluginLoadException if the bytes are not a valid module
     */
    public static ModuleInfo parseModule(byte[] bytes, String description) {
        return parse(bytes, description);
    }

    /**
     * The exports the runtime runs once after instantiating a module, in order.
     *
     * @param info the module
     * @return export names
     */
    public static List<String> initialisers(ModuleInfo info) {
        return GuestRuntime.initialisers(info);
    }

    private static ModuleInfo parse(byte[] bytes, String description) {
        if (bytes.length < 4 || bytes[0] != 0 || bytes[1] != 'a' || bytes[2] != 's' || bytes[3] != 'm') {
            String start = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).stripLeading();
            String hint = start.startsWith("(module") || start.startsWith(";;") || start.startsWith("(;")
                    ? "; it looks like WebAssembly text (WAT): compile it to a binary module first, e.g. with wat2wasm"
                    : "";
            throw new PluginLoadException(description + " is not a WebAssembly module: it does not start with the "
                    + "magic bytes \\0asm (" + bytes.length + " bytes)" + hint);
        }
        try {
            return ModuleInfo.of(Parser.parse(bytes));
        } catch (RuntimeException | AssertionError e) {
            // Chicory reports malformed input with several exception types (and, with -ea, assertion errors); all of
            // them mean the same here.
            throw new PluginLoadException(description + " is not a valid WebAssembly module: " + e.getMessage(), e);
        }
    }

    private static List<Binding> bind(Loaded module, Map<String, Loaded> all, Map<String, HostFunction> hostFunctions,
            PluginOptions options) {
        List<Binding> result = new ArrayList<>();
        for (Import imp : module.info().imports()) {
            result.add(bindOne(module, imp, all, hostFunctions, options));
        }
        return result;
    }

    private static Binding bindOne(Loaded module, Import imp, Map<String, Loaded> all,
            Map<String, HostFunction> hostFunctions, PluginOptions options) {
        String where = imp.module() + "::" + imp.name();
        Loaded provider = all.get(imp.module());
        if (provider != null && !provider.name().equals(module.name())) {
            Export export = provider.info().exports().get(imp.name());
            if (export != null) {
                if (export.exportType() != imp.importType()) {
                    throw new PluginLoadException(module.description() + " imports `" + where + "` as a "
                            + kind(imp.importType()) + " but " + provider.description() + " exports it as a "
                            + kind(export.exportType()));
                }
                if (imp instanceof FunctionImport f) {
                    FunctionType wanted = module.info().module().typeSection().getType(f.typeIndex());
                    FunctionType actual = provider.info().functionExports().get(imp.name());
                    if (!wanted.equals(actual)) {
                        throw new PluginLoadException(module.description() + " imports `" + where + "` with type "
                                + ModuleInfo.describe(wanted) + " but " + provider.description()
                                + " exports it with type " + ModuleInfo.describe(actual));
                    }
                }
                return new ModuleBinding(imp, provider.name(), imp.importType());
            }
        }
        if (imp.module().equals(ExtismEnv.MODULE)) {
            if (!(imp instanceof FunctionImport f)) {
                throw new PluginLoadException(module.description() + " imports `" + where + "` ("
                        + kind(imp.importType()) + "): linked modules cannot access non-function exports of "
                        + "extism kernel");
            }
            FunctionType wanted = module.info().module().typeSection().getType(f.typeIndex());
            FunctionType expected = ExtismEnv.SIGNATURES.get(imp.name());
            if (expected == null || !expected.equals(wanted)) {
                throw new PluginLoadException("Invalid function import from extism:host/env: " + imp.name() + " "
                        + ModuleInfo.describe(wanted) + " in " + module.description()
                        + (expected == null
                                ? "; the runtime has no such function: the plugin may have been built with a newer "
                                        + "PDK than this runtime supports"
                                : "; the runtime's signature is " + ModuleInfo.describe(expected)));
            }
            return new EnvBinding(imp);
        }
        HostFunction host = hostFunctions.get(where);
        if (host != null) {
            if (!(imp instanceof FunctionImport f)) {
                throw new PluginLoadException(module.description() + " imports `" + where + "` as a "
                        + kind(imp.importType()) + " but the host provides a function");
            }
            FunctionType wanted = module.info().module().typeSection().getType(f.typeIndex());
            FunctionType given = Types.toChicory(host.params(), host.results());
            if (!wanted.equals(given)) {
                throw new PluginLoadException(module.description() + " imports `" + where + "` with type "
                        + ModuleInfo.describe(wanted) + " but the host function is declared " + host.signature());
            }
            return new HostBinding(imp, host);
        }
        if (imp.module().equals(WASI_MODULE)) {
            if (!options.wasi()) {
                throw new PluginLoadException(module.description() + " imports WASI (`" + where + "`) but WASI is "
                        + "disabled; enable it with PluginOptions.builder().wasi(true)");
            }
            if (!(imp instanceof FunctionImport)) {
                throw new PluginLoadException(module.description() + " imports `" + where + "` as a "
                        + kind(imp.importType()) + "; WASI provides only functions");
            }
            return new WasiBinding(imp);
        }
        throw new PluginLoadException("unknown import: `" + where + "` has not been defined (" + kind(imp.importType())
                + " imported by " + module.description() + ")" + missingHint(imp, all, hostFunctions));
    }

    private static String missingHint(Import imp, Map<String, Loaded> all, Map<String, HostFunction> hostFunctions) {
        if (all.containsKey(imp.module())) {
            return "; module `" + imp.module() + "` has no export named `" + imp.name() + "`";
        }
        if (imp.importType() == ExternalType.FUNCTION) {
            List<String> inNamespace = hostFunctions.values().stream()
                    .filter(h -> h.namespace().equals(imp.module()))
                    .map(HostFunction::name)
                    .sorted()
                    .toList();
            if (!inNamespace.isEmpty()) {
                return "; host functions in that namespace: " + String.join(", ", inNamespace);
            }
            return "; register it with PluginOptions.builder().hostFunctions(...)";
        }
        return "";
    }

    private static String kind(ExternalType type) {
        return switch (type) {
            case FUNCTION -> "function";
            case MEMORY -> "memory";
            case GLOBAL -> "global";
            case TABLE -> "table";
            case TAG -> "tag";
        };
    }

    /**
     * Orders modules so that each comes after the modules it imports from. Function imports may form cycles (they
     * are linked through trampolines); memories, globals and tables may not.
     */
    private static List<String> instantiationOrder(Map<String, Loaded> modules, Map<String, List<Binding>> bindings) {
        List<String> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String name : modules.keySet()) {
            visit(name, bindings, done, new ArrayList<>(), order, modules);
        }
        return order;
    }

    private static void visit(String name, Map<String, List<Binding>> bindings, Set<String> done, List<String> path,
            List<String> order, Map<String, Loaded> modules) {
        if (done.contains(name)) {
            return;
        }
        if (path.contains(name)) {
            return; // a cycle through function imports; trampolines close it at instantiation
        }
        path.add(name);
        for (Binding binding : bindings.get(name)) {
            if (binding instanceof ModuleBinding m) {
                if (path.contains(m.module()) && m.kind() != ExternalType.FUNCTION) {
                    throw new PluginLoadException("cyclic import of a " + kind(m.kind()) + ": "
                            + modules.get(name).description() + " imports `" + m.target().module() + "::"
                            + m.target().name() + "`, but the modules import each other (" + String.join(" -> ", path)
                            + " -> " + m.module() + "); only functions can be imported in a cycle");
                }
                visit(m.module(), bindings, done, path, order, modules);
            }
        }
        path.remove(path.size() - 1);
        done.add(name);
        order.add(name);
    }

    private static void checkMemoryBudget(Manifest manifest, Loaded main) {
        if (manifest.memory().maxPages().isEmpty() || main.info().memoryLimits().isEmpty()) {
            return;
        }
        int budget = manifest.memory().maxPages().getAsInt();
        MemoryLimits limits = main.info().memoryLimits().get();
        if (limits.initialPages() > budget) {
            throw new PluginLoadException("oom: " + main.description() + " declares " + limits.initialPages()
                    + " initial pages of memory, more than memory.max_pages = " + budget);
        }
    }

    private static LinkedModule compile(Loaded module, List<Binding> bindings, Engine engine) {
        if (module.prebuilt() != null) {
            return new LinkedModule(module.name(), module.description(), module.info(),
                    module.prebuilt().machineFactory(), List.copyOf(bindings), Engine.COMPILER);
        }
        String unsupported = module.info().firstUnsupportedInstruction().orElse(null);
        if (unsupported != null) {
            throw new PluginLoadException(module.description() + " uses the SIMD instruction `" + unsupported
                    + "`; Chicory 1.7 runs neither SIMD (v128) code compiled nor interpreted. Build the plugin "
                    + "without the simd128 target feature");
        }
        if (engine == Engine.INTERPRETER) {
            return new LinkedModule(module.name(), module.description(), module.info(), InterpreterMachine::new,
                    List.copyOf(bindings), Engine.INTERPRETER);
        }
        try {
            Function<Instance, Machine> machines = MachineFactoryCompiler.builder(module.info().module())
                    .withInterpreterFallback(InterpreterFallback.WARN)
                    .compile();
            return new LinkedModule(module.name(), module.description(), module.info(), machines,
                    List.copyOf(bindings), Engine.COMPILER);
        } catch (RuntimeException | LinkageError e) {
            System.getLogger(LinkedPlugin.class.getName()).log(System.Logger.Level.WARNING,
                    "the compiler cannot take " + module.description() + " (" + e + "); running it in the "
                            + "interpreter, which is much slower");
            return new LinkedModule(module.name(), module.description(), module.info(), InterpreterMachine::new,
                    List.copyOf(bindings), Engine.INTERPRETER);
        }
    }

    /**
     * The manifest.
     *
     * @return the manifest
     */
    public Manifest manifest() {
        return manifest;
    }

    /**
     * The options.
     *
     * @return the options
     */
    public PluginOptions options() {
        return options;
    }

    /**
     * The modules by name.
     *
     * @return the modules
     */
    public Map<String, LinkedModule> modules() {
        return modules;
    }

    /**
     * Module names, dependencies first.
     *
     * @return the order to instantiate in
     */
    public List<String> instantiationOrder() {
        return instantiationOrder;
    }

    /**
     * The main module.
     *
     * @return the module calls go to
     */
    public LinkedModule main() {
        return main;
    }

    /**
     * The callable exports of the main module.
     *
     * @return names in module order
     */
    public List<String> callable() {
        return callable;
    }

    /**
     * Resources shared by the instances: HTTP client, timeout timer.
     *
     * @return the services
     */
    PluginServices services() {
        return services;
    }

    /**
     * Whether any module imports WASI.
     *
     * @return true if instances need WASI
     */
    public boolean usesWasi() {
        return usesWasi;
    }

    /** Conversions between the public {@link ValType} and Chicory's. */
    static final class Types {
        private Types() {}

        static FunctionType toChicory(List<ValType> params, List<ValType> results) {
            return FunctionType.of(params.stream().map(Types::toChicory).toList(),
                    results.stream().map(Types::toChicory).toList());
        }

        static com.dylibso.chicory.wasm.types.ValType toChicory(ValType type) {
            return switch (type) {
                case I32 -> com.dylibso.chicory.wasm.types.ValType.I32;
                case I64 -> com.dylibso.chicory.wasm.types.ValType.I64;
                case F32 -> com.dylibso.chicory.wasm.types.ValType.F32;
                case F64 -> com.dylibso.chicory.wasm.types.ValType.F64;
                case V128 -> com.dylibso.chicory.wasm.types.ValType.V128;
                case FUNCREF -> com.dylibso.chicory.wasm.types.ValType.FuncRef;
                case EXTERNREF -> com.dylibso.chicory.wasm.types.ValType.ExternRef;
            };
        }
    }
}
