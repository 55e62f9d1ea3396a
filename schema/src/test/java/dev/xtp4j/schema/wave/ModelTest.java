package dev.xtp4j.schema.wave;

import static dev.xtp4j.schema.wave.WaveType.BOOL;
import static dev.xtp4j.schema.wave.WaveType.F32;
import static dev.xtp4j.schema.wave.WaveType.F64;
import static dev.xtp4j.schema.wave.WaveType.S8;
import static dev.xtp4j.schema.wave.WaveType.STRING;
import static dev.xtp4j.schema.wave.WaveType.U16;
import static dev.xtp4j.schema.wave.WaveType.U32;
import static dev.xtp4j.schema.wave.WaveType.U8;
import static dev.xtp4j.schema.wave.WaveType.list;
import static dev.xtp4j.schema.wave.WaveType.option;
import static dev.xtp4j.schema.wave.WaveType.result;
import static dev.xtp4j.schema.wave.WaveType.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The type and value models: validation, display, type checks, equality. */
class ModelTest {

    private static void invalid(String messagePart, Executable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }

    @Test
    void typesPrintAsWit() {
        assertEquals("list<u8>", list(U8).toString());
        assertEquals("option<list<string>>", option(list(STRING)).toString());
        assertEquals("result<u8, string>", result(U8, STRING).toString());
        assertEquals("result<u8>", result(U8, null).toString());
        assertEquals("result<_, string>", result(null, STRING).toString());
        assertEquals("result", result(null, null).toString());
        assertEquals("tuple<u8, s8>", tuple(U8, S8).toString());
        assertEquals("record { a: u8, b: option<u8> }",
                WaveType.record().field("a", U8).field("b", option(U8)).build().toString());
        assertEquals("record {}", WaveType.record().build().toString());
        assertEquals("variant { a, b(u8) }", WaveType.variant().with("a").with("b", U8).build().toString());
        assertEquals("enum { x, y }", WaveType.enumOf("x", "y").toString());
        assertEquals("flags { r, w }", WaveType.flags("r", "w").toString());
        assertEquals("flags {}", WaveType.flags().toString());
    }

    @Test
    void typesCompareStructurally() {
        assertEquals(list(option(U8)), list(option(U8)));
        assertNotEquals(list(U8), list(U16));
        assertEquals(WaveType.enumOf("a", "b"), WaveType.enumOf("a", "b"));
        assertNotEquals(WaveType.enumOf("a", "b"), WaveType.enumOf("b", "a"));
        assertEquals(WaveType.Kind.RECORD, WaveType.record().build().kind());
        assertEquals(WaveType.Kind.U8, U8.kind());
    }

    @Test
    void typeNamesAreValidatedLabels() {
        invalid("invalid record field name \"userName\"", () -> WaveType.record().field("userName", U8));
        invalid("without the % escape", () -> WaveType.record().field("%true", U8));
        invalid("invalid enum case name \"\"", () -> WaveType.enumOf(""));
        invalid("invalid flag name \"a_b\"", () -> WaveType.flags("a_b"));
        invalid("invalid variant case name \"1a\"", () -> WaveType.variant().with("1a"));
        invalid("duplicate record field name \"a\"", () -> WaveType.record().field("a", U8).field("a", S8).build());
        invalid("duplicate enum case name \"a\"", () -> WaveType.enumOf("a", "a"));
        invalid("duplicate flag name \"a\"", () -> WaveType.flags("a", "a"));
        invalid("duplicate variant case name \"a\"", () -> WaveType.variant().with("a").with("a", U8).build());
        invalid("at least one", WaveType::enumOf);
        invalid("at least one", () -> WaveType.variant().build());
        invalid("at least one", WaveType::tuple);
        assertEquals("none", WaveType.enumOf("none").cases().get(0), "keywords are valid names");
    }

    @Test
    void labelRules() {
        for (String ok : List.of("a", "abc", "a1", "ABC", "A1", "method-GET", "a-1", "x-2b", "x-2B", "true")) {
            assertTrue(WaveLabels.isValid(ok), ok);
        }
        for (String bad : List.of("", "1a", "-a", "a-", "a--b", "aB", "Ab", "a_b", "a b", "%a", "é", "a-b1C")) {
            assertFalse(WaveLabels.isValid(bad), bad);
        }
        assertFalse(WaveLabels.isValid(null));
        assertTrue(WaveLabels.isKeyword("nan"));
        assertFalse(WaveLabels.isKeyword("NaN"));
    }

    @Test
    void numericValuesAreRangeChecked() {
        invalid("u8 value out of range", () -> WaveValue.u8(256));
        invalid("u8 value out of range", () -> WaveValue.u8(-1));
        invalid("u16 value out of range", () -> WaveValue.u16(65536));
        invalid("u32 value out of range", () -> WaveValue.u32(-1));
        invalid("u32 value out of range", () -> WaveValue.u32(1L << 32));
        invalid("s8 value out of range", () -> WaveValue.s8(128));
        invalid("s16 value out of range", () -> WaveValue.s16(-32769));
        assertEquals("18446744073709551615", WaveValue.u64(-1).bigValue().toString());
    }

    @Test
    void charsAndStringsHoldUnicodeScalars() {
        invalid("U+D800", () -> WaveValue.character(0xD800));
        invalid("U+110000", () -> WaveValue.character(0x110000));
        invalid("got -1", () -> WaveValue.character(-1));
        invalid("unpaired surrogate U+DC00 at index 1", () -> WaveValue.string("a\uDC00"));
        invalid("unpaired surrogate U+D83C at index 0", () -> WaveValue.string("\uD83C"));
        assertEquals("🌊", WaveValue.character(0x1F30A).asString());
        assertEquals("a🌊", WaveValue.string("a🌊").value());
    }

    @Test
    void compoundValuesCheckTheirParts() {
        invalid("list element 1 has type s8, expected u8",
                () -> WaveValue.list(U8, WaveValue.u8(1), WaveValue.s8(1)));
        WaveType.RecordType rec = WaveType.record().field("a", U8).field("b", option(STRING)).build();
        invalid("field \"a\" has type string, expected u8",
                () -> WaveValue.record(rec).set("a", WaveValue.string("x")));
        invalid("no field \"c\"", () -> WaveValue.record(rec).set("c", WaveValue.u8(1)));
        invalid("field \"a\" of type u8 was not set", () -> WaveValue.record(rec).build());
        invalid("record type has 2 fields, got 1 values",
                () -> new WaveValue.RecordValue(rec, List.of(WaveValue.u8(1))));
        invalid("tuple element 0 has type u8, expected bool",
                () -> new WaveValue.TupleValue(tuple(BOOL), List.of(WaveValue.u8(1))));
        invalid("some payload has type u8, expected string",
                () -> new WaveValue.OptionValue(option(STRING), Optional.of(WaveValue.u8(1))));
        WaveType.ResultType r = result(U8, null);
        invalid("ok needs a payload of type u8", () -> WaveValue.ok(r));
        invalid("err has no payload", () -> WaveValue.err(r, WaveValue.u8(1)));
        WaveType.VariantType v = WaveType.variant().with("a").with("b", U8).build();
        invalid("unknown case \"c\"", () -> WaveValue.variant(v, "c"));
        invalid("case \"b\" needs a payload", () -> WaveValue.variant(v, "b"));
        invalid("case \"a\" has no payload", () -> WaveValue.variant(v, "a", WaveValue.u8(1)));
        invalid("unknown case \"z\"", () -> WaveValue.enumCase(WaveType.enumOf("x"), "z"));
        WaveType.FlagsType f = WaveType.flags("r", "w");
        invalid("unknown flag \"x\"", () -> WaveValue.flags(f, "x"));
        invalid("duplicate flag \"r\"", () -> WaveValue.flags(f, "r", "r"));
    }

    @Test
    void valueAccessors() {
        WaveType.RecordType rec = WaveType.record().field("a", U8).field("b", option(STRING)).build();
        WaveValue.RecordValue value = WaveValue.record(rec).set("a", WaveValue.u8(3)).build();
        assertEquals(WaveValue.u8(3), value.get("a"));
        assertEquals(WaveValue.none(STRING), value.get("b"));
        assertFalse(((WaveValue.OptionValue) value.get("b")).isSome());
        invalid("no field \"zz\"", () -> value.get("zz"));
        WaveValue.FlagsValue flags = WaveValue.flags(WaveType.flags("r", "w", "x"), List.of("x", "r"));
        assertEquals(List.of("r", "x"), flags.flags(), "flags are kept in declaration order");
        assertTrue(flags.contains("x"));
        assertFalse(flags.contains("w"));
        WaveType.EnumType e = WaveType.enumOf("a", "b");
        assertEquals(1, WaveValue.enumCase(e, "b").ordinal());
        WaveType.VariantType v = WaveType.variant().with("a").with("b", U8).build();
        assertEquals(1, WaveValue.variant(v, "b", WaveValue.u8(1)).caseIndex());
        WaveValue.ListValue l = WaveValue.list(U8, WaveValue.u8(4));
        assertEquals(1, l.size());
        assertEquals(WaveValue.u8(4), l.get(0));
        assertEquals(tuple(U8, STRING), WaveValue.tuple(WaveValue.u8(1), WaveValue.string("")).type());
        assertEquals(option(U32), WaveValue.some(WaveValue.u32(1)).type());
    }

    @Test
    void typeChecks() {
        WaveValue v = WaveValue.list(U8, WaveValue.u8(1));
        assertTrue(v.hasType(list(U8)));
        assertFalse(v.hasType(list(S8)));
        assertEquals(v, v.requireType(list(U8)));
        invalid("value [1] has type list<u8>, expected list<s8>", () -> v.requireType(list(S8)));
        assertEquals(WaveType.Kind.LIST, v.kind());
    }

    @Test
    void equalityFollowsDoubleCompare() {
        assertEquals(WaveValue.f32(Float.NaN), WaveValue.f32(Float.intBitsToFloat(0x7fc00001)));
        assertNotEquals(WaveValue.f64(0.0), WaveValue.f64(-0.0));
        assertEquals(0x7fc00001, Float.floatToRawIntBits(WaveValue.f32(Float.intBitsToFloat(0x7fc00001)).value()),
                "NaN bits are kept");
        assertNotEquals(WaveValue.none(U8), WaveValue.none(S8), "values carry their types");
        assertEquals(WaveValue.some(WaveValue.f64(1)), WaveValue.some(WaveValue.f64(1)));
        assertNotEquals(WaveValue.f32(1), WaveValue.f64(1));
        assertEquals(F32, WaveValue.f32(1).type());
        assertEquals(F64, WaveValue.f64(1).type());
    }
}
