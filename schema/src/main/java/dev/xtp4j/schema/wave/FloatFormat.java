package dev.xtp4j.schema.wave;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.Predicate;

/**
 * Formats floats the way WAVE's canonical printer does (Rust's {@code Display}): the shortest decimal digits that
 * read back to the same {@code f32} or {@code f64}, written out in full without an exponent and without a trailing
 * {@code .0}; {@code -0}, {@code nan}, {@code inf} and {@code -inf} for the special values. When two decimals of the
 * shortest length read back to the number, the one nearer to its exact binary value wins, and on a tie the one of
 * larger magnitude (as in Rust's Dragon4 fallback).
 *
 * <p>Java 17's {@code Double.toString} does not always give the shortest digits (fixed in JDK 19), but its digits
 * always read back to the same number. So they are the starting point: a decimal of {@code p} digits reads back to
 * the number exactly when one of the two {@code p}-digit neighbours of the JDK's decimal (rounded down and up) does,
 * and if {@code p} digits suffice so do {@code p + 1}; a binary search finds the shortest {@code p}.
 */
final class FloatFormat {

    private FloatFormat() {
    }

    static String f32(float value) {
        if (Float.isNaN(value) || Float.isInfinite(value) || value == 0) {
            return special(value);
        }
        return plain(shortest(new BigDecimal(Float.toString(value)), new BigDecimal(value),
                candidate -> Float.parseFloat(candidate.toString()) == value));
    }

    static String f64(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value == 0) {
            return special(value);
        }
        return plain(shortest(new BigDecimal(Double.toString(value)), new BigDecimal(value),
                candidate -> Double.parseDouble(candidate.toString()) == value));
    }

    /**
     * Finds the shortest decimal that {@code readsBack}, given a decimal that does ({@code known}) and the exact
     * value. The length is found with the neighbours of {@code known}; the digits are then those of the nearer
     * neighbour of the exact value that reads back.
     */
    private static BigDecimal shortest(BigDecimal known, BigDecimal exact, Predicate<BigDecimal> readsBack) {
        int low = 1;
        int high = known.precision();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (readsBack.test(round(known, mid, RoundingMode.FLOOR))
                    || readsBack.test(round(known, mid, RoundingMode.CEILING))) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        BigDecimal down = round(exact, low, RoundingMode.FLOOR);
        BigDecimal up = round(exact, low, RoundingMode.CEILING);
        boolean downOk = readsBack.test(down);
        boolean upOk = readsBack.test(up);
        if (downOk && upOk) {
            int cmp = down.subtract(exact).abs().compareTo(up.subtract(exact).abs());
            if (cmp != 0) {
                return cmp < 0 ? down : up;
            }
            return down.abs().compareTo(up.abs()) > 0 ? down : up; // a tie: the larger magnitude, as Rust does
        }
        return downOk ? down : upOk ? up : known;
    }

    private static BigDecimal round(BigDecimal value, int precision, RoundingMode mode) {
        return value.round(new MathContext(precision, mode));
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
