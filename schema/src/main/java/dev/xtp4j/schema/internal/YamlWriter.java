package dev.xtp4j.schema.internal;

import dev.xtp4j.schema.SchemaVersion;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.model.AliasType;
import dev.xtp4j.schema.model.ArrayType;
import dev.xtp4j.schema.model.BooleanType;
import dev.xtp4j.schema.model.BufferType;
import dev.xtp4j.schema.model.ByteStringType;
import dev.xtp4j.schema.model.CodeSample;
import dev.xtp4j.schema.model.DateTimeType;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.Field;
import dev.xtp4j.schema.model.FreeFormObjectType;
import dev.xtp4j.schema.model.IntegerType;
import dev.xtp4j.schema.model.MapType;
import dev.xtp4j.schema.model.NamedType;
import dev.xtp4j.schema.model.NumberType;
import dev.xtp4j.schema.model.ObjectType;
import dev.xtp4j.schema.model.Parameter;
import dev.xtp4j.schema.model.StringType;
import dev.xtp4j.schema.model.TypeVisitor;
import dev.xtp4j.schema.model.XtpFunction;
import dev.xtp4j.schema.model.XtpType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes a model back to XTP YAML ({@code v1-draft}, or {@code v0}). Reading the output again gives an equal model.
 *
 * <p>Component types are written under {@code components.schemas}; every use of a component is a {@code $ref};
 * hoisted inline enums are written inline where they are used (so that they are hoisted again to the same name);
 * integer and number formats are always explicit; content types keep their original spelling; multi-line strings are
 * written as literal blocks.
 */
public final class YamlWriter {

    private final XtpSchema schema;
    private final Set<NamedType> components = Collections.newSetFromMap(new IdentityHashMap<>());

    private YamlWriter(XtpSchema schema) {
        this.schema = schema;
        this.components.addAll(schema.types());
    }

    /**
     * Writes a schema as YAML.
     *
     * @param schema the schema
     * @return the YAML document
     */
    public static String write(XtpSchema schema) {
        return new YamlWriter(schema).dump();
    }

    private String dump() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", schema.version().wireName());
        if (schema.version() == SchemaVersion.V0) {
            root.put("exports", schema.exports().stream().map(XtpFunction::name).toList());
        } else {
            root.put("exports", functions(schema.exports()));
            if (!schema.imports().isEmpty()) {
                root.put("imports", functions(schema.imports()));
            }
            if (!schema.types().isEmpty()) {
                Map<String, Object> schemas = new LinkedHashMap<>();
                for (NamedType t : schema.types()) {
                    schemas.put(t.name(), definition(t));
                }
                root.put("components", Map.of("schemas", schemas));
            }
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        return new Yaml(new LiteralBlocks(options), options).dump(root);
    }

    /** Chooses literal block style for multi-line strings (the emitter falls back to quoting when it must). */
    private static final class LiteralBlocks extends Representer {
        LiteralBlocks(DumperOptions options) {
            super(options);
            this.representers.put(String.class, data -> {
                String s = (String) data;
                return representScalar(Tag.STR, s,
                        s.indexOf('\n') >= 0 ? DumperOptions.ScalarStyle.LITERAL : DumperOptions.ScalarStyle.PLAIN);
            });
        }
    }

    private Map<String, Object> functions(List<XtpFunction> functions) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (XtpFunction f : functions) {
            Map<String, Object> m = new LinkedHashMap<>();
            f.description().ifPresent(d -> m.put("description", d));
            if (!f.codeSamples().isEmpty()) {
                List<Object> samples = new ArrayList<>();
                for (CodeSample s : f.codeSamples()) {
                    Map<String, Object> sm = new LinkedHashMap<>();
                    sm.put("lang", s.lang());
                    s.label().ifPresent(l -> sm.put("label", l));
                    sm.put("source", s.source());
                    samples.add(sm);
                }
                m.put("codeSamples", samples);
            }
            f.input().ifPresent(p -> m.put("input", parameter(p)));
            f.output().ifPresent(p -> m.put("output", parameter(p)));
            result.put(f.name(), m);
        }
        return result;
    }

    private Map<String, Object> parameter(Parameter p) {
        Map<String, Object> m = use(p.type(), p.nullable(), p.description());
        p.mediaType().ifPresent(media -> m.put("contentType", media.text()));
        return m;
    }

    private Map<String, Object> definition(NamedType t) {
        Map<String, Object> m = new LinkedHashMap<>();
        t.description().ifPresent(d -> m.put("description", d));
        if (t instanceof ObjectType o) {
            List<String> required = o.fields().stream().filter(Field::required).map(Field::name).toList();
            if (!required.isEmpty()) {
                m.put("required", required);
            }
            Map<String, Object> props = new LinkedHashMap<>();
            for (Field f : o.fields()) {
                props.put(f.name(), use(f.type(), f.nullable(), f.description()));
            }
            m.put("properties", props);
        } else if (t instanceof EnumType e) {
            m.put("enum", e.wireValues());
        } else if (t instanceof AliasType a) {
            m.putAll(inline(a.target()));
        }
        return m;
    }

    /** The node for a type at a use site: a {@code $ref} for components, the definition otherwise. */
    private Map<String, Object> use(XtpType type, boolean nullable, Optional<String> description) {
        Map<String, Object> m = new LinkedHashMap<>();
        description.ifPresent(d -> m.put("description", d));
        m.putAll(inline(type));
        if (nullable) {
            m.put("nullable", true);
        }
        return m;
    }

    private Map<String, Object> inline(XtpType type) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (type instanceof NamedType named && components.contains(named)) {
            m.put("$ref", "#/components/schemas/" + named.name());
            return m;
        }
        type.accept(new TypeVisitor<Void>() {
            @Override
            public Void visitString(StringType t) {
                m.put("type", "string");
                return null;
            }

            @Override
            public Void visitByteString(ByteStringType t) {
                m.put("type", "string");
                m.put("format", "byte");
                return null;
            }

            @Override
            public Void visitDateTime(DateTimeType t) {
                m.put("type", "string");
                m.put("format", "date-time");
                return null;
            }

            @Override
            public Void visitBuffer(BufferType t) {
                m.put("type", "buffer");
                return null;
            }

            @Override
            public Void visitBoolean(BooleanType t) {
                m.put("type", "boolean");
                return null;
            }

            @Override
            public Void visitInteger(IntegerType t) {
                m.put("type", "integer");
                m.put("format", t.format().wireName());
                return null;
            }

            @Override
            public Void visitNumber(NumberType t) {
                m.put("type", "number");
                m.put("format", t.format().wireName());
                return null;
            }

            @Override
            public Void visitArray(ArrayType t) {
                m.put("type", "array");
                m.put("items", use(t.items(), t.nullableItems(), Optional.empty()));
                return null;
            }

            @Override
            public Void visitMap(MapType t) {
                m.put("type", "object");
                m.put("additionalProperties", use(t.values(), t.nullableValues(), Optional.empty()));
                return null;
            }

            @Override
            public Void visitFreeFormObject(FreeFormObjectType t) {
                m.put("type", "object");
                return null;
            }

            @Override
            public Void visitObject(ObjectType t) {
                throw new IllegalArgumentException("object type " + t.name() + " is not a component of the schema");
            }

            @Override
            public Void visitEnum(EnumType t) {
                m.put("type", "string");
                m.put("enum", t.wireValues());
                return null;
            }

            @Override
            public Void visitAlias(AliasType t) {
                throw new IllegalArgumentException("alias " + t.name() + " is not a component of the schema");
            }
        });
        return m;
    }
}
