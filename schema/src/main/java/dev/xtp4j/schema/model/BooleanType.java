package dev.xtp4j.schema.model;

/**
 * A boolean: {@code type: boolean}.
 *
 * <p>The record has no components: every instance equals every other; use {@link #INSTANCE}.
 */
public record BooleanType() implements XtpType {

    /** The shared instance. */
    public static final BooleanType INSTANCE = new BooleanType();

    @Override
    public Kind kind() {
        return Kind.BOOLEAN;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitBoolean(this);
    }

    @Override
    public String display() {
        return "boolean";
    }

    @Override
    public String toString() {
        return display();
    }
}
