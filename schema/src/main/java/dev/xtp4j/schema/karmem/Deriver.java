package dev.xtp4j.schema.karmem;

import dev.xtp4j.karmem.KarmemSchemaException;
import dev.xtp4j.karmem.schema.Declaration;
import dev.xtp4j.karmem.schema.EnumDecl;
import dev.xtp4j.karmem.schema.FieldType;
import dev.xtp4j.karmem.schema.KarmemSchema;
import dev.xtp4j.karmem.schema.ScalarType;
import dev.xtp4j.karmem.schema.StructDecl;
import dev.xtp4j.karmem.schema.StructKind;
import dev.xtp4j.karmem.schema.Tag;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.model.ArrayType;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.EnumValue;
import dev.xtp4j.schema.model.Field;
import dev.xtp4j.schema.model.IntegerFormat;
import dev.xtp4j.schema.model.IntegerType;
import dev.xtp4j.schema.model.MapType;
import dev.xtp4j.schema.model.NamedType;
import dev.xtp4j.schema.model.NumberFormat;
import dev.xtp4j.schema.model.NumberType;
import dev.xtp4j.schema.model.ObjectType;
import dev.xtp4j.schema.model.Parameter;
import dev.xtp4j.schema.model.XtpFunction;
import dev.xtp4j.schema.model.XtpType;
import dev.xtp4j.schema.naming.KarmemNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives a Karmem schema from an XTP schema (the rules are in {@code docs/karmem.md}, section "XTP → Karmem
 * mapping"). One use: {@code new Deriver(schema, pkg).derive()}.
 */
final class Deriver {
    static final String NAME_TAG = "xtp.name";
    static final String KIND_TAG = "xtp.kind";
    static final String VALUES_TAG = "xtp.values";
    /** The field of an object without properties (Karmem structs need one). */
    static final String PLACEHOLDER = "XtpPlaceholder";

    private final XtpSchema schema;
    private final String packageName;
    private final List<String> problems = new ArrayList<>();
    private final List<Declaration> declarations = new ArrayList<>();
    private final Set<String> usedNames = new HashSet<>();
    private final Map<String, String> namedTypeNames = new HashMap<>();
    private final Map<String, Shape> namedShapes = new HashMap<>();
    private final Map<String, String> wrappers = new HashMap<>();
    private final Map<String, KarmemDerivation.Root> inputs = new LinkedHashMap<>();
    private final Map<String, KarmemDerivation.Root> outputs = new LinkedHashMap<>();
    private final Map<String, KarmemDerivation.Root> importInputs = new LinkedHashMap<>();
    private final Map<String, KarmemDerivation.Root> importOutputs = new LinkedHashMap<>();

    Deriver(XtpSchema schema, String packageName) {
        this.schema = schema;
        this.packageName = packageName;
    }

    KarmemDerivation derive() {
        reserveNamedTypes();
        if (problems.isEmpty()) {
            for (NamedType t : schema.allNamedTypes()) {
                shape(t);
            }
            for (XtpFunction f : schema.exports()) {
                roots(f, inputs, outputs);
            }
            for (XtpFunction f : schema.imports()) {
                roots(f, importInputs, importOutputs);
            }
        }
        if (!problems.isEmpty()) {
            throw new KarmemDerivationException(problems);
        }
        KarmemSchema.Builder b = KarmemSchema.builder(packageName).packed(true);
        declarations.forEach(b::declare);
        KarmemSchema km;
        try {
            km = b.build();
        } catch (KarmemSchemaException e) {
            // A derivation that breaks the .km rules is a bug here, not a problem of the schema.
            throw new IllegalStateException("derived an invalid Karmem schema: " + e.getMessage(), e);
        }
        return new KarmemDerivation(km, namedShapes, inputs, outputs, importInputs, importOutputs);
    }

    // ------------------------------------------------------------------------------------------ names

    private void reserveNamedTypes() {
        Map<String, String> owner = new HashMap<>();
        for (NamedType t : schema.allNamedTypes()) {
            XtpType r = t.resolved();
            if (!(t instanceof ObjectType) && !(t instanceof EnumType)) {
                continue; // aliases have no declaration of their own
            }
            Optional<String> name = t instanceof EnumType ? KarmemNames.enumName(t.name()) : KarmemNames.name(t.name());
            if (name.isEmpty()) {
                problems.add((r instanceof EnumType ? "enum " : "object ") + t.name() + ": "
                        + (t instanceof EnumType ? "a Karmem enum name has letters only (no digits, no leading "
                        + "_ or $); rename the enum" : "no Karmem name (it must start with a letter); rename it"));
                continue;
            }
            String previous = owner.putIfAbsent(name.get(), t.name());
            if (previous != null) {
                problems.add("types " + previous + " and " + t.name() + " both map to the Karmem name " + name.get()
                        + "; rename one of them");
                continue;
            }
            namedTypeNames.put(t.name(), name.get());
            usedNames.add(name.get());
        }
    }

    /** A free name for a derived struct: the proposal, or the proposal with 2, 3, ... appended. */
    private String freeName(String proposal) {
        String name = proposal;
        for (int i = 2; usedNames.contains(name); i++) {
            name = proposal + i;
        }
        usedNames.add(name);
        return name;
    }

    /** Declares a wrapper struct once per structural key and returns its name. */
    private String wrapper(String key, String proposal, java.util.function.Function<String, StructDecl> make) {
        String done = wrappers.get(key);
        if (done != null) {
            return done;
        }
        String name = freeName(proposal);
        wrappers.put(key, name);
        declarations.add(make.apply(name));
        return name;
    }

    // ------------------------------------------------------------------------------------------ shapes

    private Shape shape(XtpType declared) {
        XtpType t = declared.resolved();
        switch (t.kind()) {
            case STRING:
                return new Shape.Text();
            case BYTE_STRING:
            case BUFFER:
                return new Shape.Bytes(t);
            case BOOLEAN:
                return new Shape.Scalar(t, ScalarType.BOOL);
            case INTEGER:
                return new Shape.Scalar(t, scalar(((IntegerType) t).format()));
            case NUMBER:
                return new Shape.Scalar(t, ((NumberType) t).format() == NumberFormat.FLOAT ? ScalarType.FLOAT32
                        : ScalarType.FLOAT64);
            case DATE_TIME:
                return new Shape.DateTime(wrapper("datetime", "DateTime", n -> StructDecl.builder(n, StructKind.INLINE)
                        .tag(KIND_TAG, "datetime").field(Shape.UNIX_MICROS, ScalarType.INT64).build()));
            case FREE_FORM_OBJECT:
                return new Shape.Json(wrapper("json", "Json", n -> StructDecl.builder(n, StructKind.INLINE)
                        .tag(KIND_TAG, "json").field(Shape.TEXT, FieldType.string()).build()));
            case ARRAY:
                ArrayType a = (ArrayType) t;
                Shape.Slot item = slot(a.items(), a.nullableItems(), false);
                if (item.levels() == 0 && Shape.direct(item.base())) {
                    return new Shape.Sequence(a, item, null);
                }
                String itemName = shapeName(a.items()) + (a.nullableItems() ? "Option" : "") + "Item";
                String box = wrapper("item:" + key(item), itemName, n -> StructDecl.builder(n, StructKind.INLINE)
                        .tag(KIND_TAG, "item").field(Shape.VALUE, item.fieldType()).build());
                return new Shape.Sequence(a, item, box);
            case MAP:
                MapType m = (MapType) t;
                Shape.Slot value = slot(m.values(), m.nullableValues(), false);
                String entryName = shapeName(m.values()) + (m.nullableValues() ? "Option" : "") + "Entry";
                String entry = wrapper("entry:" + key(value), entryName, n -> StructDecl.builder(n, StructKind.INLINE)
                        .tag(KIND_TAG, "entry").field(Shape.KEY, FieldType.string())
                        .field(Shape.VALUE, value.fieldType()).build());
                return new Shape.Entries(m, value, entry);
            case ENUM:
                return enumShape((EnumType) t);
            default:
                return objectShape((ObjectType) t);
        }
    }

    private static ScalarType scalar(IntegerFormat f) {
        switch (f) {
            case INT8:
                return ScalarType.INT8;
            case UINT8:
                return ScalarType.UINT8;
            case INT16:
                return ScalarType.INT16;
            case UINT16:
                return ScalarType.UINT16;
            case INT32:
                return ScalarType.INT32;
            case UINT32:
                return ScalarType.UINT32;
            case INT64:
                return ScalarType.INT64;
            default:
                return ScalarType.UINT64;
        }
    }

    /** A place of a type: the base shape and one option box per level of nullable and optional. */
    private Shape.Slot slot(XtpType type, boolean nullable, boolean optional) {
        Shape base = shape(type);
        int levels = (nullable ? 1 : 0) + (optional ? 1 : 0);
        List<String> options = new ArrayList<>();
        FieldType inner = base.fieldType();
        String name = shapeName(type);
        String key = key(base);
        for (int i = 0; i < levels; i++) {
            name = name + "Option";
            key = "option:" + key;
            FieldType value = inner;
            String box = wrapper(key, name, n -> StructDecl.builder(n, StructKind.INLINE).tag(KIND_TAG, "option")
                    .field(Shape.VALUE, value).build());
            options.add(box);
            inner = FieldType.limitedSlice(1, new dev.xtp4j.karmem.schema.NamedType(box));
        }
        return new Shape.Slot(base, nullable, optional, List.copyOf(options));
    }

    /** A structural key for sharing wrappers: equal keys, equal Karmem types. */
    private static String key(Shape.Slot s) {
        return s.fieldType().toKm();
    }

    private static String key(Shape s) {
        return s.fieldType().toKm();
    }

    /** A readable name for a type, used to name the wrappers around it. */
    private String shapeName(XtpType declared) {
        XtpType t = declared.resolved();
        switch (t.kind()) {
            case STRING:
                return "String";
            case BYTE_STRING:
                return "ByteString";
            case BUFFER:
                return "Buffer";
            case DATE_TIME:
                return "DateTime";
            case BOOLEAN:
                return "Bool";
            case INTEGER:
                String f = ((IntegerType) t).format().wireName();
                return Character.toUpperCase(f.charAt(0)) + f.substring(1);
            case NUMBER:
                return ((NumberType) t).format() == NumberFormat.FLOAT ? "Float" : "Double";
            case ARRAY:
                ArrayType a = (ArrayType) t;
                return shapeName(a.items()) + (a.nullableItems() ? "Option" : "") + "List";
            case MAP:
                MapType m = (MapType) t;
                return shapeName(m.values()) + (m.nullableValues() ? "Option" : "") + "Map";
            case FREE_FORM_OBJECT:
                return "Json";
            default:
                return namedTypeNames.getOrDefault(((NamedType) t).name(), "Type");
        }
    }

    private Shape enumShape(EnumType e) {
        Shape done = namedShapes.get(e.name());
        if (done != null) {
            return done;
        }
        String name = namedTypeNames.get(e.name());
        int n = e.values().size();
        ScalarType base = n <= 256 ? ScalarType.UINT8 : n <= 65_536 ? ScalarType.UINT16 : ScalarType.UINT32;
        EnumDecl.Builder b = EnumDecl.builder(name, base).tag(NAME_TAG, e.name())
                .tag(VALUES_TAG, String.join(",", e.wireValues()));
        Map<String, String> owner = new HashMap<>();
        for (EnumValue v : e.values()) {
            Optional<String> entry = KarmemNames.name(v.value());
            if (entry.isEmpty()) {
                problems.add("enum " + e.name() + ": value " + v.value() + " has no Karmem name (it must start with "
                        + "a letter)");
                continue;
            }
            String previous = owner.putIfAbsent(entry.get(), v.value());
            if (previous != null) {
                problems.add("enum " + e.name() + ": values " + previous + " and " + v.value()
                        + " both map to the Karmem entry " + entry.get() + "; rename one of them");
                continue;
            }
            b.entry(entry.get());
        }
        Shape s = new Shape.Enum(e, name);
        namedShapes.put(e.name(), s);
        if (owner.size() == n) {
            declarations.add(b.build());
        }
        return s;
    }

    private Shape objectShape(ObjectType o) {
        Shape done = namedShapes.get(o.name());
        if (done != null) {
            return done;
        }
        String name = namedTypeNames.get(o.name());
        List<Shape.FieldShape> fields = new ArrayList<>();
        Map<String, String> owner = new HashMap<>();
        for (Field f : o.fields()) {
            Optional<String> fieldName = KarmemNames.name(f.name());
            if (fieldName.isEmpty()) {
                problems.add("object " + o.name() + ": property " + f.name() + " has no Karmem name (it must start "
                        + "with a letter)");
                continue;
            }
            String previous = owner.putIfAbsent(fieldName.get(), f.name());
            if (previous != null) {
                problems.add("object " + o.name() + ": properties " + previous + " and " + f.name()
                        + " both map to the Karmem field " + fieldName.get() + "; rename one of them");
                continue;
            }
            fields.add(new Shape.FieldShape(f, fieldName.get(), slot(f.type(), f.nullable(), !f.required())));
        }
        StructDecl.Builder b = StructDecl.builder(name, StructKind.TABLE).tag(NAME_TAG, o.name());
        if (fields.isEmpty()) {
            b.field(PLACEHOLDER, FieldType.of(ScalarType.BOOL), new Tag(KIND_TAG, "placeholder"));
        }
        for (Shape.FieldShape f : fields) {
            b.field(f.name(), f.slot().fieldType(), new Tag(NAME_TAG, f.field().name()));
        }
        Shape s = new Shape.Table(o, name, List.copyOf(fields));
        namedShapes.put(o.name(), s);
        declarations.add(b.build());
        return s;
    }

    // ------------------------------------------------------------------------------------------ function roots

    private void roots(XtpFunction f, Map<String, KarmemDerivation.Root> in, Map<String, KarmemDerivation.Root> out) {
        f.input().ifPresent(p -> in.put(f.name(), root(f, p, "Input")));
        f.output().ifPresent(p -> out.put(f.name(), root(f, p, "Output")));
    }

    private KarmemDerivation.Root root(XtpFunction f, Parameter p, String suffix) {
        XtpType t = p.type().resolved();
        if (t instanceof ObjectType o && !p.nullable()) {
            Shape.Table table = (Shape.Table) objectShape(o);
            return new KarmemDerivation.Root(table.struct(), p.type(), false, new Shape.Slot(table, false, false,
                    List.of()), false);
        }
        Shape.Slot slot = slot(p.type(), p.nullable(), false);
        Optional<String> fn = KarmemNames.name(f.name());
        String name = freeName(fn.orElse("Function") + suffix);
        declarations.add(StructDecl.builder(name, StructKind.TABLE).tag(KIND_TAG, "root").tag(NAME_TAG, f.name())
                .field(Shape.VALUE, slot.fieldType()).build());
        return new KarmemDerivation.Root(name, p.type(), p.nullable(), slot, true);
    }

}
