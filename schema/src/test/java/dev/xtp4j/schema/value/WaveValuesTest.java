package dev.xtp4j.schema.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.XtpSchemas;
import dev.xtp4j.schema.model.BufferType;
import dev.xtp4j.schema.model.DateTimeType;
import dev.xtp4j.schema.model.FreeFormObjectType;
import dev.xtp4j.schema.model.IntegerFormat;
import dev.xtp4j.schema.model.IntegerType;
import dev.xtp4j.schema.model.ObjectType;
import dev.xtp4j.schema.wave.WaveErrorKind;
import dev.xtp4j.schema.wave.WaveParseException;
import org.junit.jupiter.api.Test;

/** Values through WAVE: the XTP to WIT type mapping, printing and parsing. */
class WaveValuesTest {

    @Test
    void typesMapToWit() {
        assertEquals("record { id: u64, customer-name: string, at: string, items: list<record { sku: string, "
                + "qty: u16, price: f64 }>, color: enum { red, dark-green, blue }, notes: option<option<string>>, "
                + "priority: option<s8>, flags: list<bool>, attrs: list<tuple<string, option<string>>>, "
                + "extra: option<string>, payload: list<u8>, checksum: option<list<u8>>, ratio: f32, "
                + "ship: option<record { street: string, zip: option<option<s32>> }>, "
                + "colors: option<list<enum { red, dark-green, blue }>>, times: option<list<string>>, "
                + "matrix: option<list<list<s32>>> }",
                XtpWave.type(Shop.object("Order"), false).toString());
        assertEquals("option<list<u8>>", XtpWave.type(BufferType.INSTANCE, true).toString());
        assertEquals("record {}", XtpWave.type(Shop.object("Empty"), false).toString());
    }

    @Test
    void printsCanonicalWave() {
        assertEquals("{id: 18446744073709551615, customer-name: \"Ada \\\"A\\\" Lovelace\", "
                + "at: \"2024-05-01T12:00:00.123456+02:00\", items: [{sku: \"a-1\", qty: 2, price: 9.99}, "
                + "{sku: \"\", qty: 65535, price: -0}], color: dark-green, notes: some(none), priority: some(-128), "
                + "flags: [true, false], attrs: [(\"k\", some(\"v\")), (\"gone\", none)], "
                + "extra: some(\"{\\\"deep\\\":[1,{\\\"x\\\":null}]}\"), payload: [0, 1, 2, 255], "
                + "checksum: some([222, 173, 190, 239]), ratio: 0.1, ship: some({street: \"Main\", zip: some(none)}), "
                + "colors: some([red, blue]), times: some([\"1970-01-01T00:00:00Z\"]), matrix: some([[1, 2], [], [3]])}",
                XtpWave.print(ConversionsTest.order(), false));
    }

    @Test
    void roundTripsThroughWave() throws WaveParseException {
        ObjectValue order = ConversionsTest.order();
        String text = XtpWave.print(order, false);
        assertEquals(order, XtpWave.parse(text, Shop.object("Order"), false));
        assertEquals(new NullValue(IntegerType.of(IntegerFormat.INT32)),
                XtpWave.parse("none", IntegerType.of(IntegerFormat.INT32), true));
        assertEquals(IntegerValue.of(IntegerFormat.INT32, 5), XtpWave.parse("5", IntegerType.of(IntegerFormat.INT32),
                true), "a flat option");
    }

    @Test
    void optionalFieldsMayBeLeftOutAndOptionsWrittenFlat() throws WaveParseException {
        ObjectType address = Shop.object("Address");
        assertEquals("{\"street\":\"s\"}", XtpWave.parse("{street: \"s\"}", address, false).toString(),
                "zip left out: absent");
        assertEquals("{\"street\":\"s\",\"zip\":null}", XtpWave.parse("{street: \"s\", zip: some(none)}", address,
                false).toString());
        assertEquals("{\"street\":\"s\",\"zip\":7}", XtpWave.parse("{zip: some(7), street: \"s\"}", address, false)
                .toString());
        assertEquals("{\"street\":\"s\"}", XtpWave.parse("{street: \"s\", zip: none}", address, false).toString());
        WaveParseException flat = assertThrows(WaveParseException.class,
                () -> XtpWave.parse("{street: \"s\", zip: 7}", address, false));
        assertEquals(WaveErrorKind.TYPE_MISMATCH, flat.kind(), "option<option<s32>> cannot be written flat");
        WaveParseException missing = assertThrows(WaveParseException.class,
                () -> XtpWave.parse("{zip: none}", address, false));
        assertEquals(WaveErrorKind.MISSING_FIELD, missing.kind());
        WaveParseException unknown = assertThrows(WaveParseException.class,
                () -> XtpWave.parse("{street: \"s\", zipp: none}", address, false));
        assertEquals(WaveErrorKind.UNKNOWN_FIELD, unknown.kind());
    }

    @Test
    void dateTimesBuffersAndFreeFormObjects() throws WaveParseException {
        assertEquals(DateTimeValue.parse("2024-05-01T12:00:00Z"),
                XtpWave.parse("\"2024-05-01T12:00:00Z\"", DateTimeType.INSTANCE, false));
        ValueException bad = assertThrows(ValueException.class,
                () -> XtpWave.parse("\"yesterday\"", DateTimeType.INSTANCE, false));
        assertTrue(bad.getMessage().contains("RFC 3339"), bad.getMessage());
        assertEquals("[104, 105]", XtpWave.print(BytesValue.buffer(new byte[] {104, 105}), false));
        WaveParseException big = assertThrows(WaveParseException.class,
                () -> XtpWave.parse("[256]", BufferType.INSTANCE, false));
        assertEquals(WaveErrorKind.INVALID_VALUE, big.kind());
        assertEquals("{\"a\":1}", XtpWave.parse("\"{\\\"a\\\":1}\"", FreeFormObjectType.INSTANCE, false).toString());
        assertThrows(ValueException.class, () -> XtpWave.parse("\"[1]\"", FreeFormObjectType.INSTANCE, false));
        assertThrows(ValueException.class, () -> XtpWave.parse("\"{\"", FreeFormObjectType.INSTANCE, false));
    }

    @Test
    void mapsRejectRepeatedKeys() {
        ValueException e = assertThrows(ValueException.class, () -> XtpWave.parse(
                "[(\"a\", 1), (\"a\", 2)]", JsonCoercionTest.type("map<int32>"), false));
        assertEquals("/1", e.location());
    }

    @Test
    void labelsComeFromTheNameTableAndCollisionsAreReported() {
        XtpSchema clash = XtpSchemas.parse("version: v1-draft\nexports: {}\ncomponents:\n  schemas:\n"
                + "    User:\n      properties:\n        userName: {type: string}\n        user_name: {type: string}\n"
                + "    Kind:\n      enum: [none, someThing]\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> XtpWave.type(clash.type("User").orElseThrow(), false));
        assertEquals("object User cannot be written in WAVE: XTP names \"userName\" and \"user_name\" both map to "
                + "the WAVE label \"user-name\"; rename one of them", e.getMessage());
        dev.xtp4j.schema.model.EnumType kind = (dev.xtp4j.schema.model.EnumType) clash.type("Kind").orElseThrow();
        assertEquals("%none", XtpWave.print(EnumCase.of(kind, "none"), false), "keyword cases get %");
        assertEquals("some-thing", XtpWave.print(EnumCase.of(kind, "someThing"), false));
        assertFalse(XtpWave.print(EnumCase.of(kind, "none"), true).equals("none"),
                "an option of the case none is some(%none)");
    }
}
