package dev.xtp4j.maven;

import dev.xtp4j.codegen.GeneratedFile;
import dev.xtp4j.codegen.Generator;
import dev.xtp4j.codegen.GeneratorException;
import dev.xtp4j.codegen.Generators;
import dev.xtp4j.codegen.OutputWriter;
import dev.xtp4j.codegen.Scaffold;
import dev.xtp4j.schema.XtpSchema;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn xtp:init}: creates a plugin project for a language from a schema, like {@code xtp plugin init}: the
 * generated bindings (marked DO NOT EDIT), a user file with one stub per export, build files, a README and a copy of
 * the schema. Runs without a project. Files that exist and belong to the user are never overwritten, so running it
 * again only refreshes the generated files.
 *
 * <pre>{@code
 * mvn dev.xtp4j:xtp-maven-plugin:init -Dxtp.schema=schema.yaml -Dxtp.lang=c -Dxtp.name=count-vowels
 * }</pre>
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public final class InitMojo extends AbstractXtpMojo {

    /** The schema file (YAML or JSON). */
    @Parameter(property = "xtp.schema", required = true)
    private File schema;

    /** The language of the plugin: {@code c}, or {@code java} (the target {@code java-guest}), ... */
    @Parameter(property = "xtp.lang", required = true)
    private String lang;

    /** The project name; by default the schema's file name without its extension. */
    @Parameter(property = "xtp.name")
    private String name;

    /** The project folder; by default a folder called like the project in the current folder. */
    @Parameter(property = "xtp.directory")
    private File directory;

    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    private File basedir;

    /** Creates the goal (Maven instantiates it). */
    public InitMojo() {}

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("xtp: skipped");
            return;
        }
        Generator generator;
        try {
            generator = Generators.forLanguage(lang);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        String projectName = name != null && !name.isBlank() ? name : Scaffold.projectName(schema.getName());
        Path dir = (directory != null ? directory : new File(basedir, projectName)).toPath();
        Path base = basedir.toPath();
        XtpSchema model = readSchema(schema.toPath(), base);
        List<GeneratedFile> files;
        try {
            String text = Files.readString(schema.toPath(), StandardCharsets.UTF_8);
            files = Scaffold.projectFiles(generator, model, text, options(projectName, schema));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read " + schema + ": " + e.getMessage(), e);
        } catch (GeneratorException e) {
            throw new MojoFailureException("xtp: cannot create a " + lang + " project from " + schema + ": "
                    + e.getMessage(), e);
        }
        try {
            logReport("project " + projectName + " (" + generator.target() + ")", dir, OutputWriter.write(dir, files));
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
