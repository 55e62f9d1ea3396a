package dev.xtp4j.schema.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Malformed input with fixed seeds: mutated fixture calls, mutated canonical values and token soup. Every input must
 * either parse or fail with a {@link WaveParseException} whose position lies inside the input; any other exception
 * fails the test. Inputs that do parse must print and parse back to the same value.
 */
class FuzzTest {

    private static final String ALPHABET = "{}()[]:,'\"\\%-.+0123456789eEaAzZ_/ \n\r\t"
            + "truefalsesomenoneokerrinfnanu{}";
    private static final String[] EXTRA = {"\uD800", "\uDC00", "🌊", "\u0000", "é", "\"\"\"", "//", "\\u{", "-inf"};
    private static final String[] TOKENS = {"{", "}", "(", ")", "[", "]", ":", ",", "1", "-2.5e3", "nan", "-inf",
        "'a'", "'\\n'", "\"s\"", "\"\"\"\n x\n \"\"\"", "true", "none", "some", "ok", "err", "%none", "a-b", "X",
        " ", "\n", "// c\n", "\"\\u{d800}\"", "'ab'", "\\"};

    @Test
    void mutatedFixtureCallsNeverThrowAnythingElse() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (String file : List.of("accept-chars", "accept-comments", "accept-enums", "accept-flags",
                "accept-records", "accept-strings", "reject-strings", "reject-records", "reject-options")) {
            UiFixturesTest.load(file).forEach(c -> seeds.add(c.input()));
        }
        Random random = new Random(1234);
        int parsed = 0;
        for (int i = 0; i < 10_000; i++) {
            String text = mutate(seeds.get(random.nextInt(seeds.size())), random);
            try {
                WaveCall call = Wave.parseCall(text, UiSignatures::resolve);
                parsed++;
                // printCall labels the arguments (name: value), a display form; rebuild the call syntax.
                StringBuilder again = new StringBuilder(call.name()).append('(');
                for (int a = 0; a < call.arguments().size(); a++) {
                    again.append(a > 0 ? ", " : "").append(Wave.print(call.arguments().get(a)));
                }
                assertEquals(call, parseCall(again.append(')').toString()), text);
            } catch (WaveParseException e) {
                checkPosition(text, e);
            }
        }
        assertTrue(parsed > 50, "some mutations still parse: " + parsed);
    }

    @Test
    void mutatedValuesOfRandomTypesNeverThrowAnythingElse() {
        Random random = new Random(4321);
        RandomWave gen = new RandomWave(random);
        for (int i = 0; i < 5_000; i++) {
            WaveType type = gen.type(3);
            String text = mutate(Wave.print(gen.value(type)), random);
            try {
                WaveValue value = Wave.parse(text, type);
                assertEquals(value, Wave.parse(Wave.print(value), type), text);
            } catch (WaveParseException e) {
                checkPosition(text, e);
            }
        }
    }

    @Test
    void tokenSoupNeverThrowsAnythingElse() {
        Random random = new Random(99);
        RandomWave gen = new RandomWave(random);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            WaveType type = gen.type(2);
            try {
                Wave.parse(text.toString(), type);
            } catch (WaveParseException e) {
                checkPosition(text.toString(), e);
            }
        }
    }

    private static WaveCall parseCall(String text) {
        try {
            return Wave.parseCall(text, UiSignatures::resolve);
        } catch (WaveParseException e) {
            throw new AssertionError("canonical call text did not parse: " + text + ": " + e.getMessage(), e);
        }
    }

    private static String mutate(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length() + 1);
            switch (random.nextInt(5)) {
                case 0:
                    s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    break;
                case 1:
                    s.insert(at, EXTRA[random.nextInt(EXTRA.length)]);
                    break;
                case 2:
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                    break;
                case 3:
                    if (at < s.length()) {
                        s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                    break;
                default:
                    s.setLength(Math.min(s.length(), at));
            }
        }
        return s.toString();
    }

    private static void checkPosition(String text, WaveParseException e) {
        assertNotNull(e.kind());
        assertTrue(0 <= e.startOffset() && e.startOffset() <= e.endOffset() && e.endOffset() <= text.length(),
                () -> e.startOffset() + ".." + e.endOffset() + " outside " + text.length() + ": " + text);
        assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
        assertTrue(e.getMessage().startsWith(e.kind().description()), e.getMessage());
        int line = (int) text.substring(0, e.startOffset()).chars().filter(c -> c == '\n').count() + 1;
        assertEquals(line, e.line(), e.getMessage());
    }
}
