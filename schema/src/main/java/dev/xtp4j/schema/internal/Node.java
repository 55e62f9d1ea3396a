package dev.xtp4j.schema.internal;

import java.util.List;
import java.util.Optional;

/**
 * A node of a loaded YAML or JSON document, with its 1-based start position. The reader builds this small tree from
 * SnakeYAML or Jackson so that the validator never touches a parser library's types.
 */
sealed interface Node {

    /** @return the 1-based line where the node starts */
    int line();

    /** @return the 1-based column where the node starts */
    int column();

    /** @return the node kind as used in messages: "a mapping", "a sequence", "a string", ... */
    String kindName();

    /** The kind of a scalar, following the YAML 1.2 core schema (quoted scalars are always strings). */
    enum ScalarKind {
        STRING("a string"), BOOL("a boolean"), INT("a number"), FLOAT("a number"), NULL("null");

        final String kindName;

        ScalarKind(String kindName) {
            this.kindName = kindName;
        }
    }

    /** A scalar: its text as written (without quotes) and its kind. */
    record Scalar(int line, int column, String text, ScalarKind kind) implements Node {
        @Override
        public String kindName() {
            return kind.kindName;
        }

        boolean isNull() {
            return kind == ScalarKind.NULL;
        }
    }

    /** A sequence. */
    record Seq(int line, int column, List<Node> items) implements Node {
        @Override
        public String kindName() {
            return "a sequence";
        }
    }

    /** One key/value pair of a mapping. */
    record Entry(Scalar key, Node value) {
        String name() {
            return key.text();
        }
    }

    /** A mapping; entries keep document order, duplicate keys have already been reported and dropped. */
    record Map(int line, int column, List<Entry> entries) implements Node {
        @Override
        public String kindName() {
            return "a mapping";
        }

        Optional<Entry> entry(String key) {
            for (Entry e : entries) {
                if (e.name().equals(key)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }

        /** @return the value of a key, or null when absent */
        Node get(String key) {
            return entry(key).map(Entry::value).orElse(null);
        }
    }
}
