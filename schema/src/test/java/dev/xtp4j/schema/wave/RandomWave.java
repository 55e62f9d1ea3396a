package dev.xtp4j.schema.wave;

import dev.xtp4j.schema.wave.WaveType.EnumType;
import dev.xtp4j.schema.wave.WaveType.FlagsType;
import dev.xtp4j.schema.wave.WaveType.ListType;
import dev.xtp4j.schema.wave.WaveType.OptionType;
import dev.xtp4j.schema.wave.WaveType.RecordType;
import dev.xtp4j.schema.wave.WaveType.ResultType;
import dev.xtp4j.schema.wave.WaveType.TupleType;
import dev.xtp4j.schema.wave.WaveType.VariantType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** Random types and values of those types, for property tests. Deterministic for a given {@link Random}. */
final class RandomWave {

    private static final List<String> KEYWORDS = List.of("true", "false", "some", "none", "ok", "err", "inf", "nan");

    /** Code points that exercise the printer and parser: quotes, escapes, controls, marks, astral, etc. */
    private static final int[] INTERESTING = {
        '\'', '"', '\\', '\t', '\n', '\r', 0, 7, 0x1b, 0x7f, 0x85, 0xa0, 0xad, ' ', '/', '{', '%', 'a', 'Z', '0',
        0xe9, 0x301, 0x2028, 0x200b, 0x2603, 0xfeff, 0xe000, 0x378, 0xffff, 0x1f30a, 0x1f3fb, 0x10ffff, 0xe0001};

    private final Random random;

    RandomWave(Random random) {
        this.random = random;
    }

    WaveType type(int depth) {
        if (depth <= 0 || random.nextInt(3) == 0) {
            WaveType.Primitive[] primitives = WaveType.Primitive.values();
            return primitives[random.nextInt(primitives.length)];
        }
        switch (random.nextInt(8)) {
            case 0:
                return WaveType.list(type(depth - 1));
            case 1: {
                RecordType.Builder b = WaveType.record();
                for (String name : labels(random.nextInt(5))) {
                    b.field(name, type(depth - 1));
                }
                return b.build();
            }
            case 2: {
                WaveType[] elements = new WaveType[1 + random.nextInt(3)];
                for (int i = 0; i < elements.length; i++) {
                    elements[i] = type(depth - 1);
                }
                return WaveType.tuple(elements);
            }
            case 3: {
                VariantType.Builder b = WaveType.variant();
                for (String name : labels(1 + random.nextInt(4))) {
                    if (random.nextBoolean()) {
                        b.with(name);
                    } else {
                        b.with(name, type(depth - 1));
                    }
                }
                return b.build();
            }
            case 4:
                return new EnumType(labels(1 + random.nextInt(5)));
            case 5:
                return WaveType.option(type(depth - 1));
            case 6:
                return WaveType.result(random.nextBoolean() ? type(depth - 1) : null,
                        random.nextBoolean() ? type(depth - 1) : null);
            default:
                return new FlagsType(labels(random.nextInt(6)));
        }
    }

    List<String> labels(int count) {
        Set<String> names = new HashSet<>();
        List<String> result = new ArrayList<>();
        while (result.size() < count) {
            String name = label();
            if (names.add(name)) {
                result.add(name);
            }
        }
        return result;
    }

    String label() {
        if (random.nextInt(5) == 0) {
            return KEYWORDS.get(random.nextInt(KEYWORDS.size()));
        }
        StringBuilder s = new StringBuilder();
        boolean upper = random.nextInt(4) == 0;
        s.append((char) ((upper ? 'A' : 'a') + random.nextInt(26)));
        appendWordTail(s, upper, random.nextInt(4));
        for (int words = random.nextInt(3); words > 0; words--) {
            s.append('-');
            upper = random.nextInt(4) == 0;
            if (random.nextInt(4) == 0) {
                s.append((char) ('0' + random.nextInt(10)));
                appendWordTail(s, upper, random.nextInt(3));
            } else {
                s.append((char) ((upper ? 'A' : 'a') + random.nextInt(26)));
                appendWordTail(s, upper, random.nextInt(4));
            }
        }
        return s.toString();
    }

    private void appendWordTail(StringBuilder s, boolean upper, int length) {
        for (int i = 0; i < length; i++) {
            s.append(random.nextInt(4) == 0 ? (char) ('0' + random.nextInt(10))
                    : (char) ((upper ? 'A' : 'a') + random.nextInt(26)));
        }
    }

    WaveValue value(WaveType type) {
        switch (type.kind()) {
            case BOOL:
                return WaveValue.bool(random.nextBoolean());
            case S8:
                return WaveValue.s8((byte) integer());
            case S16:
                return WaveValue.s16((short) integer());
            case S32:
                return WaveValue.s32((int) integer());
            case S64:
                return WaveValue.s64(integer());
            case U8:
                return WaveValue.u8((int) integer() & 0xFF);
            case U16:
                return WaveValue.u16((int) integer() & 0xFFFF);
            case U32:
                return WaveValue.u32(integer() & 0xFFFF_FFFFL);
            case U64:
                return WaveValue.u64(integer());
            case F32:
                return WaveValue.f32(f32());
            case F64:
                return WaveValue.f64(f64());
            case CHAR:
                return WaveValue.character(codePoint());
            case STRING: {
                StringBuilder s = new StringBuilder();
                for (int n = random.nextInt(12); n > 0; n--) {
                    s.appendCodePoint(codePoint());
                }
                return WaveValue.string(s.toString());
            }
            case LIST: {
                ListType list = (ListType) type;
                List<WaveValue> elements = new ArrayList<>();
                for (int n = random.nextInt(4); n > 0; n--) {
                    elements.add(value(list.element()));
                }
                return new WaveValue.ListValue(list, elements);
            }
            case RECORD: {
                RecordType record = (RecordType) type;
                List<WaveValue> fields = new ArrayList<>();
                record.fields().forEach(f -> fields.add(value(f.type())));
                return new WaveValue.RecordValue(record, fields);
            }
            case TUPLE: {
                TupleType tuple = (TupleType) type;
                List<WaveValue> elements = new ArrayList<>();
                tuple.elements().forEach(t -> elements.add(value(t)));
                return new WaveValue.TupleValue(tuple, elements);
            }
            case VARIANT: {
                VariantType variant = (VariantType) type;
                VariantType.Case c = variant.cases().get(random.nextInt(variant.cases().size()));
                return new WaveValue.VariantValue(variant, c.name(), c.payload().map(this::value));
            }
            case ENUM: {
                EnumType e = (EnumType) type;
                return WaveValue.enumCase(e, e.cases().get(random.nextInt(e.cases().size())));
            }
            case OPTION: {
                OptionType option = (OptionType) type;
                return new WaveValue.OptionValue(option,
                        random.nextBoolean() ? Optional.of(value(option.some())) : Optional.empty());
            }
            case RESULT: {
                ResultType result = (ResultType) type;
                boolean ok = random.nextBoolean();
                return new WaveValue.ResultValue(result, ok, (ok ? result.ok() : result.err()).map(this::value));
            }
            case FLAGS: {
                FlagsType flags = (FlagsType) type;
                List<String> set = new ArrayList<>();
                flags.flags().forEach(f -> {
                    if (random.nextBoolean()) {
                        set.add(f);
                    }
                });
                return WaveValue.flags(flags, set);
            }
            default:
                throw new AssertionError(type.kind());
        }
    }

    private long integer() {
        switch (random.nextInt(4)) {
            case 0:
                return new long[] {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 127, 128, 255, 256, 65535}[random.nextInt(10)];
            case 1:
                return random.nextInt(200) - 100;
            default:
                return random.nextLong();
        }
    }

    private float f32() {
        switch (random.nextInt(4)) {
            case 0:
                return new float[] {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
                    Float.MIN_VALUE, Float.MAX_VALUE, Float.MIN_NORMAL, 0.1f, -1.5f}[random.nextInt(10)];
            case 1:
                return (random.nextInt(20000) - 10000) / 100f;
            default:
                return Float.intBitsToFloat(random.nextInt());
        }
    }

    private double f64() {
        switch (random.nextInt(4)) {
            case 0:
                return new double[] {0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                    Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, 0.1, 1e23}[random.nextInt(10)];
            case 1:
                return (random.nextInt(20000) - 10000) / 1000.0;
            default:
                return Double.longBitsToDouble(random.nextLong());
        }
    }

    int codePoint() {
        switch (random.nextInt(4)) {
            case 0:
                return INTERESTING[random.nextInt(INTERESTING.length)];
            case 1:
                return 0x20 + random.nextInt(0x5f);
            default:
                int cp;
                do {
                    cp = random.nextInt(0x110000);
                } while (cp >= 0xD800 && cp <= 0xDFFF);
                return cp;
        }
    }
}
