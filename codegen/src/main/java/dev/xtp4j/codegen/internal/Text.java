package dev.xtp4j.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Text that goes into generated Java source: Javadoc from schema descriptions and string literals. Everything is
 * escaped to plain ASCII, so that the generated files compile the same under any source encoding. Shared by the Java
 * targets ({@code java-host}, {@code java-guest}); not part of the generator's API.
 */
public final class Text {
    /** The column that wrapped Javadoc lines end at, as JavaPoet wraps code at 100 columns. */
    public static final int JAVADOC_WIDTH = 100;

    private Text() {}

    /**
     * Turns a schema description into Javadoc text: HTML-escaped ({@code <}, {@code >}, {@code &}), with {@code @}
     * (which would start a block tag), backslashes (which would start a unicode escape), {@code *}{@code /} and
     * non-ASCII characters written as character references; blank lines become paragraphs ({@code <p>}), and
     * paragraphs are wrapped.
     *
     * @param description the description as written in the schema
     * @param indent the indentation of the comment in the generated file, so that lines stay within the width
     * @return the Javadoc text, ending with a line break
     */
    public static String javadoc(String description, int indent) {
        List<String> paragraphs = paragraphs(description);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = escapeHtml(paragraphs.get(i));
            if (i > 0) {
                sb.append('\n');
                p = "<p>" + p;
            }
            sb.append(wrap(p, JAVADOC_WIDTH - indent - 3));
        }
        return sb.toString();
    }

    /**
     * The sentence of a description: the description with a final period, or {@code fallback} when there is none.
     *
     * @param description the description, may be empty
     * @param fallback the text used without a description (already Javadoc; not escaped)
     * @return Javadoc text without a trailing line break
     */
    public static String sentence(String description, String fallback) {
        if (description == null || description.isBlank()) {
            return fallback;
        }
        String joined = String.join(" ", paragraphs(description));
        String escaped = escapeHtml(joined);
        return escaped.endsWith(".") || escaped.endsWith("!") || escaped.endsWith("?") ? escaped : escaped + ".";
    }

    /**
     * Wraps text into lines of at most {@code width} characters at spaces (a word longer than the width gets a line
     * of its own).
     *
     * @param text one paragraph, without line breaks
     * @param width the width
     * @return the lines, each ending with a line break
     */
    public static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : words(text)) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
        return out.toString();
    }

    /** The words of a text, keeping inline tags such as {@code {@code a b}} in one piece. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '@') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            }
            if (c == ' ' && depth == 0) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * Wraps Javadoc that links to types by their simple names ({@code {@link Plugin}}) and turns each link into a
     * JavaPoet type reference, so that the file imports the type (or qualifies it when the simple name is taken).
     *
     * @param text one paragraph of Javadoc, without line breaks
     * @param width the width
     * @param types the linked types
     * @return the Javadoc, ending with a line break
     */
    public static CodeBlock wrapLinks(String text, int width, ClassName... types) {
        String wrapped = wrap(text, width).replace("$", "$$");
        List<Object> args = new ArrayList<>();
        StringBuilder format = new StringBuilder();
        int i = 0;
        while (i < wrapped.length()) {
            ClassName found = null;
            if (wrapped.startsWith("{@link ", i)) {
                for (ClassName t : types) {
                    String name = t.simpleName();
                    int end = i + 7 + name.length();
                    if (wrapped.startsWith(name, i + 7) && end < wrapped.length()
                            && "}# ".indexOf(wrapped.charAt(end)) >= 0) {
                        found = t;
                    }
                }
            }
            if (found != null) {
                format.append("{@link $T");
                args.add(found);
                i += 7 + found.simpleName().length();
            } else {
                format.append(wrapped.charAt(i));
                i++;
            }
        }
        return CodeBlock.of(format.toString(), args.toArray());
    }

    /**
     * Splits a description into paragraphs (separated by blank lines); the lines of a paragraph are joined with
     * spaces.
     */
    private static List<String> paragraphs(String description) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : description.strip().split("\\R", -1)) {
            String l = line.strip();
            if (l.isEmpty()) {
                if (current.length() > 0) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
                continue;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(l);
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    /**
     * Code in Javadoc: {@code {@code text}} when the text is safe inside it, else {@code <code>} with the text escaped
     * (inside {@code {@code ...}} character references are not interpreted and braces must balance).
     *
     * @param text the text, e.g. a wire value
     * @return the Javadoc
     */
    public static String code(String text) {
        if (text.isEmpty()) {
            return "{@code \"\"}";
        }
        if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7f && "{}@*\\".indexOf(c) < 0) && !text.startsWith(" ")
                && !text.endsWith(" ")) {
            return "{@code " + text + "}";
        }
        return "<code>" + escapeHtml(text) + "</code>";
    }

    /**
     * Text for a line comment: printable ASCII, with backslashes (which could start a unicode escape) and anything
     * else replaced by {@code ?}.
     *
     * @param text the text, e.g. a file name
     * @return the comment text
     */
    public static String comment(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.chars().forEach(c -> sb.append(c >= 0x20 && c < 0x7f && c != '\\' ? (char) c : '?'));
        return sb.toString();
    }

    /**
     * Escapes text for Javadoc.
     *
     * @param text the text
     * @return the text with HTML, tag and escape characters and non-ASCII characters as character references
     */
    public static String escapeHtml(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '@' -> sb.append("&#64;");
                case '\\' -> sb.append("&#92;");
                case '/' -> sb.append(sb.length() > 0 && sb.charAt(sb.length() - 1) == '*' ? "&#47;" : "/");
                case '\t' -> sb.append(' ');
                default -> {
                    if (cp < 0x20 || cp == 0x7f) {
                        sb.append(' ');
                    } else if (cp > 0x7e) {
                        sb.append("&#").append(cp).append(';');
                    } else {
                        sb.append((char) cp);
                    }
                }
            }
        });
        return sb.toString();
    }

    /**
     * A Java string literal of any text, in ASCII: quotes, backslashes and control characters escaped, other
     * non-ASCII characters as {@code \}{@code uXXXX} escapes (never a line terminator, which an escape in a literal
     * must not produce). Text with line breaks becomes a concatenation, one line per literal, as JavaPoet writes it.
     *
     * @param text the text
     * @return the literal
     */
    public static CodeBlock literal(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && i + 1 < text.length()) {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        if (lines.size() == 1) {
            return CodeBlock.of("$L", quoted(text));
        }
        CodeBlock.Builder b = CodeBlock.builder().add("$L", quoted(lines.get(0))).add("$>$>");
        for (int i = 1; i < lines.size(); i++) {
            b.add("\n+ $L", quoted(lines.get(i)));
        }
        return b.add("$<$<").build();
    }

    /**
     * A Java string literal of one line of text that may be long: split at spaces into pieces of about 70
     * characters, joined with {@code +} at places where JavaPoet may wrap the line.
     *
     * @param text the text, without line breaks
     * @return the literal or concatenation
     */
    public static CodeBlock longLiteral(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (text.length() - start > 70) {
            int cut = text.lastIndexOf(' ', start + 70);
            if (cut <= start) {
                cut = text.indexOf(' ', start + 70);
            }
            if (cut < 0) {
                break;
            }
            pieces.add(text.substring(start, cut + 1));
            start = cut + 1;
        }
        pieces.add(text.substring(start));
        CodeBlock.Builder b = CodeBlock.builder().add("$L", quoted(pieces.get(0)));
        for (int i = 1; i < pieces.size(); i++) {
            b.add("$W+ $L", quoted(pieces.get(i)));
        }
        return b.build();
    }

    private static String quoted(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
