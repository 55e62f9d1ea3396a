package dev.xtp4j.schema.internal;

import dev.xtp4j.schema.ParseResult;
import dev.xtp4j.schema.ValidationMode;
import dev.xtp4j.schema.XtpSchema;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Entry point of the reader for {@code dev.xtp4j.schema}: text or bytes in, {@link ParseResult} out. */
public final class SchemaReading {

    private SchemaReading() {
    }

    /**
     * Reads a document.
     *
     * @param text the YAML or JSON text
     * @param source the source name for diagnostics
     * @param mode the validation mode
     * @return the result; never throws for bad input
     */
    public static ParseResult read(String text, String source, ValidationMode mode) {
        Sink sink = new Sink(source);
        Optional<XtpSchema> schema = Optional.empty();
        try {
            Node root = new DocumentLoader(sink).load(text);
            if (root != null) {
                schema = new SchemaBuilder(mode, sink).build(root);
            }
        } catch (RuntimeException e) {
            // A bug, not bad input: still report it as a diagnostic rather than let it escape to the caller.
            sink.error(Messages.internalError(e.toString()), "#", 1, 1);
            schema = Optional.empty();
        }
        if (sink.errorCount() > 0) {
            schema = Optional.empty();
        }
        return new ParseResult(source, schema, sink.sorted());
    }

    /**
     * Reads a document given as bytes: UTF-8, with or without a byte-order mark.
     *
     * @param bytes the document
     * @param source the source name for diagnostics
     * @param mode the validation mode
     * @return the result; malformed UTF-8 is reported with its line, column and byte offset
     */
    public static ParseResult read(byte[] bytes, String source, ValidationMode mode) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1;
            int column = 1;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            Sink sink = new Sink(source);
            sink.error(Messages.cannotRead("malformed UTF-8 at byte offset " + in.position()), "#", line, column);
            return new ParseResult(source, Optional.empty(), sink.sorted());
        }
        decoder.flush(out);
        out.flip();
        return read(out.toString(), source, mode);
    }

    /**
     * Reports a document that could not be read at all (a missing file, an I/O error).
     *
     * @param source the source name
     * @param reason what went wrong
     * @return a result with one error
     */
    public static ParseResult unreadable(String source, String reason) {
        Sink sink = new Sink(source);
        sink.error(Messages.cannotRead(reason), "#", 1, 1);
        return new ParseResult(source, Optional.empty(), sink.sorted());
    }
}
