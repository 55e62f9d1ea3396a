package dev.xtp4j.cli;

import dev.xtp4j.codegen.GeneratedFile;
import dev.xtp4j.codegen.Generator;
import dev.xtp4j.codegen.GeneratorException;
import dev.xtp4j.codegen.Generators;
import dev.xtp4j.codegen.OutputWriter;
import dev.xtp4j.codegen.Scaffold;
import dev.xtp4j.schema.XtpSchema;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xtp generate}: generate a target's code from a schema (the regenerated files only). */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Generate code from an XTP schema: the files of the target that are regenerated from the schema",
            "(never the user files of 'xtp init'). Files whose content is unchanged are not touched."
        })
final class GenerateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCHEMA", description = "The XTP schema (YAML or JSON).")
    private Path schema;

    @Option(names = {"-t", "--target"}, required = true, paramLabel = "TARGET",
            description = "The target: c, java-host, java-guest, ... (an unknown target lists the known ones).")
    private String target;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = ".",
            description = "The output folder (default: the current folder).")
    private Path output;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The project name (default: the schema's file name without its extension).")
    private String name;

    @Mixin
    private CodegenSupport support;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Generator generator;
        try {
            generator = Generators.forTarget(target);
        } catch (IllegalArgumentException e) {
            err.println("xtp: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        Optional<XtpSchema> model = CodegenSupport.read(schema, err);
        if (model.isEmpty()) {
            return Xtp.FAILED;
        }
        try {
            String projectName = name != null ? name : Scaffold.projectName(schema.getFileName().toString());
            List<GeneratedFile> files = generator.generate(model.get(), support.options(projectName, schema));
            CodegenSupport.print(out, output, OutputWriter.writeGenerated(output, files));
            return Xtp.OK;
        } catch (GeneratorException | IllegalArgumentException | UncheckedIOException e) {
            err.println("xtp: " + e.getMessage());
            return Xtp.FAILED;
        }
    }
}
