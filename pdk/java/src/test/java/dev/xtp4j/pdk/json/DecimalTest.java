package dev.xtp4j.pdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link DecimalParser} and {@link DecimalFormatter} against the JDK's (correctly rounded) parsers. */
class DecimalTest {
    private static final Random RANDOM = new Random(8259);

    private static double parseDouble(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return DecimalParser.parseDouble(bytes, 0, bytes.length);
    }

    private static float parseFloat(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return DecimalParser.parseFloat(bytes, 0, bytes.length);
    }

    private static void assertSameDouble(String text) {
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                Double.doubleToRawLongBits(parseDouble(text)), text);
    }

    private static void assertSameFloat(String text) {
        assertEquals(Float.floatToRawIntBits(Float.parseFloat(text)), Float.floatToRawIntBits(parseFloat(text)), text);
    }

    /** JSON text for a decimal (BigDecimal's scientific form uses a plus sign JSON also accepts). */
    private static String json(BigDecimal value) {
        return value.toString();
    }

    @Test
    void edgeCasesParseLikeTheJdk() {
        for (String text : List.of("0", "-0", "0.0", "-0.0e5", "1", "-1", "0.1", "1e23", "4.9E-324", "5e-324",
                "2.4703282292062327e-324", "2.4703282292062328e-324", "2.2250738585072011e-308",
                "2.2250738585072014E-308", "1.7976931348623157E308", "1.7976931348623158e308",
                "1.7976931348623159e308", "1e309", "1e-400", "9007199254740993", "9007199254740992.5",
                "123456789012345678901234567890", "0.30000000000000004", "1E+2", "1e0", "100e-2",
                "0.000000000000000000000000000000000000000000001", "7.038531e-26", "3.4028235e38", "1.4e-45",
                "1.17549435e-38", "3.4028236e38", "8.589973e9", "1e-7", "1e21", "9999999999999999",
                "0." + "0".repeat(400) + "1e400", "1" + "0".repeat(500) + "e-500")) {
            assertSameDouble(text);
            assertSameFloat(text);
        }
    }

    @Test
    void randomDoublesParseLikeTheJdk() {
        for (int i = 0; i < 20_000; i++) {
            double value = Double.longBitsToDouble(RANDOM.nextLong());
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                continue;
            }
            assertSameDouble(Double.toString(value));
            if (i % 8 == 0) {
                assertSameDouble(new BigDecimal(value).toString());   // the exact expansion, up to 767 digits
            }
            assertSameFloat(Double.toString(value));
        }
    }

    @Test
    void randomDigitStringsParseLikeTheJdk() {
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            if (RANDOM.nextBoolean()) {
                sb.append('-');
            }
            int digits = 1 + RANDOM.nextInt(i % 10 == 0 ? 900 : 25);
            sb.append((char) ('1' + RANDOM.nextInt(9)));
            for (int d = 1; d < digits; d++) {
                sb.append((char) ('0' + RANDOM.nextInt(10)));
            }
            sb.append('e').append(RANDOM.nextInt(700) - 350 - digits / 2);
            assertSameDouble(sb.toString());
            assertSameFloat(sb.toString());
        }
    }

    @Test
    void exactHalfwayPointsRoundToEven() {
        for (int i = 0; i < 2_000; i++) {
            double value = i % 3 == 0 ? Double.longBitsToDouble(RANDOM.nextLong() & 0x000FFFFFFFFFFFFFL)  // subnormal
                    : Math.abs(Double.longBitsToDouble(RANDOM.nextLong()));
            if (Double.isNaN(value) || Double.isInfinite(value) || value == Double.MAX_VALUE) {
                continue;
            }
            BigDecimal low = new BigDecimal(value);
            BigDecimal high = new BigDecimal(Math.nextUp(value));
            BigDecimal middle = low.add(high).divide(BigDecimal.valueOf(2));
            assertSameDouble(json(middle));
            assertSameDouble(json(middle.add(BigDecimal.ONE.movePointLeft(middle.scale() + 5))));
            assertSameDouble(json(middle.subtract(BigDecimal.ONE.movePointLeft(middle.scale() + 5))));

            float f = Math.abs(Float.intBitsToFloat(RANDOM.nextInt()));
            if (!Float.isNaN(f) && !Float.isInfinite(f) && f != Float.MAX_VALUE) {
                BigDecimal fMiddle = new BigDecimal(f).add(new BigDecimal(Math.nextUp(f)))
                        .divide(BigDecimal.valueOf(2));
                assertSameFloat(json(fMiddle));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "100, 100", "0.1, 0.1", "1.5, 1.5", "-2.5, -2.5", "1e21, 1e+21", "1e20, 100000000000000000000",
        "1e-7, 1e-7", "1.23e-7, 1.23e-7", "0.000001, 0.000001", "0.0000012, 0.0000012",
        "1.7976931348623157e308, 1.7976931348623157e+308", "4.9e-324, 5e-324", "-0.0, -0", "0, 0",
        "9007199254740992, 9007199254740992", "9007199254740993, 9007199254740992",
        "5.399003896853111E-293, 5.399003896853111e-293", "0.30000000000000004, 0.30000000000000004",
        "123456789.125, 123456789.125", "2e-3, 0.002", "1.0E22, 1e+22", "123e18, 123000000000000000000",
        "1.2345e21, 1.2345e+21", "2.2250738585072014E-308, 2.2250738585072014e-308",
    })
    void doublesAreWrittenShortestInJavaScriptLayout(double value, String expected) {
        assertEquals(expected, DecimalFormatter.formatDouble(value));
    }

    @ParameterizedTest
    @CsvSource({
        "0.1, 0.1", "3.4028235e38, 3.4028235e+38", "1.4e-45, 1e-45", "16777216, 16777216", "16777217, 16777216",
        "0.3, 0.3", "-1.17549435e-38, -1.1754944e-38", "1e10, 10000000000", "100, 100", "-0.0, -0",
    })
    void floatsAreWrittenShortest(float value, String expected) {
        assertEquals(expected, DecimalFormatter.formatFloat(value));
    }

    @Test
    void randomDoublesRoundTripThroughTheShortestDigits() {
        for (int i = 0; i < 20_000; i++) {
            double value = i % 4 == 0 ? RANDOM.nextDouble() * Math.pow(10, RANDOM.nextInt(30) - 15)
                    : Double.longBitsToDouble(RANDOM.nextLong());
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                continue;
            }
            String text = DecimalFormatter.formatDouble(value);
            assertEquals(Double.doubleToRawLongBits(value), Double.doubleToRawLongBits(Double.parseDouble(text)),
                    value + " -> " + text);
            int digits = significantDigits(text);
            assertTrue(digits <= 17, text);
            if (digits > 1) {
                assertNoShorterDecimalReadsBack(value, digits - 1);
            }
        }
    }

    @Test
    void randomFloatsRoundTripThroughTheShortestDigits() {
        for (int i = 0; i < 10_000; i++) {
            float value = Float.intBitsToFloat(RANDOM.nextInt());
            if (Float.isNaN(value) || Float.isInfinite(value)) {
                continue;
            }
            String text = DecimalFormatter.formatFloat(value);
            assertEquals(Float.floatToRawIntBits(value), Float.floatToRawIntBits(Float.parseFloat(text)),
                    value + " -> " + text);
            assertTrue(significantDigits(text) <= 9, text);
            // Never longer than the JDK's shortest form.
            assertTrue(significantDigits(text) <= significantDigits(Float.toString(value)), value + " -> " + text);
        }
    }

    /** Neither neighbour of {@code value} with {@code digits} significant digits reads back to it. */
    private static void assertNoShorterDecimalReadsBack(double value, int digits) {
        BigDecimal exact = new BigDecimal(Math.abs(value));
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            BigDecimal shorter = exact.round(new MathContext(digits, mode));
            assertTrue(Double.parseDouble(shorter.toString()) != Math.abs(value),
                    value + " could be written with " + digits + " digits: " + shorter);
        }
    }

    private static int significantDigits(String text) {
        String mantissa = text.replace("-", "");
        int e = mantissa.toLowerCase().indexOf('e');
        if (e >= 0) {
            mantissa = mantissa.substring(0, e);
        }
        mantissa = mantissa.replace(".", "").replaceFirst("^0+", "").replaceFirst("0+$", "");
        return Math.max(1, mantissa.length());
    }

    @Test
    void formattedNumbersAreValidJsonThatReadsBack() {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1e-7, 1e21, Double.MIN_VALUE, Double.MAX_VALUE));
        for (int i = 0; i < 1000; i++) {
            values.add(Double.longBitsToDouble(RANDOM.nextLong()));
        }
        for (double value : values) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                continue;
            }
            String text = DecimalFormatter.formatDouble(value);
            JsonReader reader = JsonReader.of(text);
            assertEquals(Double.doubleToRawLongBits(value), Double.doubleToRawLongBits(reader.nextDouble()), text);
            reader.endDocument();
        }
    }
}
