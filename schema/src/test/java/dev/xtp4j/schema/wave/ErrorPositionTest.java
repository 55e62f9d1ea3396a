package dev.xtp4j.schema.wave;

import static dev.xtp4j.schema.wave.WaveTestSupport.reject;
import static dev.xtp4j.schema.wave.WaveType.STRING;
import static dev.xtp4j.schema.wave.WaveType.U8;
import static dev.xtp4j.schema.wave.WaveType.list;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Errors name their place: offsets into the input, 1-based line and column, and a readable message. */
class ErrorPositionTest {

    @Test
    void messageCarriesKindDetailAndPosition() {
        WaveParseException e = reject(WaveErrorKind.TYPE_MISMATCH, "[\"a\", 5]", list(STRING));
        assertEquals("invalid value type: expected string, found number 5 at 1:7 (offset 6)", e.getMessage());
        assertEquals(6, e.startOffset());
        assertEquals(7, e.endOffset());
        assertEquals(1, e.line());
        assertEquals(7, e.column());
        assertEquals("expected string, found number 5", e.detail());
    }

    @Test
    void linesAndColumnsAcrossLines() {
        WaveParseException e = reject(WaveErrorKind.TYPE_MISMATCH, "[\n  1,\n  2,\n  \"x\",\n]", list(U8));
        assertEquals(4, e.line());
        assertEquals(3, e.column());
        assertEquals(14, e.startOffset());
        assertEquals(17, e.endOffset(), "the span covers the whole offending value");
    }

    @Test
    void columnsCountCodePointsAndCrlfIsOneLineBreak() {
        WaveParseException e = reject(WaveErrorKind.TYPE_MISMATCH, "[\"🌊\", 5]", list(STRING));
        assertEquals(7, e.startOffset(), "offsets are UTF-16 indices");
        assertEquals(7, e.column(), "columns are code points");
        WaveParseException crlf = reject(WaveErrorKind.TYPE_MISMATCH, "[\r\n\r\n  x]", list(U8));
        assertEquals(3, crlf.line());
        assertEquals(3, crlf.column());
    }

    @Test
    void endOfInputHasAnEmptySpanAtTheEnd() {
        WaveParseException e = reject(WaveErrorKind.UNEXPECTED_END, "[1,\n 2", list(U8));
        assertEquals(6, e.startOffset());
        assertEquals(6, e.endOffset());
        assertEquals(2, e.line());
        assertEquals(3, e.column());
        assertEquals("expected ',' or ']'", e.detail());
    }

    @Test
    void nestedErrorsPointAtTheInnermostPlace() {
        WaveType.RecordType type = WaveType.record().field("items", list(WaveType.record()
                .field("id", U8).build())).build();
        WaveParseException e = reject(WaveErrorKind.INVALID_VALUE, "{items: [{id: 1}, {id: 300}]}", type);
        assertEquals(23, e.startOffset());
        assertEquals(26, e.endOffset());
        assertEquals("300 is out of range for u8 [0, 255]", e.detail());
        WaveParseException missing = reject(WaveErrorKind.MISSING_FIELD, "{items: [{id: 1}, {:}]}", type);
        assertEquals(18, missing.startOffset(), "a missing field points at its record");
        assertEquals(21, missing.endOffset());
    }

    @Test
    void invalidTokensNameTheCharacter() {
        WaveParseException e = reject(WaveErrorKind.INVALID_TOKEN, "[1, #]", list(U8));
        assertEquals("unexpected character '#'", e.detail());
        assertEquals(4, e.startOffset());
    }
}
