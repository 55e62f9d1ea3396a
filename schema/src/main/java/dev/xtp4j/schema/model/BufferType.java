package dev.xtp4j.schema.model;

/**
 * Raw bytes: {@code type: buffer}. In JSON it is a standard base64 string.
 *
 * <p>The record has no components: every instance equals every other; use {@link #INSTANCE}.
 */
public record BufferType() implements XtpType {

    /** The shared instance. */
    public static final BufferType INSTANCE = new BufferType();

    @Override
    public Kind kind() {
        return Kind.BUFFER;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitBuffer(this);
    }

    @Override
    public String display() {
        return "buffer";
    }

    @Override
    public String toString() {
        return display();
    }
}
