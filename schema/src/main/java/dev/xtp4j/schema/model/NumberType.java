package dev.xtp4j.schema.model;

import java.util.Objects;

/**
 * A floating-point number: {@code type: number} with a {@link NumberFormat} ({@link NumberFormat#DOUBLE} when the
 * schema gives no format).
 *
 * @param format the number format
 */
public record NumberType(NumberFormat format) implements XtpType {

    /**
     * Creates a number type.
     *
     * @param format the number format, not {@code null}
     */
    public NumberType {
        Objects.requireNonNull(format, "format");
    }

    /**
     * Returns the number type of a format.
     *
     * @param format the format
     * @return the type
     */
    public static NumberType of(NumberFormat format) {
        return new NumberType(format);
    }

    @Override
    public Kind kind() {
        return Kind.NUMBER;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitNumber(this);
    }

    @Override
    public String display() {
        return format.wireName();
    }

    @Override
    public String toString() {
        return display();
    }
}
