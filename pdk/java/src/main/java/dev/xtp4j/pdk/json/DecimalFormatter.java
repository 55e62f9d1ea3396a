package dev.xtp4j.pdk.json;

import java.math.BigInteger;

/**
 * The shortest decimal text that reads back to the same {@code double} or {@code float}, laid out as JavaScript's
 * {@code Number.prototype.toString} (and so {@code JSON.stringify}) does: {@code 100}, {@code 0.1}, {@code 1.5e-7},
 * {@code 1e+21}. Written here because TeaVM's {@code Double.toString} does not always read back to the same value
 * (it prints {@code 5.399003896853111E-293} as {@code 5.39900389685311E-293}), and because the JVM's (before Java 19)
 * is not always the shortest; the same code gives the same bytes on the JVM and in a plugin.
 *
 * <p>Method: the value's exact decimal expansion ({@code m * 2^e} as an integer times a power of ten, by
 * {@link BigInteger} arithmetic) is cut to 15, 16, then 17 significant digits for a double (6 to 9 for a float); at
 * each precision the nearer and then the farther of the two neighbouring decimals is tried, and the first that reads
 * back to the same value wins. A decimal of at most 15 (6) digits that reads back to a double (float) is always the
 * nearest 15-digit (6-digit) one with its trailing zeros dropped, so starting at 15 (6) loses nothing, and the result
 * is the shortest, nearest on a choice. Subnormal values have fewer significant bits; for them the search starts at one
 * digit. Integers below 2<sup>53</sup> (2<sup>24</sup>) skip all this, and so does a value whose platform
 * {@code toString} has at most 15 (6) significant digits and reads back to it: that is the same unique decimal, found
 * without {@code BigInteger}.
 */
final class DecimalFormatter {
    private static final BigInteger FIVE = BigInteger.valueOf(5);

    private DecimalFormatter() {
    }

    /** Formats a finite double. */
    static String formatDouble(double value) {
        if (value == 0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
            return Long.toString((long) value);
        }
        long bits = Double.doubleToRawLongBits(value);
        int biased = (int) ((bits >>> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        boolean subnormal = biased == 0;
        if (subnormal) {
            biased = 1;
        } else {
            mantissa |= 1L << 52;
        }
        if (!subnormal) {
            Digits quick = Digits.fromJavaText(Double.toString(Math.abs(value)), 15);
            if (quick != null && readsBackAsDouble(quick, Math.abs(value))) {
                return (value < 0 ? "-" : "") + quick.layout();
            }
        }
        Digits exact = exactDigits(mantissa, biased - 1075);
        // A subnormal has fewer significant bits, so shorter decimals may read back to it: search from 1 digit.
        for (int precision = subnormal ? 1 : 15; precision <= 17; precision++) {
            for (Digits candidate : exact.candidates(precision)) {
                if (readsBackAsDouble(candidate, Math.abs(value))) {
                    return (value < 0 ? "-" : "") + candidate.layout();
                }
            }
        }
        throw new IllegalStateException("no round-trip form for " + value); // unreachable: 17 digits always suffice
    }

    /** Formats a finite float. */
    static String formatFloat(float value) {
        if (value == 0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        if (value == Math.rint(value) && Math.abs(value) < 0x1p24f) {
            return Integer.toString((int) value);
        }
        int bits = Float.floatToRawIntBits(value);
        int biased = (bits >>> 23) & 0xFF;
        long mantissa = bits & 0x7FFFFF;
        boolean subnormal = biased == 0;
        if (subnormal) {
            biased = 1;
        } else {
            mantissa |= 1L << 23;
        }
        if (!subnormal) {
            Digits quick = Digits.fromJavaText(Float.toString(Math.abs(value)), 6);
            if (quick != null && readsBackAsFloat(quick, Math.abs(value))) {
                return (value < 0 ? "-" : "") + quick.layout();
            }
        }
        Digits exact = exactDigits(mantissa, biased - 150);
        for (int precision = subnormal ? 1 : 6; precision <= 9; precision++) {
            for (Digits candidate : exact.candidates(precision)) {
                if (readsBackAsFloat(candidate, Math.abs(value))) {
                    return (value < 0 ? "-" : "") + candidate.layout();
                }
            }
        }
        throw new IllegalStateException("no round-trip form for " + value); // unreachable: 9 digits always suffice
    }

    private static boolean readsBackAsDouble(Digits digits, double value) {
        byte[] text = digits.toPlainAscii();
        return DecimalParser.parseDouble(text, 0, text.length) == value;
    }

    private static boolean readsBackAsFloat(Digits digits, float value) {
        byte[] text = digits.toPlainAscii();
        return DecimalParser.parseFloat(text, 0, text.length) == value;
    }

    /** The exact decimal value of {@code mantissa * 2^exponent} (positive). */
    private static Digits exactDigits(long mantissa, int exponent) {
        BigInteger integer;
        int decimalExponent;
        if (exponent >= 0) {
            integer = BigInteger.valueOf(mantissa).shiftLeft(exponent);
            decimalExponent = 0;
        } else {
            // m * 2^-k = m * 5^k * 10^-k
            integer = BigInteger.valueOf(mantissa).multiply(FIVE.pow(-exponent));
            decimalExponent = exponent;
        }
        String digits = integer.toString();
        return new Digits(digits, digits.length() + decimalExponent);
    }

    /** A positive decimal {@code 0.d1d2...dk * 10^point}, with {@code d1 != 0}. */
    private static final class Digits {
        private final String digits;
        private final int point;

        Digits(String digits, int point) {
            this.digits = digits;
            this.point = point;
        }

        /**
         * The digits of a positive number as {@code Double.toString} or {@code Float.toString} writes it
         * ({@code 2499.25}, {@code 0.00123}, {@code 1.0E-7}), trailing zeros dropped; {@code null} when it has more
         * than {@code maxDigits} significant digits.
         */
        static Digits fromJavaText(String text, int maxDigits) {
            char[] digits = new char[text.length()];
            int count = 0;
            int point = 0;
            boolean fraction = false;
            int i = 0;
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '.') {
                    fraction = true;
                } else if (c == 'E' || c == 'e') {
                    break;
                } else if (count == 0 && c == '0') {
                    if (fraction) {
                        point--;
                    }
                } else {
                    digits[count++] = c;
                    if (!fraction) {
                        point++;
                    }
                }
            }
            if (i < text.length()) {
                point += Integer.parseInt(text.substring(i + 1));
            }
            while (count > 0 && digits[count - 1] == '0') {
                count--;
            }
            if (count == 0 || count > maxDigits) {
                return null;
            }
            return new Digits(new String(digits, 0, count), point);
        }

        /**
         * The decimals of {@code precision} significant digits next to this value, nearest first (half to even on a
         * tie): the value itself when it has no more digits, otherwise the value cut after {@code precision} digits
         * and that plus one unit in the last place. Any decimal of that precision lying between the value and a
         * decimal that reads back to the same number also reads back to it, so when some decimal of this precision
         * reads back, one of these two does.
         */
        Digits[] candidates(int precision) {
            if (digits.length() <= precision) {
                return new Digits[] {stripped(digits, point)};
            }
            String kept = digits.substring(0, precision);
            Digits down = stripped(kept, point);
            Digits up = incremented(kept);
            char next = digits.charAt(precision);
            boolean upIsNearer;
            if (next != '5') {
                upIsNearer = next > '5';
            } else {
                boolean beyond = false;
                for (int i = precision + 1; i < digits.length() && !beyond; i++) {
                    beyond = digits.charAt(i) != '0';
                }
                upIsNearer = beyond || (kept.charAt(precision - 1) - '0') % 2 == 1;
            }
            return upIsNearer ? new Digits[] {up, down} : new Digits[] {down, up};
        }

        private Digits incremented(String kept) {
            char[] chars = kept.toCharArray();
            int i = chars.length - 1;
            while (i >= 0 && chars[i] == '9') {
                chars[i] = '0';
                i--;
            }
            if (i < 0) {
                return new Digits("1", point + 1);
            }
            chars[i]++;
            return stripped(new String(chars), point);
        }

        private static Digits stripped(String digits, int point) {
            int end = digits.length();
            while (end > 1 && digits.charAt(end - 1) == '0') {
                end--;
            }
            return new Digits(digits.substring(0, end), point);
        }

        /** {@code 0.ddd} or {@code ddd} or {@code ddd.dd} text with an exponent, for the round-trip check. */
        byte[] toPlainAscii() {
            String text = "0." + digits + "e" + point;
            byte[] bytes = new byte[text.length()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) text.charAt(i);
            }
            return bytes;
        }

        /** The JavaScript layout (ECMAScript Number::toString). */
        String layout() {
            int k = digits.length();
            int n = point;
            StringBuilder sb = new StringBuilder(k + 8);
            if (k <= n && n <= 21) {
                sb.append(digits);
                for (int i = k; i < n; i++) {
                    sb.append('0');
                }
            } else if (0 < n && n <= 21) {
                sb.append(digits, 0, n).append('.').append(digits, n, k);
            } else if (-6 < n && n <= 0) {
                sb.append("0.");
                for (int i = n; i < 0; i++) {
                    sb.append('0');
                }
                sb.append(digits);
            } else {
                sb.append(digits.charAt(0));
                if (k > 1) {
                    sb.append('.').append(digits, 1, k);
                }
                sb.append('e').append(n - 1 < 0 ? '-' : '+').append(Math.abs(n - 1));
            }
            return sb.toString();
        }
    }
}
