package dev.xtp4j.schema.karmem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.xtp4j.codec.Codec;
import dev.xtp4j.codec.CodecException;
import dev.xtp4j.codec.Codecs;
import dev.xtp4j.codec.ContentType;
import dev.xtp4j.codec.DateTimes;
import dev.xtp4j.codec.Uint64;
import dev.xtp4j.schema.model.XtpFunction;
import dev.xtp4j.schema.value.JsonCoercion;
import dev.xtp4j.schema.value.NullValue;
import dev.xtp4j.schema.value.ObjectValue;
import dev.xtp4j.schema.value.Shop;
import dev.xtp4j.schema.value.ValueCodec;
import dev.xtp4j.schema.value.XtpJson;
import dev.xtp4j.schema.value.XtpValue;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Typed values through the derived Karmem layout, cross-checked against the codec module's record binding: generated
 * host code (records) and the value layer ({@code xtp call --schema}) must write the same bytes.
 */
class KarmemValueCodecTest {
    private static final KarmemDerivation KM = XtpKarmem.derive(Shop.SCHEMA);
    private static final XtpFunction PROCESS = Shop.SCHEMA.exportNamed("process").orElseThrow();

    /** The records generated code would have for the shop schema (docs/codecs.md conventions). */
    enum Color {
        @JsonProperty("red") RED,
        @JsonProperty("dark_green") DARK_GREEN,
        @JsonProperty("blue") BLUE
    }

    record Address(String street, Optional<Integer> zip) {
    }

    record Item(String sku, int qty, double price) {
    }

    record Order(@Uint64 long id, String customerName, OffsetDateTime at, List<Item> items, Color color,
            Optional<String> notes, Byte priority, List<Boolean> flags, Map<String, String> attrs,
            Map<String, Object> extra, byte[] payload, byte[] checksum, float ratio, Address ship, List<Color> colors,
            List<OffsetDateTime> times, List<List<Integer>> matrix) {
    }

    record Receipt(double total, List<String> lines) {
    }

    static Order orderRecord() {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("k", "v");
        attrs.put("gone", null);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("deep", List.of(1, mapOf("x", null)));
        return new Order(-1L, "Ada \"A\" Lovelace", DateTimes.parse("2024-05-01T12:00:00.123456+02:00"),
                List.of(new Item("a-1", 2, 9.99), new Item("", 65535, -0.0)), Color.DARK_GREEN, Optional.empty(),
                (byte) -128, List.of(true, false), attrs, extra, new byte[] {0, 1, 2, -1},
                new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef}, 0.1f,
                new Address("Main", Optional.empty()), List.of(Color.RED, Color.BLUE),
                List.of(DateTimes.parse("1970-01-01T00:00:00Z")), List.of(List.of(1, 2), List.of(), List.of(3)));
    }

    private static Map<String, Object> mapOf(String k, Object v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k, v);
        return m;
    }

    static ObjectValue orderValue() {
        return (ObjectValue) dev.xtp4j.schema.value.JavaValues.fromJava(orderRecord(),
                Shop.object("Order"), false);
    }

    @Test
    void valuesAndRecordsWriteTheSameBytes() {
        ValueCodec values = KM.inputCodec(PROCESS).orElseThrow();
        assertEquals(ContentType.KARMEM, values.contentType());
        Codec<Order> records = Codecs.karmem(KM.inputBinding(PROCESS).orElseThrow(), Order.class);
        byte[] fromValue = values.encode(orderValue());
        byte[] fromRecord = records.encode(orderRecord());
        assertEquals(HexFormat.of().formatHex(fromRecord), HexFormat.of().formatHex(fromValue));
        Order back = records.decode(fromValue);
        assertEquals(orderRecord().items(), back.items());
        assertEquals(orderRecord().attrs(), back.attrs());
        assertEquals(orderRecord().extra(), back.extra());
        assertEquals(Optional.empty(), back.notes(), "notes is null: Optional.empty()");
        assertEquals(orderRecord().at().toInstant(), back.at().toInstant());
        assertArrayEquals(orderRecord().checksum(), back.checksum());
        XtpValue decoded = values.decode(fromRecord);
        assertEquals(XtpJson.toJson(orderValue()).toString().replace("+02:00", "Z").replace("T12:00", "T10:00"),
                XtpJson.toJson(decoded).toString(), "Karmem keeps microseconds in UTC");
    }

    @Test
    void absentAndNullDiffer() {
        ValueCodec values = KM.inputCodec(PROCESS).orElseThrow();
        String base = "{\"id\":1,\"customerName\":\"c\",\"at\":\"2024-05-01T12:00:00Z\",\"items\":[],\"color\":\"red\","
                + "\"flags\":[],\"attrs\":{},\"payload\":\"\",\"ratio\":1";
        for (String extra : List.of("", ",\"notes\":null", ",\"notes\":\"n\"", ",\"ship\":{\"street\":\"s\"}",
                ",\"ship\":{\"street\":\"s\",\"zip\":null}", ",\"ship\":{\"street\":\"s\",\"zip\":5}")) {
            XtpValue v = XtpJson.read((base + extra + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    Shop.object("Order"), false, JsonCoercion.defaults());
            assertEquals(v, values.decode(values.encode(v)), extra);
        }
    }

    @Test
    void wrapperRoots() {
        XtpFunction greet = Shop.SCHEMA.exportNamed("greet").orElseThrow();
        ValueCodec in = KM.inputCodec(greet).orElseThrow();
        XtpValue hello = new dev.xtp4j.schema.value.StringValue("hello");
        assertEquals(hello, in.decode(in.encode(hello)));
        assertArrayEquals(Codecs.karmem(KM.inputBinding(greet).orElseThrow(), String.class).encode("hello"),
                in.encode(hello));
        ValueCodec out = KM.outputCodec(PROCESS).orElseThrow();
        NullValue none = new NullValue(Shop.object("Receipt"));
        assertEquals(none, out.decode(out.encode(none)));
        Codec<Receipt> receipt = Codecs.karmem(KM.outputBinding(PROCESS).orElseThrow(), Receipt.class);
        assertEquals(null, receipt.decode(out.encode(none)));
        XtpValue r = XtpJson.fromJson(tree("{\"total\":1.5,\"lines\":[\"a\",null]}"),
                Shop.object("Receipt"), false);
        assertEquals(r, out.decode(receipt.encode(new Receipt(1.5, Arrays.asList("a", null)))));
        XtpFunction tally = Shop.SCHEMA.exportNamed("tally").orElseThrow();
        XtpValue counts = XtpJson.fromJson(tree("{\"b\":2,\"a\":-1}"),
                tally.output().orElseThrow().type(), false);
        ValueCodec tallyOut = KM.outputCodec(tally).orElseThrow();
        assertEquals("{\"b\":2,\"a\":-1}", tallyOut.decode(tallyOut.encode(counts)).toString());
    }

    @Test
    void malformedMessagesAreRejectedWithThePlace() {
        ValueCodec values = KM.inputCodec(PROCESS).orElseThrow();
        byte[] full = values.encode(orderValue());
        for (int n = 0; n < full.length; n++) {
            byte[] cut = Arrays.copyOf(full, n);
            CodecException e = assertThrows(CodecException.class, () -> values.decode(cut), "prefix " + n);
            assertTrue(e.location().contains("byte offset"), e.getMessage());
        }
        Random r = new Random(5);
        for (int i = 0; i < 2000; i++) {
            byte[] m = full.clone();
            m[r.nextInt(m.length)] = (byte) r.nextInt(256);
            try {
                values.decode(m);
            } catch (CodecException expected) {
                // the only acceptable failure
            }
        }
        CodecException wrongType = assertThrows(CodecException.class,
                () -> values.encode(new dev.xtp4j.schema.value.StringValue("x")));
        assertTrue(wrongType.detail().contains("expected a value of Order"), wrongType.getMessage());
        Map<String, XtpValue> fields = new LinkedHashMap<>(orderValue().fields());
        fields.put("at", new dev.xtp4j.schema.value.DateTimeValue(OffsetDateTime.MAX));
        CodecException tooLate = assertThrows(CodecException.class,
                () -> values.encode(new ObjectValue(Shop.object("Order"), fields)));
        assertEquals("/at", tooLate.location());
        assertTrue(tooLate.detail().contains("64-bit microseconds"), tooLate.getMessage());
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(String json) {
        try {
            return XtpJson.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
