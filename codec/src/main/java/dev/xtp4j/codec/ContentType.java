package dev.xtp4j.codec;

import java.util.List;
import java.util.Optional;

/**
 * The encoding of a function's input or output on the wire ({@code contentType} of a parameter).
 *
 * <p>XTP defines three content types. xtp4j adds two extension types for its own codecs; the schema reader accepts
 * them in the default and lenient modes and rejects them in strict mode, because production XTP does not know them.
 *
 * <p>This enum is the one list of content types in xtp4j: the codecs ({@link Codecs}, {@link CodecFactory}) select
 * an implementation with it, and the schema model ({@code dev.xtp4j.schema.model.Parameter}) uses it for the
 * declared {@code contentType}.
 */
public enum ContentType {
    /** {@code application/json}: a UTF-8 JSON document. */
    JSON("application/json", false),
    /** {@code text/plain; charset=utf-8}: raw UTF-8 text. */
    TEXT("text/plain; charset=utf-8", false),
    /** {@code application/x-binary}: raw bytes. */
    BINARY("application/x-binary", false),
    /**
     * {@code application/x-msgpack} (xtp4j extension): MessagePack. The spellings {@code application/msgpack} and
     * {@code application/vnd.msgpack} are accepted as well.
     */
    MSGPACK("application/x-msgpack", true, "application/msgpack", "application/vnd.msgpack"),
    /** {@code application/x-karmem} (xtp4j extension): a Karmem message. */
    KARMEM("application/x-karmem", true);

    private final String canonical;
    private final boolean extension;
    private final List<String> spellings;

    ContentType(String canonical, boolean extension, String... aliases) {
        this.canonical = canonical;
        this.extension = extension;
        this.spellings = concat(canonical, aliases);
    }

    private static List<String> concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return List.of(all);
    }

    /**
     * Returns the canonical spelling, e.g. {@code text/plain; charset=utf-8}.
     *
     * @return the canonical wire string
     */
    public String canonical() {
        return canonical;
    }

    /**
     * Tells whether this is an xtp4j extension that production XTP does not know.
     *
     * @return {@code true} for {@link #MSGPACK} and {@link #KARMEM}
     */
    public boolean isExtension() {
        return extension;
    }

    /**
     * Returns every spelling accepted as this content type without a warning, canonical first.
     *
     * @return the accepted spellings
     */
    public List<String> acceptedSpellings() {
        return spellings;
    }

    /**
     * Looks a content type up by an exact accepted spelling (case-sensitive, as every upstream bindgen compares).
     *
     * @param text the {@code contentType} string
     * @return the content type, or empty when the spelling is not accepted as-is
     */
    public static Optional<ContentType> fromWire(String text) {
        for (ContentType t : values()) {
            if (t.spellings.contains(text)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
