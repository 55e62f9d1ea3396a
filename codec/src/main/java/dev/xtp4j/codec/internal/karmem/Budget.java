package dev.xtp4j.codec.internal.karmem;

/**
 * Bounds what one decode may build, as {@code dev.xtp4j.karmem.codec.DecodeLimits} does for the dynamic codec:
 * 1 per struct, 1 per list element, 1 per byte of a string or byte array. Elements are counted before they are
 * allocated, so aliased offsets (a legal way for a small message to describe a huge graph) cannot exhaust memory.
 */
final class Budget {
    private long remaining;
    private final long limit;

    Budget(long limit) {
        this.remaining = limit;
        this.limit = limit;
    }

    void take(long n, String where) {
        remaining -= n;
        if (remaining < 0) {
            throw Failures.decode(where, "the message decodes to more than " + limit
                    + " elements (1 per struct and list element, 1 per byte of text); offsets that point at the "
                    + "same bytes many times can do this");
        }
    }
}
