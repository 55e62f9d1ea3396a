package dev.xtp4j.schema.wave;

import java.util.List;

/**
 * A node of parsed but not yet typed WAVE text, with its span in the source (UTF-16 indices, end exclusive).
 * Leaf nodes keep their text in the source; record nodes hold label and value children alternately; a
 * {@link Type#VARIANT_WITH_PAYLOAD} node holds a label and the payload; option and result nodes hold their payload,
 * if any.
 */
record Node(Type type, int start, int end, List<Node> children) {

    /** What a node is; WAVE cannot tell a bool, enum, variant, option or result apart without the type. */
    enum Type {
        TRUE, FALSE, NUMBER, CHAR, STRING, MULTILINE_STRING, TUPLE, LIST, RECORD, FLAGS, LABEL,
        VARIANT_WITH_PAYLOAD, SOME, NONE, OK, ERR
    }

    Node {
        children = List.copyOf(children);
    }

    static Node leaf(Type type, Token token) {
        return new Node(type, token.start(), token.end(), List.of());
    }

    /** Returns the payload child of an option, result or variant node, or {@code null}. */
    Node payload() {
        if (children.isEmpty()) {
            return null;
        }
        return children.get(children.size() - 1);
    }
}
