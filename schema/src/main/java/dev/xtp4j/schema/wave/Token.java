package dev.xtp4j.schema.wave;

/**
 * A token of WAVE text: its kind and its span (UTF-16 indices, end exclusive). An {@link Kind#INVALID} token carries
 * the reason in {@code problem}.
 */
record Token(Kind kind, int start, int end, String problem) {

    /** Token kinds; {@link #text} is how messages name them. */
    enum Kind {
        BRACE_OPEN("'{'"),
        BRACE_CLOSE("'}'"),
        PAREN_OPEN("'('"),
        PAREN_CLOSE("')'"),
        BRACKET_OPEN("'['"),
        BRACKET_CLOSE("']'"),
        COLON("':'"),
        COMMA("','"),
        NUMBER("a number"),
        LABEL("a label"),
        CHAR("a char"),
        STRING("a string"),
        MULTILINE_STRING("a multiline string"),
        FUNCTION_NAME("a function name"),
        END("the end of the input"),
        INVALID("an invalid token");

        final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    static Token of(Kind kind, int start, int end) {
        return new Token(kind, start, end, null);
    }

    static Token invalid(int start, int end, String problem) {
        return new Token(Kind.INVALID, start, end, problem);
    }
}
