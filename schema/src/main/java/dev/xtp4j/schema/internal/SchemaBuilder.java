package dev.xtp4j.schema.internal;

import dev.xtp4j.schema.SchemaVersion;
import dev.xtp4j.schema.ValidationMode;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.internal.Decls.Arr;
import dev.xtp4j.schema.internal.Decls.ComponentDecl;
import dev.xtp4j.schema.internal.Decls.ComponentKind;
import dev.xtp4j.schema.internal.Decls.FieldDecl;
import dev.xtp4j.schema.internal.Decls.FunctionDecl;
import dev.xtp4j.schema.internal.Decls.InlineEnum;
import dev.xtp4j.schema.internal.Decls.InlineEnumDecl;
import dev.xtp4j.schema.internal.Decls.Invalid;
import dev.xtp4j.schema.internal.Decls.MapOf;
import dev.xtp4j.schema.internal.Decls.ParamDecl;
import dev.xtp4j.schema.internal.Decls.Prim;
import dev.xtp4j.schema.internal.Decls.Ref;
import dev.xtp4j.schema.internal.Decls.TypeExpr;
import dev.xtp4j.schema.model.BooleanType;
import dev.xtp4j.schema.model.BufferType;
import dev.xtp4j.schema.model.ByteStringType;
import dev.xtp4j.schema.model.CodeSample;
import dev.xtp4j.codec.ContentType;
import dev.xtp4j.schema.model.DateTimeType;
import dev.xtp4j.schema.model.FreeFormObjectType;
import dev.xtp4j.schema.model.IntegerFormat;
import dev.xtp4j.schema.model.IntegerType;
import dev.xtp4j.schema.model.MediaType;
import dev.xtp4j.schema.model.NumberFormat;
import dev.xtp4j.schema.model.NumberType;
import dev.xtp4j.schema.model.StringType;
import dev.xtp4j.schema.model.XtpFunction;
import dev.xtp4j.schema.model.XtpType;
import dev.xtp4j.schema.naming.JavaNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Validates a loaded document and builds the model: one pass over the tree that reports every problem and produces
 * {@link Decls}, then cycle detection, then linking into model objects when there is no error.
 */
final class SchemaBuilder {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_$][a-zA-Z0-9_$]*");

    /** Where a typed node appears; decides the allowed keys and what {@code properties}/{@code enum} mean. */
    enum Role { COMPONENT, PARAMETER, PROPERTY, ARRAY_ITEM, MAP_VALUE }

    /** The kinds of mapping whose keys are checked. */
    private enum Keys { ROOT_V0, ROOT_V1, COMPONENTS, EXPORT, IMPORT, CODE_SAMPLE }

    private final ValidationMode mode;
    private final Sink sink;

    /** Component names in document order, including invalid ones: the "Options are" list of a bad $ref. */
    private final List<String> componentNames = new ArrayList<>();
    private final Map<String, ComponentDecl> components = new LinkedHashMap<>();
    private final List<InlineEnumDecl> inlineEnums = new ArrayList<>();
    private final List<FunctionDecl> exports = new ArrayList<>();
    private final List<FunctionDecl> imports = new ArrayList<>();

    SchemaBuilder(ValidationMode mode, Sink sink) {
        this.mode = mode;
        this.sink = sink;
    }

    private boolean strict() {
        return mode == ValidationMode.STRICT;
    }

    private boolean lenient() {
        return mode == ValidationMode.LENIENT;
    }

    // =================================================================== root

    Optional<XtpSchema> build(Node root) {
        if (!(root instanceof Node.Map m)) {
            sink.error(Messages.expected("a mapping", root.kindName()), "#", root);
            return Optional.empty();
        }
        Node versionNode = m.get("version");
        String versionText = versionNode == null ? "undefined" : Js.toString(versionNode);
        if (versionNode instanceof Node.Scalar s && s.kind() == Node.ScalarKind.STRING) {
            if (s.text().equals(SchemaVersion.V0.wireName())) {
                return buildV0(m);
            }
            if (s.text().equals(SchemaVersion.V1_DRAFT.wireName())) {
                return buildV1(m);
            }
        }
        sink.error(Messages.invalidVersion(versionText), "#/version", versionNode != null ? versionNode : m);
        return Optional.empty();
    }

    private Optional<XtpSchema> buildV0(Node.Map root) {
        checkKeys(root, "#", Keys.ROOT_V0);
        List<String> names = new ArrayList<>();
        List<Node> keys = new ArrayList<>();
        Node exportsNode = present(root.get("exports"), "#", "exports");
        if (exportsNode == null) {
            if (strict()) {
                sink.error(Messages.missingKey("exports"), "#", root);
            }
        } else if (exportsNode instanceof Node.Seq seq) {
            for (int i = 0; i < seq.items().size(); i++) {
                Node item = seq.items().get(i);
                String path = "#/exports/" + i;
                if (item instanceof Node.Scalar s && !s.isNull()) {
                    checkIdentifier(s.text(), path, item);
                    names.add(s.text());
                    keys.add(item);
                } else {
                    sink.error(Messages.expected("a string", item.kindName()), path, item);
                }
            }
        } else {
            sink.error(Messages.expected("a sequence", exportsNode.kindName()), "#/exports", exportsNode);
        }
        List<String> javaNames = javaMethodNames(names, i -> "#/exports/" + i, keys);
        if (sink.errorCount() > 0) {
            return Optional.empty();
        }
        List<XtpFunction> functions = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            functions.add(new XtpFunction(names.get(i), javaNames.get(i), Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of()));
        }
        return Optional.of(new XtpSchema(SchemaVersion.V0, functions, List.of(), List.of(), List.of()));
    }

    private Optional<XtpSchema> buildV1(Node.Map root) {
        checkKeys(root, "#", Keys.ROOT_V1);

        // 1. Collect the component schemas (also from the legacy root key), so that $refs can be checked anywhere.
        List<Node.Entry> componentEntries = new ArrayList<>();
        List<String> componentPaths = new ArrayList<>();
        Node componentsNode = present(root.get("components"), "#", "components");
        if (componentsNode != null) {
            if (componentsNode instanceof Node.Map cm) {
                checkKeys(cm, "#/components", Keys.COMPONENTS);
                Node schemasNode = present(cm.get("schemas"), "#/components", "schemas");
                if (schemasNode == null) {
                    if (strict()) {
                        sink.error(Messages.missingKey("schemas"), "#/components", cm);
                    }
                } else if (schemasNode instanceof Node.Map sm) {
                    for (Node.Entry e : sm.entries()) {
                        componentEntries.add(e);
                        componentPaths.add("#/components/schemas/" + e.name());
                    }
                } else {
                    sink.error(Messages.expected("a mapping", schemasNode.kindName()), "#/components/schemas",
                            schemasNode);
                }
            } else {
                sink.error(Messages.expected("a mapping", componentsNode.kindName()), "#/components",
                        componentsNode);
            }
        }
        root.entry("schemas").ifPresent(legacy -> collectLegacySchemas(legacy, componentEntries, componentPaths));
        Set<String> seenComponents = new HashSet<>();
        for (int i = 0; i < componentEntries.size(); i++) {
            Node.Entry e = componentEntries.get(i);
            if (!seenComponents.add(e.name())) {
                sink.error(Messages.duplicateSchema(e.name()), componentPaths.get(i), e.key());
                componentEntries.remove(i);
                componentPaths.remove(i);
                i--;
                continue;
            }
            componentNames.add(e.name());
        }

        // 2. Names at the root: exports, imports, schemas.
        List<Node.Entry> exportEntries = functionEntries(root, "exports");
        List<Node.Entry> importEntries = functionEntries(root, "imports");
        if (!root.entry("exports").isPresent() && strict()) {
            sink.error(Messages.missingKey("exports"), "#", root);
        }
        for (Node.Entry e : exportEntries) {
            checkIdentifier(e.name(), "#/exports/" + e.name(), e.key());
        }
        for (Node.Entry e : importEntries) {
            checkIdentifier(e.name(), "#/imports/" + e.name(), e.key());
        }
        for (int i = 0; i < componentEntries.size(); i++) {
            checkIdentifier(componentEntries.get(i).name(), componentPaths.get(i), componentEntries.get(i).key());
        }

        // 3. Components, then exports, then imports (this order fixes the names of hoisted inline enums).
        for (int i = 0; i < componentEntries.size(); i++) {
            Node.Entry e = componentEntries.get(i);
            components.put(e.name(), parseComponent(e.name(), e.key(), e.value(), componentPaths.get(i)));
        }
        parseFunctions(exportEntries, "#/exports/", false, exports);
        parseFunctions(importEntries, "#/imports/", true, imports);

        // 4. Names of hoisted inline enums and Java type names.
        assignInlineEnumNames();
        assignJavaTypeNames();

        // 5. Cycles.
        new CycleDetector(components, sink).detect();

        if (sink.errorCount() > 0) {
            return Optional.empty();
        }
        ModelLinker linker = new ModelLinker(components, inlineEnums, sink);
        XtpSchema schema = linker.link(exports, imports);
        return sink.errorCount() > 0 ? Optional.empty() : Optional.of(schema);
    }

    private void collectLegacySchemas(Node.Entry legacy, List<Node.Entry> entries, List<String> paths) {
        if (!lenient()) {
            sink.error(Messages.LEGACY_ROOT_SCHEMAS, "#/schemas", legacy.key());
            return;
        }
        sink.warning(Messages.LEGACY_ROOT_SCHEMAS, "#/schemas", legacy.key());
        Node value = legacy.value();
        if (value instanceof Node.Map m) {
            for (Node.Entry e : m.entries()) {
                entries.add(e);
                paths.add("#/schemas/" + e.name());
            }
        } else if (value instanceof Node.Seq seq) {
            for (int i = 0; i < seq.items().size(); i++) {
                Node item = seq.items().get(i);
                String path = "#/schemas/" + i;
                Optional<Node.Entry> named = legacyNamed(item, path);
                if (named.isPresent()) {
                    entries.add(named.get());
                    paths.add(path);
                }
            }
        } else if (!isNull(value)) {
            sink.error(Messages.expected("a mapping", value.kindName()), "#/schemas", value);
        }
    }

    /**
     * Reads a legacy list item {@code {name: X, ...rest}} as the entry {@code X: {...rest}}; a bare string item
     * becomes {@code X: {}}.
     */
    private Optional<Node.Entry> legacyNamed(Node item, String path) {
        if (item instanceof Node.Scalar s && s.kind() == Node.ScalarKind.STRING) {
            return Optional.of(new Node.Entry(s, new Node.Map(s.line(), s.column(), List.of())));
        }
        if (!(item instanceof Node.Map m)) {
            sink.error(Messages.expected("a mapping", item.kindName()), path, item);
            return Optional.empty();
        }
        Node name = m.get("name");
        if (!(name instanceof Node.Scalar ns) || ns.isNull()) {
            sink.error(Messages.missingKey("name"), path, item);
            return Optional.empty();
        }
        List<Node.Entry> rest = new ArrayList<>();
        for (Node.Entry e : m.entries()) {
            if (!e.name().equals("name")) {
                rest.add(e);
            }
        }
        return Optional.of(new Node.Entry(ns, new Node.Map(m.line(), m.column(), rest)));
    }

    private List<Node.Entry> functionEntries(Node.Map root, String key) {
        Optional<Node.Entry> entry = root.entry(key);
        if (entry.isEmpty()) {
            return List.of();
        }
        Node value = present(entry.get().value(), "#", key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Node.Map m) {
            return m.entries();
        }
        if (value instanceof Node.Seq seq) {
            if (!lenient()) {
                sink.error(Messages.legacyFunctionList(key), "#/" + key, value);
                return List.of();
            }
            sink.warning(Messages.legacyFunctionList(key), "#/" + key, value);
            List<Node.Entry> result = new ArrayList<>();
            for (int i = 0; i < seq.items().size(); i++) {
                legacyNamed(seq.items().get(i), "#/" + key + "/" + i).ifPresent(result::add);
            }
            return result;
        }
        sink.error(Messages.expected("a mapping", value.kindName()), "#/" + key, value);
        return List.of();
    }

    // =================================================================== functions

    private void parseFunctions(List<Node.Entry> entries, String prefix, boolean isImport, List<FunctionDecl> out) {
        List<String> names = new ArrayList<>();
        List<Node> keys = new ArrayList<>();
        for (Node.Entry e : entries) {
            names.add(e.name());
            keys.add(e.key());
        }
        List<String> javaNames = javaMethodNames(names, i -> prefix + names.get(i), keys);
        for (int i = 0; i < entries.size(); i++) {
            Node.Entry e = entries.get(i);
            out.add(parseFunction(e, javaNames.get(i), prefix + e.name(), isImport));
        }
    }

    private List<String> javaMethodNames(List<String> names, java.util.function.IntFunction<String> path,
            List<Node> keys) {
        List<String> javaNames = JavaNames.uniqueNames(names, JavaNames::methodName);
        for (int i = 0; i < names.size(); i++) {
            if (!javaNames.get(i).equals(names.get(i))) {
                sink.warning(Messages.javaKeywordWarning(names.get(i), javaNames.get(i)), path.apply(i), keys.get(i));
            }
        }
        return javaNames;
    }

    private FunctionDecl parseFunction(Node.Entry entry, String javaName, String path, boolean isImport) {
        Node.Map m = mapOrEmpty(entry.value(), path);
        if (m == null) {
            return new FunctionDecl(entry.name(), javaName, path, entry.key(), Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of());
        }
        checkKeys(m, path, isImport ? Keys.IMPORT : Keys.EXPORT);
        Optional<String> description = readString(m.get("description"), path, "description");
        List<CodeSample> samples = parseCodeSamples(m.get("codeSamples"), path + "/codeSamples");
        Supplier<String> base = () -> JavaNames.pascalCase(entry.name());
        Optional<ParamDecl> input = parseParameter(m.get("input"), path + "/input", () -> base.get() + "Input");
        Optional<ParamDecl> output = parseParameter(m.get("output"), path + "/output", () -> base.get() + "Output");
        return new FunctionDecl(entry.name(), javaName, path, entry.key(), description, input, output, samples);
    }

    private List<CodeSample> parseCodeSamples(Node node, String path) {
        Node value = present(node, path, null);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Node.Seq seq)) {
            sink.error(Messages.expected("a sequence", value.kindName()), path, value);
            return List.of();
        }
        List<CodeSample> samples = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            String itemPath = path + "/" + i;
            Node item = seq.items().get(i);
            if (!(item instanceof Node.Map m)) {
                sink.error(Messages.expected("a mapping", item.kindName()), itemPath, item);
                continue;
            }
            checkKeys(m, itemPath, Keys.CODE_SAMPLE);
            Optional<String> lang = readString(m.get("lang"), itemPath, "lang");
            Optional<String> source = readString(m.get("source"), itemPath, "source");
            Optional<String> label = readString(m.get("label"), itemPath, "label");
            if (lang.isEmpty()) {
                sink.error(Messages.missingKey("lang"), itemPath, item);
            }
            if (source.isEmpty()) {
                sink.error(Messages.missingKey("source"), itemPath, item);
            }
            if (lang.isPresent() && source.isPresent()) {
                samples.add(new CodeSample(lang.get(), source.get(), label));
            }
        }
        return samples;
    }

    private Optional<ParamDecl> parseParameter(Node node, String path, Supplier<String> hoistBase) {
        Node value = present(node, path, null);
        if (value == null) {
            return Optional.empty();
        }
        Typed typed = parseTyped(value, path, Role.PARAMETER, hoistBase);
        Optional<MediaType> media = Optional.empty();
        Node contentTypeAt = value;
        if (value instanceof Node.Map m) {
            Node ct = present(m.get("contentType"), path, "contentType");
            if (ct == null) {
                sink.report(strict(), Messages.MISSING_CONTENT_TYPE, path, value);
            } else if (ct instanceof Node.Scalar s && s.kind() == Node.ScalarKind.STRING) {
                contentTypeAt = ct;
                media = contentType(s, path);
            } else {
                sink.error(Messages.expected("a string", ct.kindName()), path + "/contentType", ct);
            }
        }
        return Optional.of(new ParamDecl(typed.expr(), typed.nullable(), media, typed.description(), path,
                contentTypeAt));
    }

    private Optional<MediaType> contentType(Node.Scalar s, String path) {
        String text = s.text();
        Optional<ContentType> exact = ContentType.fromWire(text);
        if (exact.isPresent()) {
            if (strict() && exact.get().isExtension()) {
                sink.error(Messages.extensionContentType(text), path + "/contentType", s);
            }
            return Optional.of(new MediaType(exact.get(), text));
        }
        Optional<ContentType> loose = looseContentType(text);
        if (loose.isPresent() && lenient()) {
            sink.warning(Messages.nonCanonicalContentType(text, loose.get().canonical()), path + "/contentType", s);
            return Optional.of(new MediaType(loose.get(), text));
        }
        sink.error(Messages.invalidContentType(text), path + "/contentType", s);
        return Optional.empty();
    }

    /** Compares media types the way RFC 2045 allows: case-insensitive, white space around ';' and '=' ignored. */
    private static Optional<ContentType> looseContentType(String text) {
        String normalized = normalizeMediaType(text);
        for (ContentType t : ContentType.values()) {
            for (String spelling : t.acceptedSpellings()) {
                if (normalizeMediaType(spelling).equals(normalized)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    private static String normalizeMediaType(String text) {
        StringBuilder sb = new StringBuilder();
        for (String part : text.split(";", -1)) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            int eq = p.indexOf('=');
            if (eq >= 0) {
                String v = p.substring(eq + 1).strip();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1);
                }
                p = p.substring(0, eq).strip() + "=" + v;
            }
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    // =================================================================== components

    private ComponentDecl parseComponent(String name, Node key, Node value, String path) {
        ComponentDecl decl = new ComponentDecl(name, path, key);
        Typed typed = parseTyped(value, path, Role.COMPONENT, () -> JavaNames.pascalCase(name));
        decl.description = typed.description();
        decl.nullable = typed.nullable();
        if (typed.fields() != null) {
            decl.kind = ComponentKind.OBJECT;
            decl.fields = typed.fields();
        } else if (typed.enumValues() != null) {
            decl.kind = ComponentKind.ENUM;
            decl.enumValues = typed.enumValues();
        } else {
            decl.kind = ComponentKind.ALIAS;
            decl.aliasOf = typed.expr();
            if (strict() && !(typed.expr() instanceof Invalid)) {
                sink.error(Messages.strictComponentKind(describe(typed.expr())), path, value);
            }
        }
        return decl;
    }

    private static String describe(TypeExpr expr) {
        if (expr instanceof Prim p) {
            return p.type().display();
        }
        if (expr instanceof Ref r) {
            return "a $ref to " + r.name();
        }
        if (expr instanceof Arr) {
            return "an array";
        }
        if (expr instanceof MapOf) {
            return "a map";
        }
        return "an inline enum";
    }

    private void assignInlineEnumNames() {
        Set<String> taken = new HashSet<>(componentNames);
        for (InlineEnumDecl d : inlineEnums) {
            String base = d.proposedName.isEmpty() ? "Enum" : d.proposedName;
            String candidate = base;
            for (int n = 2; taken.contains(candidate); n++) {
                candidate = base + n;
            }
            taken.add(candidate);
            d.name = candidate;
        }
    }

    private void assignJavaTypeNames() {
        List<String> names = new ArrayList<>(components.keySet());
        List<String> javaNames = JavaNames.uniqueNames(names, JavaNames::typeName);
        int i = 0;
        for (ComponentDecl d : components.values()) {
            d.javaName = javaNames.get(i++);
            if (!d.javaName.equals(d.name)) {
                sink.warning(Messages.javaKeywordWarning(d.name, d.javaName), d.path, d.key);
            }
        }
    }

    // =================================================================== typed nodes

    /** The result of reading a typed node: exactly one of {@code fields}, {@code enumValues} or {@code expr}. */
    private record Typed(TypeExpr expr, List<FieldDecl> fields, List<String> enumValues, boolean nullable,
            Optional<String> description) {

        static Typed invalid() {
            return new Typed(new Invalid(), null, null, false, Optional.empty());
        }
    }

    private Typed parseTyped(Node raw, String path, Role role, Supplier<String> hoistBase) {
        int errorsBefore = sink.errorCount();
        Node.Map m = mapOrEmpty(raw, path);
        if (m == null) {
            return Typed.invalid();
        }
        checkTypedKeys(m, path, role);

        Node typeNode = present(m.get("type"), path, "type");
        Node formatNode = present(m.get("format"), path, "format");
        Node enumNode = present(m.get("enum"), path, "enum");
        Node refNode = present(m.get("$ref"), path, "$ref");
        Node itemsNode = present(m.get("items"), path, "items");
        Node addNode = present(m.get("additionalProperties"), path, "additionalProperties");
        Node propsNode = present(m.get("properties"), path, "properties");
        boolean nullable = readBool(m.get("nullable"), path, "nullable");
        Optional<String> description = readString(m.get("description"), path, "description");
        if (addNode instanceof Node.Scalar s && s.kind() == Node.ScalarKind.BOOL
                && s.text().equalsIgnoreCase("false") && !strict()) {
            addNode = null; // JSON Schema's "no additional properties": the reference parser ignores it too
        }

        // type
        String type = null;
        String typeLabel = typeNode == null ? "undefined" : Js.stringify(typeNode);
        if (typeNode != null) {
            if (typeNode instanceof Node.Scalar s && s.kind() == Node.ScalarKind.STRING
                    && Messages.VALID_TYPES.contains(s.text())) {
                type = s.text();
            } else {
                sink.error(Messages.invalidType(typeLabel), path, typeNode);
            }
        }

        // format
        String format = null;
        if (formatNode != null) {
            List<String> valid = validFormats(type);
            String formatLabel = Js.stringify(formatNode);
            boolean isString = formatNode instanceof Node.Scalar s && s.kind() == Node.ScalarKind.STRING;
            if (isString && valid.contains(formatLabel)) {
                format = formatLabel;
                if (strict() && "integer".equals(type)
                        && !IntegerFormat.fromWireName(format).map(IntegerFormat::isProductionFormat).orElse(true)) {
                    sink.error(Messages.strictIntegerFormat(format), path, formatNode);
                }
            } else if (isString && lenient() && "string".equals(type) && formatLabel.equals("date")) {
                sink.warning(Messages.LEGACY_DATE_FORMAT, path, formatNode);
            } else {
                sink.error(Messages.invalidFormat(formatLabel, typeLabel, valid), path, formatNode);
            }
        }

        // properties
        Node.Map props = null;
        if (propsNode != null) {
            if (role != Role.COMPONENT) {
                sink.error(Messages.INLINE_OBJECT, path, m.entry("properties").get().key());
            } else if (propsNode instanceof Node.Map pm) {
                props = pm;
            } else {
                sink.error(Messages.expected("a mapping", propsNode.kindName()), path + "/properties", propsNode);
            }
        }
        boolean hasFixedProperties = props != null && !props.entries().isEmpty();

        // enum
        List<String> enumValues = enumNode == null ? null : parseEnumValues(enumNode, path);

        // items
        Typed items = null;
        if (itemsNode != null) {
            if (strict() && role == Role.ARRAY_ITEM) {
                sink.error(Messages.STRICT_ARRAY_OF_ARRAY, path, m.entry("items").get().key());
            }
            items = parseTyped(itemsNode, path + "/items", Role.ARRAY_ITEM, () -> hoistBase.get() + "Item");
        }

        // additionalProperties
        Typed values = null;
        boolean isMap = false;
        if (addNode != null) {
            Node addKey = m.entry("additionalProperties").get().key();
            if (strict() && role == Role.MAP_VALUE) {
                sink.error(Messages.STRICT_MAP_OF_MAP, path, addKey);
            }
            values = parseTyped(addNode, path + "/additionalProperties", Role.MAP_VALUE,
                    () -> hoistBase.get() + "Value");
            if ("object".equals(type)) {
                isMap = true;
            } else if (typeNode == null && lenient()) {
                sink.warning(Messages.RC16_MAP, path, addKey);
                isMap = true;
            } else {
                sink.error(Messages.parentTypeNotObject(typeLabel), path, typeNode != null ? typeNode : addKey);
            }
            if (hasFixedProperties) {
                sink.error(Messages.MIXED_PROPERTIES, path, addKey);
            }
        }

        // $ref
        TypeExpr ref = refNode == null ? null : parseRef(refNode, path);

        // required (object schemas only)
        Set<String> required = role == Role.COMPONENT
                ? parseRequired(m.get("required"), path, props) : Set.of();

        // Choose what the node is, in the reference normalizer's order of precedence.
        if (isMap && "object".equals(type)) {
            return typed(new MapOf(values.expr(), values.nullable()), nullable, description);
        }
        if (hasFixedProperties) {
            return new Typed(null, parseFields(props, path, required, hoistBase), null, nullable, description);
        }
        if (ref != null) {
            if (!strict()) {
                List<String> ignored = new ArrayList<>();
                for (String k : List.of("type", "format", "items", "additionalProperties", "enum", "properties")) {
                    if (m.entry(k).isPresent()) {
                        ignored.add(k);
                    }
                }
                if (!ignored.isEmpty()) {
                    sink.warning(Messages.refSiblingsIgnored(ignored), path, m.entry("$ref").get().key());
                }
            }
            return typed(ref, nullable, description);
        }
        if (enumValues != null) {
            if (role == Role.COMPONENT) {
                if (strict() && type != null && !type.equals("string")) {
                    sink.error(Messages.STRICT_ENUM_TYPE, path, typeNode);
                }
                return new Typed(null, null, enumValues, nullable, description);
            }
            if (strict()) {
                sink.error(Messages.STRICT_INLINE_ENUM, path, m.entry("enum").get().key());
            }
            InlineEnumDecl decl = new InlineEnumDecl(hoistBase.get(), enumValues);
            inlineEnums.add(decl);
            return typed(new InlineEnum(decl), nullable, description);
        }
        if (items != null) {
            if (typeNode != null && type != null && !type.equals("array")) {
                sink.report(strict(), Messages.itemsWithoutArray(type), path, typeNode);
            } else if (strict() && typeNode == null) {
                sink.error(Messages.missingKey("type"), path, m);
            }
            return typed(new Arr(items.expr(), items.nullable()), nullable, description);
        }
        if (addNode != null && !isMap) {
            return Typed.invalid(); // additionalProperties on a non-object: reported above
        }
        if ("object".equals(type) && props != null) {
            return new Typed(null, List.of(), null, nullable, description); // properties: {} is an empty object
        }
        if (type != null) {
            return typed(primitive(type, format, path, m), nullable, description);
        }
        if (isMap) {
            return typed(new MapOf(values.expr(), values.nullable()), nullable, description);
        }
        if (addNode != null || typeNode != null) {
            return Typed.invalid(); // the problem has been reported above
        }
        if (props != null) {
            return new Typed(null, List.of(), null, nullable, description);
        }
        if (sink.errorCount() == errorsBefore) {
            sink.error(Messages.cannotDetermineType(role == Role.COMPONENT), path, m);
        }
        return Typed.invalid();
    }

    private static Typed typed(TypeExpr expr, boolean nullable, Optional<String> description) {
        return new Typed(expr, null, null, nullable, description);
    }

    private TypeExpr primitive(String type, String format, String path, Node.Map m) {
        switch (type) {
            case "string":
                if ("date-time".equals(format)) {
                    return new Prim(DateTimeType.INSTANCE);
                }
                return new Prim("byte".equals(format) ? ByteStringType.INSTANCE : StringType.INSTANCE);
            case "integer":
                return new Prim(IntegerType.of(format == null ? IntegerFormat.INT64
                        : IntegerFormat.fromWireName(format).orElse(IntegerFormat.INT64)));
            case "number":
                return new Prim(NumberType.of("float".equals(format) ? NumberFormat.FLOAT : NumberFormat.DOUBLE));
            case "boolean":
                return new Prim(BooleanType.INSTANCE);
            case "buffer":
                return new Prim(BufferType.INSTANCE);
            case "object":
                return new Prim(FreeFormObjectType.INSTANCE);
            default: // "array" without items
                sink.error(Messages.ARRAY_WITHOUT_ITEMS, path, m.entry("type").get().value());
                return new Invalid();
        }
    }

    private static List<String> validFormats(String type) {
        if (type == null) {
            return List.of();
        }
        switch (type) {
            case "string":
                return List.of("date-time", "byte");
            case "number":
                return List.of("float", "double");
            case "integer":
                return List.of("uint8", "int8", "uint16", "int16", "uint32", "int32", "uint64", "int64");
            default:
                return List.of();
        }
    }

    private List<FieldDecl> parseFields(Node.Map props, String path, Set<String> required,
            Supplier<String> ownerBase) {
        List<String> names = new ArrayList<>();
        for (Node.Entry e : props.entries()) {
            names.add(e.name());
        }
        List<String> javaNames = JavaNames.uniqueNames(names, JavaNames::memberName);
        List<FieldDecl> fields = new ArrayList<>();
        for (int i = 0; i < props.entries().size(); i++) {
            Node.Entry e = props.entries().get(i);
            String fieldPath = path + "/properties/" + e.name();
            checkIdentifier(e.name(), fieldPath, e.key());
            if (!javaNames.get(i).equals(e.name())) {
                sink.warning(Messages.javaKeywordWarning(e.name(), javaNames.get(i)), fieldPath, e.key());
            }
            Typed t = parseTyped(e.value(), fieldPath, Role.PROPERTY,
                    () -> ownerBase.get() + JavaNames.pascalCase(e.name()));
            fields.add(new FieldDecl(e.name(), javaNames.get(i), e.key(), fieldPath, t.expr(),
                    required.contains(e.name()), t.nullable(), t.description()));
        }
        return List.copyOf(fields);
    }

    private Set<String> parseRequired(Node node, String path, Node.Map props) {
        Node value = present(node, path, "required");
        if (value == null) {
            return Set.of();
        }
        if (!(value instanceof Node.Seq seq)) {
            sink.error(Messages.expected("a sequence", value.kindName()), path + "/required", value);
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < seq.items().size(); i++) {
            Node item = seq.items().get(i);
            if (!(item instanceof Node.Scalar s) || s.isNull()) {
                sink.error(Messages.expected("a string", item.kindName()), path + "/required/" + i, item);
                continue;
            }
            names.add(s.text());
            if (props == null || props.entry(s.text()).isEmpty()) {
                sink.error(Messages.requiredNotDefined(s.text()), path, item);
            }
        }
        return names;
    }

    private List<String> parseEnumValues(Node enumNode, String path) {
        String enumPath = path + "/enum";
        if (!(enumNode instanceof Node.Seq seq)) {
            sink.error(Messages.expected("a sequence", enumNode.kindName()), enumPath, enumNode);
            return null;
        }
        if (seq.items().isEmpty()) {
            sink.error(Messages.EMPTY_ENUM, enumPath, enumNode);
        }
        List<String> values = new ArrayList<>();
        for (Node item : seq.items()) {
            if (!(item instanceof Node.Scalar s) || s.kind() != Node.ScalarKind.STRING) {
                sink.error(Messages.enumItemNotString(Js.toString(item)), enumPath, item);
                continue;
            }
            checkIdentifier(s.text(), enumPath, item);
            if (values.contains(s.text())) {
                sink.error(Messages.duplicateEnumValue(s.text()), enumPath, item);
                continue;
            }
            values.add(s.text());
        }
        return values;
    }

    private TypeExpr parseRef(Node refNode, String path) {
        String refPath = path + "/$ref";
        if (!(refNode instanceof Node.Scalar s) || s.kind() != Node.ScalarKind.STRING) {
            sink.error(Messages.expected("a string", refNode.kindName()), refPath, refNode);
            return new Invalid();
        }
        String ref = s.text();
        String[] parts = ref.split("/", -1);
        if (parts.length >= 3 && parts[0].equals("#") && parts[1].equals("components") && parts[2].equals("schemas")) {
            String name = parts.length > 3 ? parts[3] : "undefined";
            if (!componentNames.contains(name)) {
                sink.error(Messages.refNotFound(ref, name, componentNames), refPath, refNode);
                return new Invalid();
            }
            if (parts.length > 4) {
                if (strict()) {
                    sink.error(Messages.invalidRef(ref), refPath, refNode);
                } else {
                    sink.warning(Messages.refTrailingSegments(ref), refPath, refNode);
                }
            }
            return new Ref(name, refNode);
        }
        sink.error(Messages.invalidRef(ref), refPath, refNode);
        return new Invalid();
    }

    // =================================================================== keys

    private static final List<String> TYPED_KEYS = List.of("type", "format", "items", "additionalProperties",
            "nullable", "description", "$ref", "enum", "properties");
    private static final List<String> PARAMETER_KEYS = plus(TYPED_KEYS, "contentType");
    private static final List<String> COMPONENT_KEYS = plus(TYPED_KEYS, "required");

    private static List<String> plus(List<String> list, String extra) {
        List<String> result = new ArrayList<>(list);
        result.add(extra);
        return List.copyOf(result);
    }

    private void checkTypedKeys(Node.Map m, String path, Role role) {
        List<String> allowed;
        if (!strict()) {
            allowed = role == Role.PARAMETER ? PARAMETER_KEYS : role == Role.COMPONENT ? COMPONENT_KEYS : TYPED_KEYS;
        } else {
            allowed = strictTypedKeys(m, role);
            if (allowed == null) {
                return; // reported as a disallowed kind of component schema
            }
        }
        for (Node.Entry e : m.entries()) {
            String k = e.name();
            if (allowed.contains(k)) {
                continue;
            }
            if (strict()) {
                boolean reportedElsewhere = (k.equals("enum") && role != Role.COMPONENT)
                        || (k.equals("items") && role == Role.ARRAY_ITEM)
                        || (k.equals("additionalProperties") && role == Role.MAP_VALUE)
                        || (k.equals("properties") && role != Role.COMPONENT);
                if (!reportedElsewhere) {
                    sink.error(Messages.unknownKeyStrict(k, allowed), path + "/" + k, e.key());
                }
            } else {
                sink.warning(Messages.unknownKeyIgnored(k), path + "/" + k, e.key());
            }
        }
    }

    /** The keys the production JSON Schema allows for the shape of this node (value, $ref or map). */
    private static List<String> strictTypedKeys(Node.Map m, Role role) {
        boolean isRef = m.entry("$ref").isPresent();
        boolean isMap = !isRef && m.entry("additionalProperties").isPresent();
        switch (role) {
            case COMPONENT:
                if (m.entry("properties").isPresent()) {
                    return List.of("properties", "description", "required");
                }
                if (m.entry("enum").isPresent()) {
                    return List.of("enum", "type", "description");
                }
                return null;
            case PARAMETER:
                return isRef ? List.of("$ref", "contentType", "description", "nullable")
                        : isMap ? List.of("additionalProperties", "contentType", "type", "description", "nullable")
                        : List.of("type", "contentType", "format", "nullable", "description", "items");
            case PROPERTY:
                return isRef ? List.of("$ref", "description", "nullable")
                        : isMap ? List.of("additionalProperties", "type", "description", "nullable")
                        : List.of("type", "format", "nullable", "description", "items");
            case MAP_VALUE:
                return isRef ? List.of("$ref", "nullable")
                        : isMap ? List.of("type", "nullable")
                        : List.of("type", "format", "nullable", "items");
            default: // ARRAY_ITEM
                return isRef ? List.of("$ref", "nullable")
                        : isMap ? List.of("type", "additionalProperties")
                        : List.of("type", "format", "nullable");
        }
    }

    private void checkKeys(Node.Map m, String path, Keys kind) {
        List<String> allowed;
        switch (kind) {
            case ROOT_V0:
                allowed = List.of("version", "exports");
                break;
            case ROOT_V1:
                allowed = List.of("version", "exports", "imports", "components", "schemas");
                break;
            case COMPONENTS:
                allowed = List.of("schemas");
                break;
            case EXPORT:
                allowed = List.of("description", "codeSamples", "input", "output");
                break;
            case IMPORT:
                allowed = strict() ? List.of("description", "input", "output")
                        : List.of("description", "codeSamples", "input", "output");
                break;
            default:
                allowed = List.of("lang", "source", "label");
                break;
        }
        String base = path.equals("#") ? "#/" : path + "/";
        for (Node.Entry e : m.entries()) {
            if (allowed.contains(e.name())) {
                continue;
            }
            if (strict()) {
                List<String> shown = kind == Keys.ROOT_V1
                        ? List.of("version", "exports", "imports", "components") : allowed;
                sink.error(Messages.unknownKeyStrict(e.name(), shown), base + e.name(), e.key());
            } else {
                sink.warning(Messages.unknownKeyIgnored(e.name()), base + e.name(), e.key());
            }
        }
    }

    // =================================================================== scalars and names

    private void checkIdentifier(String name, String path, Node at) {
        if (!IDENTIFIER.matcher(name).matches()) {
            sink.error(Messages.invalidIdentifier(name), path, at);
        }
        List<String> languages = Keywords.languagesReserving(name);
        if (!languages.isEmpty()) {
            sink.warning(Messages.keywordWarning(name, languages), path, at);
        }
    }

    private static boolean isNull(Node node) {
        return node instanceof Node.Scalar s && s.isNull();
    }

    /**
     * Treats an explicit YAML/JSON null like an absent key (as the reference parser's truthiness checks do); strict
     * mode reports it, since the production JSON Schema allows null nowhere.
     *
     * @param key the key under {@code parentPath} (null when {@code parentPath} is the node's own path); the path is
     *     only built when a problem is reported
     * @return the node, or null when absent or null
     */
    private Node present(Node node, String parentPath, String key) {
        if (node == null) {
            return null;
        }
        if (isNull(node)) {
            if (strict()) {
                sink.error(Messages.expected("a value", "null"), key == null ? parentPath : parentPath + "/" + key,
                        node);
            }
            return null;
        }
        return node;
    }

    /** @return the mapping; an empty mapping for null (outside strict mode); null after reporting another kind */
    private Node.Map mapOrEmpty(Node node, String path) {
        if (node instanceof Node.Map m) {
            return m;
        }
        if (isNull(node) && !strict()) {
            return new Node.Map(node.line(), node.column(), List.of());
        }
        sink.error(Messages.expected("a mapping", node.kindName()), path, node);
        return null;
    }

    private boolean readBool(Node node, String parentPath, String key) {
        Node value = present(node, parentPath, key);
        if (value == null) {
            return false;
        }
        if (value instanceof Node.Scalar s && s.kind() == Node.ScalarKind.BOOL) {
            return s.text().equalsIgnoreCase("true");
        }
        sink.error(Messages.expected("a boolean", value.kindName()), parentPath + "/" + key, value);
        return false;
    }

    private Optional<String> readString(Node node, String parentPath, String key) {
        Node value = present(node, parentPath, key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Node.Scalar s && (s.kind() == Node.ScalarKind.STRING || !strict())) {
            return Optional.of(s.text());
        }
        sink.error(Messages.expected("a string", value.kindName()), parentPath + "/" + key, value);
        return Optional.empty();
    }
}
