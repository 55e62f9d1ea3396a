package dev.xtp4j.schema.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * WAVE/WIT labels for XTP names. A label is kebab-case: lower-case words joined by {@code -}, each word starting with
 * a letter.
 *
 * <p>The name's words (split as for Java constants: at {@code _}, {@code $}, camel-case humps and acronym ends) are
 * lower-cased; a word that starts with a digit is appended to the word before it ({@code NameWith$2341} →
 * {@code name-with2341}); a name whose first word starts with a digit gets a {@code v} prefix; a name without letters
 * or digits gives {@code value}. So {@code userName} → {@code user-name}, {@code HTTPServer} → {@code http-server},
 * {@code kv_read} → {@code kv-read}.
 *
 * <p>The mapping is not injective ({@code userName} and {@code user_name} both give {@code user-name}); within one
 * scope, later names get {@code 2}, {@code 3}, ... appended to their last word. Reverse lookups go through the model
 * (e.g. {@code EnumType.valueForWaveLabel}). Labels that are WAVE keywords ({@link #isKeyword(String)}) must be
 * written with a {@code %} prefix in WAVE text.
 */
public final class WaveNames {

    private static final Set<String> KEYWORDS = Set.of("true", "false", "inf", "nan", "some", "none", "ok", "err");

    private WaveNames() {
    }

    /**
     * Returns the kebab-case label for a name (not yet made unique).
     *
     * @param name the XTP name
     * @return the label
     */
    public static String label(String name) {
        List<String> words = new ArrayList<>();
        for (String w : Words.split(name)) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (Words.isDigit(lower.charAt(0))) {
                if (words.isEmpty()) {
                    words.add("v" + lower);
                } else {
                    words.set(words.size() - 1, words.get(words.size() - 1) + lower);
                }
            } else {
                words.add(lower);
            }
        }
        return words.isEmpty() ? "value" : String.join("-", words);
    }

    /**
     * Tells whether a label is a WAVE keyword that needs a {@code %} prefix when written as an enum case or variant.
     *
     * @param label the label
     * @return {@code true} for {@code true, false, inf, nan, some, none, ok, err}
     */
    public static boolean isKeyword(String label) {
        return KEYWORDS.contains(label);
    }

    /**
     * Derives unique labels for the names of one scope (the values of an enum, the fields of an object).
     *
     * @param names the XTP names in document order
     * @return the labels, in the same order
     */
    public static List<String> uniqueLabels(List<String> names) {
        List<String> proposed = names.stream().map(WaveNames::label).toList();
        return Uniquifier.unique(proposed, Set.of(), null, (n, attempt) -> n + attempt);
    }
}
