package dev.xtp4j.schema.internal;

import java.util.StringJoiner;

/**
 * Renders nodes the way the reference parser (JavaScript) renders values in its messages, so that messages match
 * for unusual input too: {@link #toString(Node)} is a template-literal conversion ({@code `${value}`}),
 * {@link #stringify(Node)} its {@code stringify} helper (JSON for objects and arrays).
 */
final class Js {

    private Js() {
    }

    static String toString(Node node) {
        if (node instanceof Node.Scalar s) {
            return scalar(s);
        }
        if (node instanceof Node.Seq seq) {
            StringJoiner j = new StringJoiner(",");
            for (Node item : seq.items()) {
                j.add(item instanceof Node.Scalar s && s.isNull() ? "" : toString(item));
            }
            return j.toString();
        }
        return "[object Object]";
    }

    static String stringify(Node node) {
        if (node instanceof Node.Scalar s) {
            return scalar(s);
        }
        return json(node);
    }

    private static String scalar(Node.Scalar s) {
        switch (s.kind()) {
            case NULL:
                return "null";
            case BOOL:
                return s.text().toLowerCase(java.util.Locale.ROOT);
            default:
                return s.text();
        }
    }

    private static String json(Node node) {
        if (node instanceof Node.Map m) {
            StringJoiner j = new StringJoiner(",", "{", "}");
            for (Node.Entry e : m.entries()) {
                j.add(quote(e.name()) + ":" + json(e.value()));
            }
            return j.toString();
        }
        if (node instanceof Node.Seq seq) {
            StringJoiner j = new StringJoiner(",", "[", "]");
            for (Node item : seq.items()) {
                j.add(json(item));
            }
            return j.toString();
        }
        Node.Scalar s = (Node.Scalar) node;
        return s.kind() == Node.ScalarKind.STRING ? quote(s.text()) : scalar(s);
    }

    private static String quote(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }
}
