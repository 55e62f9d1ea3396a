package dev.xtp4j.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.xtp4j.codec.ContentType;
import dev.xtp4j.codegen.GeneratorException;
import dev.xtp4j.codegen.GeneratorOptions;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.karmem.KarmemDerivation;
import dev.xtp4j.schema.karmem.KarmemDerivationException;
import dev.xtp4j.schema.karmem.XtpKarmem;
import dev.xtp4j.schema.model.AliasType;
import dev.xtp4j.schema.model.BufferType;
import dev.xtp4j.schema.model.ByteStringType;
import dev.xtp4j.schema.model.DateTimeType;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.NamedType;
import dev.xtp4j.schema.model.Parameter;
import dev.xtp4j.schema.model.StringType;
import dev.xtp4j.schema.model.XtpFunction;
import dev.xtp4j.schema.model.XtpType;
import dev.xtp4j.schema.naming.JavaNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the {@code java-host} emitters share: the names of the generated types, the functions with their effective
 * content types and Java types, and the Karmem schema derived from the XTP schema. Building it checks everything that
 * can make generation fail, so that the emitters do not have to.
 */
final class HostModel {
    /** Methods of {@code java.lang.Object} that a method without parameters cannot be named after. */
    static final Set<String> OBJECT_METHODS = Set.of("clone", "finalize", "getClass", "hashCode", "notify",
            "notifyAll", "toString", "wait");

    /** The {@code java-host} setting of the base name. */
    static final String NAME_SETTING = "java-host.name";
    /** {@code true} or {@code false} (the default): whether host methods take the calling {@code CurrentPlugin}. */
    static final String CONTEXT_SETTING = "java-host.context";
    private static final Set<String> SETTINGS = Set.of(NAME_SETTING, CONTEXT_SETTING);

    /**
     * One direction of a function: its input or output.
     *
     * @param parameter the schema's parameter
     * @param contentType the content type after the generator's overrides (the one the generated code defaults to)
     * @param nullable whether {@code null} is a value (only for JSON, MessagePack and Karmem)
     * @param javaType the type in the method signature
     * @param codecType the type argument of the codec: {@code javaType}, boxed
     * @param codecField the name of the codec's field in the codecs class
     * @param karmemRoot the root struct in the derived Karmem schema, if the schema derives to Karmem
     */
    record Param(Parameter parameter, ContentType contentType, boolean nullable, TypeName javaType,
            TypeName codecType, String codecField, Optional<String> karmemRoot) {}

    /**
     * An export or import.
     *
     * @param function the schema's function
     * @param method the Java method name
     * @param input the input, if any
     * @param output the output, if any
     */
    record Function(XtpFunction function, String method, Optional<Param> input, Optional<Param> output) {
        String name() {
            return function.name();
        }
    }

    final XtpSchema schema;
    final String packageName;
    final String schemaName;
    /** The name of the derived Karmem schema, for its error messages: the schema's file name with {@code .km}. */
    final String karmemFileName;
    final JavaTypes types;
    /** The interface of the exports, e.g. {@code KitchenSink}. */
    final ClassName exportsApi;
    /** Its implementation, e.g. {@code KitchenSinkClient}. */
    final ClassName client;
    /** The codecs of every function, e.g. {@code KitchenSinkCodecs}. */
    final ClassName codecs;
    /** The interface of the imports, e.g. {@code KitchenSinkHost}. */
    final ClassName importsApi;
    /** The adapter from it to host functions, e.g. {@code KitchenSinkHostFunctions}. */
    final ClassName hostFunctions;
    final List<Function> exports;
    final List<Function> imports;
    /** The derived Karmem schema, or empty when the schema does not map onto Karmem. */
    final Optional<KarmemDerivation> karmem;
    /** Every simple name a generated top-level type takes in the package. */
    final Set<String> typeNames;
    /** Whether the methods of the imports' interface take the calling {@code CurrentPlugin} first. */
    final boolean context;

    HostModel(XtpSchema schema, GeneratorOptions options) {
        this.schema = schema;
        this.packageName = options.packageName();
        this.schemaName = options.schemaName().orElse("an XTP schema");
        this.karmemFileName = options.schemaName().map(n -> n.replaceFirst("\\.(ya?ml|json)$", ""))
                .orElse("schema") + ".km";
        this.types = new JavaTypes(packageName);
        checkSettings(options);
        this.context = context(options);
        String base = baseName(options);
        this.exportsApi = ClassName.get(packageName, base);
        this.client = ClassName.get(packageName, base + "Client");
        this.codecs = ClassName.get(packageName, base + "Codecs");
        this.importsApi = ClassName.get(packageName, base + "Host");
        this.hostFunctions = ClassName.get(packageName, base + "HostFunctions");
        this.typeNames = checkTypeNames(schema, base);
        this.karmem = derive(schema);
        Overrides overrides = new Overrides(schema, options.contentTypeOverrides());
        overrides.check();
        Set<String> codecFields = new HashSet<>();
        this.exports = functions(schema.exports(), "export", Set.of("of", ExportsEmitter.WITH_HOST_CONTEXT), overrides, codecFields);
        this.imports = functions(schema.imports(), "import", Set.of("hostFunctions"), overrides, codecFields);
    }

    /** The top-level types of the schema that become Java types: objects and enums (aliases are resolved). */
    List<NamedType> emittedTypes() {
        return schema.allNamedTypes().stream().filter(t -> !(t instanceof AliasType))
                .toList();
    }

    List<Function> functions() {
        List<Function> all = new ArrayList<>(exports);
        all.addAll(imports);
        return all;
    }

    private static void checkSettings(GeneratorOptions options) {
        for (String key : options.settings().keySet()) {
            if (key.startsWith("java-host.") && !SETTINGS.contains(key)) {
                throw new GeneratorException("unknown setting " + key + "; the java-host target knows "
                        + NAME_SETTING + " and " + CONTEXT_SETTING);
            }
        }
    }

    private static boolean context(GeneratorOptions options) {
        String value = options.setting(CONTEXT_SETTING).orElse("false");
        if (!value.equals("true") && !value.equals("false")) {
            throw new GeneratorException("setting " + CONTEXT_SETTING + " must be true or false, not \"" + value
                    + "\"");
        }
        return value.equals("true");
    }

    private static String baseName(GeneratorOptions options) {
        Optional<String> set = options.setting(NAME_SETTING);
        String name = set.orElseGet(() -> JavaNames.pascalCase(options.projectName()));
        String origin = set.isPresent() ? "the setting " + NAME_SETTING
                : "the project name \"" + options.projectName() + "\" (set " + NAME_SETTING + " to choose another)";
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))
                || !name.chars().allMatch(Character::isJavaIdentifierPart) || !name.chars().allMatch(c -> c < 0x80)
                || JavaNames.isRestrictedTypeName(name)) {
            throw new GeneratorException("\"" + name + "\" from " + origin + " is not a valid Java type name");
        }
        return name;
    }

    private Set<String> checkTypeNames(XtpSchema schema, String base) {
        Map<String, String> owners = new LinkedHashMap<>();
        for (ClassName c : List.of(exportsApi, client, codecs, importsApi, hostFunctions)) {
            owners.put(c.simpleName(), "generated");
        }
        for (NamedType t : schema.allNamedTypes()) {
            if (t instanceof AliasType) {
                continue;
            }
            String previous = owners.putIfAbsent(t.javaName(), t.name());
            if ("generated".equals(previous)) {
                throw new GeneratorException("the schema type " + t.name() + " has the name of a generated type ("
                        + t.javaName() + ", from the base name " + base + "); set " + NAME_SETTING
                        + " to another base name");
            }
            if (previous != null) {
                throw new GeneratorException("the schema types " + previous + " and " + t.name()
                        + " both become the Java type " + t.javaName());
            }
        }
        return new LinkedHashSet<>(owners.keySet());
    }

    private static Optional<KarmemDerivation> derive(XtpSchema schema) {
        try {
            return Optional.of(XtpKarmem.derive(schema));
        } catch (KarmemDerivationException e) {
            return Optional.empty();
        }
    }

    private List<Function> functions(List<XtpFunction> functions, String kind, Set<String> reserved,
            Overrides overrides, Set<String> codecFields) {
        Set<String> methods = new HashSet<>(reserved);
        methods.addAll(OBJECT_METHODS);
        List<String> wanted = functions.stream().map(XtpFunction::javaName).toList();
        List<Function> out = new ArrayList<>();
        for (XtpFunction f : functions) {
            String method = f.javaName();
            if (methods.contains(method)) {
                do {
                    method = method + "_";
                } while (methods.contains(method) || wanted.contains(method));
            }
            methods.add(method);
            String m = method;
            Optional<Param> in = f.input().map(p -> param(f, kind, "input", m, p, overrides, codecFields));
            Optional<Param> result = f.output().map(p -> param(f, kind, "output", m, p, overrides, codecFields));
            out.add(new Function(f, method, in, result));
        }
        return List.copyOf(out);
    }

    private Param param(XtpFunction f, String kind, String direction, String method, Parameter p,
            Overrides overrides, Set<String> codecFields) {
        XtpType resolved = p.type().resolved();
        ContentType ct = overrides.effective(f, direction, p);
        boolean nullable = p.nullable() && (ct == ContentType.JSON || ct == ContentType.MSGPACK
                || ct == ContentType.KARMEM);
        TypeName javaType;
        switch (ct) {
            case TEXT -> {
                if (resolved instanceof StringType || resolved instanceof ByteStringType) {
                    javaType = ClassName.get(String.class);
                } else if (resolved instanceof EnumType || resolved instanceof DateTimeType) {
                    javaType = types.reference(p.type());
                } else {
                    throw new GeneratorException(kind + " " + f.name() + ": the " + direction + " is "
                            + p.type().display() + ", which " + ct.canonical() + " cannot carry (it carries "
                            + "strings, enums and date-times); use " + ContentType.JSON.canonical());
                }
            }
            case BINARY -> {
                if (resolved instanceof BufferType) {
                    javaType = JavaTypes.BYTES;
                } else if (resolved instanceof StringType || resolved instanceof ByteStringType) {
                    javaType = ClassName.get(String.class);
                } else {
                    throw new GeneratorException(kind + " " + f.name() + ": the " + direction + " is "
                            + p.type().display() + ", which " + ct.canonical() + " cannot carry (it carries "
                            + "buffers and strings); use " + ContentType.JSON.canonical());
                }
            }
            default -> javaType = nullable ? types.reference(p.type()) : types.nonNull(p.type());
        }
        if (ct == ContentType.KARMEM && karmem.isEmpty()) {
            List<String> problems;
            try {
                XtpKarmem.derive(schema);
                problems = List.of();
            } catch (KarmemDerivationException e) {
                problems = e.problems();
            }
            throw new GeneratorException(kind + " " + f.name() + ": the " + direction + " uses "
                    + ct.canonical() + ", but the schema does not map onto Karmem: " + String.join("; ", problems));
        }
        Optional<String> root = karmem.flatMap(k -> direction.equals("input") ? k.inputRoot(f) : k.outputRoot(f));
        String field = method + (direction.equals("input") ? "Input" : "Output");
        while (!codecFields.add(field)) {
            field = field + "_";
        }
        return new Param(p, ct, nullable, javaType, javaType.box(), field, root);
    }

    /** The generator's content-type overrides ({@code fn}, {@code fn.input}, {@code fn.output}). */
    private record Overrides(XtpSchema schema, Map<String, String> map) {
        void check() {
            for (Map.Entry<String, String> e : map.entrySet()) {
                String key = e.getKey();
                String name = key;
                String direction = null;
                if (key.endsWith(".input") || key.endsWith(".output")) {
                    name = key.substring(0, key.lastIndexOf('.'));
                    direction = key.substring(key.lastIndexOf('.') + 1);
                }
                List<XtpFunction> matches = new ArrayList<>();
                schema.exportNamed(name).ifPresent(matches::add);
                schema.importNamed(name).ifPresent(matches::add);
                if (matches.isEmpty()) {
                    throw new GeneratorException("content-type override " + key + ": the schema has no function "
                            + "named " + name);
                }
                if (ContentType.fromWire(e.getValue()).isEmpty()) {
                    throw new GeneratorException("content-type override " + key + ": unknown content type \""
                            + e.getValue() + "\"; use one of " + ContentType.JSON.canonical() + ", "
                            + ContentType.TEXT.canonical() + ", " + ContentType.BINARY.canonical() + ", "
                            + ContentType.MSGPACK.canonical() + ", " + ContentType.KARMEM.canonical());
                }
                boolean hasParam = false;
                for (XtpFunction f : matches) {
                    boolean in = f.input().isPresent();
                    boolean out = f.output().isPresent();
                    hasParam |= direction == null ? in || out : direction.equals("input") ? in : out;
                }
                if (!hasParam) {
                    throw new GeneratorException("content-type override " + key + ": " + name + " has no "
                            + (direction == null ? "input or output" : direction));
                }
            }
        }

        /**
         * The content type of a parameter: the override, else the declared one, else the default of its type
         * (binary for a buffer, text for a string, JSON for anything else), as the c target chooses it.
         */
        ContentType effective(XtpFunction f, String direction, Parameter p) {
            String text = map.getOrDefault(f.name() + "." + direction, map.get(f.name()));
            if (text != null) {
                return ContentType.fromWire(text).orElseThrow();
            }
            return p.contentType().orElseGet(() -> {
                XtpType t = p.type().resolved();
                return t instanceof BufferType ? ContentType.BINARY
                        : t instanceof StringType ? ContentType.TEXT : ContentType.JSON;
            });
        }
    }
}
