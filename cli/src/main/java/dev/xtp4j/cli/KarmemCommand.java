package dev.xtp4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.xtp4j.karmem.KarmemEncodeException;
import dev.xtp4j.karmem.KarmemFormatException;
import dev.xtp4j.karmem.KarmemSchemaException;
import dev.xtp4j.karmem.codec.KarmemCodec;
import dev.xtp4j.karmem.layout.KarmemLayout;
import dev.xtp4j.karmem.schema.KarmemSchema;
import dev.xtp4j.schema.ParseResult;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.XtpSchemas;
import dev.xtp4j.schema.karmem.CompatibilityReport;
import dev.xtp4j.schema.karmem.KarmemCompatibility;
import dev.xtp4j.schema.karmem.KarmemDerivationException;
import dev.xtp4j.schema.karmem.XtpKarmem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xtp karmem}: the tools a guest author needs to debug a Karmem payload. */
@Command(
        name = "karmem",
        mixinStandardHelpOptions = true,
        description = "Encode, decode and derive Karmem messages and schemas.",
        subcommands = {KarmemCommand.Encode.class, KarmemCommand.Decode.class, KarmemCommand.Derive.class,
            KarmemCommand.Compat.class})
final class KarmemCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** A problem the user must fix; the message is printed after {@code xtp: }. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    /** What encode and decode share: the .km file and the root struct. */
    static class Schema {
        @Option(names = "--km", required = true, paramLabel = "FILE", description = "The Karmem schema (.km).")
        Path km;

        @Option(names = "--root", required = true, paramLabel = "STRUCT", description = "The root struct.")
        String root;

        KarmemCodec codec() throws Failure {
            KarmemSchema schema;
            try {
                schema = KarmemSchema.parse(km);
            } catch (IOException e) {
                throw new Failure("cannot read " + km + ": " + e.getMessage());
            } catch (KarmemSchemaException e) {
                throw new Failure(e.getMessage());
            }
            try {
                return KarmemCodec.of(KarmemLayout.of(schema), root);
            } catch (IllegalArgumentException e) {
                throw new Failure(e.getMessage() + " (structs: " + schema.structs().stream().map(s -> s.name())
                        .toList() + ")");
            }
        }
    }

    private static int fail(CommandSpec spec, Failure e) {
        spec.commandLine().getErr().println("xtp: " + e.getMessage());
        return Xtp.FAILED;
    }

    private static byte[] stdin() throws IOException {
        try (InputStream in = System.in) {
            return in.readAllBytes();
        }
    }

    private static void writeRaw(PrintWriter out, byte[] bytes, boolean newline) {
        out.flush();
        OutputStream stream = Streams.rawOut(out);
        try {
            stream.write(bytes);
            if (newline) {
                stream.write('\n');
            }
            stream.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code xtp karmem encode}: JSON (Karmem field names) to a message. */
    @Command(name = "encode", mixinStandardHelpOptions = true,
            description = {"Encode a JSON value, keyed by Karmem field names, as a Karmem message.",
                "Byte slices are JSON arrays of numbers, enums their entry name or value. Prints hex unless --raw."})
    static final class Encode extends Schema implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        private Source source;

        static final class Source {
            @Option(names = "--json", paramLabel = "VALUE", description = "The value as JSON text.")
            String json;

            @Option(names = "--input-file", paramLabel = "FILE", description = "Read the JSON from a file.")
            Path file;

            @Option(names = "--stdin", description = "Read the JSON from standard input.")
            boolean stdin;
        }

        @Option(names = "--raw", description = "Write the message bytes instead of hex.")
        private boolean raw;

        @Override
        public Integer call() throws IOException {
            try {
                KarmemCodec codec = codec();
                byte[] json = source.json != null ? source.json.getBytes(StandardCharsets.UTF_8)
                        : source.file != null ? Files.readAllBytes(source.file) : stdin();
                Object value;
                try {
                    value = new ObjectMapper().readValue(json, Object.class);
                } catch (IOException e) {
                    throw new Failure("the input is not JSON: " + e.getMessage());
                }
                if (value != null && !(value instanceof Map)) {
                    throw new Failure("the input must be a JSON object (the root struct), not " + value);
                }
                @SuppressWarnings("unchecked")
                Map<String, ?> map = (Map<String, ?>) value;
                byte[] message;
                try {
                    message = codec.encode(map);
                } catch (KarmemEncodeException e) {
                    throw new Failure(e.getMessage());
                }
                PrintWriter out = spec.commandLine().getOut();
                if (raw) {
                    writeRaw(out, message, false);
                } else {
                    out.println(HexFormat.of().formatHex(message));
                    out.flush();
                }
                return Xtp.OK;
            } catch (Failure e) {
                return fail(spec, e);
            }
        }
    }

    /** {@code xtp karmem decode}: a message to JSON (Karmem field names). */
    @Command(name = "decode", mixinStandardHelpOptions = true,
            description = {"Decode a Karmem message and print it as JSON keyed by Karmem field names.",
                "The message is validated strictly first (byte offsets and field paths on errors) unless --lenient."})
    static final class Decode extends Schema implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        private Source source;

        static final class Source {
            @Option(names = "--hex", paramLabel = "HEX", description = "The message as hex (spaces allowed).")
            String hex;

            @Option(names = "--input-file", paramLabel = "FILE", description = "Read the message bytes from a file.")
            Path file;

            @Option(names = "--stdin", description = "Read the message bytes from standard input.")
            boolean stdin;
        }

        @Option(names = "--lenient", description = "Read like upstream Karmem: out-of-range data reads as defaults.")
        private boolean lenient;

        @Override
        public Integer call() throws IOException {
            try {
                KarmemCodec codec = codec();
                byte[] message;
                if (source.hex != null) {
                    try {
                        message = HexFormat.of().parseHex(source.hex.replaceAll("\\s", ""));
                    } catch (IllegalArgumentException e) {
                        throw new Failure("--hex: " + e.getMessage());
                    }
                } else {
                    message = source.file != null ? Files.readAllBytes(source.file) : stdin();
                }
                Map<String, Object> value;
                try {
                    value = lenient ? codec.decode(message) : codec.decodeStrict(message);
                } catch (KarmemFormatException e) {
                    throw new Failure(e.getMessage());
                }
                PrintWriter out = spec.commandLine().getOut();
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(printable(value)));
                out.flush();
                return Xtp.OK;
            } catch (Failure e) {
                return fail(spec, e);
            }
        }

        /** Byte arrays as lists of numbers, so that the printed JSON encodes back to the same message. */
        private static Object printable(Object v) {
            if (v instanceof byte[]) {
                List<Integer> out = new ArrayList<>();
                for (byte b : (byte[]) v) {
                    out.add(b & 0xFF);
                }
                return out;
            }
            if (v instanceof Map) {
                Map<String, Object> out = new LinkedHashMap<>();
                ((Map<?, ?>) v).forEach((k, x) -> out.put((String) k, printable(x)));
                return out;
            }
            if (v instanceof List) {
                List<Object> out = new ArrayList<>();
                ((List<?>) v).forEach(x -> out.add(printable(x)));
                return out;
            }
            return v;
        }
    }

    /** {@code xtp karmem derive}: the .km of an XTP schema. */
    @Command(name = "derive", mixinStandardHelpOptions = true,
            description = {"Print the Karmem schema (.km) derived from an XTP schema, for upstream Karmem code "
                + "generators.", "See docs/karmem.md, section \"XTP → Karmem mapping\"."})
    static final class Derive implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SCHEMA", description = "The XTP schema (YAML or JSON).")
        private Path schema;

        @Option(names = "--package", paramLabel = "NAME", defaultValue = XtpKarmem.DEFAULT_PACKAGE,
                description = "The karmem package name (letters only; default: ${DEFAULT-VALUE}).")
        private String packageName;

        @Override
        public Integer call() {
            try {
                String km;
                try {
                    km = XtpKarmem.derive(xtp(schema), packageName).toKm();
                } catch (KarmemDerivationException e) {
                    throw new Failure("the schema cannot be mapped to Karmem:\n  "
                            + String.join("\n  ", e.problems()));
                } catch (IllegalArgumentException e) {
                    throw new Failure(e.getMessage());
                }
                PrintWriter out = spec.commandLine().getOut();
                out.print(km);
                out.flush();
                return Xtp.OK;
            } catch (Failure e) {
                return fail(spec, e);
            }
        }
    }

    /** {@code xtp karmem compat}: is a schema change Karmem-compatible? */
    @Command(name = "compat", mixinStandardHelpOptions = true,
            description = {"Tell whether Karmem messages stay readable from one schema version to the next, and "
                + "which change breaks them.", "Each file is an XTP schema or a .km file. Exits with 1 when a "
                + "change is breaking."})
    static final class Compat implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "BEFORE", description = "The older schema.")
        private Path before;

        @Parameters(index = "1", paramLabel = "AFTER", description = "The newer schema.")
        private Path after;

        @Override
        public Integer call() {
            try {
                CompatibilityReport report = KarmemCompatibility.check(karmem(before), karmem(after));
                PrintWriter out = spec.commandLine().getOut();
                out.println(report.changes().isEmpty() ? "no changes" : report.format());
                out.println(report.isCompatible() ? "compatible" : report.breaking().size() + " breaking change"
                        + (report.breaking().size() == 1 ? "" : "s"));
                out.flush();
                return report.isCompatible() ? Xtp.OK : Xtp.FAILED;
            } catch (Failure e) {
                return fail(spec, e);
            }
        }

        private static KarmemSchema karmem(Path file) throws Failure {
            if (file.getFileName().toString().endsWith(".km")) {
                try {
                    return KarmemSchema.parse(file);
                } catch (IOException e) {
                    throw new Failure("cannot read " + file + ": " + e.getMessage());
                } catch (KarmemSchemaException e) {
                    throw new Failure(e.getMessage());
                }
            }
            try {
                return XtpKarmem.derive(xtp(file)).schema();
            } catch (KarmemDerivationException e) {
                throw new Failure(file + " cannot be mapped to Karmem:\n  " + String.join("\n  ", e.problems()));
            }
        }
    }

    private static XtpSchema xtp(Path file) throws Failure {
        ParseResult result = XtpSchemas.read(file);
        if (result.hasErrors()) {
            throw new Failure("the schema has errors:\n" + result.format());
        }
        return result.orThrow();
    }
}
