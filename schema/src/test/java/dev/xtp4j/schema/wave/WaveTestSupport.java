package dev.xtp4j.schema.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

/** Small helpers shared by the WAVE tests. */
final class WaveTestSupport {

    private WaveTestSupport() {
    }

    static WaveValue parse(String text, WaveType type) {
        try {
            return Wave.parse(text, type);
        } catch (WaveParseException e) {
            return fail("could not parse " + text + " as " + type + ": " + e.getMessage());
        }
    }

    /** Parses and prints canonically. */
    static String canonical(String text, WaveType type) {
        return Wave.print(parse(text, type));
    }

    static void assertCanonical(String expected, String text, WaveType type) {
        assertEquals(expected, canonical(text, type), text);
    }

    static WaveParseException reject(String text, WaveType type) {
        return assertThrows(WaveParseException.class, () -> Wave.parse(text, type),
                () -> "accepted " + text + " as " + type);
    }

    static WaveParseException reject(WaveErrorKind kind, String text, WaveType type) {
        WaveParseException e = reject(text, type);
        assertEquals(kind, e.kind(), () -> text + " -> " + e.getMessage());
        return e;
    }
}
