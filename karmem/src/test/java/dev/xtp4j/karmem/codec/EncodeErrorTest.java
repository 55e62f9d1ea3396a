package dev.xtp4j.karmem.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.xtp4j.karmem.KarmemEncodeException;
import dev.xtp4j.karmem.testing.KindsSchema;
import dev.xtp4j.karmem.wire.KarmemWriter;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Values that do not fit the schema are rejected with the field path. */
class EncodeErrorTest {
    private static final KarmemCodec CODEC = KarmemCodec.of(KindsSchema.layout(true), "All");

    static Stream<Arguments> errors() {
        Map<String, Object> nullKeyed = new HashMap<>();
        nullKeyed.put("B", null);
        nullKeyed.put(null, 1);
        return Stream.of(
                Arguments.of(Map.of("B", 1), "All.B: expected a Boolean for bool, got java.lang.Integer"),
                Arguments.of(Map.of("I8", 128), "All.I8: 128 is out of range for int8"),
                Arguments.of(Map.of("U8", -1), "All.U8: -1 is out of range for uint8"),
                Arguments.of(Map.of("U16", 65536), "All.U16: 65536 is out of range for uint16"),
                Arguments.of(Map.of("U32", -1L), "All.U32: -1 is out of range for uint32"),
                Arguments.of(Map.of("U64", -1L), "All.U64: -1 is out of range for uint64"),
                Arguments.of(Map.of("U64", BigInteger.ONE.shiftLeft(64)),
                        "All.U64: 18446744073709551616 is out of range for uint64"),
                Arguments.of(Map.of("I64", BigInteger.ONE.shiftLeft(63)),
                        "All.I64: 9223372036854775808 is out of range for int64"),
                Arguments.of(Map.of("I32", 1.5), "All.I32: expected an integer for int32, got 1.5"),
                Arguments.of(Map.of("I32", Double.NaN), "All.I32: expected an integer for int32, got NaN"),
                Arguments.of(Map.of("F32", "1.5"), "All.F32: expected a Number for float32, got java.lang.String"),
                Arguments.of(Map.of("Mood", "Happy"), "All.Mood: enum Mood has no entry named Happy"),
                Arguments.of(Map.of("Mood", 70000), "All.Mood: 70000 is out of range for uint16"),
                Arguments.of(Map.of("Str", 5), "All.Str: expected a String for []char, got java.lang.Integer"),
                Arguments.of(Map.of("LimStr", "sixsix"),
                        "All.LimStr: the string is 6 UTF-8 bytes, more than the 5 of [<5]char"),
                Arguments.of(Map.of("LimStr", "€€"),
                        "All.LimStr: the string is 6 UTF-8 bytes, more than the 5 of [<5]char"),
                Arguments.of(Map.of("LimBytes", new byte[4]),
                        "All.LimBytes: 4 elements, more than the 3 of [<3]byte (readers would drop the rest)"),
                Arguments.of(Map.of("FixI16", List.of(1, 2)),
                        "All.FixI16: expected exactly 3 elements for [3]int16, got 2"),
                Arguments.of(Map.of("FixBytes", new byte[5]), "All.FixBytes: expected exactly 4 bytes for [4]byte, got 5"),
                Arguments.of(Map.of("F64s", "no"), "All.F64s: expected a List for []float64, got java.lang.String"),
                Arguments.of(Map.of("Bools", List.of(true, "x")),
                        "All.Bools[1]: expected a Boolean for bool, got java.lang.String"),
                Arguments.of(Map.of("Pos", List.of()), "All.Pos: expected a Map for struct V2, got java.util.List12"
                        .replace("java.util.List12", List.of().getClass().getName())),
                Arguments.of(Map.of("Boxes", List.of(Map.of(), Map.of("Leaf", Map.of("Tag", "toolongtag")))),
                        "All.Boxes[1].Leaf.Tag: the string is 10 UTF-8 bytes, more than the 8 of [<8]char"),
                Arguments.of(Map.of("Refs", List.of(Map.of("Data", Map.of("Nope", 1)))),
                        "All.Refs[0].Data: unknown field Nope for struct Leaf (fields: Id, Tag)"),
                Arguments.of(Map.of("Typo", 1), "All: unknown field Typo for struct All (fields: B, I8, U8, By, Ch, "
                        + "I16, U16, I32, U32, I64, U64, F32, F64, Mood, BigE, Pos, Box, Leaf, FixI16, FixBytes, "
                        + "FixBox, FixBool, Str, LimStr, Bytes, LimBytes, U8s, F64s, Bools, U64s, Boxes, LimBoxes, "
                        + "Refs)"),
                Arguments.of(nullKeyed, "All: unknown field null for struct All"));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void rejects(Map<String, Object> value, String message) {
        KarmemEncodeException e = assertThrows(KarmemEncodeException.class, () -> CODEC.encode(value));
        if (message.endsWith("struct All")) {
            assertEquals(message, e.getMessage().substring(0, message.length()));
        } else {
            assertEquals(message, e.getMessage());
        }
        assertEquals(e.getMessage(), e.path() + ": " + e.detail());
    }

    @Test
    void aFailedEncodeLeavesTheWriterReusable() {
        KarmemWriter w = new KarmemWriter();
        assertThrows(KarmemEncodeException.class, () -> CODEC.encode(Map.of("I8", 1000), w));
        assertEquals(0, w.size());
        CODEC.encode(Map.of("I8", 1), w);
        assertThrows(IllegalArgumentException.class, () -> CODEC.encode(Map.of(), w));
    }
}
