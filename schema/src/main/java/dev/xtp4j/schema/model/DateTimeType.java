package dev.xtp4j.schema.model;

/**
 * A point in time: {@code type: string, format: date-time}. In JSON it is an RFC 3339 string.
 *
 * <p>The record has no components: every instance equals every other; use {@link #INSTANCE}.
 */
public record DateTimeType() implements XtpType {

    /** The shared instance. */
    public static final DateTimeType INSTANCE = new DateTimeType();

    @Override
    public Kind kind() {
        return Kind.DATE_TIME;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitDateTime(this);
    }

    @Override
    public String display() {
        return "date-time";
    }

    @Override
    public String toString() {
        return display();
    }
}
