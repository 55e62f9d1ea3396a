package dev.xtp4j.schema.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The C identifiers that generated C code uses for XTP names.
 *
 * <p>Enumerators live in one namespace per translation unit, so each carries its enum's name:
 * {@code UPPER_SNAKE(type) + "_" + UPPER_SNAKE(value)}, e.g. {@code GhostGang}/{@code blinky} →
 * {@code GHOST_GANG_BLINKY}. {@code $} separates words (it is not portable C). Collisions across the whole schema get
 * {@code _2}, {@code _3}, ... in order.
 */
public final class CNames {

    private static final Set<String> KEYWORDS = Set.of(
            "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum",
            "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return",
            "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void",
            "volatile", "while", "_Alignas", "_Alignof", "_Atomic", "_Bool", "_Complex", "_Generic", "_Imaginary",
            "_Noreturn", "_Static_assert", "_Thread_local", "alignas", "alignof", "bool", "constexpr", "false",
            "nullptr", "static_assert", "thread_local", "true", "typeof", "typeof_unqual");

    private CNames() {
    }

    /**
     * Tells whether C (C11 or C23) reserves a name as a keyword.
     *
     * @param name the name
     * @return {@code true} for a keyword
     */
    public static boolean isReserved(String name) {
        return KEYWORDS.contains(name);
    }

    /**
     * Returns a C identifier for a field or function name: {@code $} replaced by {@code _}, a trailing {@code _} for
     * keywords.
     *
     * @param name the XTP name
     * @return the identifier
     */
    public static String identifier(String name) {
        String s = name.replace('$', '_');
        return isReserved(s) ? s + "_" : s;
    }

    /**
     * Returns the enumerator for one value of an enum (not yet made unique).
     *
     * @param typeName the enum's name
     * @param value the wire value
     * @return e.g. {@code FRUIT_APPLE}
     */
    public static String enumerator(String typeName, String value) {
        String prefix = Words.upperSnake(typeName);
        if (prefix.isEmpty()) {
            prefix = "ENUM";
        }
        String suffix = Words.upperSnake(value);
        return prefix + "_" + (suffix.isEmpty() ? "VALUE" : suffix);
    }

    /**
     * Derives unique enumerators for the values of one enum, avoiding names already used elsewhere in the schema.
     *
     * @param typeName the enum's name
     * @param values the wire values in document order
     * @param used enumerators already taken; the new ones are added to it
     * @return the enumerators, in the same order
     */
    public static List<String> uniqueEnumerators(String typeName, List<String> values, Set<String> used) {
        List<String> proposed = new ArrayList<>();
        for (String v : values) {
            proposed.add(enumerator(typeName, v));
        }
        List<String> result = Uniquifier.unique(proposed, used, null, (n, attempt) -> n + "_" + attempt);
        used.addAll(result);
        return result;
    }
}
