package dev.xtp4j.schema.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The upstream WAVE conformance cases ({@code wave/*.waves} with {@code *.out}): every {@code accept-*} call must
 * parse and print exactly the expected line; every {@code reject-*} call must fail with the corresponding error kind,
 * at the place upstream reports (upstream spans are UTF-8 byte offsets into the call text).
 */
class UiFixturesTest {

    private static final List<String> FILES = List.of(
            "accept-chars", "accept-comments", "accept-enums", "accept-flags", "accept-funcs", "accept-nullary",
            "accept-records", "accept-strings",
            "reject-chars", "reject-comments", "reject-enums", "reject-flags", "reject-floats", "reject-funcs",
            "reject-lists", "reject-options", "reject-records", "reject-strings");

    private static final Pattern SPANNED = Pattern.compile("(.*) at (\\d+)\\.\\.(\\d+)");
    private static final Pattern UNKNOWN_FUNC = Pattern.compile("unknown test func (\".*\")");

    /** Upstream's names of tokens in "unexpected token" messages, and how this implementation names them. */
    private static final Map<String, String> TOKEN_NAMES = Map.of(
            "Comma", "','", "Colon", "':'", "ParenOpen", "'('", "ParenClose", "')'",
            "BracketClose", "']'", "BraceClose", "'}'", "LabelOrKeyword", "label ");

    /** One call from a .waves file with the comment lines before it and the expected output line. */
    record Case(String file, int number, List<String> comments, String input, String expected) {
    }

    @TestFactory
    Stream<DynamicTest> upstreamCases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : FILES) {
            for (Case c : load(file)) {
                String name = file + " #" + c.number() + ": " + c.input().replace("\n", "\\n");
                tests.add(DynamicTest.dynamicTest(name, () -> run(c)));
            }
        }
        return tests.stream();
    }

    @Test
    void everyFixtureFileHasCases() throws IOException {
        int total = 0;
        for (String file : FILES) {
            List<Case> cases = load(file);
            assertTrue(!cases.isEmpty(), file);
            total += cases.size();
        }
        assertEquals(171, total, "number of upstream cases");
    }

    private static void run(Case c) {
        if (c.file().startsWith("accept-")) {
            try {
                WaveCall call = Wave.parseCall(c.input(), UiSignatures::resolve);
                assertEquals(c.expected(), Wave.printCall(call));
                assertEquals(c.expected(), call.toString());
            } catch (WaveParseException e) {
                fail("rejected " + c.input() + ": " + e.getMessage());
            }
            return;
        }
        WaveParseException e = assertThrows(WaveParseException.class,
                () -> Wave.parseCall(c.input(), UiSignatures::resolve), "accepted " + c.input());
        checkError(c, e);
    }

    /** Compares an error with upstream's error line: same kind, same place. */
    private static void checkError(Case c, WaveParseException e) {
        String context = c.input() + " -> " + e.getMessage();
        Matcher unknown = UNKNOWN_FUNC.matcher(c.expected());
        if (unknown.matches()) {
            assertEquals(WaveErrorKind.UNKNOWN_FUNCTION, e.kind(), context);
            assertEquals(unknown.group(1), e.detail(), context);
            return;
        }
        Matcher spanned = SPANNED.matcher(c.expected());
        assertTrue(spanned.matches(), "expected line format: " + c.expected());
        String message = spanned.group(1);
        int start = Integer.parseInt(spanned.group(2));
        int end = Integer.parseInt(spanned.group(3));
        int myStart = utf8Offset(c.input(), e.startOffset());
        int myEnd = utf8Offset(c.input(), e.endOffset());

        String upstreamDetail = message.contains(": ") ? message.substring(message.indexOf(": ") + 2) : "";
        WaveErrorKind kind = e.kind();
        if (message.startsWith("invalid token")) {
            assertEquals(WaveErrorKind.INVALID_TOKEN, kind, context);
            // Upstream's lexer (logos) ends error spans at idiosyncratic places; the starts agree.
            assertEquals(start, myStart, context);
            return;
        }
        if (message.startsWith("error converting Wasm value: unknown case")) {
            // Upstream points at the whole flags value; this implementation at the unknown flag inside it.
            assertEquals(WaveErrorKind.UNKNOWN_FLAG, kind, context);
            assertTrue(myStart >= start && myEnd <= end, context);
            assertTrue(e.detail().startsWith(upstreamDetail.substring("unknown case ".length())), context);
            return;
        }
        if (message.startsWith("invalid character escape")) {
            assertEquals(WaveErrorKind.INVALID_ESCAPE, kind, context);
        } else if (message.startsWith("invalid multiline string")) {
            assertEquals(WaveErrorKind.INVALID_MULTILINE_STRING, kind, context);
            String firstWord = upstreamDetail.split(" ")[0];
            assertTrue(e.detail().startsWith(firstWord + " "), context);
            if (firstWord.equals("closing")) {
                // Upstream's span covers the three characters before the closing delimiter; this implementation
                // points at the delimiter itself, which starts where upstream's span ends.
                assertEquals(end + ".." + (end + 3), myStart + ".." + myEnd, context);
                return;
            }
        } else if (message.startsWith("unexpected end of input")) {
            assertEquals(WaveErrorKind.UNEXPECTED_END, kind, context);
        } else if (message.startsWith("unexpected token")) {
            assertEquals(WaveErrorKind.UNEXPECTED_TOKEN, kind, context);
            assertTrue(e.detail().startsWith("found " + TOKEN_NAMES.get(upstreamDetail)), context);
        } else if (message.startsWith("duplicate field")) {
            assertEquals(WaveErrorKind.DUPLICATE_FIELD, kind, context);
            assertEquals(upstreamDetail, e.detail(), context);
        } else if (message.startsWith("duplicate flag")) {
            assertEquals(WaveErrorKind.DUPLICATE_FLAG, kind, context);
            assertEquals(upstreamDetail, e.detail(), context);
        } else if (message.startsWith("invalid value type")) {
            assertEquals(WaveErrorKind.TYPE_MISMATCH, kind, context);
        } else if (message.startsWith("error converting Wasm value: missing field")) {
            assertEquals(WaveErrorKind.MISSING_FIELD, kind, context);
            assertTrue(e.detail().startsWith(upstreamDetail.substring("missing field ".length())), context);
        } else if (message.startsWith("invalid params")) {
            assertEquals(WaveErrorKind.INVALID_ARGUMENTS, kind, context);
        } else {
            fail("unmapped upstream error: " + c.expected());
        }
        assertEquals(start + ".." + end, myStart + ".." + myEnd, "span of " + context);
    }

    static int utf8Offset(String text, int charIndex) {
        return text.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
    }

    /** Splits a .waves file like upstream's harness and pairs every call with its expected line. */
    static List<Case> load(String file) throws IOException {
        String inputs = resource(file + ".waves").stripTrailing();
        while (inputs.endsWith(";")) {
            inputs = inputs.substring(0, inputs.length() - 1);
        }
        List<String> outLines = new ArrayList<>(List.of(resource(file + ".out").split("\n", -1)));
        if (!outLines.isEmpty() && outLines.get(outLines.size() - 1).isEmpty()) {
            outLines.remove(outLines.size() - 1);
        }
        List<Case> cases = new ArrayList<>();
        int line = 0;
        int number = 0;
        for (String piece : inputs.split(";\n", -1)) {
            String input = piece;
            List<String> comments = new ArrayList<>();
            while (input.startsWith("//") && input.contains("\n")) {
                comments.add(input.substring(0, input.indexOf('\n')));
                input = input.substring(input.indexOf('\n') + 1);
            }
            for (String comment : comments) {
                assertEquals(comment, outLines.get(line++), file + ": comment lines are copied to the output");
            }
            cases.add(new Case(file, ++number, comments, input, outLines.get(line++)));
        }
        assertEquals(outLines.size(), line, file + ": every output line belongs to a case");
        return cases;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = UiFixturesTest.class.getResourceAsStream("/wave/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource /wave/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
