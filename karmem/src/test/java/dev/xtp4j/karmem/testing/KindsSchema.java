package dev.xtp4j.karmem.testing;

import dev.xtp4j.karmem.layout.KarmemLayout;
import dev.xtp4j.karmem.schema.KarmemSchema;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A schema with every kind of field, in the packed or the unpacked layout, and a value that fills all of them. */
public final class KindsSchema {
    private KindsSchema() {
    }

    public static String text(boolean packed) {
        return String.join("\n",
                "karmem kinds @packed(" + packed + ");",
                "enum Mood uint16 { Calm; Angry = 300; Sad; }",
                "enum Big int64 { Zero; Max = 9223372036854775807; }",
                "struct V2 inline { X float32; Y float64; }",
                "struct Leaf table { Id uint64; Tag [<8]char; }",
                "struct LeafRef inline { Data Leaf; }",
                "struct Box inline { Label []char; Pos V2; Leaf Leaf; }",
                "struct All table {",
                "  B bool; I8 int8; U8 uint8; By byte; Ch char; I16 int16; U16 uint16; I32 int32; U32 uint32;",
                "  I64 int64; U64 uint64; F32 float32; F64 float64;",
                "  Mood Mood; BigE Big;",
                "  Pos V2; Box Box; Leaf Leaf;",
                "  FixI16 [3]int16; FixBytes [4]byte; FixBox [2]Box; FixBool [2]bool;",
                "  Str []char; LimStr [<5]char; Bytes []byte; LimBytes [<3]byte; U8s []uint8;",
                "  F64s []float64; Bools []bool; U64s [<4]uint64;",
                "  Boxes []Box; LimBoxes [<2]Box; Refs []LeafRef;",
                "}",
                "");
    }

    public static KarmemLayout layout(boolean packed) {
        return KarmemLayout.of(KarmemSchema.parse(text(packed), packed ? "kinds-packed.km" : "kinds-unpacked.km"));
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    public static Map<String, Object> leaf(long id, String tag) {
        return map("Id", id, "Tag", tag);
    }

    public static Map<String, Object> box(String label, float x, double y, Map<String, Object> leaf) {
        return map("Label", label, "Pos", map("X", x, "Y", y), "Leaf", leaf);
    }

    /** A value with every field set to something other than its default. */
    public static Map<String, Object> fullValue() {
        return map(
                "B", true, "I8", -128, "U8", 255, "By", 0x80, "Ch", (int) 'k', "I16", -32768, "U16", 65535,
                "I32", Integer.MIN_VALUE, "U32", 4294967295L, "I64", Long.MIN_VALUE,
                "U64", new BigInteger("18446744073709551615"), "F32", -0.5f, "F64", Math.PI,
                "Mood", 300, "BigE", Long.MAX_VALUE,
                "Pos", map("X", 1.25f, "Y", -1e300),
                "Box", box("inline box", 2f, 3d, leaf(9, "nine")),
                "Leaf", leaf(Long.MAX_VALUE, "top"),
                "FixI16", List.of(-1, 0, 32767),
                "FixBytes", new byte[] {1, (byte) 0xFF, 0, 42},
                "FixBox", List.of(box("a", 0f, 0d, leaf(1, "")), box("ünï", 5f, 6d, leaf(2, "x"))),
                "FixBool", List.of(false, true),
                "Str", "a string with € and 😀",
                "LimStr", "five!",
                "Bytes", new byte[] {9, 8, 7},
                "LimBytes", new byte[] {(byte) 200},
                "U8s", List.of(0, 1, 255),
                "F64s", List.of(Double.MAX_VALUE, -0.0, Double.NEGATIVE_INFINITY),
                "Bools", List.of(true, false, true),
                "U64s", List.of(0L, new BigInteger("9223372036854775808")),
                "Boxes", List.of(box("b0", 1f, 1d, leaf(10, "ten")), box("", 0f, 0d, leaf(0, "")),
                        box("b2", -1f, -1d, leaf(12, "twelve"))),
                "LimBoxes", List.of(box("only", 7f, 7d, leaf(7, "seven"))),
                "Refs", List.of(map("Data", leaf(100, "r0")), map("Data", leaf(101, "r1"))));
    }
}
