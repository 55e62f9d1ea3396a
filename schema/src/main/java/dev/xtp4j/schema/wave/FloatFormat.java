package dev.xtp4j.schema.wave;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats floats the way WAVE's canonical printer does (Rust's {@code Display}): the shortest decimal digits that
 * read back to the same {@code f32} or {@code f64}, written out in full without an exponent, without a trailing
 * {@code .0}; {@code -0}, {@code nan}, {@code inf} and {@code -inf} for the special values.
 *
 * <p>Java 17's {@code Double.toString} does not always give the shortest digits and switches to exponent notation,
 * so the digits are searched instead: for each precision from 1 digit up, the decimals of that precision nearest to
 * the exact binary value (on both sides) are tried, and the first that reads back to the same number wins; among
 * two that do, the nearer one.
 */
final class FloatFormat {

    private FloatFormat() {
    }

    static String f32(float value) {
        if (Float.isNaN(value) || Float.isInfinite(value) || value == 0) {
            return special(value);
        }
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= 9; precision++) {
            BigDecimal best = null;
            for (RoundingMode mode : MODES) {
                BigDecimal candidate = exact.round(new MathContext(precision, mode));
                if (Float.parseFloat(candidate.toString()) == value && nearer(candidate, best, exact)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return plain(best);
            }
        }
        return plain(exact); // unreachable: 9 significant digits always round-trip an f32
    }

    static String f64(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value == 0) {
            return special(value);
        }
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal best = null;
            for (RoundingMode mode : MODES) {
                BigDecimal candidate = exact.round(new MathContext(precision, mode));
                if (Double.parseDouble(candidate.toString()) == value && nearer(candidate, best, exact)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return plain(best);
            }
        }
        return plain(exact); // unreachable: 17 significant digits always round-trip an f64
    }

    private static final RoundingMode[] MODES = {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING};

    private static boolean nearer(BigDecimal candidate, BigDecimal best, BigDecimal exact) {
        return best == null
                || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0;
    }

    private static String special(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return 1 / value < 0 ? "-0" : "0";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
