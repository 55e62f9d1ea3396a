package dev.xtp4j.schema.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Loads a YAML or JSON document into a {@link Node} tree, reporting syntax problems as positioned diagnostics.
 *
 * <p>A document whose first character (after white space and a byte-order mark) is <code>{</code> or {@code [} is read
 * as JSON with Jackson; if that fails but the text is valid YAML (a flow-style YAML document), the YAML reading is
 * used. Everything else is read with SnakeYAML. Scalars are typed by the YAML 1.2 core schema rules, not SnakeYAML's
 * YAML 1.1 ones: {@code yes}, {@code no}, {@code on} and {@code off} are strings.
 */
final class DocumentLoader {

    /** Upper bound on nodes after alias expansion; guards against "billion laughs" documents. */
    static final int MAX_NODES = 1_000_000;

    /** Upper bound on nesting, for YAML and JSON alike. */
    static final int MAX_DEPTH = 100;

    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Pattern.compile(
            "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN");

    private final Sink sink;
    private int nodeCount;
    private boolean tooLarge;

    DocumentLoader(Sink sink) {
        this.sink = sink;
    }

    /** @return the root node, or null when the document is empty or unreadable (a diagnostic has been reported) */
    Node load(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String trimmed = body.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            Sink jsonSink = new Sink(sink.source());
            Node json = new DocumentLoader(jsonSink).loadJson(body);
            if (jsonSink.errorCount() == 0) {
                return json;
            }
            Sink yamlSink = new Sink(sink.source());
            Node yaml = new DocumentLoader(yamlSink).loadYaml(body);
            if (yamlSink.errorCount() == 0 && yaml != null) {
                return yaml;
            }
            jsonSink.sorted().forEach(d -> sink.error(d.message(), d.path(), d.line(), d.column()));
            return null;
        }
        return loadYaml(body);
    }

    // ---------------------------------------------------------------- YAML

    Node loadYaml(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMergeOnCompose(true);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(200);
        options.setCodePointLimit(64 * 1024 * 1024);
        options.setNestingDepthLimit(MAX_DEPTH);
        org.yaml.snakeyaml.nodes.Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : "unreadable document";
            String context = e.getContext();
            String message = context == null ? Messages.invalidYaml(problem)
                    : Messages.invalidYaml(problem + " (" + context + ")");
            sink.error(message, "#", mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1);
            return null;
        } catch (ReaderException e) {
            int[] lc = lineColumnOfCodePoint(text, e.getPosition());
            sink.error(Messages.invalidYaml("special characters are not allowed (code point 0x"
                    + Integer.toHexString(e.getCodePoint()) + ")"), "#", lc[0], lc[1]);
            return null;
        } catch (YAMLException e) {
            sink.error(Messages.invalidYaml(String.valueOf(e.getMessage())), "#", 1, 1);
            return null;
        }
        if (root == null) {
            sink.error(Messages.EMPTY_DOCUMENT, "#", 1, 1);
            return null;
        }
        Node converted = convert(root, new Path(null, "#"), new IdentityHashMap<>());
        if (tooLarge) {
            sink.error(Messages.tooLarge(MAX_NODES), "#", 1, 1);
            return null;
        }
        return converted;
    }

    private static int[] lineColumnOfCodePoint(String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int cp = 0;
        for (int i = 0; i < text.length() && cp < codePointIndex; cp++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /** A path built only when a problem is reported. */
    private record Path(Path parent, String segment) {
        @Override
        public String toString() {
            return parent == null ? segment : parent + "/" + segment;
        }
    }

    private Node convert(org.yaml.snakeyaml.nodes.Node node, Path path,
            Map<org.yaml.snakeyaml.nodes.Node, Boolean> onPath) {
        int line = node.getStartMark().getLine() + 1;
        int column = node.getStartMark().getColumn() + 1;
        if (++nodeCount > MAX_NODES) {
            tooLarge = true;
            return new Node.Scalar(line, column, "", Node.ScalarKind.NULL);
        }
        if (tooLarge) {
            return new Node.Scalar(line, column, "", Node.ScalarKind.NULL);
        }
        if (node instanceof ScalarNode s) {
            return scalar(line, column, s);
        }
        if (onPath.containsKey(node)) {
            sink.error(Messages.RECURSIVE_ALIAS, path.toString(), line, column);
            return new Node.Scalar(line, column, "", Node.ScalarKind.NULL);
        }
        onPath.put(node, Boolean.TRUE);
        try {
            if (node instanceof SequenceNode seq) {
                List<Node> items = new ArrayList<>();
                for (org.yaml.snakeyaml.nodes.Node item : seq.getValue()) {
                    items.add(convert(item, new Path(path, Integer.toString(items.size())), onPath));
                }
                return new Node.Seq(line, column, List.copyOf(items));
            }
            MappingNode map = (MappingNode) node;
            List<Node.Entry> entries = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : map.getValue()) {
                org.yaml.snakeyaml.nodes.Node k = tuple.getKeyNode();
                int kl = k.getStartMark().getLine() + 1;
                int kc = k.getStartMark().getColumn() + 1;
                if (!(k instanceof ScalarNode ks)) {
                    sink.error(Messages.NON_SCALAR_KEY, path.toString(), kl, kc);
                    continue;
                }
                Node.Scalar key = new Node.Scalar(kl, kc, ks.getValue(), Node.ScalarKind.STRING);
                Node value = convert(tuple.getValueNode(), new Path(path, key.text()), onPath);
                if (!seen.add(key.text())) {
                    sink.error(Messages.duplicateKey(key.text()), path + "/" + key.text(), kl, kc);
                    continue;
                }
                entries.add(new Node.Entry(key, value));
            }
            return new Node.Map(line, column, List.copyOf(entries));
        } finally {
            onPath.remove(node);
        }
    }

    private static Node.Scalar scalar(int line, int column, ScalarNode s) {
        String text = s.getValue();
        if (s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
            return new Node.Scalar(line, column, text, Node.ScalarKind.STRING);
        }
        return new Node.Scalar(line, column, text, plainKind(text));
    }

    /** Types a plain scalar by the YAML 1.2 core schema. */
    static Node.ScalarKind plainKind(String text) {
        switch (text) {
            case "":
            case "~":
            case "null":
            case "Null":
            case "NULL":
                return Node.ScalarKind.NULL;
            case "true":
            case "True":
            case "TRUE":
            case "false":
            case "False":
            case "FALSE":
                return Node.ScalarKind.BOOL;
            default:
                break;
        }
        if ("0123456789+-.".indexOf(text.charAt(0)) < 0) {
            return Node.ScalarKind.STRING; // the common case: no number starts this way
        }
        Node.ScalarKind kind;
        if (INT.matcher(text).matches()) {
            kind = Node.ScalarKind.INT;
        } else if (FLOAT.matcher(text).matches()) {
            kind = Node.ScalarKind.FLOAT;
        } else {
            kind = Node.ScalarKind.STRING;
        }
        return kind;
    }

    // ---------------------------------------------------------------- JSON

    Node loadJson(String text) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                .build();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                sink.error(Messages.EMPTY_DOCUMENT, "#", 1, 1);
                return null;
            }
            Node root = readJson(parser, "#");
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                JsonLocation loc = parser.currentTokenLocation();
                sink.error(Messages.invalidJson("unexpected content after the end of the document"), "#",
                        loc.getLineNr(), loc.getColumnNr());
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            sink.error(Messages.invalidJson(e.getOriginalMessage()), "#", loc == null ? 1 : loc.getLineNr(),
                    loc == null ? 1 : loc.getColumnNr());
            return null;
        } catch (IOException e) {
            sink.error(Messages.invalidJson(String.valueOf(e.getMessage())), "#", 1, 1);
            return null;
        }
    }

    private Node readJson(JsonParser p, String path) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int column = loc.getColumnNr();
        JsonToken t = p.currentToken();
        if (++nodeCount > MAX_NODES) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, Messages.tooLarge(MAX_NODES));
        }
        switch (t) {
            case START_OBJECT: {
                List<Node.Entry> entries = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation kl = p.currentTokenLocation();
                    String name = p.currentName();
                    Node.Scalar key = new Node.Scalar(kl.getLineNr(), kl.getColumnNr(), name,
                            Node.ScalarKind.STRING);
                    p.nextToken();
                    Node value = readJson(p, path + "/" + name);
                    if (!seen.add(name)) {
                        sink.error(Messages.duplicateKey(name), path + "/" + name, key.line(), key.column());
                        continue;
                    }
                    entries.add(new Node.Entry(key, value));
                }
                return new Node.Map(line, column, List.copyOf(entries));
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readJson(p, path + "/" + items.size()));
                }
                return new Node.Seq(line, column, List.copyOf(items));
            }
            case VALUE_STRING:
                return new Node.Scalar(line, column, p.getText(), Node.ScalarKind.STRING);
            case VALUE_NUMBER_INT:
                return new Node.Scalar(line, column, p.getText(), Node.ScalarKind.INT);
            case VALUE_NUMBER_FLOAT:
                return new Node.Scalar(line, column, p.getText(), Node.ScalarKind.FLOAT);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.Scalar(line, column, p.getText(), Node.ScalarKind.BOOL);
            case VALUE_NULL:
                return new Node.Scalar(line, column, "null", Node.ScalarKind.NULL);
            default:
                throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected token " + t);
        }
    }
}
