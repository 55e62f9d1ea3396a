package dev.xtp4j.codec;

/**
 * Turns values of one Java type into the bytes of one content type and back: the payload of a plugin call's input or
 * output.
 *
 * <p>Codecs are immutable and thread-safe. They never guess: the content type is fixed when the codec is created
 * (see {@link CodecFactory#forContentType}), never detected from the bytes.
 *
 * <pre>{@code
 * Codec<Order> in = Codecs.json(Order.class);
 * Codec<Receipt> out = Codecs.msgpack(Receipt.class);
 * Receipt receipt = out.decode(plugin.call("checkout", in.encode(order)));
 * }</pre>
 *
 * @param <T> the Java type of the values
 */
public interface Codec<T> {

    /**
     * Returns the content type of the bytes this codec reads and writes.
     *
     * @return the content type
     */
    ContentType contentType();

    /**
     * Encodes a value.
     *
     * @param value the value; {@code null} only where the codec allows it (a nullable parameter)
     * @return the bytes
     * @throws CodecException if the value cannot be encoded, naming the place (a JSON pointer or a field path)
     */
    byte[] encode(T value);

    /**
     * Decodes bytes.
     *
     * @param bytes the bytes, not modified
     * @return the value
     * @throws CodecException if the bytes are malformed or do not fit the type, naming the place (a JSON pointer,
     *                        a field path, a byte offset)
     */
    T decode(byte[] bytes);
}
