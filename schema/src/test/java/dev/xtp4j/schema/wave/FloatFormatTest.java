package dev.xtp4j.schema.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Checks the fast float formatting against the definition, computed by brute force from the exact binary value:
 * for each precision from 1 up, the nearest decimals of that precision on either side; the first precision where
 * one reads back wins, the nearer one if both do, the one of larger magnitude if both are equally near.
 */
class FloatFormatTest {

    @Test
    void f32MatchesTheDefinition() {
        Random random = new Random(3);
        for (int i = 0; i < 10_000; i++) {
            float f = i < 5_000 ? Float.intBitsToFloat(random.nextInt()) : random.nextInt(1_000_000) / 1000f;
            if (!Float.isFinite(f) || f == 0) {
                continue;
            }
            assertEquals(reference(new BigDecimal(f), 9, c -> Float.parseFloat(c.toString()) == f),
                    FloatFormat.f32(f), () -> "bits " + Integer.toHexString(Float.floatToRawIntBits(f)));
        }
    }

    @Test
    void tiesGoToTheLargerMagnitude() {
        // -2579462.25 lies exactly between -2579462.2 and -2579462.3, both of which read back.
        assertEquals("-2579462.3", FloatFormat.f32(-2579462.25f));
        assertEquals("2579462.3", FloatFormat.f32(2579462.25f));
    }

    @Test
    void f64MatchesTheDefinition() {
        Random random = new Random(4);
        for (int i = 0; i < 1_500; i++) {
            double d = i < 750 ? Double.longBitsToDouble(random.nextLong()) : random.nextInt() / 1e6;
            if (!Double.isFinite(d) || d == 0) {
                continue;
            }
            assertEquals(reference(new BigDecimal(d), 17, c -> Double.parseDouble(c.toString()) == d),
                    FloatFormat.f64(d), () -> "bits " + Long.toHexString(Double.doubleToRawLongBits(d)));
        }
    }

    private static String reference(BigDecimal exact, int maxDigits,
            java.util.function.Predicate<BigDecimal> readsBack) {
        for (int p = 1; p <= maxDigits; p++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal c = exact.round(new MathContext(p, mode));
                if (!readsBack.test(c)) {
                    continue;
                }
                int nearer = best == null ? -1 : c.subtract(exact).abs().compareTo(best.subtract(exact).abs());
                if (nearer < 0 || nearer == 0 && c.abs().compareTo(best.abs()) > 0) {
                    best = c;
                }
            }
            if (best != null) {
                return best.stripTrailingZeros().toPlainString();
            }
        }
        throw new AssertionError("no decimal of " + maxDigits + " digits reads back");
    }
}
