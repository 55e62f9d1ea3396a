package dev.xtp4j.codegen.c;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares JSON documents as values: objects by members (in any order), arrays in order, strings exactly, and numbers
 * by value (so {@code 3.4028235E38} equals {@code 3.4028235e+38}, and {@code 2} equals {@code 2.0}).
 */
final class JsonAssert {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonAssert() {}

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + e.getOriginalMessage() + "\n" + json, e);
        }
    }

    static void assertJsonEquals(String expected, String actual) {
        List<String> differences = new ArrayList<>();
        compare("", parse(expected), parse(actual), differences);
        if (!differences.isEmpty()) {
            fail("JSON differs:\n  " + String.join("\n  ", differences) + "\nexpected: " + expected + "\nactual:   "
                    + actual);
        }
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isNumber() && actual.isNumber()) {
            boolean same = expected.isIntegralNumber() && actual.isIntegralNumber()
                    ? expected.bigIntegerValue().equals(actual.bigIntegerValue())
                    : Double.compare(expected.doubleValue(), actual.doubleValue()) == 0;
            if (!same) {
                differences.add(path + ": expected " + expected + ", found " + actual);
            }
            return;
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            differences.add(path + ": expected " + expected + ", found " + actual);
            return;
        }
        if (expected.isObject()) {
            for (Map.Entry<String, JsonNode> e : expected.properties()) {
                JsonNode other = actual.get(e.getKey());
                if (other == null) {
                    differences.add(path + "/" + e.getKey() + ": missing");
                } else {
                    compare(path + "/" + e.getKey(), e.getValue(), other, differences);
                }
            }
            for (Iterator<String> it = actual.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (!expected.has(name)) {
                    differences.add(path + "/" + name + ": unexpected member " + actual.get(name));
                }
            }
        } else if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                differences.add(path + ": expected " + expected.size() + " items, found " + actual.size());
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "/" + i, expected.get(i), actual.get(i), differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": expected " + expected + ", found " + actual);
        }
    }
}
