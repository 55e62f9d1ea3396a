package dev.xtp4j.schema.value;

import dev.xtp4j.schema.model.BooleanType;
import dev.xtp4j.schema.model.XtpType;

/**
 * A {@code boolean}.
 *
 * @param value the value
 */
public record BooleanValue(boolean value) implements XtpValue {
    /** {@code true}. */
    public static final BooleanValue TRUE = new BooleanValue(true);
    /** {@code false}. */
    public static final BooleanValue FALSE = new BooleanValue(false);

    /**
     * Returns the value for a boolean.
     *
     * @param value the boolean
     * @return {@link #TRUE} or {@link #FALSE}
     */
    public static BooleanValue of(boolean value) {
        return value ? TRUE : FALSE;
    }

    @Override
    public XtpType type() {
        return BooleanType.INSTANCE;
    }

    @Override
    public String toString() {
        return Boolean.toString(value);
    }
}
