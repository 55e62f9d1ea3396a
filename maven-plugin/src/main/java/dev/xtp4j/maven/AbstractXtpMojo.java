package dev.xtp4j.maven;

import dev.xtp4j.codegen.GeneratorOptions;
import dev.xtp4j.codegen.OutputWriter;
import dev.xtp4j.schema.Diagnostic;
import dev.xtp4j.schema.ParseResult;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.XtpSchemas;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the {@code generate} and {@code init} goals share: the generator options, reading a schema with positioned
 * diagnostics, and reporting what was written. Nothing here knows a target: every generator of
 * {@code dev.xtp4j.codegen.Generators} works the same way.
 */
public abstract class AbstractXtpMojo extends AbstractMojo {

    /** The Java package of generated Java code (targets without packages ignore it). */
    @Parameter(property = "xtp.package", defaultValue = "xtp.generated")
    protected String packageName;

    /**
     * Content types that override the schema's, keyed {@code function} (input and output), {@code function.input}
     * or {@code function.output}: {@code <contentTypes><greet.output>application/x-msgpack</greet.output>}.
     */
    @Parameter
    protected Map<String, String> contentTypes;

    /**
     * The same overrides on the command line: {@code -Dxtp.contentTypes=greet.output=application/x-msgpack,f=...}.
     */
    @Parameter(property = "xtp.contentTypes")
    protected String contentTypeList;

    /** Target-specific settings, e.g. {@code <settings><c.unsupported>stub</c.unsupported></settings>}. */
    @Parameter
    protected Map<String, String> settings;

    /** The same settings on the command line: {@code -Dxtp.settings=c.unsupported=stub}. */
    @Parameter(property = "xtp.settings")
    protected String settingList;

    /** Skips the goal. */
    @Parameter(property = "xtp.skip", defaultValue = "false")
    protected boolean skip;

    /** Creates the goal (Maven instantiates it). */
    protected AbstractXtpMojo() {}

    /**
     * The generator options of this execution.
     *
     * @param projectName the project name for scaffolding
     * @param schemaFile the schema, whose file name generated files mention in their header
     * @return the options
     * @throws MojoExecutionException when a package name, override or setting is malformed
     */
    protected GeneratorOptions options(String projectName, File schemaFile) throws MojoExecutionException {
        try {
            GeneratorOptions.Builder b = GeneratorOptions.builder().packageName(packageName).projectName(projectName)
                    .schemaName(schemaFile.getName());
            merged(contentTypes, contentTypeList, "xtp.contentTypes").forEach(b::contentTypeOverride);
            merged(settings, settingList, "xtp.settings").forEach(b::setting);
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private static Map<String, String> merged(Map<String, String> map, String list, String property)
            throws MojoExecutionException {
        Map<String, String> all = new LinkedHashMap<>();
        if (map != null) {
            map.forEach((k, v) -> all.put(k, v == null ? "" : v.strip()));
        }
        if (list != null && !list.isBlank()) {
            for (String pair : list.split(",")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new MojoExecutionException(property + ": expected key=value pairs separated by commas, "
                            + "found \"" + pair.strip() + "\"");
                }
                all.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return all;
    }

    /**
     * Reads a schema. Warnings go to the log; errors fail the build with one {@code file:line:col: error: ...}
     * line each.
     *
     * @param file the schema file
     * @param base the folder that diagnostics show paths relative to
     * @return the model
     * @throws MojoFailureException when the schema cannot be read or has errors
     */
    protected XtpSchema readSchema(Path file, Path base) throws MojoFailureException {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base.toAbsolutePath().normalize())
                ? base.toAbsolutePath().normalize().relativize(absolute) : absolute;
        ParseResult result = XtpSchemas.read(absolute);
        List<Diagnostic> diagnostics = result.diagnostics().stream().map(d -> new Diagnostic(d.severity(),
                d.message(), d.path(), d.line(), d.column(), shown.toString())).toList();
        for (Diagnostic d : diagnostics) {
            if (!d.isError()) {
                getLog().warn(d.format());
            }
        }
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            throw new MojoFailureException("the XTP schema " + shown + " has " + errors.size()
                    + (errors.size() == 1 ? " error" : " errors") + ":\n"
                    + errors.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        }
        return result.schema().orElseThrow();
    }

    /**
     * Logs what a write did.
     *
     * @param what e.g. {@code target c, schema.yaml}
     * @param directory the output folder
     * @param report the write's report
     */
    protected void logReport(String what, Path directory, OutputWriter.Report report) {
        if (report.written().isEmpty()) {
            getLog().info("xtp: " + what + ": " + count(report.unchanged().size()) + " up to date in " + directory
                    + ", nothing written");
        } else {
            getLog().info("xtp: " + what + ": " + count(report.written().size()) + " written, "
                    + count(report.unchanged().size()) + " up to date in " + directory);
        }
        report.written().forEach(p -> getLog().debug("xtp: wrote " + p));
        report.kept().forEach(p -> getLog().info("xtp: kept " + p + " (it exists and belongs to you)"));
    }

    private static String count(int n) {
        return n + (n == 1 ? " file" : " files");
    }
}
