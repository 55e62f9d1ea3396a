package dev.xtp4j.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Writing plugin output: raw bytes to the real standard output, or through a writer in tests. */
final class Streams {
    private Streams() {}

    /**
     * A byte stream for output that may not be text. When {@code out} is the process's standard output, bytes go to
     * {@link System#out} unchanged; otherwise (tests, embedding) they are decoded as UTF-8 into the writer.
     *
     * @param out the command's output writer
     * @return a byte stream
     */
    static OutputStream rawOut(PrintWriter out) {
        if (out instanceof StdoutWriter) {
            return System.out;
        }
        return new OutputStream() {
            private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();

            @Override
            public void write(int b) {
                buffer.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                buffer.write(b, off, len);
            }

            @Override
            public void flush() {
                out.write(buffer.toString(StandardCharsets.UTF_8));
                out.flush();
                buffer.reset();
            }
        };
    }

    /** The writer {@link Xtp#main} uses for standard output. */
    static final class StdoutWriter extends PrintWriter {
        StdoutWriter() {
            super(System.out, true);
        }
    }
}
