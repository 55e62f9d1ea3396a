package dev.xtp4j.karmem.schema;

import dev.xtp4j.karmem.KarmemSchemaException;
import dev.xtp4j.karmem.KarmemSchemaException.Position;

/**
 * Splits {@code .km} text into tokens. Whitespace is not a token, but every token records whether spaces or a line
 * break preceded it, because the grammar is line-sensitive (a field, a header or a declaration head must be written
 * on one line). Tags ({@code @name(value)}) are lexed as one token because their inside has its own rules.
 */
final class KmLexer {

    enum Kind {
        /** Letters and digits, not all digits: keywords, names, scalar types. */
        WORD,
        /** Decimal digits only. */
        NUMBER,
        /** {@code @name(value)}. */
        TAG,
        SEMICOLON,
        LEFT_BRACE,
        RIGHT_BRACE,
        LEFT_BRACKET,
        RIGHT_BRACKET,
        LESS,
        EQUALS,
        EOF
    }

    record Token(Kind kind, String text, String tagValue, Position position, boolean spaceBefore,
            boolean newlineBefore) {

        String describe() {
            switch (kind) {
                case EOF:
                    return "the end of the file";
                case TAG:
                    return "tag @" + text;
                default:
                    return "'" + text + "'";
            }
        }
    }

    private final String text;
    private final String file;
    private int index;
    private int line = 1;
    private int column = 1;

    KmLexer(String text, String file) {
        this.text = text;
        this.file = file;
        if (text.startsWith("\uFEFF")) {
            index = 1;
        }
    }

    private int peekChar() {
        return index < text.length() ? text.codePointAt(index) : -1;
    }

    private void advance() {
        int c = text.codePointAt(index);
        index += Character.charCount(c);
        if (c == '\n' || (c == '\r' && (index >= text.length() || text.charAt(index) != '\n'))) {
            line++;
            column = 1;
        } else if (c != '\r') {
            column++;
        }
    }

    private Position here() {
        return new Position(file, line, column);
    }

    private KarmemSchemaException error(Position at, String detail) {
        return new KarmemSchemaException(at, detail);
    }

    Token next() {
        boolean space = false;
        boolean newline = false;
        while (true) {
            int c = peekChar();
            if (c == ' ' || c == '\t') {
                space = true;
            } else if (c == '\n' || c == '\r') {
                space = true;
                newline = true;
            } else {
                break;
            }
            advance();
        }
        Position start = here();
        int c = peekChar();
        if (c == -1) {
            return new Token(Kind.EOF, "", null, start, space, newline);
        }
        Kind single = switch (c) {
            case ';' -> Kind.SEMICOLON;
            case '{' -> Kind.LEFT_BRACE;
            case '}' -> Kind.RIGHT_BRACE;
            case '[' -> Kind.LEFT_BRACKET;
            case ']' -> Kind.RIGHT_BRACKET;
            case '<' -> Kind.LESS;
            case '=' -> Kind.EQUALS;
            default -> null;
        };
        if (single != null) {
            advance();
            return new Token(single, Character.toString(c), null, start, space, newline);
        }
        if (Names.isLetter(c) || Names.isDigit(c)) {
            int from = index;
            boolean digitsOnly = true;
            while (Names.isLetter(peekChar()) || Names.isDigit(peekChar())) {
                digitsOnly &= Names.isDigit(peekChar());
                advance();
            }
            checkNameContinuation(text.substring(from, index));
            return new Token(digitsOnly ? Kind.NUMBER : Kind.WORD, text.substring(from, index), null, start, space,
                    newline);
        }
        if (c == '@') {
            return tag(start, space, newline);
        }
        throw error(start, unexpected(c));
    }

    /** Gives a precise message when a name runs into a character that names cannot hold. */
    private void checkNameContinuation(String word) {
        int c = peekChar();
        if (c == '_' || c == '-' || c == '$' || (c > 127 && Character.isLetterOrDigit(c))) {
            throw error(here(), "'" + word + new String(Character.toChars(c))
                    + "...' is not a valid name: names use ASCII letters and digits only");
        }
    }

    private static String unexpected(int c) {
        if (c == '/' || c == '#') {
            return "comments are not allowed in .km files";
        }
        if (c == '-') {
            return "unexpected '-': names cannot contain '-' and numbers cannot be negative";
        }
        if (c == '_' || c == '$') {
            return "unexpected " + Names.describe(c) + ": names use ASCII letters and digits only";
        }
        if (c > 127 && Character.isLetterOrDigit(c)) {
            return "unexpected non-ASCII character " + Names.describe(c)
                    + ": names use ASCII letters and digits only";
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return "unexpected whitespace character U+" + String.format("%04X", c)
                    + ": only spaces, tabs and line breaks separate tokens";
        }
        return "unexpected character " + Names.describe(c);
    }

    private Token tag(Position start, boolean space, boolean newline) {
        advance(); // '@'
        int from = index;
        while (Names.isLetter(peekChar()) || peekChar() == '.') {
            advance();
        }
        String name = text.substring(from, index);
        if (name.isEmpty()) {
            throw error(here(), "expected a tag name after '@' (tags are written @name(value)), found "
                    + Names.describe(peekChar()));
        }
        if (peekChar() != '(') {
            throw error(here(), "expected '(' after @" + name + " (tags are written @name(value)), found "
                    + Names.describe(peekChar()));
        }
        advance();
        String value;
        if (peekChar() == '`') {
            Position open = here();
            advance();
            int valueFrom = index;
            while (peekChar() != '`') {
                int c = peekChar();
                if (c == -1 || c == '\n' || c == '\r') {
                    throw error(open, "unterminated back-quoted value of tag @" + name
                            + " (a tag value must end on the same line)");
                }
                if (c == ')' || c == ';') {
                    throw error(here(), "a tag value cannot contain " + Names.describe(c));
                }
                advance();
            }
            value = text.substring(valueFrom, index);
            advance();
        } else {
            int valueFrom = index;
            while (Names.isLetter(peekChar()) || Names.isDigit(peekChar())) {
                advance();
            }
            value = text.substring(valueFrom, index);
        }
        if (peekChar() != ')') {
            throw error(here(), "expected ')' to close tag @" + name + ", found " + Names.describe(peekChar())
                    + " (a value other than letters and digits must be back-quoted)");
        }
        advance();
        return new Token(Kind.TAG, name, value, start, space, newline);
    }
}
