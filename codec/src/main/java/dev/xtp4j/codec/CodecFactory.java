package dev.xtp4j.codec;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xtp4j.codec.internal.BinaryCodec;
import dev.xtp4j.codec.internal.JacksonCodec;
import dev.xtp4j.codec.internal.TextCodec;
import dev.xtp4j.codec.internal.karmem.KarmemObjectCodec;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * Creates codecs with one set of options. {@link #defaults()} serves most hosts; {@link #builder()} changes the
 * options. A factory is immutable and thread-safe, and so are the codecs it creates; create codecs once (they
 * precompute what they need) and reuse them.
 *
 * <pre>{@code
 * CodecFactory codecs = CodecFactory.defaults();
 * Codec<Order> in = codecs.forContentType(ContentType.JSON, Order.class, false, null);
 * Codec<Receipt> out = codecs.forContentType(ContentType.KARMEM, Receipt.class, false,
 *         new KarmemBinding(LAYOUT, "Receipt"));
 * }</pre>
 *
 * <p>The Java types each content type accepts are listed in {@code docs/codecs.md}: {@code byte[]} for raw bytes;
 * {@code String}, an enum or a date-time for text; any Jackson-mappable type (records, lists, maps, enums,
 * {@code byte[]}, {@code OffsetDateTime}, {@code Optional}) for JSON and MessagePack; records, lists, arrays, maps,
 * enums, {@code byte[]}, date-times and optionals that fit the Karmem layout for Karmem.
 */
public final class CodecFactory {
    private static final class Defaults {
        static final CodecFactory INSTANCE = builder().build();
    }

    private final UnknownKeys unknownKeys;
    private final boolean validateKarmem;
    private final ObjectMapper json;
    private final ObjectMapper msgpack;

    private CodecFactory(Builder b) {
        this.unknownKeys = b.unknownKeys;
        this.validateKarmem = b.validateKarmem;
        this.json = XtpJackson.newJsonMapper(unknownKeys);
        this.msgpack = XtpJackson.newMessagePackMapper(unknownKeys);
    }

    /**
     * Returns the factory with the default options: unknown keys are errors, Karmem input is validated strictly
     * before it is decoded.
     *
     * @return the shared default factory
     */
    public static CodecFactory defaults() {
        return Defaults.INSTANCE;
    }

    /**
     * Starts a factory with non-default options.
     *
     * @return a builder with the default options
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns what JSON and MessagePack decoding do with undeclared keys.
     *
     * @return the policy
     */
    public UnknownKeys unknownKeys() {
        return unknownKeys;
    }

    /**
     * Tells whether Karmem codecs validate messages strictly before decoding them.
     *
     * @return true by default
     */
    public boolean validatesKarmem() {
        return validateKarmem;
    }

    /**
     * Returns the codec for {@code application/x-binary}: the bytes themselves (not copied).
     *
     * @return the codec
     */
    public Codec<byte[]> binary() {
        return BinaryCodec.INSTANCE;
    }

    /**
     * Returns a codec for {@code text/plain; charset=utf-8}.
     *
     * @param type {@code String}, an enum (its JSON wire string), {@code OffsetDateTime} or {@code Instant} (RFC 3339)
     * @param <T>  the Java type
     * @return the codec
     * @throws IllegalArgumentException for any other type
     */
    @SuppressWarnings("unchecked")
    public <T> Codec<T> text(Type type) {
        Objects.requireNonNull(type, "type");
        if (!(type instanceof Class)) {
            throw new IllegalArgumentException("text/plain carries a String, an enum or a date-time, not " + type);
        }
        return (Codec<T>) TextCodec.of((Class<?>) type, json);
    }

    /**
     * Returns a codec for {@code application/json} with the XTP conventions (see {@link XtpJackson}).
     *
     * @param type     the Java type (a {@code Class}, or {@code new TypeReference<List<X>>(){}.getType()})
     * @param nullable whether {@code null} is a valid value (written and read as JSON {@code null})
     * @param <T>      the Java type
     * @return the codec
     */
    public <T> Codec<T> json(Type type, boolean nullable) {
        return new JacksonCodec<>(ContentType.JSON, json, Objects.requireNonNull(type, "type"), nullable);
    }

    /**
     * Returns a codec for {@code application/x-msgpack}: the same value mapping as JSON, with {@code bin} for bytes,
     * timestamp extensions (type −1) for date-times and float32 for {@code float}.
     *
     * @param type     the Java type
     * @param nullable whether {@code null} is a valid value (nil)
     * @param <T>      the Java type
     * @return the codec
     */
    public <T> Codec<T> msgpack(Type type, boolean nullable) {
        return new JacksonCodec<>(ContentType.MSGPACK, msgpack, Objects.requireNonNull(type, "type"), nullable);
    }

    /**
     * Returns a codec for {@code application/x-karmem} that binds a Java type to a root struct. Whether the value may
     * be {@code null} follows from the layout: the derived wrapper of a nullable parameter holds a {@code [<1]}
     * option.
     *
     * @param binding the layout and root struct
     * @param type    the Java type of the root value
     * @param <T>     the Java type
     * @return the codec
     * @throws IllegalArgumentException if the type does not fit the struct (the message names the field)
     */
    public <T> Codec<T> karmem(KarmemBinding binding, Type type) {
        return KarmemObjectCodec.create(Objects.requireNonNull(binding, "binding"),
                Objects.requireNonNull(type, "type"), validateKarmem, json);
    }

    /**
     * Returns the codec for a content type: what generated code calls for each function input and output.
     *
     * @param contentType the content type (as declared in the schema, or overridden, see
     *                    {@link ContentTypeOverrides})
     * @param type        the Java type of the values
     * @param nullable    whether {@code null} is a valid value (JSON and MessagePack; text and raw bytes cannot carry
     *                    {@code null}, Karmem takes it from the layout)
     * @param karmem      the Karmem layout and root struct; required for {@link ContentType#KARMEM}, ignored
     *                    otherwise (may be null)
     * @param <T>         the Java type
     * @return the codec
     * @throws IllegalArgumentException if the type does not fit the content type, or Karmem has no binding
     */
    @SuppressWarnings("unchecked")
    public <T> Codec<T> forContentType(ContentType contentType, Type type, boolean nullable, KarmemBinding karmem) {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(type, "type");
        switch (contentType) {
            case BINARY:
                if (type != byte[].class) {
                    throw new IllegalArgumentException("application/x-binary carries byte[], not "
                            + type.getTypeName());
                }
                return (Codec<T>) binary();
            case TEXT:
                return text(type);
            case JSON:
                return json(type, nullable);
            case MSGPACK:
                return msgpack(type, nullable);
            default:
                if (karmem == null) {
                    throw new IllegalArgumentException("application/x-karmem needs a KarmemBinding (the layout of "
                            + "the derived .km and the root struct)");
                }
                return karmem(karmem, type);
        }
    }

    /** Options of a {@link CodecFactory}. */
    public static final class Builder {
        private UnknownKeys unknownKeys = UnknownKeys.ERROR;
        private boolean validateKarmem = true;

        private Builder() {
        }

        /**
         * Sets what JSON and MessagePack decoding do with keys the target type does not declare.
         *
         * @param policy {@link UnknownKeys#ERROR} (default) or {@link UnknownKeys#IGNORE}
         * @return this builder
         */
        public Builder unknownKeys(UnknownKeys policy) {
            this.unknownKeys = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets whether Karmem codecs run the strict validator before decoding (default true). Without it, decoding
         * follows Karmem's lenient rules (out-of-range data reads as defaults, malformed UTF-8 as U+FFFD) and is
         * faster; it still never reads outside the message and stays within an element budget.
         *
         * @param validate true to validate
         * @return this builder
         */
        public Builder validateKarmem(boolean validate) {
            this.validateKarmem = validate;
            return this;
        }

        /**
         * Builds the factory.
         *
         * @return the factory
         */
        public CodecFactory build() {
            return new CodecFactory(this);
        }
    }
}
