package dev.xtp4j.schema.wave;

/**
 * Decodes char, string and multiline string literals whose syntax the {@link Lexer} has accepted: resolves
 * escapes (checking that <code>&#92;u{...}</code> names a Unicode scalar value) and applies the multiline rules.
 */
final class TextDecoder {

    private final Source source;

    TextDecoder(Source source) {
        this.source = source;
    }

    /** Decodes a char node to its code point. */
    int decodeChar(Node node) throws WaveParseException {
        String text = source.text();
        int inner = node.start() + 1;
        if (text.charAt(inner) != '\\') {
            return text.codePointAt(inner);
        }
        int cp = unescape(text, inner);
        if (cp < 0) {
            throw source.error(WaveErrorKind.INVALID_ESCAPE, escapeProblem(text, inner), node);
        }
        return cp;
    }

    /** Decodes a single-line or multiline string node. */
    String decodeString(Node node) throws WaveParseException {
        if (node.type() == Node.Type.STRING) {
            StringBuilder out = new StringBuilder(node.end() - node.start());
            appendDecoded(out, node.start() + 1, node.end() - 1);
            return out.toString();
        }
        return decodeMultiline(node);
    }

    /**
     * A multiline string: the opening {@code """} is followed by a line break (LF or CRLF); the closing
     * {@code """} is preceded on its line by spaces only, and that many spaces are removed from every content
     * line (a line with less indentation is an error). The line breaks after the opening and before the closing
     * delimiter are dropped, the others become LF; a CR right before an LF is dropped.
     */
    private String decodeMultiline(Node node) throws WaveParseException {
        String text = source.text();
        int contentStart = node.start() + 3;
        int contentEnd = node.end() - 3;
        // A CR right after the opening delimiter belongs to its (CRLF) line break.
        int firstStart = text.charAt(contentStart) == '\r' ? contentStart + 1 : contentStart;
        int lastBreak = text.lastIndexOf('\n', contentEnd - 1);
        boolean hasBreak = lastBreak >= firstStart;
        int closingLineStart = hasBreak ? lastBreak + 1 : firstStart;
        if (!onlySpaces(text, closingLineStart, contentEnd)) {
            throw source.error(WaveErrorKind.INVALID_MULTILINE_STRING,
                    "closing \"\"\" must be on a line preceded only by spaces", contentEnd, node.end());
        }
        if (!hasBreak || text.charAt(firstStart) != '\n') {
            throw source.error(WaveErrorKind.INVALID_MULTILINE_STRING,
                    "opening \"\"\" must be followed immediately by a line break", contentStart, contentStart + 1);
        }
        int indent = contentEnd - closingLineStart;
        StringBuilder out = new StringBuilder(contentEnd - contentStart);
        int lineStart = firstStart + 1;
        boolean firstLine = true;
        while (lineStart < closingLineStart) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (!firstLine) {
                out.append('\n');
            }
            firstLine = false;
            if (lineEnd - lineStart < indent || !onlySpaces(text, lineStart, lineStart + indent)) {
                throw source.error(WaveErrorKind.INVALID_MULTILINE_STRING,
                        "lines must be indented at least as much as the closing \"\"\" (" + indent + " spaces)",
                        lineStart, lineStart + 1);
            }
            int end = lineEnd;
            if (end > lineStart + indent && text.charAt(end - 1) == '\r') {
                end--;
            }
            appendDecoded(out, lineStart + indent, end);
            lineStart = lineEnd + 1;
        }
        return out.toString();
    }

    private static boolean onlySpaces(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Appends {@code text[start, end)} with escapes resolved. */
    private void appendDecoded(StringBuilder out, int start, int end) throws WaveParseException {
        String text = source.text();
        int i = start;
        while (i < end) {
            int backslash = text.indexOf('\\', i);
            if (backslash < 0 || backslash >= end) {
                out.append(text, i, end);
                return;
            }
            out.append(text, i, backslash);
            int length = Lexer.escapeLength(text, backslash, Lexer.MAX_HEX_DIGITS);
            int cp = length == 0 || backslash + length > end ? -1 : unescape(text, backslash);
            if (cp < 0) {
                throw source.error(WaveErrorKind.INVALID_ESCAPE, escapeProblem(text, backslash),
                        backslash, backslash + 1);
            }
            out.appendCodePoint(cp);
            i = backslash + length;
        }
    }

    /** Resolves the escape at {@code i}; returns -1 if it is malformed or names no Unicode scalar value. */
    private static int unescape(String text, int i) {
        int length = Lexer.escapeLength(text, i, Lexer.MAX_HEX_DIGITS);
        if (length == 0) {
            return -1;
        }
        switch (text.charAt(i + 1)) {
            case '\'':
                return '\'';
            case '"':
                return '"';
            case '\\':
                return '\\';
            case 't':
                return '\t';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            default:
                int cp = Integer.parseInt(text.substring(i + 3, i + length - 1), 16);
                return Values.isScalar(cp) ? cp : -1;
        }
    }

    private static String escapeProblem(String text, int i) {
        int length = Lexer.escapeLength(text, i, Lexer.MAX_HEX_DIGITS);
        if (length > 0) {
            return text.substring(i, i + length) + " is not a Unicode scalar value "
                    + "(surrogates D800-DFFF and values above 10FFFF are not)";
        }
        int longLength = Lexer.escapeLength(text, i, Integer.MAX_VALUE);
        if (longLength > 0) {
            return Values.abbreviate(text.substring(i, i + longLength)) + " has more than "
                    + Lexer.MAX_HEX_DIGITS + " hex digits";
        }
        return Lexer.describeEscape(text, i);
    }
}
