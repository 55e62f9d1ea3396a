package dev.xtp4j.schema.wave;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses WAVE text into untyped {@link Node}s: the first of the two phases (syntax, then types). Syntax errors are
 * therefore reported before any type error, whatever their order in the text.
 */
final class SyntaxParser {

    /** Values may nest this deep; the next level is an error. */
    static final int MAX_DEPTH = 100;

    private static final String VALUE = "a value";

    private final Source source;
    private final Lexer lexer;
    private Token current;
    private Token peeked;
    private int depth;

    SyntaxParser(Source source) {
        this.source = source;
        this.lexer = new Lexer(source.text());
    }

    /** A parsed function call: the name token and the argument tuple node ({@code null} for {@code f()}). */
    record Call(Token name, Node arguments, int end) {
    }

    /** Parses a whole input that holds one value. */
    Node parseValue() throws WaveParseException {
        Node node = parseNode();
        finish();
        return node;
    }

    /** Parses a whole input that holds one function call {@code name(arg, ...)}. */
    Call parseCall() throws WaveParseException {
        Token name = lexer.nextFunctionName();
        if (name.kind() == Token.Kind.INVALID) {
            throw source.error(WaveErrorKind.INVALID_TOKEN, name.problem(), name);
        }
        Token open = advance("'(' after the function name");
        expect(open, Token.Kind.PAREN_OPEN, "'(' after the function name");
        Node arguments = null;
        if (peekKind() == Token.Kind.PAREN_CLOSE) {
            advance("')'");
        } else {
            arguments = parseSequence(Token.Kind.PAREN_OPEN, open.start());
        }
        int end = current.end();
        finish();
        return new Call(name, arguments, end);
    }

    private void finish() throws WaveParseException {
        Token next = peeked != null ? peeked : lexer.next();
        peeked = null;
        if (next.kind() != Token.Kind.END) {
            throw source.error(WaveErrorKind.TRAILING_CHARACTERS,
                    "found " + next.kind().text + (next.problem() == null ? "" : " (" + next.problem() + ")"), next);
        }
    }

    private Node parseNode() throws WaveParseException {
        if (depth >= MAX_DEPTH) {
            Token next = peek();
            throw source.error(WaveErrorKind.NESTING_TOO_DEEP,
                    "values may nest at most " + MAX_DEPTH + " levels deep", next.start(), next.end());
        }
        depth++;
        try {
            return parseNodeInner();
        } finally {
            depth--;
        }
    }

    private Node parseNodeInner() throws WaveParseException {
        Token token = advance(VALUE);
        switch (token.kind()) {
            case NUMBER:
                return Node.leaf(Node.Type.NUMBER, token);
            case CHAR:
                return Node.leaf(Node.Type.CHAR, token);
            case STRING:
                return Node.leaf(Node.Type.STRING, token);
            case MULTILINE_STRING:
                return Node.leaf(Node.Type.MULTILINE_STRING, token);
            case PAREN_OPEN:
            case BRACKET_OPEN:
                return parseSequence(token.kind(), token.start());
            case BRACE_OPEN:
                return parseRecordOrFlags(token.start());
            case LABEL:
                return parseLabelValue(token);
            default:
                throw unexpected(token, VALUE);
        }
    }

    private Node parseLabelValue(Token token) throws WaveParseException {
        switch (source.slice(token.start(), token.end())) {
            case "true":
                return Node.leaf(Node.Type.TRUE, token);
            case "false":
                return Node.leaf(Node.Type.FALSE, token);
            case "inf":
            case "nan":
                return Node.leaf(Node.Type.NUMBER, token);
            case "none":
                return Node.leaf(Node.Type.NONE, token);
            case "some": {
                Token open = advance("'(' after some");
                expect(open, Token.Kind.PAREN_OPEN, "'(' after some");
                return withPayload(Node.Type.SOME, token.start(), List.of());
            }
            case "ok":
                return maybePayload(Node.Type.OK, token, List.of());
            case "err":
                return maybePayload(Node.Type.ERR, token, List.of());
            default:
                return maybePayload(Node.Type.VARIANT_WITH_PAYLOAD, token, List.of(Node.leaf(Node.Type.LABEL, token)));
        }
    }

    /** A label, {@code ok} or {@code err}, optionally followed by {@code (payload)}. */
    private Node maybePayload(Node.Type type, Token token, List<Node> prefix) throws WaveParseException {
        if (peekKind() != Token.Kind.PAREN_OPEN) {
            return type == Node.Type.VARIANT_WITH_PAYLOAD ? prefix.get(0) : Node.leaf(type, token);
        }
        advance("'('");
        return withPayload(type, token.start(), prefix);
    }

    /** After an opening parenthesis: the payload value and the closing parenthesis. */
    private Node withPayload(Node.Type type, int start, List<Node> prefix) throws WaveParseException {
        Node payload = parseNode();
        Token close = advance("')'");
        expect(close, Token.Kind.PAREN_CLOSE, "')'");
        List<Node> children = new ArrayList<>(prefix);
        children.add(payload);
        return new Node(type, start, close.end(), children);
    }

    /** A tuple or list after its opening bracket: comma-separated values, a trailing comma allowed. */
    private Node parseSequence(Token.Kind open, int start) throws WaveParseException {
        boolean tuple = open == Token.Kind.PAREN_OPEN;
        Token.Kind close = tuple ? Token.Kind.PAREN_CLOSE : Token.Kind.BRACKET_CLOSE;
        String separatorOrClose = "',' or " + close.text;
        List<Node> children = new ArrayList<>();
        if (peekKind() == close) {
            advance(close.text);
        } else {
            while (true) {
                children.add(parseNode());
                Token token = advance(separatorOrClose);
                if (token.kind() == close) {
                    break;
                }
                expect(token, Token.Kind.COMMA, separatorOrClose);
                if (peekKind() == close) {
                    advance(close.text);
                    break;
                }
            }
        }
        if (tuple && children.isEmpty()) {
            throw source.error(WaveErrorKind.EMPTY_TUPLE, "a tuple needs at least one element", start, current.end());
        }
        return new Node(tuple ? Node.Type.TUPLE : Node.Type.LIST, start, current.end(), children);
    }

    /** After {@code {}: {@code {:}}, {@code {}}, record fields {@code label: value} or flags {@code label}. */
    private Node parseRecordOrFlags(int start) throws WaveParseException {
        Token first = advance("a field, a flag, ':' or '}'");
        if (first.kind() == Token.Kind.COLON) {
            Token close = advance("'}' after '{:'");
            expect(close, Token.Kind.BRACE_CLOSE, "'}' after '{:'");
            return new Node(Node.Type.RECORD, start, close.end(), List.of());
        }
        if (first.kind() == Token.Kind.BRACE_CLOSE) {
            return new Node(Node.Type.FLAGS, start, first.end(), List.of());
        }
        boolean record = peekKind() == Token.Kind.COLON;
        String what = record ? "a field name" : "a flag name";
        Set<String> seen = new HashSet<>();
        List<Node> children = new ArrayList<>();
        Token token = first;
        while (true) {
            expect(token, Token.Kind.LABEL, what);
            String name = labelName(token);
            if (!seen.add(name)) {
                throw source.error(record ? WaveErrorKind.DUPLICATE_FIELD : WaveErrorKind.DUPLICATE_FLAG,
                        "\"" + name + "\"", token);
            }
            children.add(Node.leaf(Node.Type.LABEL, token));
            if (record) {
                Token colon = advance("':' after the field name");
                expect(colon, Token.Kind.COLON, "':' after the field name");
                children.add(parseNode());
            }
            Token next = advance("',' or '}'");
            if (next.kind() == Token.Kind.BRACE_CLOSE) {
                break;
            }
            expect(next, Token.Kind.COMMA, "',' or '}'");
            token = advance(what + " or '}'");
            if (token.kind() == Token.Kind.BRACE_CLOSE) {
                break;
            }
        }
        return new Node(record ? Node.Type.RECORD : Node.Type.FLAGS, start, current.end(), children);
    }

    /** The name a label token stands for, without its {@code %} prefix. */
    private String labelName(Token token) {
        int start = source.text().charAt(token.start()) == '%' ? token.start() + 1 : token.start();
        return source.slice(start, token.end());
    }

    private Token peek() {
        if (peeked == null) {
            peeked = lexer.next();
        }
        return peeked;
    }

    private Token.Kind peekKind() {
        return peek().kind();
    }

    /** Moves to the next token; an invalid token or the end of the input is an error here. */
    private Token advance(String expected) throws WaveParseException {
        Token token = peek();
        peeked = null;
        if (token.kind() == Token.Kind.INVALID) {
            throw source.error(WaveErrorKind.INVALID_TOKEN, token.problem(), token);
        }
        if (token.kind() == Token.Kind.END) {
            throw source.error(WaveErrorKind.UNEXPECTED_END, "expected " + expected, token);
        }
        current = token;
        return token;
    }

    private void expect(Token token, Token.Kind kind, String expected) throws WaveParseException {
        if (token.kind() != kind) {
            throw unexpected(token, expected);
        }
    }

    private WaveParseException unexpected(Token token, String expected) {
        String found = token.kind() == Token.Kind.LABEL
                ? "label " + source.slice(token.start(), token.end())
                : token.kind().text;
        return source.error(WaveErrorKind.UNEXPECTED_TOKEN, "found " + found + ", expected " + expected, token);
    }
}
