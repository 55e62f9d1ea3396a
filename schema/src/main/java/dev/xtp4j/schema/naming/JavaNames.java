package dev.xtp4j.schema.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Java identifiers that generated code uses for XTP names.
 *
 * <p>XTP names ({@code ^[a-zA-Z_$][a-zA-Z0-9_$]*$}) are already valid Java identifier characters, so names are kept
 * as written, with one exception: a name that Java reserves gets a trailing underscore ({@code package} →
 * {@code package_}, {@code true} → {@code true_}, {@code _} → {@code __}). Reserved means the Java 17 keywords, the
 * literals {@code true}, {@code false}, {@code null} and the single underscore; type names additionally avoid the
 * restricted identifiers {@code var}, {@code yield}, {@code record}, {@code sealed} and {@code permits}, and method
 * names avoid {@code yield}. The check is case-sensitive, as Java is ({@code Break} is fine).
 *
 * <p>When an escaped name collides with a name in the same scope ({@code class} and {@code class_} in one object),
 * the names that needed no escaping keep theirs and the escaped one gets more underscores ({@code class__}).
 *
 * <p>Enum constants are derived differently: the wire value in UPPER_SNAKE_CASE ({@link #constantName(String)}).
 */
public final class JavaNames {

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for",
            "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
            "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
            "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
            "_", "true", "false", "null");

    private static final Set<String> RESTRICTED_TYPE_NAMES = Set.of("var", "yield", "record", "sealed", "permits");

    private JavaNames() {
    }

    /**
     * Tells whether Java reserves a name everywhere: a keyword, a literal ({@code true}, {@code false},
     * {@code null}) or {@code _}.
     *
     * @param name the name
     * @return {@code true} when the name cannot be used as an identifier
     */
    public static boolean isReserved(String name) {
        return KEYWORDS.contains(name);
    }

    /**
     * Tells whether a name cannot name a type: a reserved word or a restricted identifier ({@code var},
     * {@code yield}, {@code record}, {@code sealed}, {@code permits}).
     *
     * @param name the name
     * @return {@code true} when the name cannot be a class name
     */
    public static boolean isRestrictedTypeName(String name) {
        return isReserved(name) || RESTRICTED_TYPE_NAMES.contains(name);
    }

    /**
     * Returns the identifier for a field, record component or parameter.
     *
     * @param name the XTP name
     * @return the name, or the name plus {@code _} when it is reserved
     */
    public static String memberName(String name) {
        return isReserved(name) ? name + "_" : name;
    }

    /**
     * Returns the identifier for a method (an export or import).
     *
     * @param name the XTP name
     * @return the name, or the name plus {@code _} when it is reserved or {@code yield}
     */
    public static String methodName(String name) {
        return isReserved(name) || name.equals("yield") ? name + "_" : name;
    }

    /**
     * Returns the identifier for a class, record, enum or interface.
     *
     * @param name the XTP name
     * @return the name, or the name plus {@code _} when it is reserved or a restricted type name
     */
    public static String typeName(String name) {
        return isRestrictedTypeName(name) ? name + "_" : name;
    }

    /**
     * Returns the enum constant for a wire value: its words (see {@code docs/schema.md}) in UPPER_SNAKE_CASE, e.g.
     * {@code darkRed} → {@code DARK_RED}, {@code kv_read} → {@code KV_READ}, {@code NameWith$2} →
     * {@code NAME_WITH_2}. A value without letters or digits gives {@code VALUE}; a leading digit gets a {@code _}
     * prefix.
     *
     * @param value the wire value
     * @return the constant name (not yet made unique)
     */
    public static String constantName(String value) {
        String s = Words.upperSnake(value);
        if (s.isEmpty()) {
            return "VALUE";
        }
        if (Words.isDigit(s.charAt(0))) {
            s = "_" + s;
        }
        return s;
    }

    /**
     * Returns a name in PascalCase: its words (as for {@link #constantName(String)}) with the first letter of each
     * upper-cased and the rest kept, e.g. {@code kv_read} → {@code KvRead}, {@code referenceTypeFunc} →
     * {@code ReferenceTypeFunc}. Used to derive the names of hoisted inline enums.
     *
     * @param name the XTP name
     * @return the PascalCase form; empty when the name has no letters or digits
     */
    public static String pascalCase(String name) {
        return Words.pascal(name);
    }

    /**
     * Escapes a list of names of one scope with {@code escape} and resolves collisions by appending underscores to
     * the escaped names (names that needed no escaping are claimed first).
     *
     * @param names the XTP names in document order
     * @param escape {@link #memberName}, {@link #methodName} or {@link #typeName}
     * @return the Java identifiers, in the same order
     */
    public static List<String> uniqueNames(List<String> names, java.util.function.UnaryOperator<String> escape) {
        List<String> proposed = new ArrayList<>();
        List<Boolean> unchanged = new ArrayList<>();
        for (String n : names) {
            String e = escape.apply(n);
            proposed.add(e);
            unchanged.add(e.equals(n));
        }
        return Uniquifier.unique(proposed, Set.of(), unchanged, (n, attempt) -> n + "_".repeat(attempt - 1));
    }

    /**
     * Derives unique enum constants for the values of one enum: {@link #constantName(String)}, then {@code _2},
     * {@code _3}, ... for later values whose constant is taken ({@code darkRed} and {@code dark_red} give
     * {@code DARK_RED} and {@code DARK_RED_2}).
     *
     * @param values the wire values in document order
     * @return the constants, in the same order
     */
    public static List<String> uniqueConstants(List<String> values) {
        List<String> proposed = values.stream().map(JavaNames::constantName).toList();
        return Uniquifier.unique(proposed, Set.of(), null, (n, attempt) -> n + "_" + attempt);
    }
}
