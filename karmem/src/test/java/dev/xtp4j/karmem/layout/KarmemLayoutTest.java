package dev.xtp4j.karmem.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.karmem.KarmemSchemaException;
import dev.xtp4j.karmem.schema.KarmemSchema;
import dev.xtp4j.karmem.schema.ScalarType;
import dev.xtp4j.karmem.testing.Fixtures;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KarmemLayoutTest {

    /**
     * Structs covering the layout rules, each pair packed (P) and unpacked (U). The expected numbers are the ones
     * upstream's layout oracle ({@code size.km}, {@code packed.km}) asserts for the same shapes.
     */
    private static final String SIZES = String.join("\n",
            "karmem sizes;",
            "enum Region uint32 { Undefined; Asia; }",
            "struct EnumP inline @packed() { R Region; }",
            "struct EnumU inline { R Region; }",
            "struct StrP inline @packed() { S []char; }",
            "struct StrU inline { S []char; }",
            "struct WideP inline @packed() { X uint64; }",
            "struct WideU inline { X uint64; }",
            "struct TWideP table @packed() { X uint64; }",
            "struct TWideU table { X uint64; }",
            "struct SliceP inline @packed() { X []uint64; }",
            "struct SliceU inline { X []uint64; }",
            "struct TSliceP table @packed() { X []uint64; }",
            "struct TSliceU table { X []uint64; }",
            "struct SmallP inline @packed() { X uint16; }",
            "struct SmallU inline { X uint16; }",
            "struct HoldSmallPInU inline { X SmallP; }",
            "struct HoldSmallUInP inline @packed() { X SmallU; }",
            "struct HoldSmallUInU inline { X SmallU; }",
            "struct THoldSmallU table @packed() { X SmallU; }",
            "struct TabP table @packed() { X uint16; }",
            "struct PtrP inline @packed() { X TabP; }",
            "struct PtrU inline { X TabP; }",
            "struct TwoPtrU inline { X TabP; Y TabP; }",
            "struct TPtrU table { X TabP; }",
            "struct MixP inline @packed() { A uint16; B uint32; C uint32; D uint8; E []uint8; }",
            "struct MixU inline { A uint16; B uint32; C uint32; D uint8; E []uint8; }",
            "struct MixInlineU inline { A uint16; B uint32; C uint32; D uint8; E StrU; }",
            "struct MixInlineP inline @packed() { A uint16; B uint32; C uint32; D uint8; E StrU; }",
            "struct ArrU inline { A [3]SmallU; }",
            "struct ArrP inline @packed() { A [3]SmallU; B [5]float64; }",
            "");

    static Stream<Arguments> sizes() {
        // name, content, padding, total, minimum
        return Stream.of(
                Arguments.of("EnumP", 4, 0, 4, 4),
                Arguments.of("EnumU", 4, 4, 8, 4),
                Arguments.of("StrP", 8, 0, 8, 8),
                Arguments.of("StrU", 12, 4, 16, 12),
                Arguments.of("WideP", 8, 0, 8, 8),
                Arguments.of("WideU", 8, 8, 16, 8),      // 8, not 0: upstream's padding rule
                Arguments.of("TWideP", 12, 0, 12, 4),
                Arguments.of("TWideU", 12, 0, 12, 8),    // tables are never padded
                Arguments.of("SliceP", 8, 0, 8, 8),
                Arguments.of("SliceU", 12, 4, 16, 12),
                Arguments.of("TSliceP", 12, 0, 12, 4),
                Arguments.of("TSliceU", 16, 0, 16, 8),   // 12-byte descriptor in an unpacked table
                Arguments.of("SmallP", 2, 0, 2, 2),
                Arguments.of("SmallU", 2, 6, 8, 2),
                Arguments.of("HoldSmallPInU", 2, 6, 8, 2),
                Arguments.of("HoldSmallUInP", 8, 0, 8, 8), // an embedded inline struct occupies its Total
                Arguments.of("HoldSmallUInU", 8, 8, 16, 8),
                Arguments.of("THoldSmallU", 12, 0, 12, 4),
                Arguments.of("TabP", 6, 0, 6, 4),
                Arguments.of("PtrP", 4, 0, 4, 4),
                Arguments.of("PtrU", 4, 4, 8, 4),
                Arguments.of("TwoPtrU", 8, 8, 16, 8),
                Arguments.of("TPtrU", 8, 0, 8, 8),
                Arguments.of("MixP", 19, 0, 19, 19),
                Arguments.of("MixU", 23, 1, 24, 23),
                Arguments.of("MixInlineU", 27, 5, 32, 27),
                Arguments.of("MixInlineP", 27, 0, 27, 27),
                Arguments.of("ArrU", 24, 8, 32, 24),
                Arguments.of("ArrP", 64, 0, 64, 64));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizes")
    void computesUpstreamSizes(String name, int content, int padding, int total, int minimum) {
        StructLayout s = KarmemLayout.of(KarmemSchema.parse(SIZES, "sizes.km")).struct(name);
        assertEquals(List.of(content, padding, total, minimum),
                List.of(s.content(), s.padding(), s.total(), s.minimum()), s.toString());
    }

    @Test
    void packedSampleMatchesTheAnnotatedVector() {
        KarmemLayout layout = Fixtures.layout("vectors_packed.km");
        StructLayout sample = layout.struct("Sample");
        assertEquals(84, sample.content());
        assertEquals(84, sample.total());
        assertEquals(List.of(4, 5, 6, 8, 12, 20, 24, 32, 33, 45, 53, 61, 69, 72, 76),
                sample.fields().stream().map(FieldLayout::offset).toList());
        assertEquals(List.of(1, 1, 2, 4, 8, 4, 8, 1, 12, 8, 8, 8, 3, 4, 8),
                sample.fields().stream().map(FieldLayout::size).toList());

        FieldLayout items = sample.field("Items");
        assertEquals(FieldKind.SLICE, items.kind());
        assertEquals(4, items.elementSize());
        assertSame(layout.struct("ItemRef"), items.target());
        FieldLayout child = sample.field("Child");
        assertEquals(FieldKind.TABLE, child.kind());
        assertEquals(16, child.elementSize());
        FieldLayout lim = sample.field("Lim");
        assertEquals(FieldKind.LIMITED_SLICE, lim.kind());
        assertEquals(4, lim.length());
        assertEquals(FieldLayout.Access.INT16, lim.elementAccess());
        assertEquals(FieldLayout.Access.NONE, lim.access());
        FieldLayout col = sample.field("Col");
        assertEquals(FieldKind.ENUM, col.kind());
        assertEquals(ScalarType.UINT8, col.scalar());
        assertEquals(FieldLayout.Access.INT8, col.access());
        assertTrue(sample.field("Name").isString());
        assertNull(sample.field("Name").target());
        assertEquals(FieldKind.INLINE, sample.field("Pos").kind());
        assertEquals(FieldKind.ARRAY, sample.field("Fix").kind());
        assertEquals(16, layout.struct("Item").total());
        assertEquals(4, layout.struct("ItemRef").total());
        assertEquals(12, layout.struct("Vec3").total());
        assertEquals("9605007417758357036", Long.toUnsignedString(sample.id()));
    }

    @Test
    void unpackedSampleHasWideDescriptorsAndPaddedInlineStructs() {
        KarmemLayout layout = Fixtures.layout("vectors_unpacked.km");
        StructLayout sample = layout.struct("Sample");
        assertEquals(16, layout.struct("Vec3").total());    // 12 + 4 padding
        assertEquals(8, layout.struct("ItemRef").total());  // 4 + 4 padding
        assertEquals(20, layout.struct("Item").total());    // 4 + 4 + 12, never padded
        assertEquals(List.of(4, 5, 6, 8, 12, 20, 24, 32, 33, 49, 61, 73, 85, 88, 92),
                sample.fields().stream().map(FieldLayout::offset).toList());
        assertEquals(104, sample.content());
        assertEquals(8, sample.minimum());
        assertEquals(12, sample.field("Nums").size());
        assertEquals(8, sample.field("Items").elementSize());
    }

    @Test
    void theGameShape() {
        StructLayout monster = KarmemLayout.of(KarmemSchema.parse(String.join("\n",
                "karmem game @packed(true);",
                "enum Team uint8 { Humans; Orcs; }",
                "struct Vec3 inline { X float32; Y float32; Z float32; }",
                "struct WeaponData table { Damage int32; Ammo uint16; }",
                "struct Weapon inline { Data WeaponData; }",
                "struct MonsterData table { Pos Vec3; Mana int16; Health int16; Name [<512]char; Team Team;",
                "  Inventory [<128]byte; Color uint8; Hitbox [5]float64; Status [<10]int32; Weapons [4]Weapon;",
                "  Path [<2000]Vec3; IsAlive bool; }"), "game.km")).struct("MonsterData");
        assertEquals(111, monster.content());
        assertEquals(18, monster.field("Health").offset());
        assertEquals(110, monster.field("IsAlive").offset());
    }

    @Test
    void rejectsStructsTooLargeForAMessage() {
        KarmemSchema huge = KarmemSchema.parse("karmem x;\nstruct Big inline { A [4294967295]uint64; }", "big.km");
        KarmemSchemaException e = assertThrows(KarmemSchemaException.class, () -> KarmemLayout.of(huge));
        assertTrue(e.getMessage().startsWith("struct Big is too large"), e.getMessage());
        KarmemSchema sum = KarmemSchema.parse("karmem x;\nstruct Big table { A [2000000000]uint8; B [200000000]uint8; }",
                "sum.km");
        assertThrows(KarmemSchemaException.class, () -> KarmemLayout.of(sum));
    }

    @Test
    void unknownNamesAreReported() {
        KarmemLayout layout = Fixtures.layout("vectors_packed.km");
        assertThrows(IllegalArgumentException.class, () -> layout.struct("Color"));
        assertThrows(IllegalArgumentException.class, () -> layout.struct("Sample").field("Nope"));
    }
}
