package dev.xtp4j.codegen.c;

import dev.xtp4j.codec.ContentType;
import dev.xtp4j.codegen.GeneratorException;
import dev.xtp4j.codegen.GeneratorOptions;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.model.AliasType;
import dev.xtp4j.schema.model.ArrayType;
import dev.xtp4j.schema.model.BooleanType;
import dev.xtp4j.schema.model.BufferType;
import dev.xtp4j.schema.model.ByteStringType;
import dev.xtp4j.schema.model.DateTimeType;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.EnumValue;
import dev.xtp4j.schema.model.Field;
import dev.xtp4j.schema.model.FreeFormObjectType;
import dev.xtp4j.schema.model.IntegerType;
import dev.xtp4j.schema.model.MapType;
import dev.xtp4j.schema.model.NamedType;
import dev.xtp4j.schema.model.NumberFormat;
import dev.xtp4j.schema.model.NumberType;
import dev.xtp4j.schema.model.ObjectType;
import dev.xtp4j.schema.model.Parameter;
import dev.xtp4j.schema.model.StringType;
import dev.xtp4j.schema.model.TypeVisitor;
import dev.xtp4j.schema.model.XtpFunction;
import dev.xtp4j.schema.model.XtpType;
import dev.xtp4j.schema.naming.CNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the C emitters need, resolved once from the schema and the options: the C form of every type, the
 * containers to define, the order of the struct definitions, the functions with their effective encodings, and
 * which JSON functions are used. Construction checks the C names and fails with a {@link GeneratorException}.
 */
final class CModel {
    /** The setting that decides what happens to functions with content types the C target cannot code. */
    static final String UNSUPPORTED_SETTING = "c.unsupported";

    private static final Set<String> SETTINGS = Set.of(UNSUPPORTED_SETTING);

    /** Names a schema type must not take: C library types and the generated code's parameters and locals. */
    private static final Set<String> RESERVED = Set.of(
            "size_t", "ptrdiff_t", "intptr_t", "uintptr_t", "intmax_t", "uintmax_t", "int8_t", "uint8_t", "int16_t",
            "uint16_t", "int32_t", "uint32_t", "int64_t", "uint64_t", "va_list", "NULL", "bool", "true", "false",
            "malloc", "calloc", "realloc", "free", "memcpy", "memmove", "memset", "memcmp", "strlen", "strtod",
            "strtof", "abort", "exit",
            "r", "w", "v", "out", "key", "count", "more", "cap", "grown", "i", "item", "entry", "text", "ok", "rc",
            "input", "output", "has_input", "has_output", "in_bytes", "in_len", "res_bytes", "res_len", "data",
            "len", "arg", "result", "problem", "bad", "enc");

    /** How a parameter travels. */
    enum Encoding {
        /** application/json, any type. */
        JSON,
        /** text/plain, a string (or a {@code format: byte} string): the UTF-8 bytes. */
        TEXT_STRING,
        /** text/plain, an enum: the value's wire string. */
        TEXT_ENUM,
        /** text/plain, a date-time: RFC 3339 text. */
        TEXT_DATETIME,
        /** application/x-binary, a buffer: the bytes. */
        BINARY_BUFFER,
        /** application/x-binary, a string: the bytes, unchecked. */
        BINARY_STRING
    }

    /**
     * A parameter as the C target codes it.
     *
     * @param parameter the schema parameter
     * @param type its C form
     * @param contentType the effective content type (after overrides and defaults)
     * @param encoding how the bytes are produced
     */
    record CParam(Parameter parameter, CType type, ContentType contentType, Encoding encoding) {
        /** Whether the C API expresses null (only JSON can carry it). */
        boolean nullable() {
            return parameter.nullable() && encoding == Encoding.JSON;
        }
    }

    /**
     * A function (export or import).
     *
     * @param function the schema function
     * @param id the C identifier part: the name with {@code $} replaced by {@code _}
     * @param input the input, if any
     * @param output the output, if any
     * @param unsupported why the C target cannot code it (with the {@code stub} setting), or empty
     */
    record CFunction(XtpFunction function, String id, Optional<CParam> input, Optional<CParam> output,
            Optional<String> unsupported) {
        String name() {
            return function.name();
        }
    }

    final XtpSchema schema;
    final GeneratorOptions options;
    private final boolean stubUnsupported;
    private final Map<NamedType, CType> named = new IdentityHashMap<>();
    private final List<CType> namedOrder = new ArrayList<>();
    private final Map<String, CType> containers = new LinkedHashMap<>();
    final List<CFunction> exports = new ArrayList<>();
    final List<CFunction> imports = new ArrayList<>();
    private final Set<String> decoders = new LinkedHashSet<>();
    private final Set<String> encoders = new LinkedHashSet<>();
    private final Map<String, String> names = new HashMap<>();

    CModel(XtpSchema schema, GeneratorOptions options) {
        this.schema = schema;
        this.options = options;
        for (String key : options.settings().keySet()) {
            if (key.startsWith("c.") && !SETTINGS.contains(key)) {
                throw new GeneratorException("unknown setting " + key + " for the c target; the settings are "
                        + SETTINGS);
            }
        }
        String unsupported = options.setting(UNSUPPORTED_SETTING).orElse("error");
        if (!unsupported.equals("error") && !unsupported.equals("stub")) {
            throw new GeneratorException("setting " + UNSUPPORTED_SETTING + " must be error or stub, not \""
                    + unsupported + "\"");
        }
        this.stubUnsupported = unsupported.equals("stub");
        for (NamedType type : schema.allNamedTypes()) {
            namedOrder.add(namedOf(type));
        }
        for (NamedType type : schema.allNamedTypes()) {
            if (type instanceof ObjectType object) {
                for (Field f : object.fields()) {
                    of(f.type()); // registers the arrays and maps the struct uses
                }
            }
        }
        checkOverrides();
        for (XtpFunction f : schema.exports()) {
            exports.add(function(f, "export"));
        }
        for (XtpFunction f : schema.imports()) {
            imports.add(function(f, "import"));
        }
        computeUsage();
        checkNames();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Types

    private CType declare(NamedType type) {
        String name = CNames.identifier(type.name());
        if (type instanceof ObjectType object) {
            return new CType.Struct(object, name);
        }
        if (type instanceof EnumType e) {
            return new CType.Enum(e, name);
        }
        AliasType alias = (AliasType) type;
        return new CType.Alias(alias, name, of(alias.target()));
    }

    /**
     * The C form of a type; containers are registered for definition.
     *
     * @param type the type
     * @return its C form
     */
    CType of(XtpType type) {
        return type.accept(new TypeVisitor<CType>() {
            @Override
            public CType visitString(StringType t) {
                return new CType.Builtin("xtp_string", "string", "string");
            }

            @Override
            public CType visitByteString(ByteStringType t) {
                return new CType.Builtin("xtp_string", "string", "string");
            }

            @Override
            public CType visitDateTime(DateTimeType t) {
                return new CType.Builtin("xtp_datetime", "datetime", "datetime");
            }

            @Override
            public CType visitBuffer(BufferType t) {
                return new CType.Builtin("xtp_buffer", "buffer", "buffer");
            }

            @Override
            public CType visitBoolean(BooleanType t) {
                return new CType.Builtin("bool", "bool", "bool");
            }

            @Override
            public CType visitInteger(IntegerType t) {
                String wire = t.format().wireName();
                return new CType.Builtin(wire + "_t", wire, wire);
            }

            @Override
            public CType visitNumber(NumberType t) {
                return t.format() == NumberFormat.FLOAT ? new CType.Builtin("float", "float", "float")
                        : new CType.Builtin("double", "double", "double");
            }

            @Override
            public CType visitArray(ArrayType t) {
                return register(new CType.Array(of(t.items()), t.nullableItems()));
            }

            @Override
            public CType visitMap(MapType t) {
                return register(new CType.Map(of(t.values()), t.nullableValues()));
            }

            @Override
            public CType visitFreeFormObject(FreeFormObjectType t) {
                return new CType.Builtin("xtp_json", "json", "json");
            }

            @Override
            public CType visitObject(ObjectType t) {
                return namedOf(t);
            }

            @Override
            public CType visitEnum(EnumType t) {
                return namedOf(t);
            }

            @Override
            public CType visitAlias(AliasType t) {
                return namedOf(t);
            }
        });
    }

    private CType namedOf(NamedType t) {
        CType c = named.get(t);
        if (c == null) {
            c = declare(t);
            named.put(t, c);
        }
        return c;
    }

    private CType register(CType container) {
        CType existing = containers.putIfAbsent(container.name(), container);
        return existing != null ? existing : container;
    }

    /**
     * The named types in schema order (components, then hoisted inline enums).
     *
     * @return the C forms
     */
    List<CType> namedTypes() {
        return List.copyOf(namedOrder);
    }

    private NamedType nameOf(CType c) {
        if (c instanceof CType.Struct s) {
            return s.type();
        }
        if (c instanceof CType.Enum e) {
            return e.type();
        }
        return ((CType.Alias) c).type();
    }

    /**
     * The arrays and maps to define, in discovery order.
     *
     * @return the containers
     */
    List<CType> containers() {
        return List.copyOf(containers.values());
    }

    /**
     * Every struct type (objects, arrays, maps), ordered so that each comes after the structs it holds by value
     * (its fields, map entry values, nullable array items).
     *
     * @return the structs in definition order
     */
    List<CType> structsInDefinitionOrder() {
        List<CType> all = new ArrayList<>();
        for (CType c : namedTypes()) {
            if (c instanceof CType.Struct) {
                all.add(c);
            }
        }
        all.addAll(containers.values());
        List<CType> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (CType c : all) {
            visitStruct(c, done, ordered);
        }
        return ordered;
    }

    private void visitStruct(CType c, Set<String> done, List<CType> ordered) {
        if (done.contains(c.name())) {
            return;
        }
        done.add(c.name());
        for (CType dep : byValueMembers(c)) {
            CType target = underlying(dep);
            if (target.isStruct()) {
                visitStruct(target, done, ordered);
            }
        }
        ordered.add(c);
    }

    private List<CType> byValueMembers(CType c) {
        if (c instanceof CType.Struct s) {
            return s.type().fields().stream().map(f -> of(f.type())).toList();
        }
        if (c instanceof CType.Array a) {
            return a.nullableItems() ? List.of(a.item()) : List.of();
        }
        if (c instanceof CType.Map m) {
            return List.of(m.value());
        }
        return List.of();
    }

    /**
     * Looks through aliases.
     *
     * @param c a C type
     * @return the first non-alias type
     */
    static CType underlying(CType c) {
        CType t = c;
        while (t instanceof CType.Alias a) {
            t = a.target();
        }
        return t;
    }

    /**
     * The aliases, each after the aliases it refers to.
     *
     * @return the aliases in typedef order
     */
    List<CType.Alias> aliasesInDefinitionOrder() {
        List<CType.Alias> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (CType c : namedTypes()) {
            if (c instanceof CType.Alias a) {
                visitAlias(a, done, ordered);
            }
        }
        return ordered;
    }

    private void visitAlias(CType.Alias a, Set<String> done, List<CType.Alias> ordered) {
        if (!done.add(a.name())) {
            return;
        }
        if (a.target() instanceof CType.Alias inner) {
            visitAlias(inner, done, ordered);
        }
        ordered.add(a);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Functions and content types

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

    private Optional<ContentType> override(XtpFunction f, String direction) {
        Map<String, String> overrides = options.contentTypeOverrides();
        String text = overrides.getOrDefault(f.name() + "." + direction, overrides.get(f.name()));
        return text == null ? Optional.empty() : ContentType.fromWire(text);
    }

    private CFunction function(XtpFunction f, String kind) {
        String id = f.name().replace('$', '_');
        List<String> problems = new ArrayList<>();
        Optional<CParam> in = f.input().map(p -> param(f, kind, "input", p, problems));
        Optional<CParam> out = f.output().map(p -> param(f, kind, "output", p, problems));
        if (!problems.isEmpty()) {
            String reason = String.join("; ", problems);
            if (!stubUnsupported) {
                throw new GeneratorException(kind + " " + f.name() + ": " + reason + ". The c target supports "
                        + ContentType.JSON.canonical() + ", " + ContentType.TEXT.canonical() + " and "
                        + ContentType.BINARY.canonical() + "; override the content type, or set "
                        + UNSUPPORTED_SETTING + "=stub to generate " + (kind.equals("export")
                                ? "an export that fails at run time" : "no wrapper for this import"));
            }
            return new CFunction(f, id, Optional.empty(), Optional.empty(), Optional.of(reason));
        }
        return new CFunction(f, id, in, out, Optional.empty());
    }

    private CParam param(XtpFunction f, String kind, String direction, Parameter p, List<String> problems) {
        CType type = of(p.type());
        XtpType resolved = p.type().resolved();
        ContentType ct = override(f, direction).or(p::contentType).orElseGet(() -> defaultContentType(resolved));
        Encoding encoding;
        switch (ct) {
            case JSON -> encoding = Encoding.JSON;
            case TEXT -> {
                if (resolved instanceof StringType || resolved instanceof ByteStringType) {
                    encoding = Encoding.TEXT_STRING;
                } else if (resolved instanceof EnumType) {
                    encoding = Encoding.TEXT_ENUM;
                } else if (resolved instanceof DateTimeType) {
                    encoding = Encoding.TEXT_DATETIME;
                } else {
                    throw new GeneratorException(kind + " " + f.name() + ": the " + direction + " is "
                            + p.type().display() + ", which " + ct.canonical()
                            + " cannot carry in the c target (it carries strings, enums and date-times); use "
                            + ContentType.JSON.canonical());
                }
            }
            case BINARY -> {
                if (resolved instanceof BufferType) {
                    encoding = Encoding.BINARY_BUFFER;
                } else if (resolved instanceof StringType || resolved instanceof ByteStringType) {
                    encoding = Encoding.BINARY_STRING;
                } else {
                    throw new GeneratorException(kind + " " + f.name() + ": the " + direction + " is "
                            + p.type().display() + ", which " + ct.canonical()
                            + " cannot carry in the c target (it carries buffers and strings); use "
                            + ContentType.JSON.canonical());
                }
            }
            default -> {
                problems.add("the " + direction + " uses " + ct.canonical() + ", which the c target does not support");
                encoding = Encoding.JSON;
            }
        }
        return new CParam(p, type, ct, encoding);
    }

    private static ContentType defaultContentType(XtpType resolved) {
        if (resolved instanceof BufferType) {
            return ContentType.BINARY;
        }
        if (resolved instanceof StringType) {
            return ContentType.TEXT;
        }
        return ContentType.JSON;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Which JSON functions are used

    private void computeUsage() {
        for (CFunction f : exports) {
            f.input().filter(p -> p.encoding() == Encoding.JSON).ifPresent(p -> need(p.type(), decoders));
            f.output().filter(p -> p.encoding() == Encoding.JSON).ifPresent(p -> need(p.type(), encoders));
        }
        for (CFunction f : imports) {
            f.input().filter(p -> p.encoding() == Encoding.JSON).ifPresent(p -> need(p.type(), encoders));
            f.output().filter(p -> p.encoding() == Encoding.JSON).ifPresent(p -> need(p.type(), decoders));
        }
    }

    private void need(CType c, Set<String> used) {
        CType t = underlying(c);
        if (t instanceof CType.Builtin || !used.add(t.name())) {
            return;
        }
        if (t instanceof CType.Struct s) {
            for (Field f : s.type().fields()) {
                need(of(f.type()), used);
            }
        } else if (t instanceof CType.Array a) {
            need(a.item(), used);
        } else if (t instanceof CType.Map m) {
            need(m.value(), used);
        }
    }

    /**
     * Whether the generated source needs the JSON decoder of a type.
     *
     * @param c a struct, enum or container
     * @return whether {@code dec_<name>} is emitted
     */
    boolean decoderUsed(CType c) {
        return decoders.contains(c.name());
    }

    /**
     * Whether the generated source needs the JSON encoder of a type.
     *
     * @param c a struct, enum or container
     * @return whether {@code enc_<name>} is emitted
     */
    boolean encoderUsed(CType c) {
        return encoders.contains(c.name());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Names

    private void claim(String identifier, String owner) {
        if (identifier.startsWith("xtp_") || identifier.startsWith("XTP_")) {
            throw new GeneratorException(owner + ": the C name " + identifier
                    + " starts with xtp_, which the C runtime reserves; rename it in the schema");
        }
        if (RESERVED.contains(identifier)) {
            throw new GeneratorException(owner + ": the C name " + identifier
                    + " is reserved by the C bindings (a C library name or a name of the generated code)");
        }
        String previous = names.putIfAbsent(identifier, owner);
        if (previous != null && !previous.equals(owner)) {
            throw new GeneratorException("C name clash: " + identifier + " is used for both " + previous + " and "
                    + owner + "; rename one of them in the schema");
        }
    }

    private void checkNames() {
        for (CType c : namedTypes()) {
            NamedType t = nameOf(c);
            String owner = "schema " + t.name();
            claim(c.name(), owner);
            if (c instanceof CType.Enum e) {
                claim(c.name() + "_to_string", owner);
                claim(c.name() + "_from_string", owner);
                for (EnumValue v : e.type().values()) {
                    claim(v.cName(), owner + " value " + v.value());
                }
            }
            if (!(c instanceof CType.Alias)) {
                claim("dec_" + c.name(), owner);
                claim("enc_" + c.name(), owner);
            }
            if (c instanceof CType.Struct s) {
                checkFields(s);
            }
        }
        for (CType c : containers.values()) {
            String owner = "the container type " + c.name();
            claim(c.name(), owner);
            claim("dec_" + c.name(), owner);
            claim("enc_" + c.name(), owner);
            if (c instanceof CType.Array a && a.nullableItems()) {
                claim(a.optName(), owner);
            }
            if (c instanceof CType.Map m) {
                claim(m.entryName(), owner);
            }
        }
        for (CFunction f : exports) {
            claim("impl_" + f.id(), "export " + f.name());
        }
        for (CFunction f : imports) {
            claim("host_" + f.id(), "import " + f.name());
        }
    }

    private void checkFields(CType.Struct s) {
        Map<String, String> members = new HashMap<>();
        for (Field f : s.type().fields()) {
            String member = memberName(f);
            putMember(s, members, member, f.name());
            if (hasPresenceFlag(f)) {
                putMember(s, members, "has_" + member, "the presence flag of " + f.name());
            }
        }
    }

    private static void putMember(CType.Struct s, Map<String, String> members, String member, String owner) {
        String previous = members.putIfAbsent(member, owner);
        if (previous != null) {
            throw new GeneratorException("schema " + s.type().name() + ": the C member " + member
                    + " is used for both " + previous + " and " + owner + "; rename one of them in the schema");
        }
    }

    /**
     * The struct member of a field.
     *
     * @param f the field
     * @return its C identifier
     */
    static String memberName(Field f) {
        return CNames.identifier(f.name());
    }

    /**
     * Whether a field has a {@code has_<name>} flag: when it is optional or nullable.
     *
     * @param f the field
     * @return whether the flag exists
     */
    static boolean hasPresenceFlag(Field f) {
        return !f.required() || f.nullable();
    }

    /**
     * The wire values of an enum, for messages: {@code red, green, blue}.
     *
     * @param e the enum
     * @return the list
     */
    static String valueList(EnumType e) {
        return String.join(", ", e.wireValues());
    }
}
