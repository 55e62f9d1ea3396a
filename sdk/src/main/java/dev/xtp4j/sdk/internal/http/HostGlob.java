package dev.xtp4j.sdk.internal.http;

import java.util.List;
import java.util.Locale;

/**
 * An {@code allowed_hosts} entry: a glob matched against a URL's host name only (no scheme, no port), with the
 * semantics of the Rust {@code glob} crate the reference runtime uses: {@code ?} matches one character, {@code *} any
 * sequence (dots included), {@code [abc]}, {@code [a-z]} and {@code [!abc]} character classes. An entry that is not a
 * valid pattern (an unclosed {@code [}) is compared literally, as upstream does.
 */
public final class HostGlob {
    private final String pattern;
    private final boolean literal;

    private HostGlob(String pattern) {
        this.pattern = pattern;
        this.literal = !isValid(pattern);
    }

    /**
     * Compiles an entry.
     *
     * @param pattern the glob
     * @return the matcher
     */
    public static HostGlob of(String pattern) {
        return new HostGlob(pattern);
    }

    /**
     * Whether any of the globs matches a host.
     *
     * @param globs the allow-list
     * @param host the host name
     * @return true if the host is allowed
     */
    public static boolean anyMatches(List<HostGlob> globs, String host) {
        for (HostGlob glob : globs) {
            if (glob.matches(host)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether this glob matches a host. Host names compare in lower case, as URL parsing normalises them.
     *
     * @param host the host name
     * @return true on a match
     */
    public boolean matches(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return literal ? pattern.equals(h) : match(0, h, 0);
    }

    private boolean match(int p, String text, int t) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '*') {
                while (p < pattern.length() && pattern.charAt(p) == '*') {
                    p++;
                }
                if (p == pattern.length()) {
                    return true;
                }
                for (int i = t; i <= text.length(); i++) {
                    if (match(p, text, i)) {
                        return true;
                    }
                }
                return false;
            }
            if (t >= text.length()) {
                return false;
            }
            if (c == '?') {
                p++;
                t++;
            } else if (c == '[') {
                int end = classEnd(pattern, p);
                if (!classMatches(p + 1, end, text.charAt(t))) {
                    return false;
                }
                p = end + 1;
                t++;
            } else {
                if (c != text.charAt(t)) {
                    return false;
                }
                p++;
                t++;
            }
        }
        return t == text.length();
    }

    private boolean classMatches(int from, int end, char ch) {
        boolean negated = from < end && pattern.charAt(from) == '!';
        int i = negated ? from + 1 : from;
        boolean found = false;
        boolean first = true;
        while (i < end) {
            char lo = pattern.charAt(i);
            if (i + 2 < end && pattern.charAt(i + 1) == '-') {
                char hi = pattern.charAt(i + 2);
                if (ch >= lo && ch <= hi) {
                    found = true;
                }
                i += 3;
            } else {
                if (ch == lo && (lo != ']' || first)) {
                    found = true;
                }
                i++;
            }
            first = false;
        }
        return found != negated;
    }

    /** The index of the {@code ]} closing the class that opens at {@code open}, or -1. */
    private static int classEnd(String pattern, int open) {
        int i = open + 1;
        if (i < pattern.length() && pattern.charAt(i) == '!') {
            i++;
        }
        if (i < pattern.length() && pattern.charAt(i) == ']') {
            i++; // a leading ] is a literal member
        }
        while (i < pattern.length()) {
            if (pattern.charAt(i) == ']') {
                return i;
            }
            i++;
        }
        return -1;
    }

    private static boolean isValid(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '[') {
                int end = classEnd(pattern, i);
                if (end < 0) {
                    return false;
                }
                i = end;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
