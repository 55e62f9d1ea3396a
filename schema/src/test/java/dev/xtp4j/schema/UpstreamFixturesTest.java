package dev.xtp4j.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every upstream fixture against expected.json: the exact set of errors (message and path), and every expected
 * warning. Extra warnings are allowed only when they are xtp4j's Java keyword warnings.
 */
class UpstreamFixturesTest {

    record Expected(String message, String path) {
    }

    static Stream<Arguments> fixtures() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Fixtures.upstream("expected.json"));
        List<Arguments> args = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : root.get("fixtures").properties()) {
            args.add(Arguments.of(e.getKey(), list(e.getValue().get("errors")), list(e.getValue().get("warnings"))));
        }
        return args.stream();
    }

    private static List<Expected> list(JsonNode array) {
        List<Expected> result = new ArrayList<>();
        if (array != null) {
            for (JsonNode n : array) {
                result.add(new Expected(n.get("message").asText(), n.get("path").asText()));
            }
        }
        result.sort(Comparator.comparing(Expected::path).thenComparing(Expected::message));
        return result;
    }

    private static List<Expected> of(List<Diagnostic> diagnostics) {
        List<Expected> result = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            result.add(new Expected(d.message(), d.path()));
        }
        result.sort(Comparator.comparing(Expected::path).thenComparing(Expected::message));
        return result;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void matchesReferenceDiagnostics(String fixture, List<Expected> errors, List<Expected> warnings) {
        // fruit-go.yaml was written for the rc16 parser; expected.json lists what a lenient mode must give for it.
        ValidationMode mode = fixture.equals("fruit-go.yaml") ? ValidationMode.LENIENT : ValidationMode.DEFAULT;
        ParseResult result = XtpSchemas.reader().withMode(mode).read(Fixtures.upstream(fixture), fixture);

        assertEquals(errors, of(result.errors()), () -> result.format());
        List<Expected> actualWarnings = of(result.warnings());
        assertTrue(actualWarnings.containsAll(warnings), () -> "missing warnings in\n" + result.format());
        for (Diagnostic w : result.warnings()) {
            Expected e = new Expected(w.message(), w.path());
            boolean xtp4jOwn = w.message().contains("reserved word in Java")
                    || (fixture.equals("fruit-go.yaml") && w.message().contains("rc16 map syntax"));
            assertTrue(warnings.contains(e) || xtp4jOwn, () -> "unexpected warning " + w.format());
        }
        assertEquals(errors.isEmpty(), result.schema().isPresent());
        for (Diagnostic d : result.diagnostics()) {
            assertTrue(d.line() >= 1 && d.column() >= 1, d::format);
            assertEquals(fixture, d.source());
        }
    }

    @Test
    void fruitGoIsAnErrorUnderRc17Semantics() {
        ParseResult result = XtpSchemas.read(Fixtures.upstream("fruit-go.yaml"), "fruit-go.yaml");
        assertEquals(List.of(new Expected(
                "The parent type must be 'object' when using additionalProperties but your type is undefined",
                "#/components/schemas/ComplexObject/properties/aMapOfNullableDateTimes")), of(result.errors()));
        assertEquals("fruit-go.yaml:131:11: error: The parent type must be 'object' when using additionalProperties"
                + " but your type is undefined (#/components/schemas/ComplexObject/properties/aMapOfNullableDateTimes)",
                result.errors().get(0).format());
    }

    @Test
    void fruitGoLenientWarnsOnce() {
        ParseResult result = Fixtures.read(ValidationMode.LENIENT, Fixtures.upstream("fruit-go.yaml"));
        assertEquals(1, result.warnings().size(), result::format);
        assertEquals("additionalProperties without type: object is the rc16 map syntax; add type: object",
                result.warnings().get(0).message());
    }

    @Test
    void positionsPointAtTheOffendingToken() {
        ParseResult r = XtpSchemas.read(Fixtures.upstream("v1-invalid-doc.yaml"), "v1-invalid-doc.yaml");
        assertEquals(List.of(
                "v1-invalid-doc.yaml:10:15: error: Invalid format date-time for type buffer. Valid formats are: [] "
                        + "(#/exports/invalidFunc1/input)",
                "v1-invalid-doc.yaml:14:15: error: Invalid format float for type string. Valid formats are: "
                        + "[date-time, byte] (#/exports/invalidFunc1/output)",
                "v1-invalid-doc.yaml:32:19: error: Invalid format date-time for type boolean. Valid formats are: [] "
                        + "(#/components/schemas/ComplexObject/properties/aBoolean)",
                "v1-invalid-doc.yaml:36:19: error: Invalid format int32 for type string. Valid formats are: "
                        + "[date-time, byte] (#/components/schemas/ComplexObject/properties/aString)",
                "v1-invalid-doc.yaml:40:19: error: Invalid format date-time for type integer. Valid formats are: "
                        + "[uint8, int8, uint16, int16, uint32, int32, uint64, int64] "
                        + "(#/components/schemas/ComplexObject/properties/anInt)",
                "v1-invalid-doc.yaml:43:17: error: Invalid type 'non'. Options are: ['string', 'number', 'integer', "
                        + "'boolean', 'object', 'array', 'buffer'] (#/components/schemas/ComplexObject/properties/"
                        + "aNonType)"),
                r.diagnostics().stream().map(Diagnostic::format).toList());
    }

    @Test
    void cycleErrorPointsAtTheClosingRef() {
        ParseResult r = Fixtures.read(Fixtures.upstream("v1-invalid-cycle-doc.yaml"));
        Diagnostic d = r.errors().get(0);
        assertEquals(24, d.line());
        assertEquals(19, d.column());
    }

    @Test
    void keywordFixtureAlsoWarnsAboutJavaReservedWords() {
        ParseResult r = Fixtures.read(Fixtures.upstream("v1-invalid-keyword-doc.yaml"));
        List<String> java = r.warnings().stream().filter(w -> w.message().contains("Java"))
                .map(w -> w.path() + " " + w.message()).toList();
        assertEquals(List.of(
                "#/exports/false Potentially Invalid identifier: \"false\". This is a reserved word in Java; "
                        + "generated Java code calls it false_",
                "#/imports/true Potentially Invalid identifier: \"true\". This is a reserved word in Java; "
                        + "generated Java code calls it true_",
                "#/components/schemas/Break/properties/abstract Potentially Invalid identifier: \"abstract\". This is "
                        + "a reserved word in Java; generated Java code calls it abstract_",
                "#/components/schemas/Break/properties/interface Potentially Invalid identifier: \"interface\". This "
                        + "is a reserved word in Java; generated Java code calls it interface_"), java);
    }
}
