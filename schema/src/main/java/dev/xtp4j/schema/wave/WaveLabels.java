package dev.xtp4j.schema.wave;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules for WAVE labels (the names of record fields, variant and enum cases, flags and function parameters) and the
 * mapping from XTP identifiers to labels.
 *
 * <p>A label is a sequence of words separated by single hyphens. The first word is {@code [a-z][a-z0-9]*} or
 * {@code [A-Z][A-Z0-9]*}; every further word is {@code [a-z0-9]+} or {@code [A-Z0-9]+}. Each word is single-case,
 * but words may differ from each other ({@code method-GET}). The labels {@code true false some none ok err inf nan}
 * are WAVE keywords: they are valid names, and in WAVE text an enum or variant case with such a name is written with
 * a {@code %} prefix ({@code %none}).
 *
 * <p>This class has no state; all methods are static.
 */
public final class WaveLabels {

    private static final Set<String> KEYWORDS = Set.of("true", "false", "some", "none", "ok", "err", "inf", "nan");

    private static final Pattern XTP_IDENTIFIER = Pattern.compile("[a-zA-Z_$][a-zA-Z0-9_$]*");

    private WaveLabels() {
    }

    /**
     * Tells whether a string is a valid WAVE label (without a {@code %} prefix).
     *
     * @param name the candidate, may be {@code null}
     * @return {@code true} if {@code name} is a label
     */
    public static boolean isValid(String name) {
        return name != null && !name.isEmpty() && labelLength(name, 0) == name.length();
    }

    /**
     * Tells whether a label is one of the WAVE keywords {@code true false some none ok err inf nan}.
     *
     * @param name a label
     * @return {@code true} if it is a keyword
     */
    public static boolean isKeyword(String name) {
        return KEYWORDS.contains(name);
    }

    /**
     * Checks that a string is a valid WAVE label.
     *
     * @param name the candidate
     * @param what what the name is for, used in the error message (e.g. {@code "record field"})
     * @return {@code name}
     * @throws IllegalArgumentException if {@code name} is not a valid label
     */
    public static String requireValid(String name, String what) {
        if (name == null) {
            throw new IllegalArgumentException(what + " name must not be null");
        }
        if (!isValid(name)) {
            String hint = name.startsWith("%")
                    ? " (write the name without the % escape; the printer adds it where WAVE needs it)"
                    : " (expected kebab-case words, each word all lower-case or all upper-case, e.g. user-name)";
            throw new IllegalArgumentException("invalid " + what + " name \"" + name + "\"" + hint);
        }
        return name;
    }

    /**
     * Converts an XTP identifier ({@code ^[a-zA-Z_$][a-zA-Z0-9_$]*$}) into a WAVE label.
     *
     * <p>The identifier is split into words at {@code _} and {@code $}, between a lower-case letter or digit and a
     * following upper-case letter ({@code userName}), and before the last capital of a run of capitals followed by a
     * lower-case letter ({@code HTTPCode}). Digits stay with the word before them. The words are lower-cased and
     * joined with {@code -}: {@code userName}, {@code user_name} and {@code UserName} all become {@code user-name},
     * {@code HTTPCode} becomes {@code http-code}, {@code md5Sum} becomes {@code md5-sum}.
     *
     * <p>The conversion is not injective; use {@link WaveNameTable} to map a set of identifiers with a check for
     * collisions and a way back.
     *
     * @param identifier an XTP identifier
     * @return the label
     * @throws IllegalArgumentException if {@code identifier} is not an XTP identifier, or has no word that starts
     *                                  with a letter (e.g. {@code _} or {@code _1})
     */
    public static String fromXtpIdentifier(String identifier) {
        if (identifier == null || !XTP_IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalArgumentException("\"" + identifier + "\" is not an XTP identifier "
                    + "(expected ^[a-zA-Z_$][a-zA-Z0-9_$]*$)");
        }
        List<String> words = splitWords(identifier);
        if (words.isEmpty() || !isAsciiLetter(words.get(0).charAt(0))) {
            throw new IllegalArgumentException("XTP identifier \"" + identifier
                    + "\" cannot be mapped to a WAVE label: its first word must start with a letter");
        }
        String label = String.join("-", words).toLowerCase(Locale.ROOT);
        if (!isValid(label)) {
            // Cannot happen by construction; kept as a guard for the invariant.
            throw new IllegalStateException("mapped \"" + identifier + "\" to invalid label \"" + label + "\"");
        }
        return label;
    }

    private static List<String> splitWords(String id) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '_' || c == '$') {
                flush(words, word);
                continue;
            }
            if (isUpper(c) && word.length() > 0) {
                char prev = id.charAt(i - 1);
                boolean nextIsLower = i + 1 < id.length() && isLower(id.charAt(i + 1));
                if (isLower(prev) || isDigit(prev) || (isUpper(prev) && nextIsLower)) {
                    flush(words, word);
                }
            }
            word.append(c);
        }
        flush(words, word);
        return words;
    }

    private static void flush(List<String> words, StringBuilder word) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /**
     * Returns the length of the longest label that starts at {@code start} in {@code s} (without a {@code %}
     * prefix), or 0 if none starts there. A trailing {@code -} that is not followed by a word is not part of the
     * label. Shared with the lexer so that the type model and the parser agree on what a label is.
     */
    static int labelLength(CharSequence s, int start) {
        int end = wordEnd(s, start, true);
        if (end == start) {
            return 0;
        }
        while (end < s.length() && s.charAt(end) == '-') {
            int next = wordEnd(s, end + 1, false);
            if (next == end + 1) {
                break;
            }
            end = next;
        }
        return end - start;
    }

    /** Scans one word from {@code i}; a first word must start with a letter, later words may start with digits. */
    private static int wordEnd(CharSequence s, int i, boolean first) {
        int n = s.length();
        int j = i;
        if (!first) {
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
        }
        if (j < n && isLower(s.charAt(j))) {
            while (j < n && (isLower(s.charAt(j)) || isDigit(s.charAt(j)))) {
                j++;
            }
        } else if (j < n && isUpper(s.charAt(j))) {
            while (j < n && (isUpper(s.charAt(j)) || isDigit(s.charAt(j)))) {
                j++;
            }
        }
        return j;
    }

    static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return isLower(c) || isUpper(c);
    }
}
