package dev.xtp4j.karmem.layout;

import dev.xtp4j.karmem.schema.StructDecl;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The computed layout of one struct.
 *
 * <ul>
 *   <li>{@link #content()}: the sum of the field sizes, plus 4 for a table's size header;</li>
 *   <li>{@link #padding()}: 0 for tables and packed inline structs; {@code 8 − content mod 8} for unpacked inline
 *       structs — 8, not 0, when the content is a multiple of 8, as upstream does;</li>
 *   <li>{@link #total()}: content + padding, the bytes a table allocates and an inline struct occupies;</li>
 *   <li>{@link #minimum()}: the size a reader requires before looking at a struct: the content of an inline struct,
 *       4 for a packed table, 8 for an unpacked table.</li>
 * </ul>
 */
public final class StructLayout {
    private final StructDecl decl;
    private final boolean packed;
    private final int content;
    private final int padding;
    private final List<FieldLayout> fields;
    private final Map<String, FieldLayout> byName;
    private final long id;

    StructLayout(StructDecl decl, boolean packed, int content, int padding, List<FieldLayout> fields, long id) {
        this.decl = decl;
        this.packed = packed;
        this.content = content;
        this.padding = padding;
        this.fields = List.copyOf(fields);
        Map<String, FieldLayout> map = new HashMap<>();
        for (FieldLayout f : fields) {
            map.put(f.name(), f);
        }
        this.byName = Map.copyOf(map);
        this.id = id;
    }

    /**
     * Returns the struct name.
     *
     * @return the name
     */
    public String name() {
        return decl.name();
    }

    /**
     * Returns the struct declaration.
     *
     * @return the declaration
     */
    public StructDecl decl() {
        return decl;
    }

    /**
     * Tells whether the struct is a table.
     *
     * @return true for tables, false for inline structs
     */
    public boolean isTable() {
        return decl.isTable();
    }

    /**
     * Tells whether the struct uses the packed layout.
     *
     * @return true if packed
     */
    public boolean packed() {
        return packed;
    }

    /**
     * Returns the content size: the field sizes plus 4 for a table header. A table stores this in its header.
     *
     * @return the content size in bytes
     */
    public int content() {
        return content;
    }

    /**
     * Returns the padding after the content.
     *
     * @return the padding in bytes
     */
    public int padding() {
        return padding;
    }

    /**
     * Returns content + padding: what the struct occupies or allocates.
     *
     * @return the total size in bytes
     */
    public int total() {
        return content + padding;
    }

    /**
     * Returns the size a reader requires at the struct's offset before reading it.
     *
     * @return the content for inline structs, 4 for packed tables, 8 for unpacked tables
     */
    public int minimum() {
        return isTable() ? (packed ? 4 : 8) : content;
    }

    /**
     * Returns the fields in declaration order.
     *
     * @return the field layouts
     */
    public List<FieldLayout> fields() {
        return fields;
    }

    /**
     * Returns a field by name.
     *
     * @param name the field name
     * @return the field layout
     * @throws IllegalArgumentException if the struct has no such field
     */
    public FieldLayout field(String name) {
        FieldLayout f = byName.get(name);
        if (f == null) {
            throw new IllegalArgumentException("struct " + name() + " has no field named " + name);
        }
        return f;
    }

    /**
     * Returns the struct id (see {@link dev.xtp4j.karmem.schema.KarmemSchema#structId(String)}).
     *
     * @return the id, an unsigned 64-bit value
     */
    public long id() {
        return id;
    }

    @Override
    public String toString() {
        return "struct " + name() + " " + decl.kind().kmName() + (packed ? " packed" : " unpacked") + " content="
                + content + " padding=" + padding + " total=" + total();
    }
}
