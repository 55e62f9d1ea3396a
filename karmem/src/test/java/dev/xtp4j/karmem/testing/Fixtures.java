package dev.xtp4j.karmem.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xtp4j.karmem.layout.KarmemLayout;
import dev.xtp4j.karmem.schema.KarmemSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the golden Karmem fixtures copied from {@code shared/fixtures/karmem} into the test resources. */
public final class Fixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/karmem/vectors/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static KarmemSchema schema(String name) {
        return KarmemSchema.parse(text(name), name);
    }

    public static KarmemLayout layout(String name) {
        return KarmemLayout.of(schema(name));
    }

    public static List<JsonNode> vectors() {
        try {
            List<JsonNode> out = new ArrayList<>();
            JSON.readTree(text("vectors.json")).forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Converts JSON to plain Java values (Map, List, Integer/Long/BigInteger, Double, String, Boolean, null). */
    public static Object toJava(JsonNode node) {
        return JSON.convertValue(node, Object.class);
    }
}
