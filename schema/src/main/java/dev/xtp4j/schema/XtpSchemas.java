package dev.xtp4j.schema;

import dev.xtp4j.schema.internal.YamlWriter;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Entry points for XTP schemas in the default {@link ValidationMode}. Use {@link #reader()} for another mode.
 *
 * <pre>{@code
 * XtpSchema schema = XtpSchemas.parse(Path.of("schema.yaml"));       // throws XtpSchemaException on errors
 * ParseResult result = XtpSchemas.read(Path.of("schema.yaml"));      // never throws: diagnostics + model
 * String yaml = XtpSchemas.toYaml(schema);                           // back to YAML
 * }</pre>
 */
public final class XtpSchemas {

    private static final XtpSchemaReader DEFAULT = XtpSchemaReader.create();

    private XtpSchemas() {
    }

    /**
     * Returns a reader in the default mode; call {@link XtpSchemaReader#withMode(ValidationMode)} for another.
     *
     * @return the reader
     */
    public static XtpSchemaReader reader() {
        return DEFAULT;
    }

    /**
     * Parses a YAML or JSON file.
     *
     * @param file the file
     * @return the model
     * @throws XtpSchemaException when the file cannot be read or the schema has errors
     */
    public static XtpSchema parse(Path file) {
        return DEFAULT.parse(file);
    }

    /**
     * Parses a YAML or JSON document.
     *
     * @param text the document
     * @return the model
     * @throws XtpSchemaException when the schema has errors
     */
    public static XtpSchema parse(String text) {
        return DEFAULT.parse(text);
    }

    /**
     * Parses a YAML or JSON document from a stream of UTF-8 bytes (read to its end, not closed).
     *
     * @param in the stream
     * @return the model
     * @throws XtpSchemaException when the stream fails or the schema has errors
     */
    public static XtpSchema parse(InputStream in) {
        return DEFAULT.parse(in);
    }

    /**
     * Reads a file and returns every diagnostic without throwing; this is what {@code xtp validate} prints.
     *
     * @param file the file
     * @return the result
     */
    public static ParseResult read(Path file) {
        return DEFAULT.read(file);
    }

    /**
     * Reads a document given as text and returns every diagnostic without throwing.
     *
     * @param text the document
     * @param source the source name used in diagnostics
     * @return the result
     */
    public static ParseResult read(String text, String source) {
        return DEFAULT.read(text, source);
    }

    /**
     * Writes a schema as YAML. Parsing the output gives a schema equal to the input.
     *
     * @param schema the schema
     * @return the YAML document
     * @throws IllegalArgumentException when the schema uses an object or alias type that is not one of its
     *     component types (which a parsed schema never does)
     */
    public static String toYaml(XtpSchema schema) {
        return YamlWriter.write(schema);
    }
}
