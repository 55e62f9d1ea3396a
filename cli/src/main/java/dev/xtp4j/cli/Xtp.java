package dev.xtp4j.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code xtp} command: call and inspect Extism plugins, validate XTP schemas, and debug Karmem payloads. Each
 * subcommand is its own class.
 *
 * <p>Exit codes: 0 on success, 1 when the plugin or the input failed (the plugin's return code when it is between 1
 * and 125), 2 for usage errors.
 */
@Command(
        name = "xtp",
        mixinStandardHelpOptions = true,
        versionProvider = Xtp.Version.class,
        description = "Run and inspect Extism WebAssembly plugins on the JVM; validate XTP schemas, generate code.",
        subcommands = {CallCommand.class, InspectCommand.class, ValidateCommand.class, KarmemCommand.class,
            GenerateCommand.class, InitCommand.class,
            CommandLine.HelpCommand.class})
public final class Xtp {
    /** Success. */
    static final int OK = 0;
    /** The plugin or the input failed. */
    static final int FAILED = 1;

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, new Streams.StdoutWriter(), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line with the given streams (for tests and embedding).
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Xtp());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("xtp: " + e.getMessage());
            return FAILED;
        });
        return cli.execute(args);
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Xtp.class.getPackage().getImplementationVersion();
            return new String[] {"xtp " + (version == null ? "(development build)" : version)};
        }
    }
}
