package dev.xtp4j.sdk.internal;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.ExecutionListener;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportGlobal;
import com.dylibso.chicory.runtime.ImportMemory;
import com.dylibso.chicory.runtime.ImportTable;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import dev.xtp4j.sdk.CancelHandle;
import dev.xtp4j.sdk.Engine;
import dev.xtp4j.sdk.ExitCodeException;
import dev.xtp4j.sdk.FunctionNotFoundException;
import dev.xtp4j.sdk.GuestErrorException;
import dev.xtp4j.sdk.HostFunction;
import dev.xtp4j.sdk.LogLevel;
import dev.xtp4j.sdk.LogSink;
import dev.xtp4j.sdk.Plugin;
import dev.xtp4j.sdk.PluginLoadException;
import dev.xtp4j.sdk.internal.LinkedPlugin.Binding;
import dev.xtp4j.sdk.internal.LinkedPlugin.EnvBinding;
import dev.xtp4j.sdk.internal.LinkedPlugin.HostBinding;
import dev.xtp4j.sdk.internal.LinkedPlugin.LinkedModule;
import dev.xtp4j.sdk.internal.LinkedPlugin.ModuleBinding;
import dev.xtp4j.sdk.internal.LinkedPlugin.WasiBinding;
import dev.xtp4j.sdk.internal.http.HttpHost;
import dev.xtp4j.sdk.internal.kernel.BudgetedMemory;
import dev.xtp4j.sdk.internal.kernel.ExtismEnv;
import dev.xtp4j.sdk.internal.kernel.Kernel;
import dev.xtp4j.sdk.internal.kernel.MemoryBudget;
import dev.xtp4j.sdk.internal.kernel.VarStore;
import dev.xtp4j.sdk.manifest.Manifest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One instance of a plugin: the Chicory instances of its modules (created lazily, on the first call), its kernel,
 * vars and host-function bindings. Implements the per-call protocol of the reference runtime (extism-abi.md 7).
 *
 * <p>Runs one call at a time; the guard rejects concurrent and reentrant calls instead of corrupting state.
 */
public final class PluginInstance implements Plugin, ExtismEnv.Host {
    private static final byte[] EMPTY = new byte[0];
    private static final ExecutionListener INTERRUPT_CHECK = (instruction, stack) -> {
        if (Thread.currentThread().isInterrupted()) {
            throw new ChicoryInterruptedException("interrupted");
        }
    };

    private final LinkedPlugin linked;
    private final String id = UUID.randomUUID().toString();
    private final MemoryBudget budget;
    private final Kernel kernel;
    private final VarStore vars;
    private final LogLevel logLevel;
    private final LogSink logSink;
    private final ExtismEnv.HttpBridge http;
    private final CallGuard guard = new CallGuard();
    private final CallContext context;
    private final Map<String, com.dylibso.chicory.runtime.HostFunction> envFunctions;
    private final Map<HostFunction, com.dylibso.chicory.runtime.HostFunction> userFunctions = new HashMap<>();
    private final AtomicReference<Thread> running = new AtomicReference<>();

    private Instances instances;
    /** Set after a trap or interruption: the next call rebuilds the wasm instances. */
    private boolean discardInstances;
    /** Set after an explicit {@code _start}: the next call rebuilds the instances and clears the vars. */
    private boolean resetAfterStart;
    private volatile boolean closed;
    private boolean released;

    // Per-call state.
    private String currentFunction;
    private Object hostContext;

    /** The wasm instances of one incarnation of the plugin. */
    private record Instances(Map<String, Instance> byName, Instance main, WasiPreview1 wasi,
            Map<String, ExportFunction> exports) {}

    /**
     * Creates an instance; nothing is instantiated until the first call.
     *
     * @param linked the linked plugin
     */
    public PluginInstance(LinkedPlugin linked) {
        this.linked = linked;
        Manifest manifest = linked.manifest();
        this.budget = manifest.memory().maxPages().isPresent()
                ? MemoryBudget.of(manifest.memory().maxPages().getAsInt())
                : MemoryBudget.unlimited();
        this.kernel = new Kernel(budget);
        this.vars = new VarStore(manifest.memory().maxVarBytes());
        this.logLevel = linked.options().effectiveLogLevel();
        this.logSink = linked.options().logSink();
        this.http = new HttpHost(manifest.allowedHosts(), manifest.memory().effectiveMaxHttpResponseBytes(),
                linked.options().httpResponseHeaders(), linked.services()::httpClient, guard::timeLeft);
        this.context = new CallContext(this);
        this.envFunctions = ExtismEnv.bind(this);
    }

    // ---- Plugin ----

    @Override
    public byte[] call(String function, byte[] input, Object hostContext) {
        java.util.Objects.requireNonNull(function, "function");
        java.util.Objects.requireNonNull(input, "input");
        Thread me = Thread.currentThread();
        if (!running.compareAndSet(null, me)) {
            Thread owner = running.get();
            if (owner == me) {
                throw new IllegalStateException("cannot make reentrant calls into plugin " + id
                        + " (a host function called back into the plugin that is calling it)");
            }
            throw new IllegalStateException("plugin " + id + " is already running a call"
                    + (owner == null ? "" : " on thread " + owner.getName())
                    + "; a Plugin instance runs one call at a time: use one instance per thread or a pool");
        }
        try {
            if (closed) {
                throw new IllegalStateException("plugin " + id + " is closed");
            }
            return invoke(function, input, hostContext);
        } finally {
            running.set(null);
            if (closed) {
                release();
            }
        }
    }

    private byte[] invoke(String function, byte[] input, Object callContext) {
        if (instances == null || !instances.exports().containsKey(function)) {
            checkCallable(function);
        }
        if (resetAfterStart) {
            vars.clear();
            dropInstances();
            resetAfterStart = false;
        } else if (discardInstances) {
            dropInstances();
        }
        discardInstances = false;

        Duration timeout = linked.manifest().timeout().orElse(null);
        guard.enter(timeout, timeout == null ? null : linked.services().timer());
        boolean instantiating = instances == null;
        long[] result = null;
        Throwable failure = null;
        boolean exited = false;
        int exitCode = 0;
        try {
            if (instantiating) {
                instances = instantiate();
                instantiating = false;
            }
            ExportFunction export = instances.exports().get(function);
            if (export == null) {
                // checked by checkCallable before the first call of this name on these instances
                export = instances.main().export(function);
                instances.exports().put(function, export);
            }
            kernel.reset();
            kernel.inputSet(input.length == 0 ? 0 : kernel.write(input), input.length);
            currentFunction = function;
            this.hostContext = callContext;
            result = export.apply();
        } catch (WasiExitException exit) {
            exited = true;
            exitCode = exit.exitCode();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        Failures.Interruption interruption = guard.exit();
        this.hostContext = null;
        currentFunction = null;
        if (function.equals("_start")) {
            resetAfterStart = true;
        }
        if (failure != null) {
            discardInstances = true;
            throw failed(function, failure, interruption, instantiating);
        }
        String error = kernel.error();
        if (exited) {
            // As upstream: proc_exit(0) is a success; another code fails with that code as the return code.
            if (exitCode != 0) {
                if (error != null) {
                    throw new GuestErrorException(function, exitCode, error);
                }
                throw new ExitCodeException(function, exitCode, true);
            }
            return output();
        }
        int rc = result == null || result.length == 0 ? 0 : (int) result[0];
        if (error != null) {
            throw new GuestErrorException(function, rc, error);
        }
        if (rc != 0) {
            throw new ExitCodeException(function, rc, false);
        }
        return output();
    }

    /** Fails unless the main module exports a callable function of this name. */
    private void checkCallable(String function) {
        FunctionType type = linked.main().info().functionExports().get(function);
        if (type == null) {
            throw new FunctionNotFoundException(function, linked.callable());
        }
        if (!ModuleInfo.isCallable(type)) {
            throw new FunctionNotFoundException(function, "Function " + function + " has type "
                    + ModuleInfo.describe(type) + "; Extism exports take no parameters and return 0 or 1 i32",
                    linked.callable());
        }
    }

    private byte[] output() {
        return kernel.outputLength() == 0 ? EMPTY : kernel.output();
    }

    private RuntimeException failed(String function, Throwable failure, Failures.Interruption interruption,
            boolean instantiating) {
        if (Failures.isInterruption(failure)) {
            return Failures.translate(function, failure, interruption);
        }
        if (instantiating) {
            if (failure instanceof PluginLoadException load) {
                return load;
            }
            if (failure instanceof Error error && !(failure instanceof StackOverflowError)
                    && !(failure instanceof OutOfMemoryError)) {
                throw error;
            }
            return new PluginLoadException("cannot instantiate plugin: " + Failures.describe(failure), failure);
        }
        String error = kernel.error();
        if (error != null && !(failure instanceof OutOfMemoryError)) {
            // The guest reported an error and then trapped (AssemblyScript's abort does this): upstream reports the
            // guest's message, with return code -1.
            return new GuestErrorException(function, -1, error);
        }
        return Failures.translate(function, failure, interruption);
    }

    @Override
    public boolean functionExists(String function) {
        return linked.main().info().isCallable(function);
    }

    @Override
    public List<String> functions() {
        return linked.callable();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Manifest manifest() {
        return linked.manifest();
    }

    @Override
    public CancelHandle cancelHandle() {
        return () -> guard.interrupt(new Failures.Cancelled());
    }

    @Override
    public void reset() {
        Thread me = Thread.currentThread();
        if (!running.compareAndSet(null, me)) {
            throw new IllegalStateException("cannot reset plugin " + id + " while it runs a call");
        }
        try {
            kernel.reset();
        } finally {
            running.set(null);
        }
    }

    @Override
    public void close() {
        closed = true;
        if (running.compareAndSet(null, Thread.currentThread())) {
            try {
                release();
            } finally {
                running.set(null);
            }
        }
    }

    private void release() {
        if (released) {
            return;
        }
        released = true;
        dropInstances();
        kernel.reset();
        vars.clear();
    }

    // ---- instantiation ----

    private void dropInstances() {
        if (instances != null && instances.wasi() != null) {
            instances.wasi().close();
        }
        instances = null;
    }

    private Instances instantiate() {
        kernel.releaseMemory();
        WasiPreview1 wasi = linked.usesWasi() ? Wasi.create(linked.manifest(), linked.options()) : null;
        Map<String, com.dylibso.chicory.runtime.HostFunction> wasiFunctions = new HashMap<>();
        if (wasi != null) {
            for (com.dylibso.chicory.runtime.HostFunction f : wasi.toHostFunctions()) {
                wasiFunctions.put(f.name(), f);
            }
        }
        Function<MemoryLimits, Memory> memories = budget.isLimited()
                ? limits -> new BudgetedMemory(limits, budget)
                : ByteArrayMemory::new;
        Map<String, Instance> byName = new HashMap<>();
        Map<String, Instance[]> late = new HashMap<>();
        try {
            for (String name : linked.instantiationOrder()) {
                LinkedModule module = linked.modules().get(name);
                ImportValues.Builder imports = ImportValues.builder();
                for (Binding binding : module.bindings()) {
                    addImport(imports, binding, module, byName, late, wasiFunctions);
                }
                Instance.Builder builder = Instance.builder(module.module())
                        .withImportValues(imports.build())
                        .withMachineFactory(module.machines())
                        .withMemoryFactory(memories)
                        .withStart(false);
                if (module.engine() == Engine.INTERPRETER) {
                    // Chicory 1.7's interpreter does not check interrupts on br_if/br_table back-edges.
                    builder.withUnsafeExecutionListener(INTERRUPT_CHECK);
                }
                Instance instance = builder.build();
                byName.put(name, instance);
                Instance[] holder = late.get(name);
                if (holder != null) {
                    holder[0] = instance;
                }
            }
            for (String name : linked.instantiationOrder()) {
                if (!name.equals(LinkedPlugin.MAIN)) {
                    GuestRuntime.initialize(byName.get(name), linked.modules().get(name).info());
                }
            }
            Instance main = byName.get(LinkedPlugin.MAIN);
            GuestRuntime.initialize(main, linked.main().info());
            budget.refill();
            return new Instances(byName, main, wasi, new HashMap<>());
        } catch (RuntimeException | Error e) {
            closeQuietly(wasi);
            throw e;
        }
    }

    private static void closeQuietly(WasiPreview1 wasi) {
        if (wasi != null) {
            wasi.close();
        }
    }

    private void addImport(ImportValues.Builder imports, Binding binding, LinkedModule module,
            Map<String, Instance> byName, Map<String, Instance[]> late,
            Map<String, com.dylibso.chicory.runtime.HostFunction> wasiFunctions) {
        Import target = binding.target();
        if (binding instanceof EnvBinding) {
            imports.addFunction(envFunctions.get(target.name()));
        } else if (binding instanceof HostBinding host) {
            imports.addFunction(userFunctions.computeIfAbsent(host.function(),
                    f -> UserFunctions.bind(f, context)));
        } else if (binding instanceof WasiBinding) {
            com.dylibso.chicory.runtime.HostFunction f = wasiFunctions.get(target.name());
            if (f == null) {
                throw new PluginLoadException(module.description() + " imports `" + target.module() + "::"
                        + target.name() + "`, which Chicory's WASI preview 1 does not provide");
            }
            imports.addFunction(f);
        } else if (binding instanceof ModuleBinding link) {
            Instance provider = byName.get(link.module());
            switch (link.kind()) {
                case FUNCTION -> {
                    if (provider != null) {
                        imports.addFunction(ImportFunction.exportAsImport(
                                target.module(), target.name(), provider, target.name()));
                    } else {
                        Instance[] holder = late.computeIfAbsent(link.module(), k -> new Instance[1]);
                        FunctionType type = linked.modules().get(link.module()).info().functionExports()
                                .get(target.name());
                        String exportName = target.name();
                        imports.addFunction(new com.dylibso.chicory.runtime.HostFunction(
                                target.module(), target.name(), type,
                                (inst, args) -> holder[0].export(exportName).apply(args)));
                    }
                }
                case MEMORY -> imports.addMemory(
                        new ImportMemory(target.module(), target.name(), provider.exports().memory(target.name())));
                case GLOBAL -> imports.addGlobal(
                        new ImportGlobal(target.module(), target.name(), provider.exports().global(target.name())));
                case TABLE -> imports.addTable(
                        new ImportTable(target.module(), target.name(), provider.exports().table(target.name())));
                case TAG -> throw new PluginLoadException(module.description() + " imports the tag `"
                        + target.module() + "::" + target.name() + "` from another module, which is not supported");
            }
        }
    }

    // ---- ExtismEnv.Host ----

    @Override
    public Kernel kernel() {
        return kernel;
    }

    @Override
    public VarStore vars() {
        return vars;
    }

    @Override
    public Map<String, String> config() {
        return linked.manifest().config();
    }

    @Override
    public LogLevel logLevel() {
        return logLevel;
    }

    @Override
    public void log(LogLevel level, String message) {
        logSink.log(level, id, message);
    }

    @Override
    public ExtismEnv.HttpBridge http() {
        return http;
    }

    // ---- for CallContext ----

    String currentFunction() {
        return currentFunction;
    }

    Object hostContext() {
        return hostContext;
    }

    Optional<Duration> timeLeft() {
        return guard.timeLeft();
    }

    List<String> moduleNames() {
        return new ArrayList<>(linked.modules().keySet());
    }
}
