package dev.xtp4j.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Mutates the fixtures at random (fixed seeds, so failures reproduce) and checks that reading never throws, that every
 * diagnostic is well-formed, that no internal error is reported, and that whatever is accepted survives a round trip.
 */
class FuzzTest {

    private static final List<String> SOURCES = List.of("xtp-schemas/v1-valid-doc.yaml",
            "xtp-schemas/example-schema.yaml", "xtp-schemas/fruit-go.yaml", "xtp-schemas/v1-invalid-doc.yaml",
            "xtp-schemas/v1-invalid-ref-doc.yaml", "xtp-schemas/v1-invalid-cycle-doc.yaml",
            "xtp-schemas/v1-invalid-identifier-doc.yaml", "xtp-schemas/v1-invalid-keyword-doc.yaml",
            "xtp-schemas/v1-invalid-additional-properties.yaml", "schemas/kitchen-sink.yaml");

    private static final String[] TOKENS = {":", "-", "{", "}", "[", "]", "'", "\"", "&a", "*a", "!", "#", "\t", "\n",
        " ", "|", ">", "?", "%", "@", "x", "0", "\\", ",", "\u0000", "\u00e9", "<<: *a", "$ref"};

    private static final String[] VALUES = {"[]", "{}", "123", "null", "true", "~", "\"x\"", "[a, {b: c}]", "-1.5",
        "object", "array", "\"#/components/schemas/Fruit\"", "{type: string}", "yes", "''"};

    private int accepted;

    @Test
    void mutatedYamlNeverBreaksTheReader() {
        Random random = new Random(4);
        for (String source : SOURCES) {
            String original = Fixtures.text(source);
            for (int i = 0; i < 100; i++) {
                check(mutate(original, random), source + " mutation " + i);
            }
        }
        assertTrue(accepted > 50, "too few mutants were valid to exercise the round trip: " + accepted);
    }

    @Test
    void mutatedJsonNeverBreaksTheReader() throws Exception {
        Random random = new Random(7);
        ObjectMapper mapper = new ObjectMapper();
        for (String source : SOURCES) {
            String json = mapper.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(new Yaml().load(Fixtures.text(source)));
            check(json, source + " as JSON");
            for (int i = 0; i < 40; i++) {
                check(mutate(json, random), source + " JSON mutation " + i);
            }
        }
    }

    private void check(String text, String what) {
        for (ValidationMode mode : ValidationMode.values()) {
            ParseResult result;
            try {
                result = XtpSchemas.reader().withMode(mode).read(text, "fuzz.yaml");
            } catch (RuntimeException e) {
                fail(what + " in " + mode + " threw " + e + "\n" + text, e);
                return;
            }
            for (Diagnostic d : result.diagnostics()) {
                assertTrue(d.line() >= 1 && d.column() >= 1, d::format);
                assertTrue(d.path().startsWith("#"), d::format);
                assertFalse(d.message().isBlank(), d::format);
                assertFalse(d.message().startsWith("Internal error"), () -> what + ": " + d.format() + "\n" + text);
            }
            assertEquals(!result.hasErrors(), result.schema().isPresent());
            if (result.schema().isPresent()) {
                accepted++;
                XtpSchema schema = result.schema().get();
                String yaml = XtpSchemas.toYaml(schema);
                ParseResult again = XtpSchemas.read(yaml, "again.yaml");
                assertTrue(again.schema().isPresent(), () -> what + " in " + mode + ": written form does not parse\n"
                        + again.format() + yaml);
                assertEquals(schema, again.schema().get(), () -> what + "\n" + yaml);
            }
        }
    }

    private static String mutate(String text, Random random) {
        int kind = random.nextInt(8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        switch (kind) {
            case 0: {
                if (text.isEmpty()) {
                    return text;
                }
                int at = random.nextInt(text.length());
                return text.substring(0, at) + text.substring(at + 1);
            }
            case 1: {
                int at = random.nextInt(text.length() + 1);
                return text.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + text.substring(at);
            }
            case 2:
                lines.add(line, lines.get(line));
                break;
            case 3:
                lines.remove(line);
                break;
            case 4: {
                int other = random.nextInt(lines.size());
                String tmp = lines.get(line);
                lines.set(line, lines.get(other));
                lines.set(other, tmp);
                break;
            }
            case 5:
                lines.set(line, random.nextBoolean() ? "  " + lines.get(line) : lines.get(line).replaceFirst("^ ", ""));
                break;
            default: {
                String l = lines.get(line);
                int colon = l.indexOf(": ");
                if (colon >= 0) {
                    lines.set(line, l.substring(0, colon + 2) + VALUES[random.nextInt(VALUES.length)]);
                } else {
                    lines.set(line, l + ": " + VALUES[random.nextInt(VALUES.length)]);
                }
                break;
            }
        }
        return String.join("\n", lines);
    }
}
