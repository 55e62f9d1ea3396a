package dev.xtp4j.schema.wave;

/**
 * Splits WAVE text into tokens, one at a time. Whitespace ({@code [ \t\n\r]}) and {@code //} comments between tokens
 * are skipped. Malformed input becomes an {@link Token.Kind#INVALID} token, so the parser decides when (and whether)
 * it is an error: a lookahead that meets an invalid token does not fail by itself.
 *
 * <p>Chars and strings are only checked for their syntax here (escape shapes, delimiters, line breaks, unpaired
 * surrogates); escape values and multiline indentation are checked when the value is converted to a type.
 */
final class Lexer {

    /** The most hex digits a <code>&#92;u{...}</code> escape may have. */
    static final int MAX_HEX_DIGITS = 6;

    private final String src;
    private int pos;

    Lexer(String src) {
        this.src = src;
    }

    /** Returns the next token; at the end of the input, an {@link Token.Kind#END} token with an empty span. */
    Token next() {
        skipTrivia();
        int n = src.length();
        if (pos >= n) {
            return Token.of(Token.Kind.END, n, n);
        }
        int start = pos;
        char c = src.charAt(pos);
        switch (c) {
            case '{':
                return single(Token.Kind.BRACE_OPEN);
            case '}':
                return single(Token.Kind.BRACE_CLOSE);
            case '(':
                return single(Token.Kind.PAREN_OPEN);
            case ')':
                return single(Token.Kind.PAREN_CLOSE);
            case '[':
                return single(Token.Kind.BRACKET_OPEN);
            case ']':
                return single(Token.Kind.BRACKET_CLOSE);
            case ':':
                return single(Token.Kind.COLON);
            case ',':
                return single(Token.Kind.COMMA);
            case '"':
                return src.startsWith("\"\"\"", pos) ? multilineString() : string();
            case '\'':
                return character();
            default:
                break;
        }
        if (c == '-' || WaveLabels.isDigit(c)) {
            return number();
        }
        if (c == '%' || WaveLabels.isLower(c) || WaveLabels.isUpper(c)) {
            return label();
        }
        int cp = src.codePointAt(pos);
        pos += Character.charCount(cp);
        return Token.invalid(start, pos, "unexpected character " + describeChar(cp));
    }

    /**
     * Skips whitespace and comments, then scans a function name at the current position:
     * {@code [ns:pkg/][iface.]label[@version]}. Returns a {@link Token.Kind#FUNCTION_NAME} token or an invalid one.
     */
    Token nextFunctionName() {
        skipTrivia();
        int start = pos;
        int i = start;
        int first = WaveLabels.labelLength(src, i);
        if (first == 0) {
            return invalidAt(start, "expected a function name (a label such as my-func)");
        }
        i += first;
        if (at(i, ':')) {
            int pkg = WaveLabels.labelLength(src, i + 1);
            if (pkg == 0 || !at(i + 1 + pkg, '/')) {
                return invalidAt(start, "expected a package-qualified name such as ns:pkg/iface.func");
            }
            i += 1 + pkg + 1;
            int iface = WaveLabels.labelLength(src, i);
            if (iface == 0 || !at(i + iface, '.')) {
                return invalidAt(start, "expected an interface and a function after the package, as in ns:pkg/iface.func");
            }
            i += iface;
        }
        if (at(i, '.')) {
            int func = WaveLabels.labelLength(src, i + 1);
            if (func == 0) {
                return invalidAt(start, "expected a function name after '.'");
            }
            i += 1 + func;
        }
        if (at(i, '@')) {
            int end = version(i + 1);
            if (end < 0) {
                return invalidAt(start, "expected a version MAJOR.MINOR.PATCH after '@'");
            }
            i = end;
        }
        pos = i;
        return Token.of(Token.Kind.FUNCTION_NAME, start, i);
    }

    private Token invalidAt(int start, String problem) {
        pos = Math.min(src.length(), start + 1);
        return Token.invalid(start, pos, problem);
    }

    /** Scans a semantic version from {@code i}; returns its end, or -1. */
    private int version(int i) {
        for (int part = 0; part < 3; part++) {
            if (part > 0) {
                if (!at(i, '.')) {
                    return -1;
                }
                i++;
            }
            int digits = i;
            while (i < src.length() && WaveLabels.isDigit(src.charAt(i))) {
                i++;
            }
            if (i == digits) {
                return -1;
            }
        }
        // Optional pre-release and build metadata: identifiers of [0-9A-Za-z-] separated by '.'.
        for (char sep : new char[] {'-', '+'}) {
            if (at(i, sep)) {
                int j = i + 1;
                int idStart = j;
                while (j < src.length()) {
                    char c = src.charAt(j);
                    if (c == '.' && j > idStart) {
                        idStart = j + 1;
                    } else if (!(WaveLabels.isDigit(c) || WaveLabels.isLower(c) || WaveLabels.isUpper(c) || c == '-')) {
                        break;
                    }
                    j++;
                }
                if (j == idStart) {
                    return -1;
                }
                i = j;
            }
        }
        return i;
    }

    private boolean at(int i, char c) {
        return i < src.length() && src.charAt(i) == c;
    }

    private void skipTrivia() {
        int n = src.length();
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else if (c == '/' && pos + 1 < n && src.charAt(pos + 1) == '/') {
                int eol = src.indexOf('\n', pos);
                pos = eol < 0 ? n : eol;
            } else {
                return;
            }
        }
    }

    private Token single(Token.Kind kind) {
        pos++;
        return Token.of(kind, pos - 1, pos);
    }

    /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?} or {@code -inf}, longest match. */
    private Token number() {
        int start = pos;
        int i = pos;
        if (at(i, '-')) {
            i++;
            if (!(i < src.length() && WaveLabels.isDigit(src.charAt(i)))) {
                if (src.startsWith("inf", i)) {
                    pos = i + 3;
                    return Token.of(Token.Kind.NUMBER, start, pos);
                }
                pos = i;
                return Token.invalid(start, i, "'-' must be followed by digits or inf");
            }
        }
        if (src.charAt(i) == '0') {
            i++;
        } else {
            i = digits(i);
        }
        if (at(i, '.') && isDigitAt(i + 1)) {
            i = digits(i + 1);
        }
        if (at(i, 'e') || at(i, 'E')) {
            int j = i + 1;
            if (at(j, '+') || at(j, '-')) {
                j++;
            }
            if (isDigitAt(j)) {
                i = digits(j);
            }
        }
        pos = i;
        return Token.of(Token.Kind.NUMBER, start, i);
    }

    private boolean isDigitAt(int i) {
        return i < src.length() && WaveLabels.isDigit(src.charAt(i));
    }

    private int digits(int i) {
        while (isDigitAt(i)) {
            i++;
        }
        return i;
    }

    private Token label() {
        int start = pos;
        int i = at(pos, '%') ? pos + 1 : pos;
        int length = WaveLabels.labelLength(src, i);
        if (length == 0) {
            pos = i;
            return Token.invalid(start, i, "'%' must be followed by a label");
        }
        pos = i + length;
        return Token.of(Token.Kind.LABEL, start, pos);
    }

    /** {@code 'c'} where c is one scalar other than {@code \ ' LF}, or one escape. */
    private Token character() {
        int start = pos;
        int n = src.length();
        int i = start + 1;
        if (i >= n) {
            return invalidUntil(start, n, "unterminated char literal");
        }
        char c = src.charAt(i);
        if (c == '\\') {
            int length = escapeLength(i, MAX_HEX_DIGITS);
            if (length == 0) {
                return invalidUntil(start, i + 1, describeEscape(src, i) + " in char literal");
            }
            i += length;
        } else if (c == '\'') {
            return invalidUntil(start, i + 1, "empty char literal (write \\' for a quote)");
        } else if (c == '\n') {
            return invalidUntil(start, i + 1, "line break in char literal (write \\n)");
        } else if (Character.isSurrogate(c) && Values.firstUnpairedSurrogate(src.substring(i, Math.min(n, i + 2))) == 0) {
            return invalidUntil(start, i + 1, "unpaired surrogate in char literal");
        } else {
            i += Character.charCount(src.codePointAt(i));
        }
        if (at(i, '\'')) {
            pos = i + 1;
            return Token.of(Token.Kind.CHAR, start, pos);
        }
        int close = src.indexOf('\'', i);
        int eol = src.indexOf('\n', i);
        boolean closedOnLine = close >= 0 && (eol < 0 || close < eol);
        return invalidUntil(start, i, closedOnLine
                ? "a char literal holds exactly one character (use a string for more)"
                : "unterminated char literal");
    }

    /** {@code "..."} on one line; {@code \ " LF} must be escaped. */
    private Token string() {
        int start = pos;
        int n = src.length();
        int i = start + 1;
        while (true) {
            if (i >= n) {
                return invalidUntil(start, n, "unterminated string");
            }
            char c = src.charAt(i);
            if (c == '"') {
                pos = i + 1;
                return Token.of(Token.Kind.STRING, start, pos);
            } else if (c == '\n') {
                return invalidUntil(start, i, "unterminated string: line break before the closing quote "
                        + "(write \\n, or use a multiline string)");
            } else if (c == '\\') {
                int length = escapeLength(i, Integer.MAX_VALUE);
                if (length == 0) {
                    return invalidUntil(start, i + 1, describeEscape(src, i) + " in string");
                }
                i += length;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(src.charAt(i + 1))) {
                i += 2;
            } else if (Character.isSurrogate(c)) {
                return invalidUntil(start, i + 1, "unpaired surrogate in string");
            } else {
                i++;
            }
        }
    }

    /** {@code """} up to and including the next {@code """}; contents are checked when the value is converted. */
    private Token multilineString() {
        int start = pos;
        int close = src.indexOf("\"\"\"", start + 3);
        if (close < 0) {
            return invalidUntil(start, start + 3, "unterminated multiline string (no closing \"\"\")");
        }
        int bad = Values.firstUnpairedSurrogate(src.substring(start + 3, close));
        if (bad >= 0) {
            return invalidUntil(start, start + 3 + bad + 1, "unpaired surrogate in multiline string");
        }
        pos = close + 3;
        return Token.of(Token.Kind.MULTILINE_STRING, start, pos);
    }

    private Token invalidUntil(int start, int end, String problem) {
        pos = Math.max(end, start + 1);
        return Token.invalid(start, pos, problem);
    }

    /**
     * Returns the length of the escape starting with the backslash at {@code i}: {@code \' \" \\ \t \n \r} or
     * <code>&#92;u{H...}</code> with 1 to {@code maxHexDigits} hex digits. Returns 0 if no well-formed escape starts
     * there. Like upstream, the lexer allows any number of digits in strings (the decoder then rejects more than 6
     * as an invalid escape) but at most 6 in chars.
     */
    private int escapeLength(int i, int maxHexDigits) {
        return escapeLength(src, i, maxHexDigits);
    }

    static int escapeLength(String s, int i, int maxHexDigits) {
        if (i + 1 >= s.length()) {
            return 0;
        }
        switch (s.charAt(i + 1)) {
            case '\'':
            case '"':
            case '\\':
            case 't':
            case 'n':
            case 'r':
                return 2;
            case 'u':
                break;
            default:
                return 0;
        }
        if (i + 2 >= s.length() || s.charAt(i + 2) != '{') {
            return 0;
        }
        int j = i + 3;
        while (j < s.length() && Character.digit(s.charAt(j), 16) >= 0 && s.charAt(j) < 128) {
            j++;
        }
        int digits = j - (i + 3);
        if (digits < 1 || digits > maxHexDigits || j >= s.length() || s.charAt(j) != '}') {
            return 0;
        }
        return j + 1 - i;
    }

    /** Describes the malformed escape at {@code i} (a backslash). */
    static String describeEscape(String s, int i) {
        if (i + 1 >= s.length() || s.charAt(i + 1) == '\n' || s.charAt(i + 1) == '\r') {
            return "'\\' at the end of a line";
        }
        if (s.charAt(i + 1) == 'u') {
            return "malformed escape: write \\u{ then 1 to " + MAX_HEX_DIGITS + " hex digits then }";
        }
        return "unknown escape '\\" + new String(Character.toChars(s.codePointAt(i + 1)))
                + "' (valid: \\' \\\" \\\\ \\t \\n \\r \\u{...})";
    }

    static String describeChar(int cp) {
        if (cp < 0x20 || cp == 0x7F || Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT
                || Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return String.format("U+%04X", cp);
        }
        return "'" + new String(Character.toChars(cp)) + "'";
    }
}
