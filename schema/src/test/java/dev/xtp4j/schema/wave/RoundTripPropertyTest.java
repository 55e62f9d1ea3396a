package dev.xtp4j.schema.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Property tests with fixed seeds: random values of random types survive print and parse. */
class RoundTripPropertyTest {

    private static final int CASES = 3000;

    @Test
    void canonicalTextParsesBackToTheSameValueAndPrintsTheSame() {
        Random random = new Random(20240501);
        RandomWave gen = new RandomWave(random);
        for (int i = 0; i < CASES; i++) {
            WaveType type = gen.type(4);
            WaveValue value = gen.value(type);
            String text = Wave.print(value);
            WaveValue parsed = parseOrFail(text, type, i);
            assertEquals(value, parsed, () -> type + " / " + text);
            assertEquals(text, Wave.print(parsed));
        }
    }

    @Test
    void everyAlternativeSpellingParsesToTheSameValue() {
        Random random = new Random(99);
        RandomWave gen = new RandomWave(random);
        AlternativeWriter writer = new AlternativeWriter(random);
        for (int i = 0; i < CASES; i++) {
            WaveType type = gen.type(4);
            WaveValue value = gen.value(type);
            String text = writer.write(value);
            WaveValue parsed = parseOrFail(text, type, i);
            assertEquals(value, parsed, () -> type + " / " + text);
        }
    }

    @Test
    void callsRoundTrip() throws WaveParseException {
        Random random = new Random(5);
        RandomWave gen = new RandomWave(random);
        for (int i = 0; i < 300; i++) {
            int arity = random.nextInt(4);
            WaveFunction.Param[] params = new WaveFunction.Param[arity];
            List<String> names = gen.labels(arity);
            StringBuilder text = new StringBuilder("f(");
            List<WaveValue> args = new ArrayList<>();
            for (int p = 0; p < arity; p++) {
                params[p] = WaveFunction.param(names.get(p), gen.type(3));
                args.add(gen.value(params[p].type()));
                text.append(p > 0 ? ", " : "").append(Wave.print(args.get(p)));
            }
            WaveFunction f = WaveFunction.of("f", params);
            WaveCall call = Wave.parseCall(text.append(')').toString(), f);
            assertEquals(new WaveCall("f", f, args), call);
        }
    }

    private static WaveValue parseOrFail(String text, WaveType type, int i) {
        try {
            return Wave.parse(text, type);
        } catch (WaveParseException e) {
            return fail("case " + i + ": " + type + "\n" + text + "\n" + e.getMessage());
        }
    }
}
