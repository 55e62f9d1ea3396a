package dev.xtp4j.schema.wave;

import static dev.xtp4j.schema.wave.WaveTestSupport.assertCanonical;
import static dev.xtp4j.schema.wave.WaveTestSupport.parse;
import static dev.xtp4j.schema.wave.WaveTestSupport.reject;
import static dev.xtp4j.schema.wave.WaveType.BOOL;
import static dev.xtp4j.schema.wave.WaveType.CHAR;
import static dev.xtp4j.schema.wave.WaveType.F32;
import static dev.xtp4j.schema.wave.WaveType.F64;
import static dev.xtp4j.schema.wave.WaveType.S16;
import static dev.xtp4j.schema.wave.WaveType.S32;
import static dev.xtp4j.schema.wave.WaveType.S64;
import static dev.xtp4j.schema.wave.WaveType.S8;
import static dev.xtp4j.schema.wave.WaveType.STRING;
import static dev.xtp4j.schema.wave.WaveType.U16;
import static dev.xtp4j.schema.wave.WaveType.U32;
import static dev.xtp4j.schema.wave.WaveType.U64;
import static dev.xtp4j.schema.wave.WaveType.U8;
import static dev.xtp4j.schema.wave.WaveType.list;
import static dev.xtp4j.schema.wave.WaveType.option;
import static dev.xtp4j.schema.wave.WaveType.result;
import static dev.xtp4j.schema.wave.WaveType.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Type-directed parsing of every WAVE construct, accepted and rejected. */
class ParseTest {

    @Nested
    class Numbers {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "s8|-128|127", "s16|-32768|32767", "s32|-2147483648|2147483647",
            "s64|-9223372036854775808|9223372036854775807",
            "u8|0|255", "u16|0|65535", "u32|0|4294967295", "u64|0|18446744073709551615"})
        void integerBoundsAreAcceptedAndOneBeyondIsRejected(String typeName, String min, String max) {
            WaveType type = WaveType.Primitive.valueOf(typeName.toUpperCase(java.util.Locale.ROOT));
            assertCanonical(min, min, type);
            assertCanonical(max, max, type);
            reject(WaveErrorKind.INVALID_VALUE, new java.math.BigInteger(min).subtract(java.math.BigInteger.ONE)
                    .toString(), type);
            reject(WaveErrorKind.INVALID_VALUE, new java.math.BigInteger(max).add(java.math.BigInteger.ONE)
                    .toString(), type);
        }

        @Test
        void integersTakeTheirJavaRepresentation() {
            assertEquals(WaveValue.s8(-5), parse("-5", S8));
            assertEquals(WaveValue.s16(300), parse("300", S16));
            assertEquals(WaveValue.u64(-1L), parse("18446744073709551615", U64));
            assertEquals("18446744073709551615", ((WaveValue.U64Value) parse("18446744073709551615", U64))
                    .bigValue().toString());
            assertEquals(WaveValue.u32(4294967295L), parse("4294967295", U32));
            assertEquals(WaveValue.s32(0), parse("-0", S32));
        }

        @Test
        void integersRejectFractionsExponentsAndFloatKeywords() {
            for (String text : List.of("1.0", "1e3", "1E3", "0.5", "inf", "-inf", "nan", "-1")) {
                reject(WaveErrorKind.INVALID_VALUE, text, U8);
            }
            reject(WaveErrorKind.INVALID_VALUE, "-0", U16);
            reject(WaveErrorKind.INVALID_VALUE, "99999999999999999999999999", S64);
            WaveParseException e = reject(WaveErrorKind.INVALID_VALUE, "256", U8);
            assertEquals("256 is out of range for u8 [0, 255]", e.detail());
            assertEquals("u8 needs an integer, found 2.5", reject("2.5", U8).detail());
        }

        @Test
        void numberSyntaxIsStrict() {
            reject(WaveErrorKind.INVALID_TOKEN, "+1", S32);
            reject(WaveErrorKind.INVALID_TOKEN, "-", S32);
            reject(WaveErrorKind.INVALID_TOKEN, "- 1", S32);
            reject(WaveErrorKind.TRAILING_CHARACTERS, "01", S32);
            reject(WaveErrorKind.TRAILING_CHARACTERS, "1.", F64);
            reject(WaveErrorKind.TRAILING_CHARACTERS, "1e", F64);
            reject(WaveErrorKind.TRAILING_CHARACTERS, "0x10", S32);
            reject(WaveErrorKind.INVALID_TOKEN, ".5", F64);
        }

        @Test
        void floatsAcceptEveryNumberFormAndTheSpecialValues() {
            assertCanonical("1500", "1.5e3", F64);
            assertCanonical("1500", "1.5E+3", F64);
            assertCanonical("0.015", "1.5e-2", F64);
            assertCanonical("0", "0.000e100", F32);
            assertCanonical("-0", "-0.0e-0", F32);
            assertCanonical("-0", "-0", F64);
            assertCanonical("-3.1415", "-3.1415", F32);
            assertCanonical("nan", "nan", F32);
            assertCanonical("inf", "inf", F64);
            assertCanonical("-inf", "-inf", F64);
        }

        @Test
        void floatsRoundCorrectlyOverflowToInfinityAndUnderflowToZero() {
            assertCanonical("340282350000000000000000000000000000000", "3.4028234664e38", F32);
            assertCanonical("340282350000000000000000000000000000000", "3.4028234664123e38", F32);
            assertCanonical("inf", "3.4028234664e39", F32);
            assertCanonical("-inf", "-1e400", F64);
            assertCanonical("0.000000000000000000000000000000000000000000001", "1.4012984643e-45", F32);
            assertCanonical("0", "1.4012984643e-46", F32);
            // Halfway between two floats: round to even, directly from the decimal (no double rounding).
            assertEquals(WaveValue.f32(1.0f), parse("1.00000005960464477539062500", F32));
            assertEquals(WaveValue.f32(Math.nextUp(1.0f)), parse("1.00000005960464477539062501", F32));
        }

        @Test
        void nanIsCanonical() {
            WaveValue.F32Value f = (WaveValue.F32Value) parse("nan", F32);
            assertEquals(0x7fc00000, Float.floatToRawIntBits(f.value()));
            WaveValue.F64Value d = (WaveValue.F64Value) parse("nan", F64);
            assertEquals(0x7ff8000000000000L, Double.doubleToRawLongBits(d.value()));
        }

        @Test
        void floatKeywordsAreExact() {
            for (String text : List.of("NaN", "Inf", "INF", "infinity", "-nan", "-Infinity", "%inf", "%nan")) {
                reject(text, F32);
            }
            reject(WaveErrorKind.TYPE_MISMATCH, "%nan", F64);
            reject(WaveErrorKind.TYPE_MISMATCH, "infinity", F64);
            reject(WaveErrorKind.INVALID_TOKEN, "-nan", F64);
        }
    }

    @Nested
    class CharsAndStrings {
        @Test
        void everyEscapeInChars() {
            assertEquals(WaveValue.character('\''), parse("'\\''", CHAR));
            assertEquals(WaveValue.character('"'), parse("'\\\"'", CHAR));
            assertEquals(WaveValue.character('"'), parse("'\"'", CHAR));
            assertEquals(WaveValue.character('\\'), parse("'\\\\'", CHAR));
            assertEquals(WaveValue.character('\t'), parse("'\\t'", CHAR));
            assertEquals(WaveValue.character('\n'), parse("'\\n'", CHAR));
            assertEquals(WaveValue.character('\r'), parse("'\\r'", CHAR));
            assertEquals(WaveValue.character(0), parse("'\\u{0}'", CHAR));
            assertEquals(WaveValue.character(0x10FFFF), parse("'\\u{10FFFF}'", CHAR));
            assertEquals(WaveValue.character(0x1F30A), parse("'\\u{1f30A}'", CHAR));
            assertEquals(WaveValue.character(0x1F30A), parse("'\\u{01f30a}'", CHAR));
            assertEquals(WaveValue.character(0x1F30A), parse("'🌊'", CHAR));
            assertEquals(WaveValue.character('\t'), parse("'\t'", CHAR), "a raw tab needs no escape");
        }

        @Test
        void everyEscapeInStrings() {
            assertEquals(WaveValue.string("'\"\\\t\n\r\u0000\uD83C\uDF0A\u2603"),
                    parse("\"\\'\\\"\\\\\\t\\n\\r\\u{0}\\u{1F30A}\\u{2603}\"", STRING));
            assertEquals(WaveValue.string("it's"), parse("\"it's\"", STRING), "' needs no escape in a string");
            assertEquals(WaveValue.string("a\tb\rc"), parse("\"a\tb\rc\"", STRING), "raw tab and CR are allowed");
        }

        @Test
        void invalidEscapesAndLiterals() {
            for (String text : List.of("'\\z'", "'\\x41'", "'\\u41'", "'\\u{}'", "'\\u{g}'", "'\\u{1234567}'",
                    "''", "'ab'", "'\\n\\n'", "'\n'", "'''", "'\\'", "'a", "'")) {
                reject(WaveErrorKind.INVALID_TOKEN, text, CHAR);
            }
            for (String text : List.of("'\\u{D800}'", "'\\u{dfff}'", "'\\u{110000}'")) {
                reject(WaveErrorKind.INVALID_ESCAPE, text, CHAR);
            }
            for (String text : List.of("\"\\z\"", "\"\\u{}\"", "\"a\nb\"", "\"abc", "\"\\\"")) {
                reject(WaveErrorKind.INVALID_TOKEN, text, STRING);
            }
            WaveParseException e = reject(WaveErrorKind.INVALID_ESCAPE, "\"ok \\u{dc00}\"", STRING);
            assertEquals(4, e.startOffset(), "string escape errors point at the backslash");
            assertTrue(e.detail().contains("not a Unicode scalar value"), e.detail());
            assertTrue(reject("\"\\u{1234567}\"", STRING).detail().contains("more than 6 hex digits"));
        }

        @Test
        void charsAndStringsAreNotInterchangeable() {
            reject(WaveErrorKind.TYPE_MISMATCH, "\"a\"", CHAR);
            reject(WaveErrorKind.TYPE_MISMATCH, "'a'", STRING);
        }

        @Test
        void loneSurrogatesInTheInputAreRejected() {
            reject(WaveErrorKind.INVALID_TOKEN, "\"a\uD800b\"", STRING);
            reject(WaveErrorKind.INVALID_TOKEN, "'\uDC00'", CHAR);
            reject(WaveErrorKind.INVALID_TOKEN, "\"\"\"\n\uD800\n\"\"\"", STRING);
            reject(WaveErrorKind.INVALID_TOKEN, "\uD800", STRING);
        }
    }

    @Nested
    class MultilineStrings {
        @Test
        void dedentAndLineBreaks() {
            assertEquals(WaveValue.string(""), parse("\"\"\"\n\"\"\"", STRING));
            assertEquals(WaveValue.string("one\ntwo"), parse("\"\"\"\none\ntwo\n\"\"\"", STRING));
            assertEquals(WaveValue.string("  a\nb\n    c"), parse("\"\"\"\n    a\n  b\n      c\n  \"\"\"", STRING));
            assertEquals(WaveValue.string("\nx\n"), parse("\"\"\"\n\nx\n\n\"\"\"", STRING));
            assertEquals(WaveValue.string("\n"), parse("\"\"\"\n  \n  \n  \"\"\"", STRING));
        }

        @Test
        void crlfLineBreaksBecomeLf() {
            assertEquals(WaveValue.string("one\ntwo"), parse("\"\"\"\r\none\r\ntwo\r\n\"\"\"", STRING));
            assertEquals(WaveValue.string("keep\r"), parse("\"\"\"\nkeep\\r\n\"\"\"", STRING));
            assertEquals(WaveValue.string("a\rb"), parse("\"\"\"\na\rb\n\"\"\"", STRING), "a CR inside a line stays");
        }

        @Test
        void quotesAndEscapesInside() {
            assertEquals(WaveValue.string("say \"hi\" and \"\"\""),
                    parse("\"\"\"\nsay \"hi\" and \"\"\\\"\n\"\"\"", STRING));
            assertEquals(WaveValue.string("tab\there ☃"), parse("\"\"\"\ntab\\there \\u{2603}\n\"\"\"", STRING));
            assertEquals(WaveValue.string("it's"), parse("\"\"\"\nit's\n\"\"\"", STRING));
        }

        @Test
        void delimiterRules() {
            for (String text : List.of("\"\"\"\"\"\"", "\"\"\" \"\"\"", "\"\"\"x\n\"\"\"", "\"\"\" \n\"\"\"",
                    "\"\"\"\nx\"\"\"", "\"\"\"\nx\n\t\"\"\"", "\"\"\"\nx\n y\"\"\"")) {
                reject(WaveErrorKind.INVALID_MULTILINE_STRING, text, STRING);
            }
            reject(WaveErrorKind.INVALID_TOKEN, "\"\"\"\nno end\n", STRING);
            reject(WaveErrorKind.TRAILING_CHARACTERS, "\"\"\"\n\"\"\"\"", STRING);
        }

        @Test
        void indentationRules() {
            WaveParseException e = reject(WaveErrorKind.INVALID_MULTILINE_STRING,
                    "\"\"\"\n    ok\n  less\n    \"\"\"", STRING);
            assertEquals(3, e.line());
            assertEquals(1, e.column());
            assertTrue(e.detail().contains("4 spaces"), e.detail());
            // An empty line inside an indented string also lacks the indentation.
            reject(WaveErrorKind.INVALID_MULTILINE_STRING, "\"\"\"\n  a\n\n  b\n  \"\"\"", STRING);
            // Tabs are not spaces.
            reject(WaveErrorKind.INVALID_MULTILINE_STRING, "\"\"\"\n\ta\n  \"\"\"", STRING);
        }

        @Test
        void escapeErrorsPointIntoTheRightLine() {
            WaveParseException e = reject(WaveErrorKind.INVALID_ESCAPE, "\"\"\"\n  fine\n  bad \\q\n  \"\"\"", STRING);
            assertEquals(3, e.line());
            assertEquals(7, e.column());
            reject(WaveErrorKind.INVALID_ESCAPE, "\"\"\"\nends with \\\n\"\"\"", STRING);
        }
    }

    @Nested
    class Compounds {
        final WaveType.RecordType point = WaveType.record().field("x", S32).field("y", S32)
                .field("label", option(STRING)).build();

        @Test
        void listsAndTuples() {
            assertCanonical("[]", "[]", list(U8));
            assertCanonical("[1, 2, 3]", "[1,2,3,]", list(U8));
            assertCanonical("[[1], []]", "[ [ 1 ] , [ ] ]", list(list(U8)));
            assertCanonical("(1, \"a\", 'b')", "(1, \"a\", 'b',)", tuple(U8, STRING, CHAR));
            assertCanonical("(7)", "(7)", tuple(U8));
            reject(WaveErrorKind.EMPTY_TUPLE, "()", tuple(U8));
            reject(WaveErrorKind.WRONG_TUPLE_LENGTH, "(1, 2)", tuple(U8));
            reject(WaveErrorKind.WRONG_TUPLE_LENGTH, "(1)", tuple(U8, U8));
            reject(WaveErrorKind.TYPE_MISMATCH, "[1]", tuple(U8));
            reject(WaveErrorKind.TYPE_MISMATCH, "(1)", list(U8));
            reject(WaveErrorKind.UNEXPECTED_TOKEN, "[1 2]", list(U8));
            reject(WaveErrorKind.UNEXPECTED_END, "[1, 2", list(U8));
        }

        @Test
        void recordsInAnyOrderWithOmittedOptions() {
            assertCanonical("{x: 1, y: 2}", "{y: 2, x: 1}", point);
            assertCanonical("{x: 1, y: 2, label: some(\"p\")}", "{label: \"p\", y: 2, x: 1,}", point);
            assertCanonical("{x: 1, y: 2}", "{x: 1, y: 2, label: none}", point);
            assertCanonical("{x: 1, y: 2}", "{%x: 1, %y: 2}", point);
            WaveValue.RecordValue value = (WaveValue.RecordValue) parse("{x: 1, y: 2}", point);
            assertEquals(WaveValue.none(STRING), value.get("label"));
        }

        @Test
        void recordErrors() {
            WaveParseException missing = reject(WaveErrorKind.MISSING_FIELD, "{x: 1}", point);
            assertEquals("\"y\" of type s32", missing.detail());
            reject(WaveErrorKind.DUPLICATE_FIELD, "{x: 1, x: 1, y: 2}", point);
            reject(WaveErrorKind.DUPLICATE_FIELD, "{x: 1, %x: 1, y: 2}", point);
            WaveParseException unknown = reject(WaveErrorKind.UNKNOWN_FIELD, "{x: 1, y: 2, z: 3}", point);
            assertEquals(13, unknown.startOffset());
            assertEquals("\"z\" (fields: x, y, label)", unknown.detail());
            reject(WaveErrorKind.UNEXPECTED_TOKEN, "{x: 1 y: 2}", point);
            reject(WaveErrorKind.UNEXPECTED_TOKEN, "{x 1}", point);
            WaveParseException flags = reject(WaveErrorKind.TYPE_MISMATCH, "{}", WaveType.record().build());
            assertTrue(flags.detail().contains("{:}"), flags.detail());
        }

        @Test
        void emptyRecords() {
            WaveType.RecordType empty = WaveType.record().build();
            assertCanonical("{:}", "{:}", empty);
            assertCanonical("{:}", "{ : }", empty);
            WaveType.RecordType optional = WaveType.record().field("a", option(U8)).build();
            assertCanonical("{:}", "{:}", optional);
            assertCanonical("{:}", "{a: none}", optional);
            reject(WaveErrorKind.UNEXPECTED_TOKEN, "{:,}", empty);
        }

        @Test
        void keywordsAreFineAsFieldAndFlagNames() {
            assertCanonical("{true: true, none: some(1)}", "{true: true, none: 1}",
                    WaveType.record().field("true", BOOL).field("none", option(U8)).build());
            assertCanonical("{some, none, nan}", "{nan, none, some}", WaveType.flags("some", "none", "nan"));
        }
    }

    @Nested
    class Options {
        @Test
        void explicitAndFlat() {
            assertCanonical("some(5)", "some(5)", option(U8));
            assertCanonical("some(5)", "5", option(U8));
            assertCanonical("none", "none", option(U8));
            assertCanonical("some([1])", "[1]", option(list(U8)));
            assertCanonical("some(\"none\")", "\"none\"", option(STRING));
        }

        @Test
        void nestedOptionsFlattenOnlyInside() {
            WaveType nested = option(option(U8));
            assertCanonical("some(some(5))", "some(some(5))", nested);
            assertCanonical("some(some(5))", "some(5)", nested);
            assertCanonical("some(none)", "some(none)", nested);
            assertCanonical("none", "none", nested);
            WaveParseException e = reject(WaveErrorKind.TYPE_MISMATCH, "5", nested);
            assertTrue(e.detail().contains("some(...) or none"), e.detail());
            reject(WaveErrorKind.TYPE_MISMATCH, "ok(1)", option(result(U8, null)));
        }

        @Test
        void syntaxOfSomeAndNone() {
            reject(WaveErrorKind.UNEXPECTED_END, "some", option(U8));
            reject(WaveErrorKind.UNEXPECTED_TOKEN, "some()", option(U8));
            reject(WaveErrorKind.UNEXPECTED_TOKEN, "some 5", option(U8));
            reject(WaveErrorKind.TRAILING_CHARACTERS, "none()", option(U8));
            reject(WaveErrorKind.TYPE_MISMATCH, "%some(5)", option(U8));
        }
    }

    @Nested
    class Results {
        final WaveType.ResultType both = result(U8, STRING);

        @Test
        void everyShape() {
            assertCanonical("ok(1)", "ok(1)", both);
            assertCanonical("ok(1)", "1", both);
            assertCanonical("err(\"no\")", "err(\"no\")", both);
            assertCanonical("ok", "ok", result(null, U8));
            assertCanonical("err(2)", "err(2)", result(null, U8));
            assertCanonical("err", "err", result(U8, null));
            assertCanonical("ok", "ok", result(null, null));
            assertCanonical("err", "err", result(null, null));
        }

        @Test
        void payloadsMustMatch() {
            assertEquals("ok needs a payload of type u8",
                    reject(WaveErrorKind.MISSING_PAYLOAD, "ok", both).detail());
            reject(WaveErrorKind.MISSING_PAYLOAD, "err", both);
            reject(WaveErrorKind.UNEXPECTED_PAYLOAD, "ok(1)", result(null, null));
            reject(WaveErrorKind.UNEXPECTED_PAYLOAD, "err(1)", result(U8, null));
            reject(WaveErrorKind.TYPE_MISMATCH, "1", result(null, U8));
            reject(WaveErrorKind.TYPE_MISMATCH, "5", result(option(U8), null));
            assertCanonical("ok(some(5))", "ok(5)", result(option(U8), null));
            reject(WaveErrorKind.UNEXPECTED_TOKEN, "ok()", both);
        }
    }

    @Nested
    class EnumsVariantsFlags {
        final WaveType.EnumType color = WaveType.enumOf("red", "green", "none");
        final WaveType.VariantType shape = WaveType.variant()
                .with("empty").with("circle", F64).with("some", U8).with("nan").build();
        final WaveType.FlagsType perms = WaveType.flags("read", "write", "exec");

        @Test
        void enums() {
            assertCanonical("green", "green", color);
            assertCanonical("green", "%green", color);
            assertCanonical("%none", "%none", color);
            WaveParseException keyword = reject(WaveErrorKind.TYPE_MISMATCH, "none", color);
            assertTrue(keyword.detail().contains("%none"), keyword.detail());
            WaveParseException unknown = reject(WaveErrorKind.UNKNOWN_CASE, "blue", color);
            assertEquals("\"blue\" (cases: red, green, none)", unknown.detail());
            reject(WaveErrorKind.TYPE_MISMATCH, "red(1)", color);
            reject(WaveErrorKind.TYPE_MISMATCH, "\"red\"", color);
        }

        @Test
        void variants() {
            assertCanonical("empty", "empty", shape);
            assertCanonical("circle(1.5)", "circle(1.5)", shape);
            assertCanonical("%some(1)", "%some(1)", shape);
            assertCanonical("%nan", "%nan", shape);
            assertTrue(reject(WaveErrorKind.TYPE_MISMATCH, "some(1)", shape).detail().contains("%some"));
            reject(WaveErrorKind.TYPE_MISMATCH, "nan", shape);
            reject(WaveErrorKind.MISSING_PAYLOAD, "circle", shape);
            reject(WaveErrorKind.UNEXPECTED_PAYLOAD, "empty(1)", shape);
            reject(WaveErrorKind.UNKNOWN_CASE, "square(1)", shape);
            reject(WaveErrorKind.TYPE_MISMATCH, "circle(\"x\")", shape);
            reject(WaveErrorKind.UNEXPECTED_END, "circle(1.5", shape);
            reject(WaveErrorKind.UNEXPECTED_TOKEN, "circle(1.5]", shape);
        }

        @Test
        void flags() {
            assertCanonical("{}", "{}", perms);
            assertCanonical("{read, exec}", "{exec, read}", perms);
            assertCanonical("{read, write, exec}", "{ %write, exec, read, }", perms);
            reject(WaveErrorKind.DUPLICATE_FLAG, "{read, read}", perms);
            WaveParseException unknown = reject(WaveErrorKind.UNKNOWN_FLAG, "{read, admin}", perms);
            assertEquals(7, unknown.startOffset());
            reject(WaveErrorKind.TYPE_MISMATCH, "{:}", perms);
            reject(WaveErrorKind.TYPE_MISMATCH, "[read]", perms);
            reject(WaveErrorKind.UNEXPECTED_TOKEN, "{read write}", perms);
            reject(WaveErrorKind.UNEXPECTED_TOKEN, "{,}", perms);
        }
    }

    @Nested
    class Layout {
        @Test
        void whitespaceAndCommentsAnywhereBetweenTokens() {
            assertCanonical("[1, 2]", " \t\r\n[ // first\n1 //\n,2// last\n] // end", list(U8));
            assertCanonical("{x: some(1)}", "{//c\nx//c\n://c\nsome//c\n(//c\n1//c\n)//c\n}",
                    WaveType.record().field("x", option(U8)).build());
            assertCanonical("\"// not a comment\"", "\"// not a comment\"", STRING);
        }

        @Test
        void trailingInputIsRejected() {
            WaveParseException e = reject(WaveErrorKind.TRAILING_CHARACTERS, "1 2", U8);
            assertEquals(2, e.startOffset());
            reject(WaveErrorKind.TRAILING_CHARACTERS, "1 / 2", U8);
            reject(WaveErrorKind.UNEXPECTED_END, "", U8);
            reject(WaveErrorKind.UNEXPECTED_END, "  // only a comment", U8);
        }

        @Test
        void labelsFollowTheWordRules() {
            WaveType.EnumType e = WaveType.enumOf("method-GET", "a-1", "x2-y3", "HTTP");
            assertCanonical("method-GET", "method-GET", e);
            assertCanonical("a-1", "a-1", e);
            assertCanonical("x2-y3", "x2-y3", e);
            assertCanonical("HTTP", "HTTP", e);
            reject(WaveErrorKind.TRAILING_CHARACTERS, "methodGET", e);
            reject(WaveErrorKind.TRAILING_CHARACTERS, "method_get", e);
            reject(WaveErrorKind.TRAILING_CHARACTERS, "a--b", e);
            reject(WaveErrorKind.TRAILING_CHARACTERS, "a-", e);
            reject(WaveErrorKind.UNKNOWN_CASE, "a-2", e);
            reject(WaveErrorKind.INVALID_TOKEN, "%", e);
            reject(WaveErrorKind.INVALID_TOKEN, "%1", e);
        }

        @Test
        void nestingIsCappedAt100Levels() {
            WaveType type = U8;
            for (int i = 0; i < 100; i++) {
                type = list(type);
            }
            String ok = "[".repeat(100) + "]".repeat(100);
            assertCanonical(ok, ok, type);
            WaveParseException e = reject(WaveErrorKind.NESTING_TOO_DEEP,
                    "[".repeat(101) + "]".repeat(101), list(type));
            assertEquals(100, e.startOffset());
            reject(WaveErrorKind.NESTING_TOO_DEEP, "some(".repeat(150) + "1" + ")".repeat(150), option(U8));
            reject(WaveErrorKind.NESTING_TOO_DEEP, "[".repeat(100_000), list(U8));
        }
    }
}
