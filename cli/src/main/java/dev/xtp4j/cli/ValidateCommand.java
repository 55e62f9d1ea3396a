package dev.xtp4j.cli;

import dev.xtp4j.schema.ParseResult;
import dev.xtp4j.schema.ValidationMode;
import dev.xtp4j.schema.XtpSchemas;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xtp validate}: check an XTP schema and print its diagnostics. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check an XTP schema (YAML or JSON) and print every error and warning as file:line:column.",
            "Exits with 1 when the schema has errors."
        })
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCHEMA", description = "The schema file.")
    private Path schema;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "default",
            description = "default (the reference parser's rules), strict (production XTP) or lenient (older "
                    + "documents, with warnings).")
    private String mode;

    @Override
    public Integer call() {
        ValidationMode m;
        try {
            m = ValidationMode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "unknown mode \"" + mode
                    + "\": use default, strict or lenient");
        }
        ParseResult result = XtpSchemas.reader().withMode(m).read(schema);
        PrintWriter out = spec.commandLine().getOut();
        String text = result.format();
        if (!text.isEmpty()) {
            out.println(text);
        }
        out.flush();
        return result.hasErrors() ? Xtp.FAILED : Xtp.OK;
    }
}
