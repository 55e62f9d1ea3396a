package dev.xtp4j.schema;

import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.NamedType;
import dev.xtp4j.schema.model.XtpFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed, validated XTP schema: the root of the normalized model.
 *
 * <p>Everything keeps document order: exports, imports, component types, fields and enum values. Equality is
 * structural, so a schema written with {@link XtpSchemas#toYaml(XtpSchema)} and read again equals the original.
 *
 * <pre>{@code
 * XtpSchema schema = XtpSchemas.parse(Path.of("schema.yaml"));
 * for (XtpFunction export : schema.exports()) {
 *     String in = export.input().map(p -> p.type().display()).orElse("(none)");
 *     System.out.println(export.name() + "(" + in + ")");
 * }
 * }</pre>
 *
 * @param version the document's version
 * @param exports the exported functions in document order
 * @param imports the imported (host) functions in document order
 * @param types the component schemas ({@code components.schemas}) in document order
 * @param inlineEnums the enums written inline and hoisted to named types, in discovery order (component schemas
 *     first, then exports, then imports)
 */
public record XtpSchema(SchemaVersion version, List<XtpFunction> exports, List<XtpFunction> imports,
        List<NamedType> types, List<EnumType> inlineEnums) {

    /**
     * Creates a schema.
     *
     * @param version the version
     * @param exports the exports (copied)
     * @param imports the imports (copied)
     * @param types the component types (copied)
     * @param inlineEnums the hoisted inline enums (copied)
     */
    public XtpSchema {
        Objects.requireNonNull(version, "version");
        exports = List.copyOf(exports);
        imports = List.copyOf(imports);
        types = List.copyOf(types);
        inlineEnums = List.copyOf(inlineEnums);
    }

    /**
     * Looks a named type up: a component schema, or else a hoisted inline enum.
     *
     * @param name the type name
     * @return the type, or empty
     */
    public Optional<NamedType> type(String name) {
        for (NamedType t : allNamedTypes()) {
            if (t.name().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Looks an export up by name.
     *
     * @param name the function name
     * @return the export, or empty
     */
    public Optional<XtpFunction> exportNamed(String name) {
        return exports.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * Looks an import up by name.
     *
     * @param name the function name
     * @return the import, or empty
     */
    public Optional<XtpFunction> importNamed(String name) {
        return imports.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * Returns every named type a generator has to emit: the component types, then the hoisted inline enums.
     *
     * @return the named types in a stable order
     */
    public List<NamedType> allNamedTypes() {
        List<NamedType> all = new ArrayList<>(types);
        all.addAll(inlineEnums);
        return List.copyOf(all);
    }

    /**
     * Tells whether a named type is one of this schema's component schemas (as opposed to a hoisted inline enum).
     *
     * @param type the type
     * @return {@code true} when the very instance is listed in {@link #types()}
     */
    public boolean isComponent(NamedType type) {
        for (NamedType t : types) {
            if (t == type) {
                return true;
            }
        }
        return false;
    }
}
