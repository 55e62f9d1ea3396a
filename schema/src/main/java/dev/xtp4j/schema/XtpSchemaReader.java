package dev.xtp4j.schema;

import dev.xtp4j.schema.internal.SchemaReading;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads XTP schema documents (YAML or JSON) in one {@link ValidationMode}. Immutable and thread-safe.
 *
 * <pre>{@code
 * XtpSchemaReader reader = XtpSchemaReader.create().withMode(ValidationMode.STRICT);
 * ParseResult result = reader.read(Path.of("schema.yaml"));
 * result.diagnostics().forEach(d -> System.err.println(d.format()));
 * XtpSchema schema = result.orThrow();
 * }</pre>
 *
 * <p>The {@code read} methods never throw for bad input: unreadable files, malformed YAML or JSON, wrong node kinds
 * and invalid schemas all come back as diagnostics. The {@code parse} methods throw {@link XtpSchemaException} instead
 * when there is an error.
 */
public final class XtpSchemaReader {

    /** Source name used for text and streams read without one. */
    public static final String DEFAULT_SOURCE = "<schema>";

    private final ValidationMode mode;

    private XtpSchemaReader(ValidationMode mode) {
        this.mode = mode;
    }

    /**
     * Returns a reader in {@link ValidationMode#DEFAULT}.
     *
     * @return the reader
     */
    public static XtpSchemaReader create() {
        return new XtpSchemaReader(ValidationMode.DEFAULT);
    }

    /**
     * Returns a reader like this one, in another mode.
     *
     * @param newMode the mode
     * @return the reader
     */
    public XtpSchemaReader withMode(ValidationMode newMode) {
        return new XtpSchemaReader(Objects.requireNonNull(newMode, "mode"));
    }

    /**
     * Returns the mode.
     *
     * @return the validation mode
     */
    public ValidationMode mode() {
        return mode;
    }

    /**
     * Reads a file. The source name in diagnostics is the path as given.
     *
     * @param file the file
     * @return the result, with a "Cannot read the schema" error when the file cannot be read
     */
    public ParseResult read(Path file) {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return SchemaReading.unreadable(source, "no such file");
        } catch (IOException | SecurityException e) {
            return SchemaReading.unreadable(source, e.toString());
        }
        return SchemaReading.read(bytes, source, mode);
    }

    /**
     * Reads a document given as text.
     *
     * @param text the YAML or JSON text
     * @param source the source name used in diagnostics
     * @return the result
     */
    public ParseResult read(String text, String source) {
        return SchemaReading.read(Objects.requireNonNull(text, "text"), Objects.requireNonNull(source, "source"),
                mode);
    }

    /**
     * Reads a document from a stream of UTF-8 bytes. The stream is read to its end but not closed.
     *
     * @param in the stream
     * @param source the source name used in diagnostics
     * @return the result, with a "Cannot read the schema" error when the stream fails
     */
    public ParseResult read(InputStream in, String source) {
        Objects.requireNonNull(source, "source");
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            return SchemaReading.unreadable(source, e.toString());
        }
        return SchemaReading.read(bytes, source, mode);
    }

    /**
     * Parses a file.
     *
     * @param file the file
     * @return the model
     * @throws XtpSchemaException when the file cannot be read or the schema has errors
     */
    public XtpSchema parse(Path file) {
        return read(file).orThrow();
    }

    /**
     * Parses a document given as text.
     *
     * @param text the YAML or JSON text
     * @return the model
     * @throws XtpSchemaException when the schema has errors
     */
    public XtpSchema parse(String text) {
        return read(text, DEFAULT_SOURCE).orThrow();
    }

    /**
     * Parses a document from a stream of UTF-8 bytes (read to its end, not closed).
     *
     * @param in the stream
     * @return the model
     * @throws XtpSchemaException when the stream fails or the schema has errors
     */
    public XtpSchema parse(InputStream in) {
        return read(in, DEFAULT_SOURCE).orThrow();
    }
}
