package dev.xtp4j.benchmarks.schema;

import dev.xtp4j.schema.ParseResult;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.XtpSchemas;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading (load, validate, link) and writing a generated XTP schema with hundreds of object types.
 *
 * <p>Each object type has eight fields: scalars, a nullable date-time, an enum reference, a map, an array, a reference
 * to the previous type and an array of references to an earlier one; one export per ten types. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar SchemaParseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SchemaParseBenchmark {

    /** Number of object types in the generated schema. */
    @Param({"500"})
    public int types;

    private String yaml;
    private String json;
    private XtpSchema schema;

    /** Generates the documents once per trial. */
    @Setup
    public void setUp() {
        yaml = generate(types);
        json = toJson(yaml);
        ParseResult result = XtpSchemas.read(yaml, "generated.yaml");
        if (result.hasErrors() || !XtpSchemas.read(json, "generated.json").diagnostics().isEmpty()) {
            throw new IllegalStateException("generated schema is invalid:\n" + result.format());
        }
        schema = result.orThrow();
    }

    /**
     * Reads the YAML form: SnakeYAML composition, validation, cycle detection and linking.
     *
     * @return the result
     */
    @Benchmark
    public ParseResult readYaml() {
        return XtpSchemas.read(yaml, "generated.yaml");
    }

    /**
     * Reads the same schema written as JSON (Jackson streaming instead of SnakeYAML).
     *
     * @return the result
     */
    @Benchmark
    public ParseResult readJson() {
        return XtpSchemas.read(json, "generated.json");
    }

    /**
     * Writes the model back to YAML.
     *
     * @return the YAML text
     */
    @Benchmark
    public String writeYaml() {
        return XtpSchemas.toYaml(schema);
    }

    static String generate(int count) {
        StringBuilder sb = new StringBuilder("version: v1-draft\nexports:\n");
        for (int i = 0; i < count; i += 10) {
            sb.append("  op").append(i).append(":\n    description: operation ").append(i)
                    .append("\n    input:\n      $ref: \"#/components/schemas/T").append(i)
                    .append("\"\n      contentType: application/json\n    output:\n      type: array\n"
                            + "      items:\n        $ref: \"#/components/schemas/T").append(i)
                    .append("\"\n      contentType: application/json\n");
        }
        sb.append("components:\n  schemas:\n    Level:\n      enum: [low, mid, high]\n");
        for (int i = 0; i < count; i++) {
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

    private static String toJson(String yamlText) {
        try {
            Object tree = new org.yaml.snakeyaml.Yaml().load(yamlText);
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
