package dev.xtp4j.karmem.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.karmem.KarmemFormatException;
import dev.xtp4j.karmem.layout.FieldLayout;
import dev.xtp4j.karmem.layout.KarmemLayout;
import dev.xtp4j.karmem.layout.StructLayout;
import dev.xtp4j.karmem.schema.KarmemSchema;
import dev.xtp4j.karmem.testing.Fixtures;
import dev.xtp4j.karmem.testing.KindsSchema;
import dev.xtp4j.karmem.testing.Normalize;
import dev.xtp4j.karmem.wire.KarmemView;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A small property test with a fixed seed: random bytes and mutated valid messages. For every input the lenient
 * decoder returns or throws only the checked budget exception, the validator returns or throws only
 * {@link KarmemFormatException}, a validated message decodes strictly to what the lenient decoder reads, and the
 * zero-copy view reads every field without throwing.
 */
class FuzzTest {
    private static final int[] INTERESTING = {0, 1, 4, 0x7F, 0xFF, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 0xFFFF_FFF0};

    private record Target(KarmemCodec codec, byte[] seed) {
    }

    private static List<Target> targets() {
        Map<String, Object> sample = Map.of("B", true, "Name", "héllo", "Nums", List.of(1, -1, 256),
                "Lim", List.of(10, 20), "Child", Map.of("Id", 42, "Name", "kid"),
                "Items", List.of(Map.of("Data", Map.of("Id", 1, "Name", "a")), Map.of("Data", Map.of("Id", 2))));
        KarmemCodec packed = KarmemCodec.of(Fixtures.layout("vectors_packed.km"), "Sample");
        KarmemCodec unpacked = KarmemCodec.of(Fixtures.layout("vectors_unpacked.km"), "Sample");
        KarmemCodec allPacked = KarmemCodec.of(KindsSchema.layout(true), "All");
        KarmemCodec allUnpacked = KarmemCodec.of(KindsSchema.layout(false), "All");
        KarmemCodec vec3 = KarmemCodec.of(Fixtures.layout("vectors_unpacked.km"), "Vec3");
        KarmemCodec nested = KarmemCodec.of(KarmemLayout.of(
                KarmemSchema.parse(String.join("\n",
                        "karmem t;",
                        "enum E int16 { A; B = 300; }",
                        "struct In inline { A int32; E E; }",
                        "struct Deep table { Z int8; S [<3]char; }",
                        "struct Leaf table { X int8; Sub In; Kid Deep; Bits [2]bool; }",
                        "struct Ref inline { Data Leaf; More []In; }",
                        "struct Root table { Refs []Ref; Last Deep; }"), "t.km")), "Root");
        Map<String, Object> ref = Map.of("Data", Map.of("X", 1, "Sub", Map.of("A", 9, "E", 300),
                "Kid", Map.of("Z", 2, "S", "ab"), "Bits", List.of(true, false)), "More", List.of(Map.of("A", 1)));
        return List.of(new Target(packed, packed.encode(sample)), new Target(unpacked, unpacked.encode(sample)),
                new Target(nested, nested.encode(Map.of("Refs", List.of(ref, ref), "Last", Map.of("S", "xyz")))),
                new Target(allPacked, allPacked.encode(KindsSchema.fullValue())),
                new Target(allUnpacked, allUnpacked.encode(KindsSchema.fullValue())),
                new Target(vec3, vec3.encode(Map.of("X", 1, "Y", 2, "Z", 3))));
    }

    @Test
    void randomAndMutatedMessages() throws Exception {
        Random random = new Random(0x5EED_CAFEL);
        List<Target> targets = targets();
        int validMutants = 0;
        int budgetFailures = 0;
        for (int iteration = 0; iteration < 4000; iteration++) {
            Target t = targets.get(random.nextInt(targets.size()));
            byte[] input = iteration % 4 == 0 ? randomBytes(random) : mutate(random, t.seed());
            try {
                check(t.codec(), input);
                if (iteration % 4 != 0) {
                    validMutants++;
                }
            } catch (KarmemFormatException e) {
                assertTrue(e.path().startsWith(t.codec().root().name()), e.getMessage());
                assertTrue(e.byteOffset() >= -1 && e.byteOffset() <= 0xFFFF_FFFFL * 2, e.getMessage());
                if (e.getMessage().contains("decode budget")) {
                    budgetFailures++;
                }
            }
        }
        // The mutations must not be so destructive that nothing is ever valid.
        assertTrue(validMutants > 200, "valid mutants: " + validMutants);
        assertTrue(budgetFailures < 4000, "budget failures: " + budgetFailures);
    }

    /** Throws KarmemFormatException when the strict validator rejects the input. */
    private static void check(KarmemCodec codec, byte[] input) throws KarmemFormatException {
        StructLayout root = codec.root();
        walk(KarmemView.of(input), root, KarmemView.of(input).root(root), 0);
        Map<String, Object> lenient = null;
        try {
            lenient = codec.decode(input);
        } catch (KarmemFormatException e) {
            assertTrue(e.getMessage().contains("decode budget"), e.getMessage());
        }
        codec.validate(input);
        assertEquals(Normalize.of(lenient), Normalize.of(codec.decodeStrict(input)));
    }

    private static byte[] randomBytes(Random random) {
        byte[] b = new byte[random.nextInt(300)];
        random.nextBytes(b);
        return b;
    }

    private static byte[] mutate(Random random, byte[] seed) {
        byte[] b = seed.clone();
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && b.length > 0; i++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(4)) {
                case 0:
                    b[at] = (byte) random.nextInt(256);
                    break;
                case 1:
                    if (at <= b.length - 4) {
                        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN)
                                .putInt(at, INTERESTING[random.nextInt(INTERESTING.length)]);
                    }
                    break;
                case 2:
                    if (at <= b.length - 4) {
                        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(at, random.nextInt(b.length + 8));
                    }
                    break;
                default:
                    b = Arrays.copyOf(b, random.nextInt(b.length + 16));
            }
        }
        return b;
    }

    /** Reads every field through the view, following structs, tables and elements. */
    private static void walk(KarmemView v, StructLayout s, int ref, int depth) {
        for (FieldLayout f : s.fields()) {
            switch (f.kind()) {
                case SCALAR:
                case ENUM:
                    switch (f.access()) {
                        case FLOAT32:
                            v.getFloat32(ref, f);
                            break;
                        case FLOAT64:
                            v.getFloat64(ref, f);
                            break;
                        default:
                            v.getInteger(ref, f);
                    }
                    break;
                case INLINE:
                case TABLE:
                    walk(v, f.target(), v.struct(ref, f), depth + 1);
                    break;
                default: {
                    int n = v.count(ref, f);
                    int base = v.elements(ref, f);
                    if (f.isString()) {
                        assertEquals(n, v.getBytes(ref, f).length);
                        v.getString(ref, f);
                    }
                    for (int i = 0; i < Math.min(n, 50); i++) {
                        int at = base + i * f.elementSize();
                        assertEquals(at, v.element(ref, f, i));
                        if (f.target() != null) {
                            walk(v, f.target(), at, depth + 1);
                        } else {
                            v.readInt64(at);
                            v.readInt8(at);
                        }
                    }
                }
            }
        }
    }
}
