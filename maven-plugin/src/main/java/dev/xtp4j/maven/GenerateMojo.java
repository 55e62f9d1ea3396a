package dev.xtp4j.maven;

import dev.xtp4j.codegen.GeneratedFile;
import dev.xtp4j.codegen.Generator;
import dev.xtp4j.codegen.GeneratorException;
import dev.xtp4j.codegen.GeneratorOptions;
import dev.xtp4j.codegen.Generators;
import dev.xtp4j.codegen.OutputWriter;
import dev.xtp4j.codegen.Scaffold;
import dev.xtp4j.schema.XtpSchema;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * {@code mvn xtp:generate}: generates the code of one target from XTP schemas into an output folder (the files the
 * generator regenerates; never the user files of {@code init}). Incremental: files whose content is unchanged are
 * not touched. For targets that produce Java sources the folder becomes a compile source root.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.xtp4j</groupId>
 *   <artifactId>xtp-maven-plugin</artifactId>
 *   <executions>
 *     <execution>
 *       <goals><goal>generate</goal></goals>
 *       <configuration>
 *         <schema>src/main/xtp/schema.yaml</schema>
 *         <target>java-host</target>
 *         <packageName>com.example.plugins</packageName>
 *       </configuration>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractXtpMojo {

    /** The schema file (YAML or JSON). */
    @Parameter(property = "xtp.schema")
    private File schema;

    /** More schema files; each is generated into the same output folder. */
    @Parameter
    private List<File> schemas;

    /** The target: one of the registered generators, e.g. {@code c}, {@code java-host}, {@code java-guest}. */
    @Parameter(property = "xtp.target", required = true)
    private String target;

    /** Where the generated files go. */
    @Parameter(property = "xtp.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/xtp")
    private File outputDirectory;

    /** Whether to add the output folder to the compile sources when the target generates Java sources. */
    @Parameter(property = "xtp.addCompileSourceRoot", defaultValue = "true")
    private boolean addCompileSourceRoot;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Creates the goal (Maven instantiates it). */
    public GenerateMojo() {}

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("xtp: skipped");
            return;
        }
        List<File> files = new ArrayList<>();
        if (schema != null) {
            files.add(schema);
        }
        if (schemas != null) {
            files.addAll(schemas);
        }
        if (files.isEmpty()) {
            throw new MojoExecutionException("xtp:generate needs a schema: set <schema> (or -Dxtp.schema=...) or "
                    + "<schemas>");
        }
        Generator generator;
        try {
            generator = Generators.forTarget(target);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Path base = project.getBasedir().toPath();
        List<GeneratedFile> generated = new ArrayList<>();
        Map<Path, File> origin = new HashMap<>();
        for (File file : files) {
            XtpSchema model = readSchema(file.toPath(), base);
            GeneratorOptions options = options(Scaffold.projectName(project.getArtifactId()), file);
            List<GeneratedFile> out;
            try {
                out = generator.generate(model, options);
            } catch (GeneratorException e) {
                throw new MojoFailureException("xtp: cannot generate " + target + " code from " + file + ": "
                        + e.getMessage(), e);
            }
            for (GeneratedFile f : out) {
                if (f.ownership() != GeneratedFile.Ownership.GENERATED) {
                    continue;
                }
                File previous = origin.putIfAbsent(f.path(), file);
                if (previous != null) {
                    throw new MojoFailureException("xtp: " + previous + " and " + file + " both generate " + f.path()
                            + "; generate them in separate executions with different output folders or packages");
                }
                generated.add(f);
            }
        }
        Path out = outputDirectory.toPath();
        OutputWriter.Report report;
        try {
            report = OutputWriter.writeGenerated(out, generated);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        logReport("target " + target, out, report);
        boolean javaSources = generated.stream().anyMatch(f -> f.path().toString().endsWith(".java"));
        if (addCompileSourceRoot && javaSources) {
            project.addCompileSourceRoot(out.toString());
            getLog().debug("xtp: added " + out + " to the compile source roots");
        }
    }
}
