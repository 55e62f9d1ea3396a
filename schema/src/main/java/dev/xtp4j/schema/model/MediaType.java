package dev.xtp4j.schema.model;

import dev.xtp4j.codec.ContentType;
import java.util.Objects;

/**
 * A parameter's declared content type: the recognized {@link ContentType} and the string as written in the schema
 * (e.g. {@code application/vnd.msgpack}, or {@code text/plain; charset=UTF-8} accepted in lenient mode).
 *
 * @param contentType the recognized content type
 * @param text the string as written in the schema
 */
public record MediaType(ContentType contentType, String text) {

    /**
     * Creates a media type.
     *
     * @param contentType the content type
     * @param text the spelling
     */
    public MediaType {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Creates a media type written in its canonical spelling.
     *
     * @param contentType the content type
     * @return the media type
     */
    public static MediaType of(ContentType contentType) {
        return new MediaType(contentType, contentType.canonical());
    }
}
