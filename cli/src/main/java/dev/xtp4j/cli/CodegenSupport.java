package dev.xtp4j.cli;

import dev.xtp4j.codegen.GeneratorOptions;
import dev.xtp4j.codegen.OutputWriter;
import dev.xtp4j.schema.Diagnostic;
import dev.xtp4j.schema.ParseResult;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.XtpSchemas;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** What {@code xtp generate} and {@code xtp init} share: the generator options and reading the schema. */
final class CodegenSupport {
    @Option(names = "--package", paramLabel = "PACKAGE", defaultValue = "xtp.generated",
            description = "The Java package of generated Java code (default: ${DEFAULT-VALUE}).")
    String packageName;

    @Option(names = "--content-type", paramLabel = "FUNCTION[.input|.output]=TYPE",
            description = "Override a function's content type (repeatable), e.g. greet.output=application/x-msgpack.")
    Map<String, String> contentTypes = new LinkedHashMap<>();

    @Option(names = "--setting", paramLabel = "KEY=VALUE",
            description = "A target-specific setting (repeatable), e.g. c.unsupported=stub.")
    Map<String, String> settings = new LinkedHashMap<>();

    /**
     * The generator options.
     *
     * @param projectName the project name
     * @param schema the schema, whose file name generated files mention in their header
     * @return the options
     * @throws IllegalArgumentException when the package or project name is malformed
     */
    GeneratorOptions options(String projectName, Path schema) {
        GeneratorOptions.Builder b = GeneratorOptions.builder().packageName(packageName).projectName(projectName)
                .schemaName(schema.getFileName().toString());
        contentTypes.forEach(b::contentTypeOverride);
        settings.forEach(b::setting);
        return b.build();
    }

    /**
     * Reads a schema and prints its diagnostics ({@code file:line:col: error: ...}) to standard error.
     *
     * @param file the schema
     * @param err standard error
     * @return the model, or empty when the schema has errors
     */
    static Optional<XtpSchema> read(Path file, PrintWriter err) {
        ParseResult result = XtpSchemas.read(file);
        for (Diagnostic d : result.diagnostics()) {
            err.println(d.format());
        }
        return result.schema();
    }

    /**
     * Prints what a write did, one line per file.
     *
     * @param out standard output
     * @param directory the output folder
     * @param report the report
     */
    static void print(PrintWriter out, Path directory, OutputWriter.Report report) {
        report.written().forEach(p -> out.println("wrote     " + directory.resolve(p)));
        report.unchanged().forEach(p -> out.println("unchanged " + directory.resolve(p)));
        report.kept().forEach(p -> out.println("kept      " + directory.resolve(p) + " (yours)"));
    }
}
