package dev.xtp4j.schema.wave;

/** The text being parsed: slices it and turns offsets into positioned errors. */
final class Source {

    private final String text;

    Source(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    String slice(int start, int end) {
        return text.substring(start, end);
    }

    String slice(Node node) {
        return text.substring(node.start(), node.end());
    }

    WaveParseException error(WaveErrorKind kind, String detail, int start, int end) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < start; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = text.codePointCount(lineStart, start) + 1;
        return new WaveParseException(kind, detail, start, end, line, column);
    }

    WaveParseException error(WaveErrorKind kind, String detail, Node node) {
        return error(kind, detail, node.start(), node.end());
    }

    WaveParseException error(WaveErrorKind kind, String detail, Token token) {
        return error(kind, detail, token.start(), token.end());
    }
}
