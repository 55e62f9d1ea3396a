package dev.xtp4j.schema.naming;

import java.util.Optional;

/**
 * Karmem identifiers for XTP names. Karmem struct, field and entry names start with an upper-case ASCII letter and
 * continue with ASCII letters and digits; enum type names are letters only.
 *
 * <p>The name's words (split as for Java and WAVE: at {@code _}, {@code $}, camel-case humps and acronym ends) are
 * written with an upper-case first letter and joined: {@code userName}, {@code user_name} and {@code UserName} all
 * become {@code UserName}, {@code HTTPCode} stays {@code HTTPCode}, {@code md5_sum} becomes {@code Md5Sum}. The
 * mapping is not injective, so callers check for collisions within each scope (the fields of a struct, the entries of
 * an enum, all type names) and report them; there is no silent renaming, because Karmem names appear in the guest
 * code generated from a {@code .km} file.
 */
public final class KarmemNames {

    private KarmemNames() {
    }

    /**
     * Returns the Karmem name for an XTP name (a struct, field or entry name).
     *
     * @param name the XTP name
     * @return the Karmem name, or empty when the name has no letter before its first digit (such as {@code _1} or
     *     {@code $}), which Karmem cannot express
     */
    public static Optional<String> name(String name) {
        String pascal = Words.pascal(name);
        if (pascal.isEmpty() || !Words.isUpper(pascal.charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(pascal);
    }

    /**
     * Returns the Karmem name for an XTP enum type: like {@link #name(String)}, but Karmem enum type names may not
     * contain digits.
     *
     * @param name the XTP enum name
     * @return the Karmem name, or empty when it would contain a digit or no letter
     */
    public static Optional<String> enumName(String name) {
        Optional<String> n = name(name);
        if (n.isPresent() && n.get().chars().anyMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return n;
    }
}
