package dev.xtp4j.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads test resources. */
final class Fixtures {

    private Fixtures() {
    }

    static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String upstream(String name) {
        return text("xtp-schemas/" + name);
    }

    static ParseResult read(String yaml) {
        return XtpSchemas.read(yaml, "test.yaml");
    }

    static ParseResult read(ValidationMode mode, String yaml) {
        return XtpSchemas.reader().withMode(mode).read(yaml, "test.yaml");
    }

    /** Asserts the complete list of diagnostics, formatted and in order. */
    static ParseResult assertDiagnostics(ValidationMode mode, String yaml, String... expected) {
        ParseResult result = read(mode, yaml);
        org.junit.jupiter.api.Assertions.assertEquals(String.join("\n", expected),
                result.diagnostics().stream().map(Diagnostic::format).collect(java.util.stream.Collectors.joining("\n")));
        return result;
    }

    static ParseResult assertDiagnostics(String yaml, String... expected) {
        return assertDiagnostics(ValidationMode.DEFAULT, yaml, expected);
    }
}
