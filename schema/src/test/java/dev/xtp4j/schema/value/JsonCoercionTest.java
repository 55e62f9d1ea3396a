package dev.xtp4j.schema.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xtp4j.codec.UnknownKeys;
import dev.xtp4j.schema.model.ArrayType;
import dev.xtp4j.schema.model.BooleanType;
import dev.xtp4j.schema.model.BufferType;
import dev.xtp4j.schema.model.ByteStringType;
import dev.xtp4j.schema.model.DateTimeType;
import dev.xtp4j.schema.model.FreeFormObjectType;
import dev.xtp4j.schema.model.IntegerFormat;
import dev.xtp4j.schema.model.IntegerType;
import dev.xtp4j.schema.model.MapType;
import dev.xtp4j.schema.model.NumberFormat;
import dev.xtp4j.schema.model.NumberType;
import dev.xtp4j.schema.model.StringType;
import dev.xtp4j.schema.model.XtpType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON coercion rules of the spec (section 13), as accept and reject tables. */
class JsonCoercionTest {
    /** A type from a short spelling; {@code nullable } as a prefix makes the place nullable. */
    static XtpType type(String spec) {
        String s = spec.startsWith("nullable ") ? spec.substring(9) : spec;
        if (s.startsWith("array<")) {
            String inner = s.substring(6, s.length() - 1);
            return new ArrayType(type(inner), inner.startsWith("nullable "));
        }
        if (s.startsWith("map<")) {
            String inner = s.substring(4, s.length() - 1);
            return new MapType(type(inner), inner.startsWith("nullable "));
        }
        switch (s) {
            case "string":
                return StringType.INSTANCE;
            case "boolean":
                return BooleanType.INSTANCE;
            case "date-time":
                return DateTimeType.INSTANCE;
            case "buffer":
                return BufferType.INSTANCE;
            case "byte":
                return ByteStringType.INSTANCE;
            case "float":
                return NumberType.of(NumberFormat.FLOAT);
            case "double":
                return NumberType.of(NumberFormat.DOUBLE);
            case "free-form":
                return FreeFormObjectType.INSTANCE;
            case "Color":
            case "Address":
            case "Order":
            case "Empty":
                return Shop.SCHEMA.type(s).orElseThrow();
            default:
                return IntegerType.of(IntegerFormat.fromWireName(s).orElseThrow(() -> new AssertionError(spec)));
        }
    }

    static JsonNode json(String text) {
        try {
            return XtpJson.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(text, e);
        }
    }

    @ParameterizedTest(name = "{0} accepts {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "int32 | 5 | 5",
        "int32 | 5.0 | 5",
        "int32 | 1e2 | 100",
        "int32 | -0.0 | 0",
        "int32 | 2147483647 | 2147483647",
        "int8 | -128 | -128",
        "uint8 | 255.0 | 255",
        "int64 | 9007199254740993 | 9007199254740993",
        "uint64 | 18446744073709551615 | 18446744073709551615",
        "double | 5 | 5.0",
        "double | 0.1 | 0.1",
        "double | 1.7976931348623157e308 | 1.7976931348623157E308",
        "float | 0.1 | 0.1",
        "float | 16777217 | 1.6777216E7",
        "float | 3.4028235e38 | 3.4028235E38",
        "string | '\"héllo\"' | '\"héllo\"'",
        "boolean | true | true",
        "date-time | '\"2024-05-01T12:00:00.5+02:00\"' | '\"2024-05-01T12:00:00.500+02:00\"'",
        "date-time | '\"2024-05-01t12:00:00z\"' | '\"2024-05-01T12:00:00Z\"'",
        "buffer | '\"aGk=\"' | '\"aGk=\"'",
        "buffer | '\"aGk\"' | '\"aGk=\"'",
        "buffer | '[104, 105.0]' | '\"aGk=\"'",
        "buffer | '{\"/\": {\"bytes\": \"aGk\"}}' | '\"aGk=\"'",
        "buffer | '\"\"' | '\"\"'",
        "byte | '[255, 0]' | '\"/wA=\"'",
        "Color | '\"dark_green\"' | '\"dark_green\"'",
        "array<int32> | '[1, 2.0]' | '[1,2]'",
        "array<nullable string> | '[null, \"x\"]' | '[null,\"x\"]'",
        "nullable int32 | null | null",
        "map<nullable string> | '{\"a\": null, \"b/c\": \"x\"}' | '{\"a\":null,\"b/c\":\"x\"}'",
        "free-form | '{\"z\": [1, {\"y\": null}], \"a\": 0.5}' | '{\"z\":[1,{\"y\":null}],\"a\":0.5}'",
        "Address | '{\"street\": \"s\"}' | '{\"street\":\"s\"}'",
        "Address | '{\"zip\": null, \"street\": \"s\"}' | '{\"street\":\"s\",\"zip\":null}'",
        "Empty | '{}' | '{}'",
    })
    void accepts(String spec, String input, String canonical) {
        XtpType t = type(spec);
        XtpValue v = JsonCoercion.defaults().coerce(json(input), t, spec.startsWith("nullable "));
        assertEquals(canonical, XtpJson.toJson(v).toString());
        assertTrue(XtpValue.fits(v, t, spec.startsWith("nullable ")));
    }

    @ParameterizedTest(name = "{0} rejects {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "int32 | '\"5\"' | '' | 'expected int32, found string \"5\"'",
        "int32 | 5.5 | '' | 'expected int32, found number 5.5, which is not an integer'",
        "int32 | 2147483648 | '' | '2147483648 is out of range for int32 [-2147483648, 2147483647]'",
        "uint8 | -1 | '' | '-1 is out of range for uint8 [0, 255]'",
        "uint64 | 18446744073709551616 | '' | 'out of range for uint64'",
        "int32 | true | '' | 'expected int32, found boolean true'",
        "int32 | null | '' | 'expected int32, found null'",
        "int32 | '[1]' | '' | 'expected int32, found an array of 1 item'",
        "int64 | 1e400 | '' | 'out of range for int64'",
        "double | '\"NaN\"' | '' | 'expected double, found string \"NaN\"'",
        "double | 1e400 | '' | 'is out of range for double'",
        "float | 1e39 | '' | 'is out of range for float'",
        "string | 5 | '' | 'expected string, found number 5'",
        "string | null | '' | 'expected string, found null'",
        "boolean | '\"true\"' | '' | 'expected boolean, found string \"true\"'",
        "boolean | 1 | '' | 'expected boolean, found number 1'",
        "date-time | '\"2024-05-01\"' | '' | 'invalid RFC 3339 date-time'",
        "date-time | 1714557600 | '' | 'expected date-time, found number 1714557600'",
        "buffer | '\"@@@\"' | '' | 'not base64'",
        "buffer | '[256]' | /0 | 'expected a byte 0-255, found number 256'",
        "buffer | '[1.5]' | /0 | 'expected a byte 0-255, found number 1.5'",
        "buffer | '{\"/\": {\"bytes\": \"!!\"}}' | /~1/bytes | 'not base64'",
        "buffer | '{\"bytes\": \"aGk\"}' | '' | 'a base64 string, an array of bytes'",
        "buffer | 5 | '' | 'found number 5'",
        "Color | '\"Red\"' | '' | 'expected a value of enum Color [red, dark_green, blue], found string \"Red\"'",
        "Color | 0 | '' | 'expected Color, found number 0'",
        "array<int32> | '[1, \"x\"]' | /1 | 'expected int32, found string \"x\"'",
        "array<int32> | '{}' | '' | 'expected array<int32>, found an object {}'",
        "array<int32> | '[null]' | /0 | 'expected int32, found null'",
        "map<string> | '{\"a/b\": 1}' | /a~1b | 'expected string, found number 1'",
        "free-form | '[1]' | '' | 'expected object, found an array of 1 item'",
        "free-form | '\"{}\"' | '' | 'expected object, found string \"{}\"'",
        "Address | '{\"street\": \"s\", \"street2\": 1}' | /street2 | 'unknown field \"street2\" of object Address [street, zip]'",
        "Address | '{}' | '' | 'missing required field \"street\" of object Address'",
        "Address | '{\"street\": null}' | /street | 'found null (field \"street\" of Address is required and not nullable)'",
        "Address | '{\"street\": \"s\", \"zip\": \"1\"}' | /zip | 'expected nullable int32, found string \"1\"'",
        "Address | '[]' | '' | 'expected Address, found an array of 0 items'",
    })
    void rejects(String spec, String input, String pointer, String detail) {
        XtpType t = type(spec);
        ValueException e = assertThrows(ValueException.class,
                () -> JsonCoercion.defaults().coerce(json(input), t, false));
        assertEquals(pointer, e.location(), e.getMessage());
        assertTrue(e.detail().contains(detail), e.getMessage());
        assertEquals(pointer.isEmpty() ? e.detail() : "at " + pointer + ": " + e.detail(), e.getMessage());
    }

    @Test
    void nestedErrorsNameTheWholePointer() {
        String order = "{\"id\": 1, \"customerName\": \"c\", \"at\": \"2024-05-01T12:00:00Z\", \"color\": \"red\","
                + " \"flags\": [], \"attrs\": {}, \"payload\": \"\", \"ratio\": 1,"
                + " \"items\": [{\"sku\": \"a\", \"qty\": 1, \"price\": 2}, {\"sku\": \"b\", \"qty\": 70000, \"price\": 1}]}";
        ValueException e = assertThrows(ValueException.class,
                () -> JsonCoercion.defaults().coerce(json(order), type("Order"), false));
        assertEquals("/items/1/qty", e.location());
        assertEquals("at /items/1/qty: 70000 is out of range for uint16 [0, 65535]", e.getMessage());
    }

    @Test
    void optionalFieldsTakeNullAsAbsentAndNullableOnesKeepIt() {
        String order = "{\"id\": 1, \"customerName\": \"c\", \"at\": \"2024-05-01T12:00:00Z\", \"color\": \"red\","
                + " \"flags\": [true], \"attrs\": {}, \"payload\": \"\", \"ratio\": 1, \"items\": [],"
                + " \"notes\": null, \"priority\": null}";
        ObjectValue v = (ObjectValue) JsonCoercion.defaults().coerce(json(order), type("Order"), false);
        assertTrue(v.get("notes").orElseThrow().isNull(), "notes is optional and nullable: null is kept");
        assertFalse(v.fields().containsKey("priority"), "priority is optional, not nullable: null is absent");
    }

    @Test
    void unknownKeysCanBeIgnored() {
        JsonCoercion lenient = JsonCoercion.builder().unknownKeys(UnknownKeys.IGNORE).build();
        XtpValue v = lenient.coerce(json("{\"street\": \"s\", \"street2\": 1}"), type("Address"), false);
        assertEquals("{\"street\":\"s\"}", v.toString());
        assertEquals(UnknownKeys.ERROR, JsonCoercion.defaults().unknownKeys());
    }

    @Test
    void readNamesLineAndColumnForMalformedJson() {
        dev.xtp4j.codec.CodecException e = assertThrows(dev.xtp4j.codec.CodecException.class,
                () -> XtpJson.read("{\"street\": \n tru}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        type("Address"), false, JsonCoercion.defaults()));
        assertTrue(e.location().startsWith("line 2, column"), e.getMessage());
        dev.xtp4j.codec.CodecException bad = assertThrows(dev.xtp4j.codec.CodecException.class,
                () -> XtpJson.read(new byte[] {'"', (byte) 0xff, '"'}, type("string"), false,
                        JsonCoercion.defaults()));
        assertTrue(bad.getMessage().contains("UTF-8") || bad.getMessage().contains("Invalid"), bad.getMessage());
        assertThrows(dev.xtp4j.codec.CodecException.class, () -> XtpJson.read(new byte[0], type("string"), false,
                JsonCoercion.defaults()));
        assertThrows(dev.xtp4j.codec.CodecException.class, () -> XtpJson.read("1 2".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), type("int32"), false, JsonCoercion.defaults()));
    }
}
