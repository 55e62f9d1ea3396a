package dev.xtp4j.karmem.schema;

import dev.xtp4j.karmem.KarmemSchemaException;
import dev.xtp4j.karmem.KarmemSchemaException.Position;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The semantic rules of the {@code .km} language, applied to a whole schema, whether parsed or built in code. The
 * first violation is thrown as a {@link KarmemSchemaException}; the {@link Locator} supplies source positions when
 * the schema comes from text.
 */
final class SchemaRules {

    /** Maps model elements back to where they were written; every method may return {@code null}. */
    interface Locator {
        /** A locator for schemas built in code: no positions. */
        Locator NONE = new Locator() {
        };

        default Position header() {
            return null;
        }

        default Position declaration(Declaration d) {
            return null;
        }

        default Position field(FieldDecl f) {
            return null;
        }

        default Position fieldType(FieldDecl f) {
            return null;
        }

        default Position entry(EnumEntry e) {
            return null;
        }

        default Position tag(Tag t) {
            return null;
        }
    }

    private SchemaRules() {
    }

    /** Reads a {@code @packed} value: empty or {@code true} is true, {@code false} is false, anything else null. */
    static Boolean packedValue(String value) {
        if (value.isEmpty() || value.equals("true")) {
            return Boolean.TRUE;
        }
        if (value.equals("false")) {
            return Boolean.FALSE;
        }
        return null;
    }

    /** Reads an {@code @id} value: a decimal uint64, or null if it is not one. */
    static Long idValue(String value) {
        if (!Names.isDigits(value)) {
            return null;
        }
        BigInteger v = new BigInteger(value);
        if (v.bitLength() > 64) {
            return null;
        }
        return v.longValue();
    }

    /** The largest value an enum entry may have with this underlying type, as an unsigned 64-bit value. */
    static long maxEnumValue(ScalarType type) {
        int bits = type.size() * 8;
        if (type.isSigned()) {
            return (1L << (bits - 1)) - 1;
        }
        return bits == 64 ? -1L : (1L << bits) - 1;
    }

    static void check(String packageName, List<Tag> fileTags, List<Declaration> declarations, Locator at) {
        String problem = Names.packageNameProblem(packageName);
        if (problem != null) {
            throw error(at.header(), problem);
        }
        checkTags("file", fileTags, at);
        Map<String, Integer> indexByName = new HashMap<>();
        for (int i = 0; i < declarations.size(); i++) {
            Declaration d = declarations.get(i);
            if (!indexByName.containsKey(d.name())) {
                indexByName.put(d.name(), i);
            }
        }
        Map<String, Declaration> earlier = new HashMap<>();
        for (Declaration d : declarations) {
            if (d instanceof EnumDecl e) {
                checkEnum(e, earlier, at);
            } else {
                checkStruct((StructDecl) d, earlier, indexByName, at);
            }
            earlier.put(d.name(), d);
        }
    }

    private static void checkDeclarationName(Declaration d, String problem, Map<String, Declaration> earlier,
            Locator at) {
        String what = d instanceof EnumDecl ? "enum " : "struct ";
        if (problem != null) {
            throw error(at.declaration(d), problem);
        }
        Declaration previous = earlier.get(d.name());
        if (previous != null) {
            throw error(at.declaration(d), what + d.name() + ": the name is already used by "
                    + (previous instanceof EnumDecl ? "an enum" : "a struct") + " declared earlier");
        }
    }

    private static void checkEnum(EnumDecl e, Map<String, Declaration> earlier, Locator at) {
        checkDeclarationName(e, Names.enumNameProblem(e.name()), earlier, at);
        String where = "enum " + e.name();
        if (!e.type().isEnumBase()) {
            throw error(at.declaration(e), where + ": the underlying type must be one of uint8, uint16, uint32, "
                    + "uint64, int8, int16, int32, int64, not " + e.type().kmName());
        }
        checkTags(where, e.tags(), at);
        if (e.entries().isEmpty()) {
            throw error(at.declaration(e), where + ": an enum needs at least one entry");
        }
        Set<String> names = new HashSet<>();
        boolean hasZero = false;
        long max = maxEnumValue(e.type());
        for (EnumEntry entry : e.entries()) {
            String problem = Names.entryNameProblem(entry.name());
            if (problem != null) {
                throw error(at.entry(entry), where + ": " + problem);
            }
            if (!names.add(entry.name())) {
                throw error(at.entry(entry), where + ": duplicate entry " + entry.name());
            }
            if ((e.type().isSigned() && entry.value() < 0) || Long.compareUnsigned(entry.value(), max) > 0) {
                throw error(at.entry(entry), where + ": the value of " + entry.name() + " ("
                        + (e.type().isSigned() ? Long.toString(entry.value()) : Long.toUnsignedString(entry.value()))
                        + ") is out of range for " + e.type().kmName() + " (0 to " + Long.toUnsignedString(max)
                        + "; negative values are not allowed)");
            }
            hasZero |= entry.value() == 0;
        }
        if (!hasZero) {
            throw error(at.declaration(e), where + ": one entry must have the value 0, the default"
                    + " (an entry without '= value' takes its 0-based position)");
        }
    }

    private static void checkStruct(StructDecl s, Map<String, Declaration> earlier,
            Map<String, Integer> indexByName, Locator at) {
        checkDeclarationName(s, Names.structNameProblem(s.name()), earlier, at);
        String where = "struct " + s.name();
        checkTags(where, s.tags(), at);
        for (Tag t : s.tags()) {
            if (t.name().equals("id") && idValue(t.value()) == null) {
                throw error(at.tag(t), where + ": @id needs an unsigned 64-bit decimal value, got '" + t.value()
                        + "'");
            }
        }
        if (s.fields().isEmpty()) {
            throw error(at.declaration(s), where + ": a struct needs at least one field");
        }
        Set<String> names = new HashSet<>();
        for (FieldDecl f : s.fields()) {
            String fieldWhere = where + ", field " + f.name();
            String problem = Names.fieldNameProblem(f.name());
            if (problem != null) {
                throw error(at.field(f), where + ": " + problem);
            }
            if (!names.add(f.name())) {
                throw error(at.field(f), where + ": duplicate field " + f.name());
            }
            checkTags(fieldWhere, f.tags(), at);
            checkFieldType(s, f, fieldWhere, earlier, indexByName, at);
        }
    }

    private static void checkFieldType(StructDecl s, FieldDecl f, String where, Map<String, Declaration> earlier,
            Map<String, Integer> indexByName, Locator at) {
        FieldType type = f.type();
        if (!(type.element() instanceof NamedType named)) {
            return;
        }
        String name = named.name();
        Declaration target = earlier.get(name);
        if (target == null) {
            String reason;
            if (name.equals(s.name())) {
                reason = "a struct cannot contain itself (Karmem has no recursive types)";
            } else if (indexByName.containsKey(name)) {
                reason = "type " + name + " is declared further down; Karmem has no forward references, declare it "
                        + "before " + s.name();
            } else {
                reason = "unknown type " + name;
            }
            throw error(at.fieldType(f), where + ": " + reason);
        }
        if (type.shape() == FieldType.Shape.SINGLE) {
            return;
        }
        String shape = type.shape() == FieldType.Shape.ARRAY ? "fixed arrays" : "slices";
        if (target instanceof EnumDecl) {
            throw error(at.fieldType(f), where + ": enums cannot be elements of " + shape + " (" + type.toKm()
                    + "); wrap the enum in an inline struct");
        }
        if (((StructDecl) target).isTable()) {
            throw error(at.fieldType(f), where + ": tables cannot be elements of " + shape + " (" + type.toKm()
                    + "); wrap the table in an inline struct, e.g. struct " + name + "Ref inline { Data " + name
                    + "; }");
        }
    }

    private static void checkTags(String where, List<Tag> tags, Locator at) {
        Set<String> seen = new HashSet<>();
        for (Tag t : tags) {
            if (!seen.add(t.name())) {
                throw error(at.tag(t), where + ": duplicate tag @" + t.name());
            }
            if (t.name().equals("packed") && packedValue(t.value()) == null) {
                throw error(at.tag(t), where + ": @packed accepts only an empty value, true or false, got '"
                        + t.value() + "'");
            }
        }
    }

    private static KarmemSchemaException error(Position position, String detail) {
        return new KarmemSchemaException(position, detail);
    }
}
