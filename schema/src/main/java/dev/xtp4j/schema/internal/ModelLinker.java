package dev.xtp4j.schema.internal;

import dev.xtp4j.schema.SchemaVersion;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.internal.Decls.Arr;
import dev.xtp4j.schema.internal.Decls.ComponentDecl;
import dev.xtp4j.schema.internal.Decls.ComponentKind;
import dev.xtp4j.schema.internal.Decls.FieldDecl;
import dev.xtp4j.schema.internal.Decls.FunctionDecl;
import dev.xtp4j.schema.internal.Decls.InlineEnum;
import dev.xtp4j.schema.internal.Decls.InlineEnumDecl;
import dev.xtp4j.schema.internal.Decls.MapOf;
import dev.xtp4j.schema.internal.Decls.ParamDecl;
import dev.xtp4j.schema.internal.Decls.Prim;
import dev.xtp4j.schema.internal.Decls.Ref;
import dev.xtp4j.schema.internal.Decls.TypeExpr;
import dev.xtp4j.schema.model.AliasType;
import dev.xtp4j.schema.model.ArrayType;
import dev.xtp4j.codec.ContentType;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.EnumValue;
import dev.xtp4j.schema.model.Field;
import dev.xtp4j.schema.model.FreeFormObjectType;
import dev.xtp4j.schema.model.MapType;
import dev.xtp4j.schema.model.NamedType;
import dev.xtp4j.schema.model.ObjectType;
import dev.xtp4j.schema.model.Parameter;
import dev.xtp4j.schema.model.XtpFunction;
import dev.xtp4j.schema.model.XtpType;
import dev.xtp4j.schema.naming.CNames;
import dev.xtp4j.schema.naming.JavaNames;
import dev.xtp4j.schema.naming.WaveNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns validated declarations into model objects. Runs only when there is no error, so every reference resolves
 * and there is no cycle; each named type is built once, which gives {@code $ref} identity.
 */
final class ModelLinker {

    private final Map<String, ComponentDecl> components;
    private final List<InlineEnumDecl> inlineEnums;
    private final Sink sink;
    private final Map<String, NamedType> built = new HashMap<>();
    private final Set<String> building = new HashSet<>();
    private final Map<InlineEnumDecl, EnumType> builtInline = new IdentityHashMap<>();
    private final Map<Object, List<String>> cNames = new IdentityHashMap<>();

    ModelLinker(Map<String, ComponentDecl> components, List<InlineEnumDecl> inlineEnums, Sink sink) {
        this.components = components;
        this.inlineEnums = inlineEnums;
        this.sink = sink;
    }

    XtpSchema link(List<FunctionDecl> exports, List<FunctionDecl> imports) {
        // C enumerators share one namespace: assign them in a fixed order, independent of the linking order.
        Set<String> usedC = new HashSet<>();
        for (ComponentDecl c : components.values()) {
            if (c.kind == ComponentKind.ENUM) {
                cNames.put(c, CNames.uniqueEnumerators(c.name, c.enumValues, usedC));
            }
        }
        for (InlineEnumDecl d : inlineEnums) {
            cNames.put(d, CNames.uniqueEnumerators(d.name, d.values, usedC));
        }
        List<NamedType> types = new ArrayList<>();
        for (String name : components.keySet()) {
            types.add(named(name));
        }
        List<EnumType> hoisted = new ArrayList<>();
        for (InlineEnumDecl d : inlineEnums) {
            hoisted.add(inline(d));
        }
        return new XtpSchema(SchemaVersion.V1_DRAFT, functions(exports), functions(imports), types, hoisted);
    }

    private List<XtpFunction> functions(List<FunctionDecl> decls) {
        List<XtpFunction> result = new ArrayList<>();
        for (FunctionDecl f : decls) {
            result.add(new XtpFunction(f.name(), f.javaName(), f.description(), f.input().map(this::parameter),
                    f.output().map(this::parameter), f.codeSamples()));
        }
        return result;
    }

    private Parameter parameter(ParamDecl p) {
        XtpType type = resolve(p.type());
        p.mediaType().ifPresent(media -> checkContentType(media.contentType(), type, p));
        return new Parameter(type, p.nullable() || refNullable(p.type()), p.mediaType(), p.description());
    }

    private void checkContentType(ContentType contentType, XtpType type, ParamDecl p) {
        XtpType.Kind kind = type.resolved().kind();
        if (contentType == ContentType.TEXT && kind != XtpType.Kind.STRING && kind != XtpType.Kind.BYTE_STRING
                && kind != XtpType.Kind.DATE_TIME && kind != XtpType.Kind.ENUM) {
            sink.warning(Messages.textContentTypeMismatch(type.display()), p.path(), p.contentTypeAt());
        }
        if (contentType == ContentType.BINARY && kind != XtpType.Kind.BUFFER) {
            sink.warning(Messages.binaryContentTypeMismatch(type.display()), p.path(), p.contentTypeAt());
        }
    }

    /** A use of a component schema is nullable when the schema itself says {@code nullable: true}. */
    private boolean refNullable(TypeExpr expr) {
        if (!(expr instanceof Ref ref)) {
            return false;
        }
        ComponentDecl c = components.get(ref.name());
        return c.nullable || (c.kind == ComponentKind.ALIAS && refNullable(c.aliasOf));
    }

    private XtpType resolve(TypeExpr expr) {
        if (expr instanceof Prim p) {
            return p.type();
        }
        if (expr instanceof Ref r) {
            return named(r.name());
        }
        if (expr instanceof Arr a) {
            return new ArrayType(resolve(a.items()), a.nullableItems() || refNullable(a.items()));
        }
        if (expr instanceof MapOf m) {
            return new MapType(resolve(m.values()), m.nullableValues() || refNullable(m.values()));
        }
        if (expr instanceof InlineEnum e) {
            return inline(e.decl());
        }
        sink.error(Messages.internalError("unresolved type " + expr), "#", 1, 1);
        return FreeFormObjectType.INSTANCE;
    }

    private NamedType named(String name) {
        NamedType existing = built.get(name);
        if (existing != null) {
            return existing;
        }
        ComponentDecl c = components.get(name);
        if (!building.add(name)) {
            sink.error(Messages.internalError("undetected cycle through " + name), c.path, c.key);
            return new AliasType(name, c.javaName, c.description, FreeFormObjectType.INSTANCE);
        }
        NamedType type;
        switch (c.kind) {
            case OBJECT: {
                List<Field> fields = new ArrayList<>();
                for (FieldDecl f : c.fields) {
                    fields.add(new Field(f.name(), f.javaName(), resolve(f.type()), f.required(),
                            f.nullable() || refNullable(f.type()), f.description()));
                }
                type = new ObjectType(name, c.javaName, c.description, fields);
                break;
            }
            case ENUM:
                type = new EnumType(name, c.javaName, c.description, values(c.enumValues, cNames.get(c)));
                break;
            default:
                type = new AliasType(name, c.javaName, c.description, resolve(c.aliasOf));
                break;
        }
        building.remove(name);
        built.put(name, type);
        return type;
    }

    private EnumType inline(InlineEnumDecl d) {
        EnumType existing = builtInline.get(d);
        if (existing == null) {
            existing = new EnumType(d.name, JavaNames.typeName(d.name), Optional.empty(),
                    values(d.values, cNames.get(d)));
            builtInline.put(d, existing);
        }
        return existing;
    }

    private static List<EnumValue> values(List<String> wire, List<String> cEnumerators) {
        List<String> java = JavaNames.uniqueConstants(wire);
        List<String> wave = WaveNames.uniqueLabels(wire);
        List<EnumValue> result = new ArrayList<>();
        for (int i = 0; i < wire.size(); i++) {
            result.add(new EnumValue(wire.get(i), java.get(i), cEnumerators.get(i), wave.get(i)));
        }
        return result;
    }
}
