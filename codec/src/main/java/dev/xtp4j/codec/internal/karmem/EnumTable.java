package dev.xtp4j.codec.internal.karmem;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xtp4j.karmem.schema.EnumDecl;
import dev.xtp4j.karmem.schema.EnumEntry;
import dev.xtp4j.karmem.schema.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two-way mapping between a Java enum and a Karmem enum. A Java constant matches an entry by its wire string
 * (what JSON writes: {@code @JsonProperty} on the constant, or its name): first exactly against the entry's XTP name
 * (from the enum's {@code @xtp.values} tag, one name per entry in order) or entry name, then ignoring case and
 * anything but letters and digits ({@code DARK_RED} matches {@code DarkRed}).
 */
final class EnumTable {
    /** The tag that keeps the XTP values of a derived enum, comma-separated in entry order. */
    static final String VALUES_TAG = "xtp.values";

    private final EnumDecl decl;
    private final Map<Object, Long> valueByConstant = new IdentityHashMap<>();
    private final Map<Long, Object> constantByValue = new HashMap<>();

    private EnumTable(EnumDecl decl) {
        this.decl = decl;
    }

    static EnumTable bind(EnumDecl decl, Class<?> javaEnum, ObjectMapper mapper, String where) {
        EnumTable table = new EnumTable(decl);
        List<String> xtpNames = xtpNames(decl);
        for (Object constant : javaEnum.getEnumConstants()) {
            String wire = mapper.convertValue(constant, String.class);
            EnumEntry entry = find(decl, xtpNames, wire);
            if (entry == null) {
                throw new IllegalArgumentException(where + ": " + javaEnum.getSimpleName() + "." + constant
                        + " (\"" + wire + "\") matches no entry of enum " + decl.name() + " " + entryNames(decl));
            }
            table.valueByConstant.put(constant, entry.value());
            table.constantByValue.putIfAbsent(entry.value(), constant);
        }
        return table;
    }

    private static List<String> xtpNames(EnumDecl decl) {
        List<String> names = new ArrayList<>();
        Tag.find(decl.tags(), VALUES_TAG).ifPresent(t -> {
            for (String s : t.value().split(",", -1)) {
                names.add(s.trim());
            }
        });
        if (names.size() != decl.entries().size()) {
            names.clear();
            decl.entries().forEach(e -> names.add(e.name()));
        }
        return names;
    }

    private static EnumEntry find(EnumDecl decl, List<String> xtpNames, String wire) {
        List<EnumEntry> entries = decl.entries();
        for (int i = 0; i < entries.size(); i++) {
            if (xtpNames.get(i).equals(wire) || entries.get(i).name().equals(wire)) {
                return entries.get(i);
            }
        }
        String key = normalize(wire);
        for (int i = 0; i < entries.size(); i++) {
            if (normalize(xtpNames.get(i)).equals(key) || normalize(entries.get(i).name()).equals(key)) {
                return entries.get(i);
            }
        }
        return null;
    }

    static String normalize(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static List<String> entryNames(EnumDecl decl) {
        return decl.entries().stream().map(EnumEntry::name).toList();
    }

    long valueOf(Object constant) {
        Long v = valueByConstant.get(constant);
        if (v == null) {
            throw Failures.encode("expected a constant of the enum bound to " + decl.name() + ", got "
                    + constant.getClass().getName());
        }
        return v;
    }

    Object constantOf(long value) {
        return constantByValue.get(value);
    }

    String describe() {
        return "enum " + decl.name() + " " + decl.entries().stream().map(e -> e.name() + "=" + e.value()).toList();
    }
}
