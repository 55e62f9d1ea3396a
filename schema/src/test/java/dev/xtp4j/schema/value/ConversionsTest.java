package dev.xtp4j.schema.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.codec.CodecException;
import dev.xtp4j.codec.Codecs;
import dev.xtp4j.codec.ContentType;
import dev.xtp4j.schema.model.BufferType;
import dev.xtp4j.schema.model.DateTimeType;
import dev.xtp4j.schema.model.IntegerFormat;
import dev.xtp4j.schema.model.NumberFormat;
import dev.xtp4j.schema.model.NumberType;
import dev.xtp4j.schema.model.StringType;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON, Java objects, MessagePack and the text and raw-bytes value codecs. */
class ConversionsTest {
    /** A full order, in canonical JSON. */
    static final String ORDER = "{\"id\":18446744073709551615,\"customerName\":\"Ada \\\"A\\\" Lovelace\","
            + "\"at\":\"2024-05-01T12:00:00.123456+02:00\","
            + "\"items\":[{\"sku\":\"a-1\",\"qty\":2,\"price\":9.99},{\"sku\":\"\",\"qty\":65535,\"price\":-0.0}],"
            + "\"color\":\"dark_green\",\"notes\":null,\"priority\":-128,\"flags\":[true,false],"
            + "\"attrs\":{\"k\":\"v\",\"gone\":null},\"extra\":{\"deep\":[1,{\"x\":null}]},\"payload\":\"AAEC/w==\","
            + "\"checksum\":\"3q2+7w==\",\"ratio\":0.1,\"ship\":{\"street\":\"Main\",\"zip\":null},"
            + "\"colors\":[\"red\",\"blue\"],\"times\":[\"1970-01-01T00:00:00Z\"],\"matrix\":[[1,2],[],[3]]}";

    static ObjectValue order() {
        return (ObjectValue) JsonCoercion.defaults().coerce(JsonCoercionTest.json(ORDER), Shop.object("Order"), false);
    }

    @Test
    void canonicalJsonRoundTrips() {
        assertEquals(ORDER, order().toString());
        assertEquals(ORDER, new String(XtpJson.write(order()), StandardCharsets.UTF_8));
        XtpValue back = XtpJson.read(XtpJson.write(order()), Shop.object("Order"), false, JsonCoercion.defaults());
        assertEquals(order(), back);
    }

    @Test
    void jsonCannotCarryNan() {
        CodecException e = assertThrows(CodecException.class, () -> XtpJson.write(NumberValue.ofDouble(Double.NaN)));
        assertEquals(CodecException.Operation.ENCODE, e.operation());
        ArrayValue a = new ArrayValue(dev.xtp4j.schema.model.ArrayType.of(NumberType.of(NumberFormat.FLOAT)),
                List.of(NumberValue.ofFloat(1), NumberValue.ofFloat(Float.POSITIVE_INFINITY)));
        ValueException v = assertThrows(ValueException.class, () -> XtpJson.toJson(a));
        assertEquals("/1", v.location());
    }

    @Test
    void javaValues() {
        @SuppressWarnings("unchecked")
        Map<String, Object> java = (Map<String, Object>) JavaValues.toJava(order());
        assertEquals(new BigInteger("18446744073709551615"), java.get("id"));
        assertInstanceOf(OffsetDateTime.class, java.get("at"));
        assertInstanceOf(byte[].class, java.get("payload"));
        assertEquals(0.1f, java.get("ratio"));
        assertEquals(-128, java.get("priority"));
        assertEquals("dark_green", java.get("color"));
        assertTrue(java.containsKey("notes") && java.get("notes") == null);
        assertEquals(order(), JavaValues.fromJava(java, Shop.object("Order"), false));

        record Item(String sku, int qty, double price) {
        }
        XtpValue item = JavaValues.fromJava(new Item("x", 3, 1.5), Shop.object("Item"), false);
        assertEquals("{\"sku\":\"x\",\"qty\":3,\"price\":1.5}", item.toString());
        assertEquals(2L, JavaValues.toJava(IntegerValue.of(IntegerFormat.UINT32, 2)));
        assertEquals(2, JavaValues.toJava(IntegerValue.of(IntegerFormat.UINT16, 2)));
        ValueException e = assertThrows(ValueException.class,
                () -> JavaValues.fromJava(new Item("x", -1, 1.5), Shop.object("Item"), false));
        assertEquals("/qty", e.location());
        assertEquals(NumberValue.ofDouble(Double.NaN),
                JavaValues.fromJava(Double.NaN, NumberType.of(NumberFormat.DOUBLE), false), "Java can hold NaN");
    }

    @Test
    void messagePack() {
        byte[] bytes = MsgpackValues.write(order());
        assertEquals(order().fields().keySet(), ((ObjectValue) MsgpackValues.read(bytes, Shop.object("Order"), false,
                JsonCoercion.defaults())).fields().keySet());
        ObjectValue back = (ObjectValue) MsgpackValues.read(bytes, Shop.object("Order"), false,
                JsonCoercion.defaults());
        assertEquals(order().get("payload"), back.get("payload"));
        assertEquals(((DateTimeValue) order().get("at").orElseThrow()).value().toInstant(),
                ((DateTimeValue) back.get("at").orElseThrow()).value().toInstant(), "timestamps keep the instant");
        assertTrue(bytes.length < XtpJson.write(order()).length, "MessagePack is smaller than JSON");
        HexFormat hex = HexFormat.of();
        assertEquals("c403000102", hex.formatHex(MsgpackValues.write(BytesValue.buffer(new byte[] {0, 1, 2}))));
        assertEquals("d6ff00000000", hex.formatHex(MsgpackValues.write(DateTimeValue.parse("1970-01-01T00:00:00Z"))));
        assertEquals("ca7fc00000", hex.formatHex(MsgpackValues.write(NumberValue.ofFloat(Float.NaN))));
        assertEquals("cfffffffffffffffff", hex.formatHex(MsgpackValues.write(IntegerValue.of(IntegerFormat.UINT64,
                IntegerFormat.UINT64.maxValue()))));
        // what the codec module writes for Java types, this layer reads as typed values
        assertEquals(BytesValue.buffer(new byte[] {7}), MsgpackValues.read(Codecs.msgpack(byte[].class).encode(
                new byte[] {7}), BufferType.INSTANCE, false, JsonCoercion.defaults()));
        assertEquals(DateTimeValue.parse("2024-05-01T10:00:00Z"), MsgpackValues.read(
                Codecs.msgpack(OffsetDateTime.class).encode(dev.xtp4j.codec.DateTimes.parse(
                        "2024-05-01T12:00:00+02:00")), DateTimeType.INSTANCE, false, JsonCoercion.defaults()));
        CodecException malformed = assertThrows(CodecException.class, () -> MsgpackValues.read(
                hex.parseHex("dc0003c0"), StringType.INSTANCE, false, JsonCoercion.defaults()));
        assertEquals("byte 0", malformed.location());
        CodecException wrong = assertThrows(CodecException.class, () -> MsgpackValues.read(
                MsgpackValues.write(BooleanValue.TRUE), StringType.INSTANCE, false, JsonCoercion.defaults()));
        assertEquals("expected string, found boolean true", wrong.detail());
    }

    @Test
    void textAndRawBytes() {
        ValueCodec text = ValueCodecs.of(ContentType.TEXT, Shop.enumType("Color"), false, JsonCoercion.defaults());
        assertArrayEquals("blue".getBytes(StandardCharsets.UTF_8), text.encode(EnumCase.of(Shop.enumType("Color"),
                "blue")));
        assertEquals(EnumCase.of(Shop.enumType("Color"), "red"), text.decode("red".getBytes(StandardCharsets.UTF_8)));
        assertThrows(CodecException.class, () -> text.decode("pink".getBytes(StandardCharsets.UTF_8)));
        assertThrows(CodecException.class, () -> text.decode(new byte[] {(byte) 0xC3}));
        assertThrows(CodecException.class, () -> text.encode(new StringValue("x")), "not a Color");
        ValueCodec dt = ValueCodecs.of(ContentType.TEXT, DateTimeType.INSTANCE, false, JsonCoercion.defaults());
        assertEquals("2024-05-01T12:00:00Z", new String(dt.encode(DateTimeValue.parse("2024-05-01T12:00:00Z")),
                StandardCharsets.UTF_8));
        ValueCodec raw = ValueCodecs.of(ContentType.BINARY, BufferType.INSTANCE, false, JsonCoercion.defaults());
        assertEquals(BytesValue.buffer(new byte[] {1}), raw.decode(new byte[] {1}));
        assertThrows(IllegalArgumentException.class, () -> ValueCodecs.of(ContentType.BINARY, StringType.INSTANCE,
                false, JsonCoercion.defaults()));
        assertThrows(IllegalArgumentException.class, () -> ValueCodecs.of(ContentType.KARMEM, StringType.INSTANCE,
                false, JsonCoercion.defaults()));
        ValueCodec json = ValueCodecs.of(ContentType.JSON, StringType.INSTANCE, true, JsonCoercion.defaults());
        assertEquals(new NullValue(StringType.INSTANCE), json.decode("null".getBytes(StandardCharsets.UTF_8)));
        CodecException notString = assertThrows(CodecException.class, () -> json.encode(BooleanValue.TRUE));
        assertTrue(notString.getMessage().contains("expected a value of string"), notString.getMessage());
    }
}
