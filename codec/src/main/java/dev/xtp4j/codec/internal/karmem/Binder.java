package dev.xtp4j.codec.internal.karmem;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xtp4j.karmem.layout.FieldKind;
import dev.xtp4j.karmem.layout.FieldLayout;
import dev.xtp4j.karmem.layout.StructLayout;
import dev.xtp4j.karmem.schema.ScalarType;
import dev.xtp4j.karmem.schema.Tag;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the binding of a Java type to a Karmem struct, once, by reflection. The rules are those of
 * {@code docs/codecs.md} ("Karmem and Java types"): records bind field by field (by the XTP name in
 * {@code @xtp.name}, the field name, or the same letters ignoring case and separators); a struct with a single field
 * is transparent when the Java type does not model it (boxes, wrappers, {@code Data} references); slices bind to
 * lists, arrays, maps (slices of key-value entries), strings, bytes, free-form JSON text, or options
 * ({@code [<1]T}). Binding problems are {@link IllegalArgumentException}s that name the struct, the field and the
 * Java type.
 */
final class Binder {
    /** The tag on derived wrapper structs: {@code item}, {@code option}, {@code entry}, {@code root}, ... */
    static final String KIND_TAG = "xtp.kind";
    /** The tag that keeps an XTP name on a struct or field. */
    static final String NAME_TAG = "xtp.name";
    private static final Set<String> WRAPPER_KINDS = Set.of("item", "option", "root", "datetime", "json");

    private final ObjectMapper mapper;
    private final Map<StructLayout, Map<Type, StructBinding>> cache = new HashMap<>();

    Binder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    StructBinding struct(StructLayout s, Type type) {
        Map<Type, StructBinding> byType = cache.computeIfAbsent(s, k -> new HashMap<>());
        StructBinding done = byType.get(type);
        if (done == null) {
            done = bindStruct(s, type);
            byType.put(type, done);
        }
        return done;
    }

    private StructBinding bindStruct(StructLayout s, Type type) {
        Class<?> raw = JavaTypes.raw(type);
        String kind = Tag.find(s.decl().tags(), KIND_TAG).map(Tag::value).orElse("");
        boolean wrapper = WRAPPER_KINDS.contains(kind);
        if (!wrapper && raw.isRecord()) {
            List<String> unmatched = new ArrayList<>();
            StructBinding record = bindRecord(s, raw, unmatched);
            if (record != null) {
                return record;
            }
            if (s.fields().size() != 1) {
                throw new IllegalArgumentException("struct " + s.name() + ": record " + raw.getSimpleName()
                        + " has components " + unmatched + " that match no field of " + s.name() + " "
                        + fieldNames(s));
            }
        }
        if (s.fields().size() == 1) {
            return new StructBinding.Transparent(s, field(s.fields().get(0), type));
        }
        throw new IllegalArgumentException("struct " + s.name() + " has " + s.fields().size() + " fields "
                + fieldNames(s) + "; bind it to a record with components named like them, not to "
                + JavaTypes.name(type));
    }

    private StructBinding bindRecord(StructLayout s, Class<?> type, List<String> unmatched) {
        RecordComponent[] components = type.getRecordComponents();
        List<FieldLayout> matched = new ArrayList<>();
        for (RecordComponent c : components) {
            FieldLayout f = match(s, xtpName(c));
            if (f == null) {
                unmatched.add(xtpName(c));
            } else if (matched.contains(f)) {
                throw new IllegalArgumentException("struct " + s.name() + ": two components of record "
                        + type.getSimpleName() + " match field " + f.name());
            }
            matched.add(f);
        }
        if (!unmatched.isEmpty()) {
            return null;
        }
        List<FieldBinding> fields = new ArrayList<>();
        List<MethodHandle> accessors = new ArrayList<>();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                FieldLayout f = matched.get(i);
                if (c.getType().isPrimitive() && mayBeAbsent(f)) {
                    throw new IllegalArgumentException(f.structName() + "." + f.name() + " ("
                            + f.decl().type().toKm() + ") may be absent; record component " + type.getSimpleName()
                            + "." + c.getName() + " is a primitive " + c.getType() + ", use its boxed type");
                }
                fields.add(field(f, c.getGenericType()));
                Method accessor = c.getAccessor();
                accessor.setAccessible(true);
                accessors.add(lookup.unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class)));
                parameterTypes[i] = c.getType();
            }
            Constructor<?> ctor = type.getDeclaredConstructor(parameterTypes);
            ctor.setAccessible(true);
            MethodHandle constructor = lookup.unreflectConstructor(ctor)
                    .asSpreader(Object[].class, components.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
            return new StructBinding.Record(s, type, fields, accessors, constructor);
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw (IllegalArgumentException) e;
            }
            throw new IllegalArgumentException("record " + type.getName() + " cannot be used: " + e, e);
        }
    }

    private static boolean mayBeAbsent(FieldLayout f) {
        return f.kind() == FieldKind.LIMITED_SLICE && f.length() == 1;
    }

    private static String xtpName(RecordComponent c) {
        JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
        if (p == null) {
            try {
                java.lang.reflect.Field field = c.getDeclaringRecord().getDeclaredField(c.getName());
                p = field.getAnnotation(JsonProperty.class);
            } catch (NoSuchFieldException e) {
                p = null;
            }
        }
        return p != null && !p.value().isEmpty() ? p.value() : c.getName();
    }

    private static FieldLayout match(StructLayout s, String name) {
        for (FieldLayout f : s.fields()) {
            if (xtpName(f).equals(name) || f.name().equals(name)) {
                return f;
            }
        }
        String key = EnumTable.normalize(name);
        for (FieldLayout f : s.fields()) {
            if (EnumTable.normalize(xtpName(f)).equals(key) || EnumTable.normalize(f.name()).equals(key)) {
                return f;
            }
        }
        return null;
    }

    private static String xtpName(FieldLayout f) {
        return Tag.find(f.decl().tags(), NAME_TAG).map(Tag::value).orElse(f.name());
    }

    private static List<String> fieldNames(StructLayout s) {
        return s.fields().stream().map(FieldLayout::name).toList();
    }

    // ------------------------------------------------------------------------------------------ fields

    FieldBinding field(FieldLayout f, Type type) {
        String where = f.structName() + "." + f.name();
        switch (f.kind()) {
            case SCALAR:
                return new FieldBinding.Scalar(f, scalar(f.scalar(), null, type, where, f));
            case ENUM:
                Class<?> raw = JavaTypes.raw(type);
                EnumTable table = raw.isEnum() ? EnumTable.bind(f.enumDecl(), raw, mapper, where) : null;
                return new FieldBinding.Scalar(f, scalar(f.scalar(), table, type, where, f));
            case INLINE:
                return new FieldBinding.Inline(f, struct(f.target(), type));
            case TABLE:
                return new FieldBinding.Table(f, struct(f.target(), type));
            default:
                return sequence(f, type, where);
        }
    }

    private static ScalarElement scalar(ScalarType k, EnumTable table, Type type, String where, FieldLayout f) {
        ScalarElement e = ScalarElement.bind(k, table, type, where);
        if (e == null) {
            throw new IllegalArgumentException(where + " (" + f.decl().type().toKm() + ") cannot be bound to "
                    + JavaTypes.name(type));
        }
        return e;
    }

    private FieldBinding sequence(FieldLayout f, Type type, String where) {
        ScalarType es = f.scalar();
        StructLayout et = f.target();
        Class<?> raw = JavaTypes.raw(type);
        boolean slice = f.kind() != FieldKind.ARRAY;
        if (es == ScalarType.CHAR && slice) {
            if (raw == String.class || raw == CharSequence.class) {
                return new FieldBinding.Text(f);
            }
            if (JsonNode.class.isAssignableFrom(raw) || JavaTypes.isMap(type) || JavaTypes.isCollection(type)
                    || raw == Object.class) {
                return new FieldBinding.JsonText(f, mapper, mapper.constructType(type));
            }
        }
        if (raw == byte[].class && es != null && es.size() == 1 && es != ScalarType.BOOL) {
            return new FieldBinding.Bytes(f);
        }
        boolean option = f.kind() == FieldKind.LIMITED_SLICE && f.length() == 1;
        boolean optionTag = et != null && Tag.find(et.decl().tags(), KIND_TAG).map(Tag::value).orElse("")
                .equals("option");
        if (option && (JavaTypes.isOptional(type) || !JavaTypes.isContainer(type) || optionTag)) {
            return option(f, type, where);
        }
        if (JavaTypes.isMap(type)) {
            return map(f, type, where);
        }
        if (JavaTypes.isCollection(type)) {
            return new FieldBinding.Sequence(f, element(f, JavaTypes.argument(type, 0), where),
                    FieldBinding.Container.LIST, null);
        }
        if (raw.isArray()) {
            Class<?> component = raw.getComponentType();
            Type componentType = component.isPrimitive() ? component : JavaTypes.component(type);
            return new FieldBinding.Sequence(f, element(f, componentType, where),
                    component.isPrimitive() ? FieldBinding.Container.PRIMITIVE_ARRAY
                            : FieldBinding.Container.OBJECT_ARRAY, component);
        }
        throw new IllegalArgumentException(where + " (" + f.decl().type().toKm() + ") cannot be bound to "
                + JavaTypes.name(type) + ": use a List, an array, a Map (for a slice of key-value entries), "
                + "a String, byte[], or, for [<1]T, a nullable or Optional value");
    }

    private Element element(FieldLayout f, Type type, String where) {
        if (f.scalar() != null) {
            ScalarElement e = ScalarElement.bind(f.scalar(), null, type, where);
            if (e == null) {
                throw new IllegalArgumentException(where + ": elements " + f.scalar().kmName()
                        + " cannot be bound to " + JavaTypes.name(type));
            }
            return e;
        }
        return new StructBinding.AsElement(struct(f.target(), type));
    }

    private FieldBinding option(FieldLayout f, Type type, String where) {
        if (JavaTypes.isOptional(type)) {
            StructLayout et = f.target();
            boolean optionOfOption = et != null && et.fields().size() == 1
                    && et.fields().get(0).kind() == FieldKind.LIMITED_SLICE && et.fields().get(0).length() == 1;
            if (optionOfOption) {
                return new FieldBinding.Option(f, new StructBinding.AsElement(struct(et, type)),
                        FieldBinding.OptionMode.OPTIONAL_OF_OPTION);
            }
            return new FieldBinding.Option(f, element(f, JavaTypes.argument(type, 0), where),
                    FieldBinding.OptionMode.OPTIONAL);
        }
        if (JavaTypes.raw(type).isPrimitive()) {
            throw new IllegalArgumentException(where + " (" + f.decl().type().toKm() + ") may be absent; a "
                    + "primitive " + type + " cannot be, use its boxed type");
        }
        return new FieldBinding.Option(f, element(f, type, where), FieldBinding.OptionMode.NULLABLE);
    }

    private FieldBinding map(FieldLayout f, Type type, String where) {
        StructLayout entry = f.target();
        Class<?> keyType = JavaTypes.raw(JavaTypes.argument(type, 0));
        if (entry == null || entry.isTable() || entry.fields().size() != 2
                || entry.fields().get(0).scalar() != ScalarType.CHAR
                || entry.fields().get(0).kind() == FieldKind.ARRAY
                || !(keyType == String.class || keyType == Object.class)) {
            throw new IllegalArgumentException(where + " (" + f.decl().type().toKm() + ") cannot be bound to "
                    + JavaTypes.name(type) + ": a Map<String, V> binds to a slice of inline entry structs whose "
                    + "first field is the key ([]char) and second the value");
        }
        FieldBinding key = new FieldBinding.Text(entry.fields().get(0));
        FieldBinding value = field(entry.fields().get(1), JavaTypes.argument(type, 1));
        return new FieldBinding.MapEntries(f, key, value);
    }
}
