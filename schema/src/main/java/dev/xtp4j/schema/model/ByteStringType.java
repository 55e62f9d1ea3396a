package dev.xtp4j.schema.model;

/**
 * A string that holds base64-encoded bytes: {@code type: string, format: byte}. Upstream XTP treats it as a plain string; it is kept apart here so that codecs and generators may offer a byte view.
 *
 * <p>The record has no components: every instance equals every other; use {@link #INSTANCE}.
 */
public record ByteStringType() implements XtpType {

    /** The shared instance. */
    public static final ByteStringType INSTANCE = new ByteStringType();

    @Override
    public Kind kind() {
        return Kind.BYTE_STRING;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitByteString(this);
    }

    @Override
    public String display() {
        return "string/byte";
    }

    @Override
    public String toString() {
        return display();
    }
}
