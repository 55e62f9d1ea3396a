package dev.xtp4j.pdk.internal.teavm;

import java.util.HashSet;
import java.util.Set;
import org.teavm.backend.wasm.TeaVMWasmHost;
import org.teavm.model.AnnotationHolder;
import org.teavm.model.AnnotationValue;
import org.teavm.model.BasicBlock;
import org.teavm.model.CallLocation;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.instructions.AssignInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * A TeaVM compiler plugin, found by TeaVM through {@code META-INF/services/org.teavm.vm.spi.TeaVMPlugin} when the PDK
 * is on the classpath of a TeaVM build. It makes TeaVM's WebAssembly output a plain Extism plugin that needs no WASI.
 *
 * <p>TeaVM's {@code WEBASSEMBLY_WASI} target always imports four WASI functions, whatever the program does:
 * {@code fd_write} (its runtime prints to stdout/stderr), {@code clock_time_get} (its event queue reads the clock),
 * and {@code args_sizes_get}/{@code args_get} (its {@code _start} export passes the command line to {@code main}). An
 * Extism host without WASI, the default, refuses such a module. This plugin rewrites the runtime class behind them,
 * {@code org.teavm.backend.wasm.runtime.WasiSupport}:
 *
 * <ul>
 *   <li>stdout and stderr output is discarded (plugins log through the host instead);</li>
 *   <li>the command line is empty;</li>
 *   <li>the clock ({@code System.currentTimeMillis()}) and randomness ({@code Math.random()},
 *       {@code java.util.Random}) throw {@link UnsupportedOperationException}, since a host without WASI offers
 *       neither.</li>
 * </ul>
 *
 * <p>It also replaces {@code System.nanoTime()}, which TeaVM implements with an import ({@code teavm.nanoTime}) that
 * no Extism host provides, by a method that throws.
 *
 * <p>More changes apply in any case:
 *
 * <ul>
 *   <li>{@code java.lang.Math}: {@code sqrt}, {@code floor} and {@code ceil}, which TeaVM imports from a module
 *       {@code teavmMath} that no Extism host provides, and {@code rint}, which TeaVM gets wrong, compile to single
 *       WebAssembly instructions ({@link MathIntrinsic}); the other {@code teavmMath} imports ({@code sin},
 *       {@code cos}, {@code tan}, {@code asin}, {@code acos}, {@code atan}, {@code atan2}, {@code exp}, {@code log}
 *       and what is built on them, such as {@code log10}) throw {@link UnsupportedOperationException} instead, so
 *       the module still loads.</li>
 *   <li>The {@code @Export}s of TeaVM's runtime classes ({@code teavm_gc_collect}, {@code teavm_catchException},
 *       {@code teavm_throwNullPointerException}, ...) serve its JavaScript glue; they are removed, so that the module's
 *       callable exports are the plugin's own.</li>
 *   <li>TeaVM 0.13.1's collector, when it must grow the heap for one large object, asks for the object's size minus the
 *       free tail of the heap, which can leave the new tail a few bytes short of what the allocator accepts; it then
 *       traps with "Out of memory" at certain sizes (a plugin echoing its input failed at 800 KiB and worked at 850
 *       KiB). The request becomes the current heap size plus the whole object plus {@value #GC_SLACK} bytes.</li>
 *   <li>TeaVM 0.13.1's collector misreads its table of static GC roots (the addresses of all static fields of a
 *       reference type): the WebAssembly backend writes the count in 8 bytes, and the collector skips only 4 after
 *       reading it ({@code Address.sizeOf()}), so it never visits the last static field. The object there is
 *       neither marked nor relocated: the first collection after the field was assigned frees it, and the field
 *       keeps pointing at memory that later holds other objects. Which field is last depends on the program (in the
 *       kitchen-sink plugin, the table of powers of ten that {@code Double.toString} uses; a call after a large one
 *       then failed with {@code ArrayIndexOutOfBoundsException}). In {@code markFromStaticFields} and
 *       {@code updatePointersFromStaticRoots} the skip becomes a call of
 *       {@code dev.xtp4j.pdk.internal.GcStaticRoots.firstEntry}; the build fails with an error if TeaVM's collector
 *       no longer has those two walks.</li>
 * </ul>
 *
 * <p>With the TeaVM property {@code xtp4j.wasi=true} the WASI runtime is left alone: the module then imports WASI, and
 * the host must enable it.
 */
public final class ExtismTeaVMPlugin implements TeaVMPlugin {
    /** The TeaVM property that keeps TeaVM's WASI runtime as it is. */
    public static final String WASI_PROPERTY = "xtp4j.wasi";

    private static final String WASI_SUPPORT = "org.teavm.backend.wasm.runtime.WasiSupport";
    private static final String SYSTEM = "java.lang.System";
    private static final String MATH = "java.lang.Math";
    private static final String NO_WASI = "dev.xtp4j.pdk.internal.NoWasi";
    private static final String UNMANAGED = "org.teavm.interop.Unmanaged";
    private static final String IMPORT = "org.teavm.interop.Import";
    private static final String EXPORT = "org.teavm.interop.Export";
    private static final String GC = "org.teavm.runtime.GC";
    private static final long GC_SLACK = 64;
    private static final String ADDRESS = "org.teavm.interop.Address";
    private static final MethodReference GET_STATIC_GC_ROOTS = new MethodReference("org.teavm.runtime.Mutator",
            "getStaticGCRoots", ValueType.object(ADDRESS));
    private static final MethodReference ADDRESS_ADD = new MethodReference(ADDRESS, "add", ValueType.INTEGER,
            ValueType.object(ADDRESS));
    private static final MethodReference FIRST_STATIC_ROOT = new MethodReference(
            "dev.xtp4j.pdk.internal.GcStaticRoots", "firstEntry", ValueType.object(ADDRESS), ValueType.object(ADDRESS));
    /** How many methods of the collector walk the static roots: markFromStaticFields, updatePointersFromStaticRoots. */
    private static final int STATIC_ROOT_WALKS = 2;
    /** Runtime classes whose {@code @Export} methods serve TeaVM's JavaScript glue, not an Extism host. */
    private static final Set<String> RUNTIME_EXPORTERS = Set.of(
            "org.teavm.runtime.GC", "org.teavm.runtime.EventQueue", "org.teavm.runtime.ExceptionHandling");

    /** Creates the plugin; TeaVM does this. */
    public ExtismTeaVMPlugin() {
    }

    @Override
    public void install(TeaVMHost host) {
        boolean wasi = Boolean.parseBoolean(host.getProperties().getProperty(WASI_PROPERTY, "false"));
        host.add(new Rewrite(!wasi));
        TeaVMWasmHost wasmHost = host.getExtension(TeaVMWasmHost.class);
        if (wasmHost != null) {
            wasmHost.add(context -> new MathIntrinsic());
        }
    }

    /** The rewrites described on {@link ExtismTeaVMPlugin}. */
    private static final class Rewrite implements ClassHolderTransformer {
        private final boolean withoutWasi;

        Rewrite(boolean withoutWasi) {
            this.withoutWasi = withoutWasi;
        }

        @Override
        public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
            String name = cls.getName();
            if (RUNTIME_EXPORTERS.contains(name)) {
                for (MethodHolder method : cls.getMethods()) {
                    method.getAnnotations().remove(EXPORT);
                }
            }
            if (name.equals(GC)) {
                int walks = 0;
                for (MethodHolder method : cls.getMethods()) {
                    if (method.getName().equals("computeMinRequestedSize") && method.parameterCount() == 1) {
                        fixHeapGrowth(method, context);
                    }
                    walks += fixStaticRootWalk(method);
                }
                if (walks != STATIC_ROOT_WALKS) {
                    context.getDiagnostics().error(new CallLocation(GET_STATIC_GC_ROOTS), "xtp4j: the Extism TeaVM"
                            + " plugin expected " + STATIC_ROOT_WALKS + " walks of the static GC roots in " + GC
                            + " (TeaVM 0.13.1) and found " + walks + "; this TeaVM version needs a revised plugin,"
                            + " without it the collector frees the object of the last static field");
                }
            } else if (withoutWasi && name.equals(WASI_SUPPORT)) {
                for (MethodHolder method : cls.getMethods()) {
                    rewriteWasiSupport(method, context);
                }
            } else if (name.equals(MATH)) {
                for (MethodHolder method : cls.getMethods()) {
                    rewriteMath(method, context);
                }
            } else if (withoutWasi && name.equals(SYSTEM)) {
                for (MethodHolder method : cls.getMethods()) {
                    if (method.getName().equals("nanoTimeWasm") && method.parameterCount() == 0) {
                        replace(method, context).invoke(NO_WASI, "nanoTime", ValueType.DOUBLE).returnValue();
                    }
                }
            }
        }

        /**
         * The {@code Math} natives imported from {@code teavmMath}: {@code sqrt}, {@code floor} and {@code ceil} call
         * themselves, a call that {@link MathIntrinsic} turns into one instruction; the others throw.
         */
        private static void rewriteMath(MethodHolder method, ClassHolderTransformerContext context) {
            AnnotationHolder imported = method.getAnnotations().get(IMPORT);
            AnnotationValue module = imported == null ? null : imported.getValue("module");
            if (module == null || !module.getString().equals("teavmMath") || method.parameterCount() == 0) {
                return;
            }
            String function = imported.getValue("name").getString();
            ProgramEmitter pe = replace(method, context);
            if (MathIntrinsic.OPERATIONS.containsKey(method.getName()) && method.parameterCount() == 1) {
                pe.invoke(MATH, method.getName(), ValueType.DOUBLE, pe.var(1, ValueType.DOUBLE)).returnValue();
            } else {
                pe.invoke(NO_WASI, "unsupportedMath", ValueType.DOUBLE, pe.constant("Math." + function))
                        .returnValue();
            }
        }

        /** {@code computeMinRequestedSize(int size)} becomes {@code availableBytes() + size + GC_SLACK}. */
        private static void fixHeapGrowth(MethodHolder method, ClassHolderTransformerContext context) {
            ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
            pe.invoke(GC, "availableBytes", ValueType.LONG)
                    .add(pe.var(1, ValueType.INTEGER).cast(ValueType.LONG))
                    .add(pe.constant(GC_SLACK))
                    .returnValue();
        }

        /**
         * In a method of the collector, the skip over the static GC roots' count ({@code roots.add(Address.sizeOf())}
         * right after {@code roots = Mutator.getStaticGCRoots()}, which skips 4 bytes of the 8-byte count) becomes
         * {@code GcStaticRoots.firstEntry(roots)}.
         *
         * @return how many skips were rewritten: 1 in the two methods that walk the roots, otherwise 0
         */
        private static int fixStaticRootWalk(MethodHolder method) {
            Program program = method.getProgram();
            if (program == null) {
                return 0;
            }
            int fixed = 0;
            for (BasicBlock block : program.getBasicBlocks()) {
                Set<Variable> table = new HashSet<>();
                for (Instruction instruction : block) {
                    if (instruction instanceof AssignInstruction) {
                        AssignInstruction assign = (AssignInstruction) instruction;
                        if (table.contains(assign.getAssignee())) {
                            table.add(assign.getReceiver());
                        }
                    } else if (instruction instanceof InvokeInstruction) {
                        InvokeInstruction invoke = (InvokeInstruction) instruction;
                        if (invoke.getMethod().equals(GET_STATIC_GC_ROOTS) && invoke.getReceiver() != null) {
                            table.add(invoke.getReceiver());
                        } else if (invoke.getMethod().equals(ADDRESS_ADD) && table.contains(invoke.getInstance())) {
                            invoke.setType(InvocationType.SPECIAL);
                            invoke.setMethod(FIRST_STATIC_ROOT);
                            invoke.setArguments(invoke.getInstance());
                            invoke.setInstance(null);
                            table.clear();
                            fixed++;
                        }
                    }
                }
            }
            return fixed;
        }

        private static void rewriteWasiSupport(MethodHolder method, ClassHolderTransformerContext context) {
            switch (method.getName()) {
                case "putChars":
                    replace(method, context).exit();
                    break;
                case "getArgs":
                    replace(method, context).constructArray(ValueType.object("java.lang.String"), 0).returnValue();
                    break;
                case "currentTimeMillis":
                    replace(method, context).invoke(NO_WASI, "currentTimeMillis", ValueType.LONG).returnValue();
                    break;
                case "random":
                    replace(method, context).invoke(NO_WASI, "random", ValueType.DOUBLE).returnValue();
                    break;
                default:
                    break;
            }
        }

        /** Turns {@code method} into an ordinary Java method with a new, empty body, and returns its emitter. */
        private static ProgramEmitter replace(MethodHolder method, ClassHolderTransformerContext context) {
            method.getModifiers().remove(ElementModifier.NATIVE);
            method.getAnnotations().remove(UNMANAGED);
            method.getAnnotations().remove(IMPORT);
            return ProgramEmitter.create(method, context.getHierarchy());
        }
    }
}
