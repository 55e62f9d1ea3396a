package dev.xtp4j.codegen.c;

import java.util.Optional;

/** Builds C text line by line with four-space indentation. */
final class CodeWriter {
    private final StringBuilder text = new StringBuilder();
    private int indent;

    /**
     * Appends a line at the current indentation (an empty line has no indentation).
     *
     * @param line the line, without a line feed
     * @return this writer
     */
    CodeWriter line(String line) {
        if (!line.isEmpty()) {
            text.append("    ".repeat(indent)).append(line);
        }
        text.append('\n');
        return this;
    }

    /**
     * Appends an empty line.
     *
     * @return this writer
     */
    CodeWriter blank() {
        return line("");
    }

    /**
     * Appends a line and indents what follows.
     *
     * @param line e.g. {@code if (x) {}
     * @return this writer
     */
    CodeWriter open(String line) {
        line(line);
        indent++;
        return this;
    }

    /**
     * Unindents and appends a line.
     *
     * @param line e.g. {@code }}
     * @return this writer
     */
    CodeWriter close(String line) {
        indent--;
        return line(line);
    }

    /**
     * Unindents, appends a line and indents again: {@code } else {}.
     *
     * @param line the line
     * @return this writer
     */
    CodeWriter reopen(String line) {
        indent--;
        line(line);
        indent++;
        return this;
    }

    /**
     * Appends a description as a comment block, if there is one.
     *
     * @param description the text
     * @return this writer
     */
    CodeWriter comment(Optional<String> description) {
        description.ifPresent(d -> comment(d));
        return this;
    }

    /**
     * Appends a comment; each line of the text becomes a comment line.
     *
     * @param text the text
     * @return this writer
     */
    CodeWriter comment(String text) {
        String[] lines = safe(text).strip().split("\n", -1);
        if (lines.length == 1) {
            return line("/* " + lines[0].strip() + " */");
        }
        line("/*");
        for (String l : lines) {
            line((" * " + l.stripTrailing()).stripTrailing());
        }
        return line(" */");
    }

    /**
     * Makes text safe inside a C comment: no comment terminator, no trigraph-like or line-splicing surprises.
     *
     * @param text any text
     * @return the text with {@code *}{@code /} broken up and line endings normalized
     */
    static String safe(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("*/", "* /").replace("/*", "/ *")
                .replace("\\\n", "\\ \n");
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
