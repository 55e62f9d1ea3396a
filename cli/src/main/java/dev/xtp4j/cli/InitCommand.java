package dev.xtp4j.cli;

import dev.xtp4j.codegen.Generator;
import dev.xtp4j.codegen.GeneratorException;
import dev.xtp4j.codegen.Generators;
import dev.xtp4j.codegen.OutputWriter;
import dev.xtp4j.codegen.Scaffold;
import dev.xtp4j.schema.XtpSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xtp init}: create a plugin project for a language from a schema. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = {
            "Create a plugin project from an XTP schema: generated bindings, a file with one stub per export, build",
            "files, a README and a copy of the schema. Existing files that belong to you are never overwritten."
        })
final class InitCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCHEMA", description = "The XTP schema (YAML or JSON).")
    private Path schema;

    @Option(names = {"-l", "--lang"}, required = true, paramLabel = "LANG",
            description = "The plugin's language: c, java (the java-guest target), ...")
    private String lang;

    @Option(names = {"-n", "--name"}, paramLabel = "NAME",
            description = "The project name (default: the schema's file name without its extension).")
    private String name;

    @Option(names = {"-d", "--dir"}, paramLabel = "DIR",
            description = "The project folder (default: a folder called like the project).")
    private Path dir;

    @Mixin
    private CodegenSupport support;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Generator generator;
        try {
            generator = Generators.forLanguage(lang);
        } catch (IllegalArgumentException e) {
            err.println("xtp: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        Optional<XtpSchema> model = CodegenSupport.read(schema, err);
        if (model.isEmpty()) {
            return Xtp.FAILED;
        }
        String projectName = name != null ? name : Scaffold.projectName(schema.getFileName().toString());
        Path target = dir != null ? dir : Path.of(projectName);
        try {
            String text = Files.readString(schema, StandardCharsets.UTF_8);
            OutputWriter.Report report = OutputWriter.write(target, Scaffold.projectFiles(generator, model.get(), text,
                    support.options(projectName, schema)));
            CodegenSupport.print(out, target, report);
            out.println("created " + generator.target() + " project " + projectName + " in " + target);
            return Xtp.OK;
        } catch (IOException e) {
            err.println("xtp: cannot read " + schema + ": " + e.getMessage());
            return Xtp.FAILED;
        } catch (GeneratorException | IllegalArgumentException | UncheckedIOException e) {
            err.println("xtp: " + e.getMessage());
            return Xtp.FAILED;
        }
    }
}
