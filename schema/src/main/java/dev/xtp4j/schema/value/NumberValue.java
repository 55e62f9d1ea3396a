package dev.xtp4j.schema.value;

import dev.xtp4j.schema.model.NumberFormat;
import dev.xtp4j.schema.model.NumberType;
import java.util.Objects;

/**
 * A {@code number}: {@code float} (32-bit) or {@code double} (64-bit). A {@code float} value must be exactly a
 * 32-bit float. NaN and the infinities are values (MessagePack, Karmem and WAVE carry them; JSON cannot). Equality
 * compares bits as {@link Double#compare} does ({@code -0.0} differs from {@code 0.0}, NaN equals NaN).
 *
 * @param type  the number type (its format)
 * @param value the number
 */
public record NumberValue(NumberType type, double value) implements XtpValue {

    /**
     * Creates a number value.
     *
     * @param type  the number type
     * @param value the number
     * @throws IllegalArgumentException if the type is {@code float} and the value is not a 32-bit float
     */
    public NumberValue {
        Objects.requireNonNull(type, "type");
        if (type.format() == NumberFormat.FLOAT && !Double.isNaN(value) && (double) (float) value != value) {
            throw new IllegalArgumentException(value + " is not a 32-bit float");
        }
    }

    /**
     * Creates a {@code float}.
     *
     * @param value the number
     * @return the value
     */
    public static NumberValue ofFloat(float value) {
        return new NumberValue(NumberType.of(NumberFormat.FLOAT), value);
    }

    /**
     * Creates a {@code double}.
     *
     * @param value the number
     * @return the value
     */
    public static NumberValue ofDouble(double value) {
        return new NumberValue(NumberType.of(NumberFormat.DOUBLE), value);
    }

    /**
     * Returns the number as a {@code float}.
     *
     * @return the 32-bit value
     */
    public float floatValue() {
        return (float) value;
    }

    @Override
    public String toString() {
        return type.format() == NumberFormat.FLOAT ? Float.toString((float) value) : Double.toString(value);
    }
}
