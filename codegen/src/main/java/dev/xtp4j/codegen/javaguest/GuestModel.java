package dev.xtp4j.codegen.javaguest;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.xtp4j.codec.ContentType;
import dev.xtp4j.codegen.GeneratorException;
import dev.xtp4j.codegen.GeneratorOptions;
import dev.xtp4j.schema.XtpSchema;
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
import java.util.stream.Stream;

/**
 * What the {@code java-guest} emitters share, resolved once from the schema and the options: the names of the
 * generated classes, the functions with their effective content types, encodings and Java types. Building it checks
 * everything that can make generation fail (settings, names, overrides, content types), so the emitters need not.
 */
final class GuestModel {
    /** The setting for the base name of the generated classes. */
    static final String NAME_SETTING = "java-guest.name";
    /** The setting for functions whose content type the target does not code: {@code error} or {@code stub}. */
    static final String UNSUPPORTED_SETTING = "java-guest.unsupported";
    private static final Set<String> SETTINGS = Set.of(NAME_SETTING, UNSUPPORTED_SETTING);

    /** Methods of {@code java.lang.Object} that a method without parameters cannot be named after. */
    static final Set<String> OBJECT_METHODS = Set.of("clone", "finalize", "getClass", "hashCode", "notify",
            "notifyAll", "toString", "wait");

    /** How a parameter travels. */
    enum Encoding {
        /** {@code application/json}: any type. */
        JSON,
        /** {@code text/plain}: a string (or byte string, as its base64 text), in UTF-8. */
        TEXT_STRING,
        /** {@code text/plain}: an enum, as its schema value. */
        TEXT_ENUM,
        /** {@code text/plain}: a date-time, as RFC 3339 text. */
        TEXT_DATETIME,
        /** {@code application/x-binary}: a buffer, the bytes as they are. */
        BINARY_BUFFER,
        /** {@code application/x-binary}: a string, its UTF-8 bytes. */
        BINARY_STRING,
        /** {@code application/x-msgpack}: any type. */
        MSGPACK
    }

    /**
     * One direction of a function.
     *
     * @param parameter the schema's parameter
     * @param contentType the effective content type (overrides, then the schema, then the type's default)
     * @param encoding how the bytes are made
     * @param nullable whether {@code null} is a value (JSON and MessagePack only)
     * @param javaType the type in the Java signatures
     */
    record Param(Parameter parameter, ContentType contentType, Encoding encoding, boolean nullable,
            TypeName javaType) {}

    /**
     * An export or an import.
     *
     * @param function the schema's function
     * @param method the Java method name (the same in every generated class)
     * @param input the input, if any
     * @param output the output, if any
     * @param unsupported why the target cannot code it (with {@code java-guest.unsupported=stub}), or empty
     */
    record Function(XtpFunction function, String method, Optional<Param> input, Optional<Param> output,
            Optional<String> unsupported) {
        String name() {
            return function.name();
        }
    }

    final XtpSchema schema;
    final GeneratorOptions options;
    final String packageName;
    final String schemaName;
    final GuestTypes types;
    /** The interface of the exports, which the plugin implements, e.g. {@code KitchenSink}. */
    final ClassName api;
    /** TeaVM's main class with the {@code @Export} wrappers, e.g. {@code KitchenSinkExports}. */
    final ClassName exports;
    /** The typed host functions, e.g. {@code KitchenSinkHost}. */
    final ClassName host;
    /** The JSON codecs of the schema's types, e.g. {@code KitchenSinkJson}. */
    final ClassName json;
    /** The wire helpers (a copy of the runtime template), e.g. {@code KitchenSinkWire}. */
    final ClassName wire;
    /** The MessagePack codecs of the schema's types, e.g. {@code KitchenSinkMsgPack}. */
    final ClassName msgpack;
    /** The MessagePack wire helpers (a copy of the runtime template), e.g. {@code KitchenSinkMsgPackWire}. */
    final ClassName msgpackWire;
    /** The user's implementation of {@link #api}, e.g. {@code KitchenSinkPlugin}. */
    final ClassName impl;
    final boolean stubUnsupported;
    final List<Function> exportFunctions;
    final List<Function> importFunctions;
    /** Every simple name a generated top-level type takes in the package. */
    final Set<String> typeNames;

    GuestModel(XtpSchema schema, GeneratorOptions options) {
        this.schema = schema;
        this.options = options;
        this.packageName = options.packageName();
        this.schemaName = options.schemaName().orElse("an XTP schema");
        this.types = new GuestTypes(packageName);
        for (String key : options.settings().keySet()) {
            if (key.startsWith("java-guest.") && !SETTINGS.contains(key)) {
                throw new GeneratorException("unknown setting " + key + " for the java-guest target; the settings are "
                        + NAME_SETTING + " and " + UNSUPPORTED_SETTING);
            }
        }
        String unsupported = options.setting(UNSUPPORTED_SETTING).orElse("error");
        if (!unsupported.equals("error") && !unsupported.equals("stub")) {
            throw new GeneratorException("setting " + UNSUPPORTED_SETTING + " must be error or stub, not \""
                    + unsupported + "\"");
        }
        this.stubUnsupported = unsupported.equals("stub");
        String base = baseName(options);
        this.api = ClassName.get(packageName, base);
        this.exports = ClassName.get(packageName, base + "Exports");
        this.host = ClassName.get(packageName, base + "Host");
        this.json = ClassName.get(packageName, base + "Json");
        this.wire = ClassName.get(packageName, base + "Wire");
        this.msgpack = ClassName.get(packageName, base + "MsgPack");
        this.msgpackWire = ClassName.get(packageName, base + "MsgPackWire");
        this.impl = ClassName.get(packageName, base + "Plugin");
        this.typeNames = checkTypeNames(base);
        checkOverrides();
        Set<String> methods = new HashSet<>(OBJECT_METHODS);
        List<String> wanted = new ArrayList<>();
        schema.exports().forEach(f -> wanted.add(f.javaName()));
        schema.imports().forEach(f -> wanted.add(f.javaName()));
        this.exportFunctions = functions(schema.exports(), "export", new HashSet<>(methods), wanted);
        this.importFunctions = functions(schema.imports(), "import", new HashSet<>(methods), wanted);
    }

    /** The top-level types that become Java types: objects and enums (aliases are resolved). */
    List<NamedType> emittedTypes() {
        return schema.allNamedTypes().stream().filter(t -> !(t instanceof AliasType)).toList();
    }

    /**
     * Whether an export or an import that gets a wrapper carries MessagePack, so that the MessagePack classes are
     * generated.
     */
    boolean usesMsgPack() {
        return Stream.concat(implementedExports().stream(), usableImports().stream())
                .flatMap(f -> Stream.concat(f.input().stream(), f.output().stream()))
                .anyMatch(p -> p.encoding() == Encoding.MSGPACK);
    }

    /** The exports that get a wrapper calling the user's code (not the unsupported stubs). */
    List<Function> implementedExports() {
        return exportFunctions.stream().filter(f -> f.unsupported().isEmpty()).toList();
    }

    /** The imports that get a typed wrapper (not those the target cannot code). */
    List<Function> usableImports() {
        return importFunctions.stream().filter(f -> f.unsupported().isEmpty()).toList();
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

    private Set<String> checkTypeNames(String base) {
        Map<String, String> owners = new LinkedHashMap<>();
        for (ClassName c : List.of(api, exports, host, json, wire, msgpack, msgpackWire, impl)) {
            owners.put(c.simpleName(), "generated");
        }
        for (NamedType t : schema.allNamedTypes()) {
            if (t instanceof AliasType) {
                continue;
            }
            String previous = owners.putIfAbsent(t.javaName(), t.name());
            if ("generated".equals(previous)) {
                throw new GeneratorException("the schema type " + t.name() + " has the name of a generated class ("
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

    private void checkOverrides() {
        for (Map.Entry<String, String> e : options.contentTypeOverrides().entrySet()) {
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
                throw new GeneratorException("content-type override " + key + ": the schema has no function named "
                        + name);
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

    private List<Function> functions(List<XtpFunction> functions, String kind, Set<String> methods,
            List<String> wanted) {
        List<Function> out = new ArrayList<>();
        for (XtpFunction f : functions) {
            String method = f.javaName();
            if (methods.contains(method)) {
                do {
                    method = method + "_";
                } while (methods.contains(method) || wanted.contains(method));
            }
            methods.add(method);
            List<String> problems = new ArrayList<>();
            Optional<Param> in = f.input().map(p -> param(f, kind, "input", p, problems));
            Optional<Param> result = f.output().map(p -> param(f, kind, "output", p, problems));
            if (!problems.isEmpty()) {
                String reason = String.join("; ", problems);
                if (!stubUnsupported) {
                    throw new GeneratorException(kind + " " + f.name() + ": " + reason + ". The java-guest target "
                            + "supports " + ContentType.JSON.canonical() + ", " + ContentType.TEXT.canonical()
                            + ", " + ContentType.BINARY.canonical() + " and " + ContentType.MSGPACK.canonical()
                            + "; override the content type, or set "
                            + UNSUPPORTED_SETTING + "=stub to generate " + (kind.equals("export")
                                    ? "an export that fails at run time" : "no wrapper for this import"));
                }
                out.add(new Function(f, method, Optional.empty(), Optional.empty(), Optional.of(reason)));
            } else {
                out.add(new Function(f, method, in, result, Optional.empty()));
            }
        }
        return List.copyOf(out);
    }

    private Param param(XtpFunction f, String kind, String direction, Parameter p, List<String> problems) {
        XtpType resolved = p.type().resolved();
        ContentType ct = override(f, direction).or(p::contentType).orElseGet(() -> defaultContentType(resolved));
        Encoding encoding;
        switch (ct) {
            case JSON -> encoding = Encoding.JSON;
            case MSGPACK -> encoding = Encoding.MSGPACK;
            case TEXT -> {
                if (resolved instanceof StringType || resolved instanceof ByteStringType) {
                    encoding = Encoding.TEXT_STRING;
                } else if (resolved instanceof EnumType) {
                    encoding = Encoding.TEXT_ENUM;
                } else if (resolved instanceof DateTimeType) {
                    encoding = Encoding.TEXT_DATETIME;
                } else {
                    throw new GeneratorException(kind + " " + f.name() + ": the " + direction + " is "
                            + p.type().display() + ", which " + ct.canonical() + " cannot carry (it carries strings, "
                            + "enums and date-times); use " + ContentType.JSON.canonical());
                }
            }
            case BINARY -> {
                if (resolved instanceof BufferType) {
                    encoding = Encoding.BINARY_BUFFER;
                } else if (resolved instanceof StringType || resolved instanceof ByteStringType) {
                    encoding = Encoding.BINARY_STRING;
                } else {
                    throw new GeneratorException(kind + " " + f.name() + ": the " + direction + " is "
                            + p.type().display() + ", which " + ct.canonical() + " cannot carry (it carries buffers "
                            + "and strings); use " + ContentType.JSON.canonical());
                }
            }
            default -> {
                problems.add("the " + direction + " uses " + ct.canonical() + ", which the java-guest target does "
                        + "not support");
                encoding = Encoding.JSON;
            }
        }
        boolean nullable = p.nullable() && (encoding == Encoding.JSON || encoding == Encoding.MSGPACK);
        TypeName javaType = switch (encoding) {
            case JSON, MSGPACK -> nullable ? types.reference(p.type()) : types.nonNull(p.type());
            case TEXT_STRING, BINARY_STRING -> ClassName.get(String.class);
            case TEXT_ENUM, TEXT_DATETIME -> types.reference(p.type());
            case BINARY_BUFFER -> GuestTypes.BYTES;
        };
        return new Param(p, ct, encoding, nullable, javaType);
    }

    private Optional<ContentType> override(XtpFunction f, String direction) {
        Map<String, String> overrides = options.contentTypeOverrides();
        String text = overrides.getOrDefault(f.name() + "." + direction, overrides.get(f.name()));
        return text == null ? Optional.empty() : ContentType.fromWire(text);
    }

    /** The content type of a parameter that declares none: binary for a buffer, text for a string, else JSON. */
    private static ContentType defaultContentType(XtpType resolved) {
        if (resolved instanceof BufferType) {
            return ContentType.BINARY;
        }
        if (resolved instanceof StringType) {
            return ContentType.TEXT;
        }
        return ContentType.JSON;
    }
}
