package dev.xtp4j.karmem.codec;

/**
 * How much the decoder and the validator may materialise from one message, in <em>elements</em>: every struct
 * counts 1 (including default structs), every element of a fixed array, slice or limited slice counts 1, and
 * strings and byte slices count one per byte.
 *
 * <p>The budget exists because Karmem allows aliasing: many offsets may point at the same bytes, so a small message
 * can describe a huge object graph. Without aliasing a message of {@code n} bytes needs at most about {@code 2n}
 * elements plus the defaults of fields an older writer did not store.
 *
 * @param maxElements the most elements one decode or validation may count
 */
public record DecodeLimits(long maxElements) {

    /** The smallest default budget, whatever the message length. */
    public static final long MIN_DEFAULT_ELEMENTS = 65_536;

    /** The default budget per byte of message. */
    public static final long DEFAULT_ELEMENTS_PER_BYTE = 4;

    /**
     * Creates limits.
     *
     * @param maxElements the most elements, at least 1
     */
    public DecodeLimits {
        if (maxElements < 1) {
            throw new IllegalArgumentException("maxElements must be at least 1, got " + maxElements);
        }
    }

    /**
     * Returns the default limits for a message: {@code max(65536, 4 × length)} elements.
     *
     * @param messageLength the message length in bytes
     * @return the limits
     */
    public static DecodeLimits forMessage(long messageLength) {
        return new DecodeLimits(Math.max(MIN_DEFAULT_ELEMENTS, DEFAULT_ELEMENTS_PER_BYTE * messageLength));
    }

    /**
     * Returns limits with a fixed element budget.
     *
     * @param maxElements the most elements
     * @return the limits
     */
    public static DecodeLimits of(long maxElements) {
        return new DecodeLimits(maxElements);
    }
}
