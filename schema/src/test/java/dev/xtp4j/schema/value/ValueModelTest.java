package dev.xtp4j.schema.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.schema.model.ArrayType;
import dev.xtp4j.schema.model.IntegerFormat;
import dev.xtp4j.schema.model.IntegerType;
import dev.xtp4j.schema.model.MapType;
import dev.xtp4j.schema.model.ObjectType;
import dev.xtp4j.schema.model.StringType;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed values check what they are built from. */
class ValueModelTest {

    @Test
    void integersAreRangeChecked() {
        for (IntegerFormat f : IntegerFormat.values()) {
            assertEquals(f.minValue(), IntegerValue.of(f, f.minValue()).bigValue());
            assertEquals(f.maxValue(), IntegerValue.of(f, f.maxValue()).bigValue());
            IllegalArgumentException low = assertThrows(IllegalArgumentException.class,
                    () -> IntegerValue.of(f, f.minValue().subtract(BigInteger.ONE)));
            assertTrue(low.getMessage().contains("out of range for " + f.wireName()), low.getMessage());
            assertThrows(IllegalArgumentException.class, () -> IntegerValue.of(f, f.maxValue().add(BigInteger.ONE)));
        }
        assertEquals(-1L, IntegerValue.of(IntegerFormat.UINT64, IntegerFormat.UINT64.maxValue()).bits());
        assertThrows(ArithmeticException.class,
                () -> IntegerValue.of(IntegerFormat.UINT64, IntegerFormat.UINT64.maxValue()).longValue());
        assertThrows(IllegalArgumentException.class, () -> IntegerValue.of(IntegerFormat.UINT64, -1L));
        assertThrows(IllegalArgumentException.class, () -> new IntegerValue(IntegerType.of(IntegerFormat.UINT8), 256));
        assertEquals("18446744073709551615", IntegerValue.of(IntegerFormat.UINT64,
                IntegerFormat.UINT64.maxValue()).toString());
    }

    @Test
    void floatsMustBe32Bit() {
        assertEquals(0.1f, NumberValue.ofFloat(0.1f).floatValue());
        assertThrows(IllegalArgumentException.class, () -> new NumberValue(NumberValue.ofFloat(0).type(), 0.1));
        assertTrue(Double.isNaN(NumberValue.ofFloat(Float.NaN).value()));
        assertNotEquals(NumberValue.ofDouble(0.0), NumberValue.ofDouble(-0.0));
        assertEquals(NumberValue.ofDouble(Double.NaN), NumberValue.ofDouble(Double.NaN));
    }

    @Test
    void stringsAreWellFormed() {
        assertThrows(IllegalArgumentException.class, () -> new StringValue("a\uDC00"));
        assertEquals("😀", new StringValue("😀").value());
    }

    @Test
    void bytesAreCopied() {
        byte[] b = {1, 2};
        BytesValue v = BytesValue.buffer(b);
        b[0] = 9;
        assertArrayEquals(new byte[] {1, 2}, v.bytes());
        v.bytes()[1] = 9;
        assertArrayEquals(new byte[] {1, 2}, v.bytes());
        assertEquals(BytesValue.buffer(new byte[] {1, 2}), v);
        assertNotEquals(BytesValue.byteString(new byte[] {1, 2}), v, "buffer and byte string are different types");
        assertThrows(IllegalArgumentException.class, () -> new BytesValue(StringType.INSTANCE, b));
    }

    @Test
    void objectsCheckTheirFields() {
        ObjectType address = Shop.object("Address");
        ObjectValue ok = ObjectValue.builder(address).set("zip", new NullValue(IntegerType.of(IntegerFormat.INT32)))
                .set("street", new StringValue("Main")).build();
        assertEquals(List.of("street", "zip"), List.copyOf(ok.fields().keySet()), "fields in type order");
        assertEquals("{\"street\":\"Main\",\"zip\":null}", ok.toString());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ObjectValue.builder(address).build());
        assertEquals("object Address: required field \"street\" is missing", missing.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ObjectValue.builder(address).set("street", new StringValue("x")).set("zipp",
                        new StringValue("1")).build());
        assertTrue(unknown.getMessage().contains("no field \"zipp\""), unknown.getMessage());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> ObjectValue.builder(address).set("street", IntegerValue.of(IntegerFormat.INT32, 1)).build());
        assertTrue(wrong.getMessage().contains("Address.street: expected a value of string"), wrong.getMessage());
        IllegalArgumentException notNullable = assertThrows(IllegalArgumentException.class,
                () -> ObjectValue.builder(address).set("street", new NullValue(StringType.INSTANCE)).build());
        assertTrue(notNullable.getMessage().contains("not nullable"), notNullable.getMessage());
    }

    @Test
    void containersCheckTheirItems() {
        ArrayType ints = ArrayType.of(IntegerType.of(IntegerFormat.INT32));
        assertThrows(IllegalArgumentException.class, () -> new ArrayValue(ints,
                List.of(IntegerValue.of(IntegerFormat.INT64, 1))));
        assertThrows(IllegalArgumentException.class, () -> new ArrayValue(ints,
                List.of(new NullValue(ints.items()))));
        ArrayValue nullable = new ArrayValue(new ArrayType(ints.items(), true),
                List.of(new NullValue(ints.items()), IntegerValue.of(IntegerFormat.INT32, 3)));
        assertEquals("[null,3]", nullable.toString());
        MapValue m = new MapValue(MapType.of(StringType.INSTANCE), Map.of("k", new StringValue("v")));
        assertEquals("{\"k\":\"v\"}", m.toString());
        assertThrows(IllegalArgumentException.class, () -> new MapValue(MapType.of(StringType.INSTANCE),
                Map.of("k", BooleanValue.TRUE)));
    }

    @Test
    void enumsAndFits() {
        EnumCase c = EnumCase.of(Shop.enumType("Color"), "dark_green");
        assertEquals(1, c.ordinal());
        assertEquals("\"dark_green\"", c.toString());
        assertThrows(IllegalArgumentException.class, () -> EnumCase.of(Shop.enumType("Color"), "DARK_GREEN"));
        assertTrue(XtpValue.fits(c, Shop.enumType("Color"), false));
        assertFalse(XtpValue.fits(c, StringType.INSTANCE, false));
        assertTrue(XtpValue.fits(new NullValue(StringType.INSTANCE), StringType.INSTANCE, true));
        assertFalse(XtpValue.fits(new NullValue(StringType.INSTANCE), StringType.INSTANCE, false));
    }
}
