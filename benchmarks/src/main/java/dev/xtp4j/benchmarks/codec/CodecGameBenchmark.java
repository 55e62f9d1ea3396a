package dev.xtp4j.benchmarks.codec;

import dev.xtp4j.benchmarks.karmem.GameData;
import dev.xtp4j.codec.Codec;
import dev.xtp4j.codec.CodecFactory;
import dev.xtp4j.codec.Codecs;
import dev.xtp4j.codec.KarmemBinding;
import dev.xtp4j.karmem.wire.KarmemView;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The payload codecs on the Karmem "game" shape ({@code monsters} monsters, each with a position, stats, a name, a
 * 32-byte inventory, 5 hitbox values, 4 status values, 4 weapons and a 20-point path), as Java records:
 *
 * <ul>
 *   <li>{@code jsonEncode} / {@code jsonDecode}: {@link Codecs#json}, Jackson with the XTP conventions;</li>
 *   <li>{@code msgpackEncode} / {@code msgpackDecode}: {@link Codecs#msgpack} (decoding checks the bytes
 *       first);</li>
 *   <li>{@code karmemEncode} / {@code karmemDecode}: {@link Codecs#karmem} bound to {@link GameData#SCHEMA}
 *       (decoding validates strictly first); {@code karmemDecodeLenient} skips the validation;</li>
 *   <li>{@code karmemSumHealthZeroCopy}: decode-and-sum-one-field with {@link KarmemView}, no objects built;
 *       {@code karmemSumHealthSharedView} reuses one view, so only the field reads are measured.</li>
 * </ul>
 *
 * Setup prints the message sizes. Run with {@code -prof gc} for the allocation per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecGameBenchmark {
    /** Creates the benchmark state; JMH calls it. */
    public CodecGameBenchmark() {
    }

    /** The number of monsters in the world. */
    @Param({"100"})
    public int monsters;

    private GameRecords.Monsters world;
    private Codec<GameRecords.Monsters> json;
    private Codec<GameRecords.Monsters> msgpack;
    private Codec<GameRecords.Monsters> karmem;
    private Codec<GameRecords.Monsters> karmemLenient;
    private byte[] jsonBytes;
    private byte[] msgpackBytes;
    private byte[] karmemBytes;
    private KarmemView sharedView;

    /** Builds the world, encodes it with every codec, checks that each decodes to the same world. */
    @Setup
    public void setUp() {
        world = GameRecords.of(GameData.world(monsters, 20));
        KarmemBinding binding = new KarmemBinding(GameData.LAYOUT, "Monsters");
        json = Codecs.json(GameRecords.Monsters.class);
        msgpack = Codecs.msgpack(GameRecords.Monsters.class);
        karmem = Codecs.karmem(binding, GameRecords.Monsters.class);
        karmemLenient = CodecFactory.builder().validateKarmem(false).build().karmem(binding,
                GameRecords.Monsters.class);
        jsonBytes = json.encode(world);
        msgpackBytes = msgpack.encode(world);
        karmemBytes = karmem.encode(world);
        if (!Arrays.equals(karmemBytes, handWritten())) {
            throw new IllegalStateException("the record codec and the hand-written writer disagree");
        }
        long expected = GameRecords.healthSum(world);
        for (Codec<GameRecords.Monsters> c : java.util.List.of(json, msgpack, karmem, karmemLenient)) {
            byte[] bytes = c == json ? jsonBytes : c == msgpack ? msgpackBytes : karmemBytes;
            GameRecords.Monsters back = c.decode(bytes);
            if (GameRecords.healthSum(back) != expected
                    || !back.monsters().get(monsters - 1).path().equals(world.monsters().get(monsters - 1).path())) {
                throw new IllegalStateException(c.contentType() + " does not round-trip");
            }
        }
        sharedView = KarmemView.of(karmemBytes);
        if (karmemSumHealthZeroCopy() != expected || karmemSumHealthSharedView() != expected) {
            throw new IllegalStateException("the zero-copy sum is wrong");
        }
        System.err.printf("message bytes for %d monsters: JSON %d, MessagePack %d, Karmem %d%n", monsters,
                jsonBytes.length, msgpackBytes.length, karmemBytes.length);
    }

    private byte[] handWritten() {
        dev.xtp4j.karmem.wire.KarmemWriter w = new dev.xtp4j.karmem.wire.KarmemWriter(1 << 16);
        GameData.encode(w, GameData.world(monsters, 20));
        return w.toByteArray();
    }

    /**
     * Encodes with JSON.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] jsonEncode() {
        return json.encode(world);
    }

    /**
     * Decodes JSON.
     *
     * @return the world
     */
    @Benchmark
    public GameRecords.Monsters jsonDecode() {
        return json.decode(jsonBytes);
    }

    /**
     * Encodes with MessagePack.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] msgpackEncode() {
        return msgpack.encode(world);
    }

    /**
     * Decodes MessagePack.
     *
     * @return the world
     */
    @Benchmark
    public GameRecords.Monsters msgpackDecode() {
        return msgpack.decode(msgpackBytes);
    }

    /**
     * Encodes with Karmem.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] karmemEncode() {
        return karmem.encode(world);
    }

    /**
     * Validates and decodes Karmem.
     *
     * @return the world
     */
    @Benchmark
    public GameRecords.Monsters karmemDecode() {
        return karmem.decode(karmemBytes);
    }

    /**
     * Decodes Karmem without validating first.
     *
     * @return the world
     */
    @Benchmark
    public GameRecords.Monsters karmemDecodeLenient() {
        return karmemLenient.decode(karmemBytes);
    }

    /**
     * Sums the health of every monster straight from the Karmem bytes.
     *
     * @return the sum
     */
    @Benchmark
    public long karmemSumHealthZeroCopy() {
        return sumHealth(KarmemView.of(karmemBytes));
    }

    /**
     * The same sum with a view made once: what the field reads alone cost (and allocate: nothing).
     *
     * @return the sum
     */
    @Benchmark
    public long karmemSumHealthSharedView() {
        return sumHealth(sharedView);
    }

    private static long sumHealth(KarmemView view) {
        int root = view.root(GameData.MONSTERS);
        int n = view.count(root, GameData.MONSTERS_LIST);
        int first = view.elements(root, GameData.MONSTERS_LIST);
        int size = GameData.MONSTERS_LIST.elementSize();
        long sum = 0;
        for (int i = 0; i < n; i++) {
            int monster = view.struct(first + i * size, GameData.MONSTER_DATA_FIELD);
            sum += view.getInt16(monster, GameData.HEALTH);
        }
        return sum;
    }
}
