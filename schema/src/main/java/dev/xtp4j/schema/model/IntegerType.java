package dev.xtp4j.schema.model;

import java.util.Objects;

/**
 * An integer: {@code type: integer} with a {@link IntegerFormat} ({@link IntegerFormat#INT64} when the schema gives
 * no format).
 *
 * @param format the integer format
 */
public record IntegerType(IntegerFormat format) implements XtpType {

    /**
     * Creates an integer type.
     *
     * @param format the integer format, not {@code null}
     */
    public IntegerType {
        Objects.requireNonNull(format, "format");
    }

    /**
     * Returns the integer type of a format.
     *
     * @param format the format
     * @return the type
     */
    public static IntegerType of(IntegerFormat format) {
        return new IntegerType(format);
    }

    @Override
    public Kind kind() {
        return Kind.INTEGER;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitInteger(this);
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
