package dev.xtp4j.pdk.json;

import java.math.BigInteger;

/**
 * Correctly rounded conversion of JSON number text to {@code double} and {@code float} (round half to even), written
 * here because TeaVM's {@code Double.parseDouble} is not always correctly rounded (for example it turns
 * {@code 4.9E-324} into 0 and {@code 1e23} into {@code 1.0000000000000001E23}).
 *
 * <p>Short numbers take Clinger's fast path (an exact integer times or divided by an exact power of ten, one IEEE
 * rounding). The others are converted exactly with {@link BigInteger} arithmetic: the decimal value is a fraction
 * {@code n / d}, scaled by a power of two until the quotient has the target precision, and the remainder decides the
 * rounding. Digits beyond the 800th are folded into a sticky digit, which cannot change the result (a double's exact
 * halfway points have at most 767 significant digits), so the work stays bounded whatever the input.
 */
final class DecimalParser {
    private static final int MAX_DIGITS = 800;

    private static final double[] DOUBLE_POWERS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };
    private static final float[] FLOAT_POWERS = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};

    /** The digits and the power of ten of a JSON number: {@code value = sign * digits * 10^exponent}. */
    private static final class Decimal {
        boolean negative;
        /** Significant digits without leading or trailing zeros, as ASCII; empty for zero. */
        char[] digits;
        int count;
        long exponent;
    }

    private DecimalParser() {
    }

    /** The nearest double to the number {@code in[start, end)}, which matches the JSON grammar. */
    static double parseDouble(byte[] in, int start, int end) {
        Decimal d = decompose(in, start, end);
        if (d.count == 0) {
            return d.negative ? -0.0 : 0.0;
        }
        double value;
        if (d.count + d.exponent - 1 > 309) {
            value = Double.POSITIVE_INFINITY;
        } else if (d.count + d.exponent < -325) {
            value = 0.0;
        } else if (d.count <= 15 && Math.abs(d.exponent) <= 22) {
            double significand = (double) toLong(d);
            value = d.exponent >= 0 ? significand * DOUBLE_POWERS[(int) d.exponent]
                    : significand / DOUBLE_POWERS[(int) -d.exponent];
        } else {
            long bits = exact(d, 53, -1074, 1023);
            value = bits < 0 ? Double.POSITIVE_INFINITY : Double.longBitsToDouble(bits);
        }
        return d.negative ? -value : value;
    }

    /** The nearest float to the number {@code in[start, end)}, rounded once. */
    static float parseFloat(byte[] in, int start, int end) {
        Decimal d = decompose(in, start, end);
        if (d.count == 0) {
            return d.negative ? -0.0f : 0.0f;
        }
        float value;
        if (d.count + d.exponent - 1 > 39) {
            value = Float.POSITIVE_INFINITY;
        } else if (d.count + d.exponent < -46) {
            value = 0.0f;
        } else if (d.count <= 7 && Math.abs(d.exponent) <= 10) {
            float significand = (float) toLong(d);
            value = d.exponent >= 0 ? significand * FLOAT_POWERS[(int) d.exponent]
                    : significand / FLOAT_POWERS[(int) -d.exponent];
        } else {
            long bits = exact(d, 24, -149, 127);
            value = bits < 0 ? Float.POSITIVE_INFINITY : Float.intBitsToFloat((int) bits);
        }
        return d.negative ? -value : value;
    }

    private static Decimal decompose(byte[] in, int start, int end) {
        Decimal d = new Decimal();
        int i = start;
        if (in[i] == '-') {
            d.negative = true;
            i++;
        }
        char[] digits = new char[Math.min(end - i, MAX_DIGITS + 1)];
        int count = 0;
        long exponent = 0;
        boolean fraction = false;
        boolean sticky = false;
        for (; i < end; i++) {
            byte b = in[i];
            if (b == '.') {
                fraction = true;
                continue;
            }
            if (b == 'e' || b == 'E') {
                break;
            }
            if (count == 0 && b == '0') {
                if (fraction) {
                    exponent--;
                }
                continue;
            }
            if (count < MAX_DIGITS) {
                digits[count++] = (char) b;
                if (fraction) {
                    exponent--;
                }
            } else {
                sticky |= b != '0';
                if (!fraction) {
                    exponent++;
                }
            }
        }
        if (i < end) {
            i++;
            boolean negativeExponent = in[i] == '-';
            if (in[i] == '-' || in[i] == '+') {
                i++;
            }
            long explicit = 0;
            for (; i < end; i++) {
                if (explicit < 1_000_000_000L) {
                    explicit = explicit * 10 + (in[i] - '0');
                }
            }
            exponent += negativeExponent ? -explicit : explicit;
        }
        if (sticky) {
            // The dropped digits are not all zero: a final 1 keeps the value strictly above the truncated one.
            digits[count++] = '1';
            exponent--;
        }
        while (count > 0 && digits[count - 1] == '0') {
            count--;
            exponent++;
        }
        d.digits = digits;
        d.count = count;
        d.exponent = exponent;
        return d;
    }

    private static long toLong(Decimal d) {
        long value = 0;
        for (int i = 0; i < d.count; i++) {
            value = value * 10 + (d.digits[i] - '0');
        }
        return value;
    }

    /**
     * The IEEE bits (without sign) of the value rounded to {@code precision} significant bits, or -1 for overflow.
     *
     * @param precision 53 or 24
     * @param minExponent the exponent of the smallest subnormal's unit: -1074 or -149
     * @param maxExponent the largest unbiased exponent: 1023 or 127
     */
    private static long exact(Decimal d, int precision, int minExponent, int maxExponent) {
        BigInteger numerator = new BigInteger(new String(d.digits, 0, d.count));
        BigInteger denominator = BigInteger.ONE;
        if (d.exponent >= 0) {
            numerator = numerator.multiply(BigInteger.TEN.pow((int) d.exponent));
        } else {
            denominator = BigInteger.TEN.pow((int) -d.exponent);
        }
        // value = numerator / denominator = q * 2^e, with q of exactly `precision` bits (fewer when subnormal).
        long e = (long) numerator.bitLength() - denominator.bitLength() - precision;
        BigInteger[] qr;
        while (true) {
            if (e < minExponent) {
                e = minExponent;
            }
            qr = divide(numerator, denominator, e);
            int bits = qr[0].bitLength();
            if (bits > precision) {
                e++;
            } else if (bits < precision && e > minExponent) {
                e--;
            } else {
                break;
            }
        }
        long q = qr[0].longValue();
        int half = qr[1].shiftLeft(1).compareTo(scaledDenominator(denominator, e));
        if (half > 0 || (half == 0 && (q & 1) == 1)) {
            q++;
            if (q == 1L << precision) {
                q >>= 1;
                e++;
            }
        }
        int mantissaBits = precision - 1;
        if (q < 1L << mantissaBits) {
            return q; // subnormal (or zero): exponent field 0
        }
        long unbiased = e + mantissaBits;
        if (unbiased > maxExponent) {
            return -1;
        }
        return (unbiased + maxExponent) << mantissaBits | (q - (1L << mantissaBits));
    }

    /** {@code numerator / (denominator * 2^e)} as quotient and remainder, with the scaling applied exactly. */
    private static BigInteger[] divide(BigInteger numerator, BigInteger denominator, long e) {
        if (e >= 0) {
            return numerator.divideAndRemainder(denominator.shiftLeft((int) e));
        }
        return numerator.shiftLeft((int) -e).divideAndRemainder(denominator);
    }

    /** The divisor used by {@link #divide} for this {@code e}: the remainder is compared against half of it. */
    private static BigInteger scaledDenominator(BigInteger denominator, long e) {
        return e >= 0 ? denominator.shiftLeft((int) e) : denominator;
    }
}
