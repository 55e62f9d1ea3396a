package dev.xtp4j.schema.wave;

import static dev.xtp4j.schema.wave.WaveType.STRING;
import static dev.xtp4j.schema.wave.WaveType.U8;
import static dev.xtp4j.schema.wave.WaveType.option;
import static dev.xtp4j.schema.wave.WaveType.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The canonical printer: float digits, escaping, records, options, results, keywords, flags. */
class PrintTest {

    @Test
    void f32UsesShortestRoundTripDigitsWithoutExponent() {
        assertEquals("340282350000000000000000000000000000000", Wave.print(WaveValue.f32(Float.MAX_VALUE)));
        assertEquals("0.000000000000000000000000000000000000000000001", Wave.print(WaveValue.f32(Float.MIN_VALUE)));
        assertEquals("0.000000000000000000000000000000000000011754944",
                Wave.print(WaveValue.f32(Float.MIN_NORMAL)));
        assertEquals("0.1", Wave.print(WaveValue.f32(0.1f)));
        assertEquals("0.33333334", Wave.print(WaveValue.f32(1f / 3)));
        assertEquals("5", Wave.print(WaveValue.f32(5f)));
        assertEquals("-100000", Wave.print(WaveValue.f32(-100000f)));
        assertEquals("16777216", Wave.print(WaveValue.f32(16777216f)));
        assertEquals("-0", Wave.print(WaveValue.f32(-0f)));
        assertEquals("0", Wave.print(WaveValue.f32(0f)));
    }

    @Test
    void f64UsesShortestRoundTripDigitsWithoutExponent() {
        assertEquals("0.1", Wave.print(WaveValue.f64(0.1)));
        assertEquals("0.30000000000000004", Wave.print(WaveValue.f64(0.1 + 0.2)));
        assertEquals("0.3333333333333333", Wave.print(WaveValue.f64(1.0 / 3)));
        assertEquals("1000000000000000000000", Wave.print(WaveValue.f64(1e21)));
        assertEquals("0.0000001", Wave.print(WaveValue.f64(1e-7)));
        assertEquals("123.456", Wave.print(WaveValue.f64(123.456)));
        assertEquals("9007199254740994", Wave.print(WaveValue.f64(9007199254740994.0)));
        assertEquals("2", Wave.print(WaveValue.f64(2.0)));
        assertEquals("-2.25", Wave.print(WaveValue.f64(-2.25)));
        assertEquals("17976931348623157" + "0".repeat(292), Wave.print(WaveValue.f64(Double.MAX_VALUE)));
        assertEquals("0." + "0".repeat(323) + "5", Wave.print(WaveValue.f64(Double.MIN_VALUE)));
        // JDK 17's Double.toString gives 9.999999999999999E22 and 2.82879384806159008E17 for these two
        // (fixed in JDK 19); Rust and this printer give the shortest digits.
        assertEquals("100000000000000000000000", Wave.print(WaveValue.f64(1e23)));
        assertEquals("282879384806159000", Wave.print(WaveValue.f64(2.82879384806159E17)));
    }

    @Test
    void specialFloatValues() {
        assertEquals("nan", Wave.print(WaveValue.f32(Float.intBitsToFloat(0x7fc00001))));
        assertEquals("nan", Wave.print(WaveValue.f64(Double.longBitsToDouble(0xfff0000000000001L))));
        assertEquals("inf", Wave.print(WaveValue.f32(Float.POSITIVE_INFINITY)));
        assertEquals("-inf", Wave.print(WaveValue.f64(Double.NEGATIVE_INFINITY)));
        assertEquals("-0", Wave.print(WaveValue.f64(-0.0)));
    }

    @Test
    void printedFloatsReadBackExactlyAndAreNoLongerThanJavasDigits() throws WaveParseException {
        Random random = new Random(42);
        for (int i = 0; i < 3000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            float f = Float.intBitsToFloat(random.nextInt());
            if (Double.isNaN(d) || Float.isNaN(f)) {
                continue;
            }
            String dText = Wave.print(WaveValue.f64(d));
            assertEquals(WaveValue.f64(d), Wave.parse(dText, WaveType.F64), dText);
            assertTrue(significantDigits(dText) <= significantDigits(Double.toString(Math.abs(d))), dText);
            String fText = Wave.print(WaveValue.f32(f));
            assertEquals(WaveValue.f32(f), Wave.parse(fText, WaveType.F32), fText);
            assertTrue(significantDigits(fText) <= significantDigits(Float.toString(Math.abs(f))), fText);
            assertTrue(!dText.contains("e") && !dText.contains("E") && !dText.endsWith(".0"), dText);
        }
    }

    private static int significantDigits(String text) {
        String mantissa = text.replaceFirst("[eE].*", "").replace("-", "").replace(".", "");
        return mantissa.replaceFirst("^0+", "").replaceFirst("0+$", "").length();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "92|'\\\\'", "34|'\\\"'", "39|'\\''", "9|'\\t'", "13|'\\r'", "10|'\\n'",
        "0|'\\u{0}'", "27|'\\u{1b}'", "127|'\\u{7f}'", "159|'\\u{9f}'",
        "160|'\\u{a0}'", "173|'\\u{ad}'", "8203|'\\u{200b}'", "8232|'\\u{2028}'", "769|'\\u{301}'",
        "57344|'\\u{e000}'", "888|'\\u{378}'", "65279|'\\u{feff}'",
        "32|' '", "120|'x'", "9731|'☃'", "127754|'🌊'", "233|'é'"})
    void charEscaping(int codePoint, String expected) {
        assertEquals(expected, Wave.print(WaveValue.character(codePoint)));
    }

    @Test
    void stringEscaping() {
        assertEquals("\"a\\\\b\\\"c\\'d\\te\\rf\\ng\\u{0}h\\u{7}☃🌊\"",
                Wave.print(WaveValue.string("a\\b\"c'd\te\rf\ng\0h\u0007☃🌊")));
        assertEquals("\"e\\u{301}\"", Wave.print(WaveValue.string("e\u0301")), "combining marks are escaped");
        assertEquals("\"\"", Wave.print(WaveValue.string("")));
    }

    @Test
    void recordsPrintFieldsInTypeOrderAndLeaveOutNone() {
        WaveType.RecordType type = WaveType.record().field("b", U8).field("a", option(U8))
                .field("c", option(option(U8))).build();
        WaveValue.RecordValue value = WaveValue.record(type).set("c", WaveValue.some(WaveValue.none(U8)))
                .set("b", WaveValue.u8(1)).build();
        assertEquals("{b: 1, c: some(none)}", Wave.print(value));
        WaveType.RecordType allOptional = WaveType.record().field("a", option(U8)).build();
        assertEquals("{:}", Wave.print(WaveValue.record(allOptional).build()));
        assertEquals("{:}", Wave.print(WaveValue.record(WaveType.record().build()).build()));
    }

    @Test
    void optionsAndResultsAreAlwaysExplicit() {
        assertEquals("some(1)", Wave.print(WaveValue.some(WaveValue.u8(1))));
        assertEquals("some(some(\"x\"))", Wave.print(WaveValue.some(WaveValue.some(WaveValue.string("x")))));
        assertEquals("none", Wave.print(WaveValue.none(STRING)));
        WaveType.ResultType r = result(U8, STRING);
        assertEquals("ok(1)", Wave.print(WaveValue.ok(r, WaveValue.u8(1))));
        assertEquals("err(\"bad\")", Wave.print(WaveValue.err(r, WaveValue.string("bad"))));
        assertEquals("ok", Wave.print(WaveValue.ok(result(null, null))));
        assertEquals("err", Wave.print(WaveValue.err(result(null, null))));
    }

    @Test
    void keywordCasesGetAPercentPrefix() {
        WaveType.EnumType e = WaveType.enumOf("true", "false", "some", "none", "ok", "err", "inf", "nan", "plain");
        for (String c : e.cases()) {
            String expected = c.equals("plain") ? "plain" : "%" + c;
            assertEquals(expected, Wave.print(WaveValue.enumCase(e, c)));
        }
        WaveType.VariantType v = WaveType.variant().with("none", U8).with("other").build();
        assertEquals("%none(3)", Wave.print(WaveValue.variant(v, "none", WaveValue.u8(3))));
        assertEquals("other", Wave.print(WaveValue.variant(v, "other")));
        WaveType.RecordType keywordFields = WaveType.record().field("none", U8).build();
        assertEquals("{none: 1}", Wave.print(WaveValue.record(keywordFields).set("none", WaveValue.u8(1)).build()));
    }

    @Test
    void flagsListsTuplesAndIntegers() {
        WaveType.FlagsType f = WaveType.flags("a", "b", "c");
        assertEquals("{a, c}", Wave.print(WaveValue.flags(f, "c", "a")));
        assertEquals("{}", Wave.print(WaveValue.flags(f)));
        assertEquals("[1, 2]", Wave.print(WaveValue.list(U8, WaveValue.u8(1), WaveValue.u8(2))));
        assertEquals("[]", Wave.print(WaveValue.list(U8, List.of())));
        assertEquals("(1, \"x\")", Wave.print(WaveValue.tuple(WaveValue.u8(1), WaveValue.string("x"))));
        assertEquals("18446744073709551615", Wave.print(WaveValue.u64(-1)));
        assertEquals("-9223372036854775808", Wave.print(WaveValue.s64(Long.MIN_VALUE)));
        assertEquals("4294967295", Wave.print(WaveValue.u32(4294967295L)));
        assertEquals("-128", Wave.print(WaveValue.s8(-128)));
        assertEquals("true", WaveValue.bool(true).toString());
    }
}
