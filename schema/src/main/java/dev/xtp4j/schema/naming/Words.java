package dev.xtp4j.schema.naming;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an identifier into words: at {@code _}, {@code $} and any other character that is not an ASCII letter or
 * digit; before an upper-case letter that follows a lower-case letter or a digit ({@code darkRed}, {@code md5Sum});
 * and before the last upper-case letter of an acronym that is followed by a lower-case letter ({@code HTTPServer} →
 * {@code HTTP}, {@code Server}). Digits stay with the letters before them ({@code int32}).
 */
final class Words {

    private Words() {
    }

    static List<String> split(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int n = name.length();
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (!isAsciiLetterOrDigit(c)) {
                flush(words, current);
                continue;
            }
            if (current.length() > 0 && isUpper(c)) {
                char prev = current.charAt(current.length() - 1);
                boolean nextIsLower = i + 1 < n && isLower(name.charAt(i + 1));
                if (isLower(prev) || isDigit(prev) || (isUpper(prev) && nextIsLower)) {
                    flush(words, current);
                }
            }
            current.append(c);
        }
        flush(words, current);
        return words;
    }

    static String upperSnake(String name) {
        return String.join("_", split(name)).toUpperCase(java.util.Locale.ROOT);
    }

    static String pascal(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : split(name)) {
            sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
        }
        return sb.toString();
    }

    private static void flush(List<String> words, StringBuilder current) {
        if (current.length() > 0) {
            words.add(current.toString());
            current.setLength(0);
        }
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return isUpper(c) || isLower(c) || isDigit(c);
    }

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
