package dev.xtp4j.sdk.manifest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads manifest text (JSON or YAML) into a {@link Manifest}, reporting every problem with its line, column and JSON
 * pointer.
 *
 * <p>The text is first read into a small tree that remembers where each value stands, then checked field by field
 * against the upstream schema, which rejects unknown fields.
 */
final class ManifestReader {
    private static final Set<String> ROOT_FIELDS =
            Set.of("wasm", "memory", "config", "allowed_hosts", "allowed_paths", "timeout_ms");
    private static final Set<String> MEMORY_FIELDS =
            Set.of("max_pages", "max_http_response_bytes", "max_var_bytes");
    private static final List<String> ROOT_ORDER =
            List.of("wasm", "memory", "config", "allowed_hosts", "allowed_paths", "timeout_ms");
    private static final BigInteger U32_MAX = BigInteger.valueOf(0xFFFF_FFFFL);
    private static final BigInteger I64_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final String source;
    private final Path baseDir;
    private final List<ManifestException.Problem> problems = new ArrayList<>();
    private boolean yaml;

    ManifestReader(String source, Path baseDir) {
        this.source = source;
        this.baseDir = baseDir;
    }

    Manifest read(String text) {
        Node root = parseTree(text);
        if (root == null) {
            throw new ManifestException(problems);
        }
        if (!(root instanceof ObjectNode object)) {
            problem(root, "", "a manifest must be an object with a \"wasm\" list, found " + root.kind());
            throw new ManifestException(problems);
        }
        Manifest manifest = readRoot(object);
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(ManifestException.Problem::line)
                    .thenComparingInt(ManifestException.Problem::column));
            throw new ManifestException(problems);
        }
        return manifest;
    }

    // ---- the located tree ----

    private sealed interface Node permits ObjectNode, ArrayNode, ScalarNode {
        JsonLocation location();

        String kind();
    }

    private record Field(JsonLocation keyLocation, Node value) {}

    private record ObjectNode(JsonLocation location, Map<String, Field> fields) implements Node {
        @Override
        public String kind() {
            return "an object";
        }
    }

    private record ArrayNode(JsonLocation location, List<Node> items) implements Node {
        @Override
        public String kind() {
            return "a list";
        }
    }

    private record ScalarNode(JsonLocation location, JsonToken token, String text) implements Node {
        @Override
        public String kind() {
            return switch (token) {
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case VALUE_NULL -> "null";
                default -> "a value";
            };
        }

        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }
    }

    private Node parseTree(String text) {
        String trimmed = text.stripLeading();
        yaml = !(trimmed.startsWith("{") || trimmed.startsWith("["));
        JsonFactory factory = yaml ? new YAMLFactory() : new JsonFactory();
        factory.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new ManifestException.Problem(source, 1, 1, "", "the manifest is empty"));
                return null;
            }
            Node root = readNode(parser);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(new ManifestException.Problem(
                        source, at.getLineNr(), at.getColumnNr(), "", "unexpected content after the manifest"));
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            String what = yaml ? "YAML" : "JSON";
            problems.add(new ManifestException.Problem(
                    source, Math.max(line, 0), Math.max(column, 0), "", "not valid " + what + ": " + firstLine(e)));
            return null;
        } catch (IOException e) {
            problems.add(new ManifestException.Problem(source, 0, 0, "", "cannot read the manifest: " + e));
            return null;
        }
    }

    private static String firstLine(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private Node readNode(JsonParser parser) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Field> fields = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                JsonLocation keyAt = parser.currentTokenLocation();
                String key = parser.currentName();
                parser.nextToken();
                Node value = readNode(parser);
                if (fields.containsKey(key)) {
                    problems.add(new ManifestException.Problem(source, keyAt.getLineNr(), keyAt.getColumnNr(),
                            "", "duplicate field \"" + key + "\""));
                } else {
                    fields.put(key, new Field(keyAt, value));
                }
            }
            return new ObjectNode(at, fields);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(readNode(parser));
            }
            return new ArrayNode(at, items);
        }
        return new ScalarNode(at, token, parser.getText());
    }

    // ---- checking ----

    private Manifest readRoot(ObjectNode root) {
        rejectUnknown(root, "", ROOT_FIELDS, ROOT_ORDER);
        List<WasmSource> wasm = readWasmList(root);
        MemoryOptions memory = readMemory(root);
        Map<String, String> config = readStringMap(root, "config", "");
        List<String> hosts = readHosts(root);
        List<AllowedPath> paths = readPaths(root);
        Optional<Duration> timeout = Optional.empty();
        Field timeoutField = root.fields().get("timeout_ms");
        if (timeoutField != null && !isNull(timeoutField.value())) {
            Long ms = readUnsigned(timeoutField.value(), "/timeout_ms", I64_MAX);
            if (ms != null) {
                timeout = Optional.of(Duration.ofMillis(ms));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Manifest(wasm, memory, config, hosts, paths, timeout);
    }

    private List<WasmSource> readWasmList(ObjectNode root) {
        Field field = root.fields().get("wasm");
        if (field == null || isNull(field.value())) {
            problem(root, "/wasm", "No wasm files specified in Extism manifest");
            return List.of();
        }
        if (!(field.value() instanceof ArrayNode array)) {
            problem(field.value(), "/wasm", "\"wasm\" must be a list of modules, found " + field.value().kind());
            return List.of();
        }
        if (array.items().isEmpty()) {
            problem(array, "/wasm", "No wasm files specified in Extism manifest");
        }
        List<WasmSource> sources = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            WasmSource source = readWasm(array.items().get(i), "/wasm/" + i);
            if (source != null) {
                sources.add(source);
            }
        }
        return sources;
    }

    private WasmSource readWasm(Node node, String pointer) {
        if (!(node instanceof ObjectNode object)) {
            problem(node, pointer, "a wasm entry must be an object with \"path\", \"data\" or \"url\", found "
                    + node.kind());
            return null;
        }
        Map<String, Field> fields = object.fields();
        List<String> kinds = new ArrayList<>();
        for (String kind : List.of("path", "data", "url")) {
            if (fields.containsKey(kind)) {
                kinds.add(kind);
            }
        }
        if (kinds.isEmpty()) {
            problem(object, pointer, "a wasm entry needs one of \"path\", \"data\" or \"url\"");
            return null;
        }
        if (kinds.size() > 1) {
            problem(object, pointer, "a wasm entry has exactly one of \"path\", \"data\" or \"url\", found "
                    + String.join(" and ", kinds));
            return null;
        }
        String kind = kinds.get(0);
        List<String> allowed = switch (kind) {
            case "url" -> List.of("url", "headers", "method", "name", "hash");
            default -> List.of(kind, "name", "hash");
        };
        rejectUnknown(object, pointer, Set.copyOf(allowed), allowed);
        Optional<String> name = Optional.ofNullable(readOptionalString(object, "name", pointer));
        if (name.isPresent() && name.get().isEmpty()) {
            problem(fields.get("name").value(), pointer + "/name", "a module name must not be empty");
            name = Optional.empty();
        }
        Optional<String> hash = Optional.ofNullable(readOptionalString(object, "hash", pointer));
        if (hash.isPresent() && !dev.xtp4j.sdk.internal.Sha256.isSha256(hash.get())) {
            problem(fields.get("hash").value(), pointer + "/hash",
                    "\"hash\" must be a SHA-256 as 64 lower-case hex digits, found \"" + hash.get() + "\"");
            hash = Optional.empty();
        }
        Node value = fields.get(kind).value();
        String valuePointer = pointer + "/" + kind;
        switch (kind) {
            case "path" -> {
                String text = requireString(value, valuePointer, "\"path\" must be a string");
                if (text == null) {
                    return null;
                }
                if (text.isEmpty()) {
                    problem(value, valuePointer, "\"path\" must not be empty");
                    return null;
                }
                Path path = toPath(text, value, valuePointer);
                return path == null ? null : new WasmSource.File(path, name, hash);
            }
            case "data" -> {
                if (value instanceof ObjectNode) {
                    problem(value, valuePointer, "the {\"ptr\", \"len\"} form of \"data\" is for the Extism C API "
                            + "and cannot be used from Java; give the module as a base64 string");
                    return null;
                }
                String text = requireString(value, valuePointer, "\"data\" must be a base64 string");
                if (text == null) {
                    return null;
                }
                try {
                    return new WasmSource.Data(Base64.getDecoder().decode(text.strip()), name, hash);
                } catch (IllegalArgumentException e) {
                    problem(value, valuePointer, "\"data\" is not valid standard base64: " + e.getMessage());
                    return null;
                }
            }
            default -> {
                String text = requireString(value, valuePointer, "\"url\" must be a string");
                if (text == null) {
                    return null;
                }
                URI uri;
                try {
                    uri = new URI(text);
                } catch (URISyntaxException e) {
                    problem(value, valuePointer, "\"url\" is not a valid URL: " + e.getMessage());
                    return null;
                }
                String scheme = uri.getScheme();
                if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                    problem(value, valuePointer, "\"url\" must be an http or https URL, found \"" + text + "\"");
                    return null;
                }
                Map<String, String> headers = readStringMap(object, "headers", pointer);
                String method = readOptionalString(object, "method", pointer);
                return new WasmSource.Url(uri, headers, method == null ? "GET" : method, name, hash);
            }
        }
    }

    private MemoryOptions readMemory(ObjectNode root) {
        Field field = root.fields().get("memory");
        if (field == null || isNull(field.value())) {
            return MemoryOptions.DEFAULTS;
        }
        if (!(field.value() instanceof ObjectNode memory)) {
            problem(field.value(), "/memory", "\"memory\" must be an object, found " + field.value().kind());
            return MemoryOptions.DEFAULTS;
        }
        rejectUnknown(memory, "/memory", MEMORY_FIELDS,
                List.of("max_pages", "max_http_response_bytes", "max_var_bytes"));
        OptionalInt maxPages = OptionalInt.empty();
        OptionalLong maxHttp = OptionalLong.empty();
        long maxVars = MemoryOptions.DEFAULT_MAX_VAR_BYTES;
        Field pages = memory.fields().get("max_pages");
        if (pages != null && !isNull(pages.value())) {
            Long value = readUnsigned(pages.value(), "/memory/max_pages", U32_MAX);
            if (value != null) {
                if (value > com.dylibso.chicory.runtime.Memory.RUNTIME_MAX_PAGES) {
                    problem(pages.value(), "/memory/max_pages", "\"max_pages\" is " + value
                            + ", more than the " + com.dylibso.chicory.runtime.Memory.RUNTIME_MAX_PAGES
                            + " pages a JVM memory can hold");
                } else {
                    maxPages = OptionalInt.of(value.intValue());
                }
            }
        }
        Field http = memory.fields().get("max_http_response_bytes");
        if (http != null && !isNull(http.value())) {
            Long value = readUnsigned(http.value(), "/memory/max_http_response_bytes", I64_MAX);
            if (value != null) {
                maxHttp = OptionalLong.of(value);
            }
        }
        Field vars = memory.fields().get("max_var_bytes");
        if (vars != null && !isNull(vars.value())) {
            Long value = readUnsigned(vars.value(), "/memory/max_var_bytes", I64_MAX);
            if (value != null) {
                maxVars = value;
            }
        }
        return new MemoryOptions(maxPages, maxHttp, maxVars);
    }

    private List<String> readHosts(ObjectNode root) {
        Field field = root.fields().get("allowed_hosts");
        if (field == null || isNull(field.value())) {
            return List.of();
        }
        if (!(field.value() instanceof ArrayNode array)) {
            problem(field.value(), "/allowed_hosts",
                    "\"allowed_hosts\" must be a list of host globs, found " + field.value().kind());
            return List.of();
        }
        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            String host = requireString(array.items().get(i), "/allowed_hosts/" + i, "a host glob must be a string");
            if (host != null) {
                hosts.add(host);
            }
        }
        return hosts;
    }

    private List<AllowedPath> readPaths(ObjectNode root) {
        Map<String, String> raw = readStringMap(root, "allowed_paths", "");
        List<AllowedPath> paths = new ArrayList<>();
        ObjectNode object = raw.isEmpty() ? null : (ObjectNode) root.fields().get("allowed_paths").value();
        for (Map.Entry<String, String> entry : raw.entrySet()) {
            String key = entry.getKey();
            String pointer = "/allowed_paths/" + escape(key);
            Field field = object.fields().get(key);
            boolean readOnly = key.startsWith(AllowedPath.READ_ONLY_PREFIX);
            String hostText = readOnly ? key.substring(AllowedPath.READ_ONLY_PREFIX.length()) : key;
            if (hostText.isEmpty()) {
                problemAt(field.keyLocation(), pointer, "an allowed path needs a host directory");
                continue;
            }
            if (entry.getValue().isEmpty()) {
                problem(field.value(), pointer, "the guest path of an allowed path must not be empty");
                continue;
            }
            Path host = toPath(hostText, field.value(), pointer);
            if (host != null) {
                paths.add(new AllowedPath(host, entry.getValue(), readOnly));
            }
        }
        return paths;
    }

    // ---- helpers ----

    private Path toPath(String text, Node node, String pointer) {
        try {
            Path path = Path.of(text);
            return baseDir != null && !path.isAbsolute() ? baseDir.resolve(path).normalize() : path;
        } catch (InvalidPathException e) {
            problem(node, pointer, "not a valid path: " + e.getMessage());
            return null;
        }
    }

    private Map<String, String> readStringMap(ObjectNode parent, String key, String parentPointer) {
        Field field = parent.fields().get(key);
        String pointer = parentPointer + "/" + key;
        if (field == null || isNull(field.value())) {
            return Map.of();
        }
        if (!(field.value() instanceof ObjectNode object)) {
            problem(field.value(), pointer,
                    "\"" + key + "\" must be an object of strings, found " + field.value().kind());
            return Map.of();
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, Field> entry : object.fields().entrySet()) {
            String value = scalarText(entry.getValue().value(), pointer + "/" + escape(entry.getKey()),
                    "the value of \"" + entry.getKey() + "\" in \"" + key + "\" must be a string");
            if (value != null) {
                map.put(entry.getKey(), value);
            }
        }
        return map;
    }

    /**
     * A string value. In YAML an unquoted scalar such as {@code 3} or {@code true} is accepted as its text, because
     * YAML types unquoted scalars by their look; JSON requires a real string, as upstream does.
     */
    private String scalarText(Node node, String pointer, String message) {
        if (yaml && node instanceof ScalarNode scalar && !scalar.isNull()) {
            return scalar.text();
        }
        return requireString(node, pointer, message);
    }

    private String readOptionalString(ObjectNode object, String key, String pointer) {
        Field field = object.fields().get(key);
        if (field == null || isNull(field.value())) {
            return null;
        }
        return requireString(field.value(), pointer + "/" + key, "\"" + key + "\" must be a string");
    }

    private String requireString(Node node, String pointer, String message) {
        if (node instanceof ScalarNode scalar && scalar.token() == JsonToken.VALUE_STRING) {
            return scalar.text();
        }
        problem(node, pointer, message + ", found " + node.kind());
        return null;
    }

    private Long readUnsigned(Node node, String pointer, BigInteger max) {
        if (node instanceof ScalarNode scalar && scalar.token() == JsonToken.VALUE_NUMBER_INT) {
            BigInteger value = new BigInteger(scalar.text());
            if (value.signum() < 0) {
                problem(node, pointer, quotedLast(pointer) + " must not be negative, found " + value);
                return null;
            }
            if (value.compareTo(max) > 0) {
                problem(node, pointer, quotedLast(pointer) + " is too large: " + value + " (the largest is " + max + ")");
                return null;
            }
            return value.longValue();
        }
        problem(node, pointer, quotedLast(pointer) + " must be a non-negative integer, found " + node.kind());
        return null;
    }

    private static String quotedLast(String pointer) {
        return "\"" + pointer.substring(pointer.lastIndexOf('/') + 1) + "\"";
    }

    private void rejectUnknown(ObjectNode object, String pointer, Set<String> known, List<String> order) {
        for (Map.Entry<String, Field> entry : object.fields().entrySet()) {
            if (!known.contains(entry.getKey())) {
                problemAt(entry.getValue().keyLocation(), pointer + "/" + escape(entry.getKey()),
                        "unknown field \"" + entry.getKey() + "\"; expected one of " + String.join(", ", order));
            }
        }
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.isNull();
    }

    private void problem(Node node, String pointer, String message) {
        problemAt(node.location(), pointer, message);
    }

    private void problemAt(JsonLocation at, String pointer, String message) {
        problems.add(new ManifestException.Problem(source, at.getLineNr(), at.getColumnNr(), pointer, message));
    }

    /** Escapes a key for a JSON pointer (RFC 6901). */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
