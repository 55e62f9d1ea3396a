package dev.xtp4j.schema.model;

/**
 * A free-form JSON object: {@code type: object} with neither {@code properties} nor {@code additionalProperties}. Its keys and values are not described by the schema; key order is significant.
 *
 * <p>The record has no components: every instance equals every other; use {@link #INSTANCE}.
 */
public record FreeFormObjectType() implements XtpType {

    /** The shared instance. */
    public static final FreeFormObjectType INSTANCE = new FreeFormObjectType();

    @Override
    public Kind kind() {
        return Kind.FREE_FORM_OBJECT;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitFreeFormObject(this);
    }

    @Override
    public String display() {
        return "object";
    }

    @Override
    public String toString() {
        return display();
    }
}
