package dev.xtp4j.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.xtp4j.schema.model.ArrayType;
import dev.xtp4j.schema.model.ObjectType;
import org.junit.jupiter.api.Test;

/**
 * A generated schema with hundreds of object types parses correctly (its speed is measured by the JMH benchmark
 * {@code dev.xtp4j.benchmarks.schema.SchemaParseBenchmark}, not here).
 */
class LargeSchemaTest {

    static String generate(int types) {
        StringBuilder sb = new StringBuilder("version: v1-draft\nexports:\n");
        for (int i = 0; i < types; i += 10) {
            sb.append("  op").append(i).append(":\n    input:\n      $ref: \"#/components/schemas/T").append(i)
                    .append("\"\n      contentType: application/json\n    output:\n      type: array\n      items:\n"
                            + "        $ref: \"#/components/schemas/T").append(i).append("\"\n      contentType: "
                            + "application/json\n");
        }
        sb.append("components:\n  schemas:\n    Level:\n      enum: [low, mid, high]\n");
        for (int i = 0; i < types; i++) {
            sb.append("    T").append(i).append(":\n      description: type ").append(i)
                    .append("\n      required: [id, name]\n      properties:\n")
                    .append("        id: {type: integer, format: int64}\n")
                    .append("        name: {type: string}\n")
                    .append("        when: {type: string, format: date-time, nullable: true}\n")
                    .append("        level: {$ref: \"#/components/schemas/Level\"}\n")
                    .append("        tags: {type: object, additionalProperties: {type: string}}\n")
                    .append("        scores: {type: array, items: {type: number, format: float}}\n");
            if (i > 0) {
                sb.append("        prev: {$ref: \"#/components/schemas/T").append(i - 1).append("\"}\n")
                        .append("        history: {type: array, items: {$ref: \"#/components/schemas/T")
                        .append(i / 2).append("\"}}\n");
            }
        }
        return sb.toString();
    }

    @Test
    void fiveHundredObjectTypes() {
        ParseResult result = XtpSchemas.read(generate(500), "large.yaml");
        assertEquals("", result.format());
        XtpSchema schema = result.orThrow();
        assertEquals(501, schema.types().size());
        assertEquals(50, schema.exports().size());
        ObjectType t499 = (ObjectType) schema.type("T499").orElseThrow();
        assertSame(schema.type("T498").orElseThrow(), t499.field("prev").orElseThrow().type());
        assertSame(schema.type("T249").orElseThrow(), ((ArrayType) t499.field("history").orElseThrow().type()).items());
        assertEquals(schema, XtpSchemas.parse(XtpSchemas.toYaml(schema)));
    }
}
