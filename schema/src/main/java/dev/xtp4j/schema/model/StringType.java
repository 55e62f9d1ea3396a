package dev.xtp4j.schema.model;

/**
 * A UTF-8 string: {@code type: string} (any format other than {@code date-time} and {@code byte}).
 *
 * <p>The record has no components: every instance equals every other; use {@link #INSTANCE}.
 */
public record StringType() implements XtpType {

    /** The shared instance. */
    public static final StringType INSTANCE = new StringType();

    @Override
    public Kind kind() {
        return Kind.STRING;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitString(this);
    }

    @Override
    public String display() {
        return "string";
    }

    @Override
    public String toString() {
        return display();
    }
}
