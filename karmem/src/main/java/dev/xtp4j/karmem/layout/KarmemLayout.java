package dev.xtp4j.karmem.layout;

import dev.xtp4j.karmem.KarmemSchemaException;
import dev.xtp4j.karmem.schema.Declaration;
import dev.xtp4j.karmem.schema.EnumDecl;
import dev.xtp4j.karmem.schema.FieldDecl;
import dev.xtp4j.karmem.schema.FieldType;
import dev.xtp4j.karmem.schema.KarmemSchema;
import dev.xtp4j.karmem.schema.NamedType;
import dev.xtp4j.karmem.schema.ScalarType;
import dev.xtp4j.karmem.schema.StructDecl;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layouts of all structs of a schema. Immutable and thread-safe; compute it once per schema and share it.
 *
 * <pre>{@code
 * KarmemLayout layout = KarmemLayout.of(schema);
 * StructLayout sample = layout.struct("Sample");
 * FieldLayout name = sample.field("Name");   // offset, size, element size, ...
 * }</pre>
 */
public final class KarmemLayout {
    /** The largest struct this implementation accepts: a Java array, and so a message, holds at most this. */
    public static final int MAX_SIZE = Integer.MAX_VALUE - 8;

    private final KarmemSchema schema;
    private final Map<String, StructLayout> structs;

    private KarmemLayout(KarmemSchema schema, Map<String, StructLayout> structs) {
        this.schema = schema;
        this.structs = structs;
    }

    /**
     * Computes the layouts of every struct of a schema.
     *
     * @param schema the schema
     * @return the layouts
     * @throws KarmemSchemaException if a struct would be larger than {@link #MAX_SIZE} bytes
     */
    public static KarmemLayout of(KarmemSchema schema) {
        Map<String, StructLayout> structs = new LinkedHashMap<>();
        Map<String, EnumDecl> enums = new LinkedHashMap<>();
        for (Declaration d : schema.declarations()) {
            if (d instanceof EnumDecl e) {
                enums.put(e.name(), e);
            } else {
                StructDecl s = (StructDecl) d;
                structs.put(s.name(), compute(schema, s, enums, structs));
            }
        }
        return new KarmemLayout(schema, Collections.unmodifiableMap(structs));
    }

    private static StructLayout compute(KarmemSchema schema, StructDecl s, Map<String, EnumDecl> enums,
            Map<String, StructLayout> structs) {
        boolean packed = schema.isPacked(s);
        boolean table = s.isTable();
        long offset = table ? 4 : 0;
        List<FieldLayout> fields = new ArrayList<>();
        for (int i = 0; i < s.fields().size(); i++) {
            FieldDecl f = s.fields().get(i);
            FieldType type = f.type();
            ScalarType scalar = null;
            EnumDecl enumDecl = null;
            StructLayout target = null;
            long elementSize;
            if (type.element() instanceof ScalarType st) {
                scalar = st;
                elementSize = st.size();
            } else {
                String name = ((NamedType) type.element()).name();
                enumDecl = enums.get(name);
                if (enumDecl != null) {
                    scalar = enumDecl.type();
                    elementSize = scalar.size();
                } else {
                    target = structs.get(name);
                    elementSize = target.total();
                }
            }
            FieldKind kind;
            long size;
            switch (type.shape()) {
                case ARRAY:
                    kind = FieldKind.ARRAY;
                    size = type.length() * elementSize;
                    break;
                case SLICE:
                    kind = FieldKind.SLICE;
                    size = packed ? 8 : 12;
                    break;
                case LIMITED_SLICE:
                    kind = FieldKind.LIMITED_SLICE;
                    size = packed ? 8 : 12;
                    break;
                default:
                    if (enumDecl != null) {
                        kind = FieldKind.ENUM;
                        size = elementSize;
                    } else if (target == null) {
                        kind = FieldKind.SCALAR;
                        size = elementSize;
                    } else if (target.isTable()) {
                        kind = FieldKind.TABLE;
                        size = 4;
                    } else {
                        kind = FieldKind.INLINE;
                        size = elementSize;
                    }
            }
            if (offset + size > MAX_SIZE) {
                throw tooLarge(s, offset + size);
            }
            fields.add(new FieldLayout(f, s.name(), i, kind, (int) offset, (int) size, (int) elementSize,
                    type.length(), scalar, enumDecl, target, table, packed));
            offset += size;
        }
        int content = (int) offset;
        int padding = table || packed ? 0 : 8 - (content % 8);
        if ((long) content + padding > MAX_SIZE) {
            throw tooLarge(s, (long) content + padding);
        }
        return new StructLayout(s, packed, content, padding, fields, schema.structId(s.name()));
    }

    private static KarmemSchemaException tooLarge(StructDecl s, long size) {
        return new KarmemSchemaException(null, "struct " + s.name() + " is too large: at least " + size
                + " bytes, more than a Karmem message can hold in Java (" + MAX_SIZE + " bytes)");
    }

    /**
     * Returns the schema these layouts were computed from.
     *
     * @return the schema
     */
    public KarmemSchema schema() {
        return schema;
    }

    /**
     * Returns the layout of a struct.
     *
     * @param name the struct name
     * @return the layout
     * @throws IllegalArgumentException if the schema has no struct with that name
     */
    public StructLayout struct(String name) {
        StructLayout s = structs.get(name);
        if (s == null) {
            throw new IllegalArgumentException("schema " + schema.packageName() + " has no struct named " + name);
        }
        return s;
    }

    /**
     * Returns the layouts of all structs in declaration order.
     *
     * @return the layouts
     */
    public List<StructLayout> structs() {
        return List.copyOf(structs.values());
    }
}
