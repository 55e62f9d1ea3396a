package dev.xtp4j.schema.model;

import dev.xtp4j.codec.ContentType;
import java.util.Objects;
import java.util.Optional;

/**
 * The input or the output of an exported or imported function.
 *
 * <p>Equality compares a named parameter type by name (see {@link XtpType}).
 *
 * @param type the value's type
 * @param nullable whether the value may be {@code null}
 * @param mediaType the declared content type; empty when the schema gives none (allowed by the reference parser,
 *     reported as a warning by default and as an error in strict mode)
 * @param description the parameter's description, or empty
 */
public record Parameter(XtpType type, boolean nullable, Optional<MediaType> mediaType, Optional<String> description) {

    /**
     * Creates a parameter.
     *
     * @param type the type
     * @param nullable whether the value may be {@code null}
     * @param mediaType the content type, or empty
     * @param description the description, or empty
     */
    public Parameter {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(description, "description");
    }

    /**
     * Returns the recognized content type.
     *
     * @return the content type, or empty when none is declared
     */
    public Optional<ContentType> contentType() {
        return mediaType.map(MediaType::contentType);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameter p && nullable == p.nullable && mediaType.equals(p.mediaType)
                && description.equals(p.description) && Shapes.same(type, p.type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nullable, mediaType, description, Shapes.hash(type));
    }

    @Override
    public String toString() {
        return (nullable ? "nullable " : "") + type.display()
                + mediaType.map(m -> " as " + m.text()).orElse("");
    }
}
