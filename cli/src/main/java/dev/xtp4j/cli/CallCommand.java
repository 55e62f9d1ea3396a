package dev.xtp4j.cli;

import dev.xtp4j.sdk.CallException;
import dev.xtp4j.sdk.Engine;
import dev.xtp4j.sdk.LogLevel;
import dev.xtp4j.sdk.LogSink;
import dev.xtp4j.sdk.Plugin;
import dev.xtp4j.sdk.PluginOptions;
import dev.xtp4j.sdk.Plugins;
import dev.xtp4j.sdk.XtpException;
import dev.xtp4j.sdk.manifest.AllowedPath;
import dev.xtp4j.sdk.manifest.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xtp call}: load a plugin from a manifest or a wasm file and call one of its functions. */
@Command(
        name = "call",
        mixinStandardHelpOptions = true,
        description = {
            "Call a plugin function and print its output.",
            "The output goes to standard output; errors go to standard error with a non-zero exit code.",
            "With --schema, --wave or --json give a typed input and the output is printed as WAVE or JSON."
        })
final class CallCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLUGIN", description = "An Extism manifest (JSON or YAML) or a .wasm file.")
    private Path plugin;

    @Parameters(index = "1", paramLabel = "FUNCTION", description = "The exported function to call.")
    private String function;

    @ArgGroup(exclusive = true)
    private InputSource input = new InputSource();

    private static final class InputSource {
        @Option(names = {"-i", "--input"}, paramLabel = "TEXT", description = "The input, as UTF-8 text.")
        private String text;

        @Option(names = "--input-file", paramLabel = "FILE", description = "Read the input from a file.")
        private Path file;

        @Option(names = "--stdin", description = "Read the input from standard input.")
        private boolean stdin;

        @Option(names = "--wave", paramLabel = "VALUE",
                description = "A typed input in WAVE, e.g. '{name: \"Ada\"}' (needs --schema).")
        private String wave;

        @Option(names = "--json", paramLabel = "VALUE",
                description = "A typed input in JSON, e.g. '{\"name\": \"Ada\"}' (needs --schema).")
        private String json;
    }

    @Option(names = "--schema", paramLabel = "SCHEMA",
            description = "An XTP schema: encode --wave/--json with the function's input content type, decode the "
                    + "output with its output content type and print it typed.")
    private Path schema;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "wave",
            description = "How --schema prints the output: wave (default) or json.")
    private String outputFormat;

    @Option(names = {"-c", "--config"}, paramLabel = "KEY=VALUE", description = "Add a config entry (repeatable).")
    private Map<String, String> config = new LinkedHashMap<>();

    @Option(names = "--allow-host", paramLabel = "GLOB", description = "Allow HTTP requests to matching hosts.")
    private List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--allow-path", paramLabel = "HOST[:GUEST]",
            description = "Map a host directory into the plugin (needs --wasi); prefix ro: for read-only.")
    private List<String> allowedPaths = new ArrayList<>();

    @Option(names = "--wasi", description = "Enable WASI preview 1.")
    private boolean wasi;

    @Option(names = "--timeout", paramLabel = "MS", description = "Stop the call after this many milliseconds.")
    private Long timeoutMs;

    @Option(names = "--memory-max", paramLabel = "PAGES", description = "Limit memory to this many 64 KiB pages.")
    private Integer maxPages;

    @Option(names = "--log-level", paramLabel = "LEVEL",
            description = "Print plugin logs at this level or above to standard error: trace, debug, info, warn, "
                    + "error.")
    private String logLevel;

    @Option(names = "--interpreter", description = "Run in Chicory's interpreter instead of compiling.")
    private boolean interpreter;

    @Option(names = "--loop", paramLabel = "N", defaultValue = "1", description = "Call the function N times.")
    private int loop;

    @Option(names = "--raw", description = "Print the output exactly, without a trailing newline.")
    private boolean raw;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        boolean typedInput = input.wave != null || input.json != null;
        if (typedInput && schema == null) {
            throw new ParameterException(spec.commandLine(), "--wave and --json need --schema");
        }
        if (!outputFormat.equals("wave") && !outputFormat.equals("json")) {
            throw new ParameterException(spec.commandLine(), "unknown --output \"" + outputFormat
                    + "\": use wave or json");
        }
        TypedCall typed = null;
        byte[] typedBytes = null;
        if (schema != null) {
            try {
                typed = TypedCall.load(schema, function);
                if (typedInput) {
                    typedBytes = typed.encodeInput(input.wave, input.json);
                }
            } catch (TypedCall.Failure e) {
                err.println("xtp: " + e.getMessage());
                return Xtp.FAILED;
            }
        }
        Manifest manifest;
        try {
            manifest = customize(Plugins.manifestOf(plugin));
        } catch (XtpException | IllegalArgumentException e) {
            err.println("xtp: " + e.getMessage());
            return Xtp.FAILED;
        }
        byte[] bytes = typedBytes != null ? typedBytes : readInput();
        PluginOptions.Builder options = PluginOptions.builder()
                .wasi(wasi)
                .engine(interpreter ? Engine.INTERPRETER : Engine.COMPILER)
                .logLevel(level())
                .logSink(stderrSink(err));
        try (Plugin instance = Plugins.load(manifest, options.build())) {
            byte[] output = new byte[0];
            for (int i = 0; i < Math.max(1, loop); i++) {
                output = instance.call(function, bytes);
            }
            if (typed != null && typed.hasOutput()) {
                try {
                    print(typed.printOutput(output, outputFormat.equals("json")).getBytes(StandardCharsets.UTF_8));
                } catch (TypedCall.Failure e) {
                    err.println("xtp: " + e.getMessage());
                    return Xtp.FAILED;
                }
                return Xtp.OK;
            }
            print(output);
            return Xtp.OK;
        } catch (CallException e) {
            err.println("xtp: " + e.getMessage());
            int rc = e.returnCode();
            return rc >= 1 && rc <= 125 ? rc : Xtp.FAILED;
        } catch (XtpException e) {
            err.println("xtp: " + e.getMessage());
            return Xtp.FAILED;
        }
    }

    private Manifest customize(Manifest manifest) {
        Manifest.Builder builder = manifest.toBuilder().config(config);
        allowedHosts.forEach(builder::allowedHost);
        for (String path : allowedPaths) {
            boolean readOnly = path.startsWith(AllowedPath.READ_ONLY_PREFIX);
            String rest = readOnly ? path.substring(AllowedPath.READ_ONLY_PREFIX.length()) : path;
            int colon = rest.lastIndexOf(':');
            String host = colon > 0 ? rest.substring(0, colon) : rest;
            String guest = colon > 0 ? rest.substring(colon + 1) : rest;
            builder.allowedPath(new AllowedPath(Path.of(host).toAbsolutePath().normalize(), guest, readOnly));
        }
        if (timeoutMs != null) {
            builder.timeout(Duration.ofMillis(timeoutMs));
        }
        if (maxPages != null) {
            builder.maxPages(maxPages);
        }
        return builder.build();
    }

    private byte[] readInput() throws IOException {
        if (input.text != null) {
            return input.text.getBytes(StandardCharsets.UTF_8);
        }
        if (input.file != null) {
            return Files.readAllBytes(input.file);
        }
        if (input.stdin) {
            try (InputStream in = System.in) {
                return in.readAllBytes();
            }
        }
        return new byte[0];
    }

    private LogLevel level() {
        if (logLevel == null) {
            return LogLevel.OFF;
        }
        try {
            return LogLevel.valueOf(logLevel.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown log level \"" + logLevel
                    + "\": use trace, debug, info, warn, error or off");
        }
    }

    private static LogSink stderrSink(PrintWriter err) {
        return (level, pluginId, message) -> err.println(level + " " + message);
    }

    private void print(byte[] output) {
        PrintWriter out = spec.commandLine().getOut();
        out.flush();
        OutputStream stream = Streams.rawOut(out);
        try {
            stream.write(output);
            if (!raw && (output.length == 0 || output[output.length - 1] != '\n')) {
                stream.write('\n');
            }
            stream.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
