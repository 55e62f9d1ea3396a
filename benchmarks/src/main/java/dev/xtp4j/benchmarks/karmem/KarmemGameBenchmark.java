package dev.xtp4j.benchmarks.karmem;

import dev.xtp4j.karmem.KarmemFormatException;
import dev.xtp4j.karmem.codec.KarmemCodec;
import dev.xtp4j.karmem.wire.KarmemView;
import dev.xtp4j.karmem.wire.KarmemWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
 * Karmem on the game shape: {@code monsters} monsters with 20 path points each.
 *
 * <ul>
 *   <li>{@code encodeWriter}: typed Java records through the low-level writer, as generated code would;</li>
 *   <li>{@code encodeDynamic}: plain maps ({@code LinkedHashMap}s, as from JSON) through {@link KarmemCodec}
 *       (schema-driven, no generated code); {@code reencodeDecoded} encodes what {@code decodeDynamic} returned;</li>
 *   <li>{@code decodeDynamic}: bytes to plain maps, lenient;</li>
 *   <li>{@code validate}: the strict validator for untrusted bytes;</li>
 *   <li>{@code sumHealthView}: wrap the bytes in a {@link KarmemView} and sum {@code MonsterData.Health} of every
 *       monster, zero-copy; {@code sumHealthSharedView} does the same with a view made once.</li>
 * </ul>
 *
 * Run with {@code -prof gc} to see the allocation per operation ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KarmemGameBenchmark {
    /** Creates the benchmark state; JMH calls it. */
    public KarmemGameBenchmark() {
    }

    /** The number of monsters in the world. */
    @Param({"100"})
    public int monsters;

    private List<GameData.Monster> world;
    private Map<String, Object> worldMap;
    private KarmemCodec codec;
    private KarmemWriter writer;
    private byte[] message;
    private KarmemView sharedView;
    private Map<String, Object> decoded;

    /**
     * Builds the world, encodes it both ways and checks they agree.
     *
     * @throws KarmemFormatException if the message does not validate
     */
    @Setup
    public void setUp() throws KarmemFormatException {
        world = GameData.world(monsters, 20);
        worldMap = GameData.asMap(world);
        codec = KarmemCodec.of(GameData.MONSTERS);
        writer = new KarmemWriter(1 << 16);
        message = codec.encode(worldMap);
        GameData.encode(writer, world);
        if (!Arrays.equals(message, writer.toByteArray())) {
            throw new IllegalStateException("the hand-written encoder and the dynamic codec disagree");
        }
        codec.validate(message);
        sharedView = KarmemView.of(message);
        decoded = codec.decode(message);
        if (sumHealthView() != GameData.healthSum(world)) {
            throw new IllegalStateException("the view reads a wrong health sum");
        }
        System.out.println("[karmem] message size for " + monsters + " monsters: " + message.length + " bytes");
    }

    /**
     * Records through the low-level writer.
     *
     * @return the message size
     */
    @Benchmark
    public int encodeWriter() {
        writer.reset();
        return GameData.encode(writer, world);
    }

    /**
     * Maps through the dynamic codec.
     *
     * @return the message size
     */
    @Benchmark
    public int encodeDynamic() {
        writer.reset();
        codec.encode(worldMap, writer);
        return writer.size();
    }

    /**
     * Maps returned by the decoder through the dynamic codec.
     *
     * @return the message size
     */
    @Benchmark
    public int reencodeDecoded() {
        writer.reset();
        codec.encode(decoded, writer);
        return writer.size();
    }

    /**
     * Bytes to maps.
     *
     * @return the root table
     * @throws KarmemFormatException never: the message fits the budget
     */
    @Benchmark
    public Map<String, Object> decodeDynamic() throws KarmemFormatException {
        return codec.decode(message);
    }

    /**
     * Strict validation.
     *
     * @throws KarmemFormatException never: the message is valid
     */
    @Benchmark
    public void validate() throws KarmemFormatException {
        codec.validate(message);
    }

    /**
     * A new view and the sum of every monster's health.
     *
     * @return the sum
     */
    @Benchmark
    public long sumHealthView() {
        return sumHealth(KarmemView.of(message));
    }

    /**
     * The sum of every monster's health through a view made once.
     *
     * @return the sum
     */
    @Benchmark
    public long sumHealthSharedView() {
        return sumHealth(sharedView);
    }

    private static long sumHealth(KarmemView view) {
        int root = view.root(GameData.MONSTERS);
        int n = view.count(root, GameData.MONSTERS_LIST);
        int first = view.elements(root, GameData.MONSTERS_LIST);
        long sum = 0;
        for (int i = 0; i < n; i++) {
            int data = view.struct(first + 4 * i, GameData.MONSTER_DATA_FIELD);
            sum += view.getInt16(data, GameData.HEALTH);
        }
        return sum;
    }
}
