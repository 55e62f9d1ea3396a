package dev.xtp4j.codec;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Short ways to get the codecs of {@link CodecFactory#defaults()}.
 *
 * <pre>{@code
 * Codec<Order> json = Codecs.json(Order.class);
 * Codec<List<Order>> list = Codecs.json(new TypeReference<List<Order>>() {});
 * Codec<World> karmem = Codecs.karmem(new KarmemBinding(layout, "World"), World.class);
 * }</pre>
 */
public final class Codecs {
    private Codecs() {
    }

    /**
     * Returns the raw-bytes codec ({@code application/x-binary}).
     *
     * @return the codec
     */
    public static Codec<byte[]> binary() {
        return CodecFactory.defaults().binary();
    }

    /**
     * Returns the UTF-8 text codec for strings ({@code text/plain; charset=utf-8}).
     *
     * @return the codec
     */
    public static Codec<String> text() {
        return CodecFactory.defaults().text(String.class);
    }

    /**
     * Returns a text codec for strings, enums or date-times.
     *
     * @param type the class
     * @param <T>  the type
     * @return the codec
     */
    public static <T> Codec<T> text(Class<T> type) {
        return CodecFactory.defaults().text(type);
    }

    /**
     * Returns a JSON codec for a non-nullable value.
     *
     * @param type the class
     * @param <T>  the type
     * @return the codec
     */
    public static <T> Codec<T> json(Class<T> type) {
        return CodecFactory.defaults().json(type, false);
    }

    /**
     * Returns a JSON codec for a non-nullable value of a generic type.
     *
     * @param type the type, e.g. {@code new TypeReference<List<Order>>() {}}
     * @param <T>  the type
     * @return the codec
     */
    public static <T> Codec<T> json(TypeReference<T> type) {
        return CodecFactory.defaults().json(type.getType(), false);
    }

    /**
     * Returns a MessagePack codec for a non-nullable value.
     *
     * @param type the class
     * @param <T>  the type
     * @return the codec
     */
    public static <T> Codec<T> msgpack(Class<T> type) {
        return CodecFactory.defaults().msgpack(type, false);
    }

    /**
     * Returns a MessagePack codec for a non-nullable value of a generic type.
     *
     * @param type the type
     * @param <T>  the type
     * @return the codec
     */
    public static <T> Codec<T> msgpack(TypeReference<T> type) {
        return CodecFactory.defaults().msgpack(type.getType(), false);
    }

    /**
     * Returns a Karmem codec.
     *
     * @param binding the layout and root struct
     * @param type    the class of the root value
     * @param <T>     the type
     * @return the codec
     */
    public static <T> Codec<T> karmem(KarmemBinding binding, Class<T> type) {
        return CodecFactory.defaults().karmem(binding, type);
    }

    /**
     * Returns a Karmem codec for a generic type.
     *
     * @param binding the layout and root struct
     * @param type    the type
     * @param <T>     the type
     * @return the codec
     */
    public static <T> Codec<T> karmem(KarmemBinding binding, TypeReference<T> type) {
        return CodecFactory.defaults().karmem(binding, type.getType());
    }
}
