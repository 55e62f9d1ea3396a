package dev.xtp4j.pdk.msgpack;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * A streaming writer of one MessagePack value, in the smallest format of each value (as the xtp4j host codecs write
 * it): integers as positive or negative fixint or the smallest of {@code cc}–{@code d3}, strings as fixstr or str
 * 8/16/32, bytes as bin 8/16/32, arrays and maps with their counts up front, timestamps as the smallest of the three
 * timestamp forms. No reflection: it compiles with TeaVM.
 *
 * <pre>{@code
 * MsgPackWriter writer = new MsgPackWriter();
 * writer.beginMap(2);
 * writer.name("x").value(1);
 * writer.name("label").nil();
 * writer.endMap();
 * byte[] bytes = writer.toByteArray();
 * }</pre>
 *
 * <p>The writer checks the structure: a map's count of keys and values, an array's count of items, one value at the
 * top, and the nesting limit ({@link #DEFAULT_MAX_DEPTH} levels unless told otherwise). Misuse throws
 * {@link IllegalStateException}.
 */
public final class MsgPackWriter {
    /** How deeply arrays and maps may nest unless told otherwise, as in {@link MsgPackReader}. */
    public static final int DEFAULT_MAX_DEPTH = MsgPackReader.DEFAULT_MAX_DEPTH;

    private final int maxDepth;
    private byte[] out = new byte[64];
    private int size;
    private int depth;
    private boolean[] maps = new boolean[8];
    /** Values (arrays) or keys plus values (maps) still to be written. */
    private long[] left = new long[8];
    private boolean done;

    /** A writer with the default nesting limit. */
    public MsgPackWriter() {
        this(DEFAULT_MAX_DEPTH);
    }

    /**
     * A writer with a nesting limit.
     *
     * @param maxDepth how deeply arrays and maps may nest, at least 1
     * @throws IllegalArgumentException when the limit is below 1
     */
    public MsgPackWriter(int maxDepth) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1");
        }
        this.maxDepth = maxDepth;
    }

    /**
     * Starts an array of {@code count} items, which must follow before {@link #endArray()}.
     *
     * @param count the number of items
     * @return this writer
     * @throws IllegalStateException when no value may go here, or nesting is too deep
     * @throws IllegalArgumentException when the count is negative
     */
    public MsgPackWriter beginArray(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative count " + count);
        }
        value();
        if (count <= 15) {
            put(0x90 | count);
        } else if (count <= 0xffff) {
            put(0xdc);
            put16(count);
        } else {
            put(0xdd);
            put32(count);
        }
        push(false, count);
        return this;
    }

    /**
     * Ends the array.
     *
     * @return this writer
     * @throws IllegalStateException when not in an array, or items are missing
     */
    public MsgPackWriter endArray() {
        if (depth == 0 || maps[depth]) {
            throw new IllegalStateException("not inside an array");
        }
        if (left[depth] > 0) {
            throw new IllegalStateException("the array lacks " + left[depth] + " items");
        }
        depth--;
        return this;
    }

    /**
     * Starts a map of {@code count} entries: a {@link #name(String)} and a value each, before {@link #endMap()}.
     *
     * @param count the number of entries
     * @return this writer
     * @throws IllegalStateException when no value may go here, or nesting is too deep
     * @throws IllegalArgumentException when the count is negative
     */
    public MsgPackWriter beginMap(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative count " + count);
        }
        value();
        if (count <= 15) {
            put(0x80 | count);
        } else if (count <= 0xffff) {
            put(0xde);
            put16(count);
        } else {
            put(0xdf);
            put32(count);
        }
        push(true, 2L * count);
        return this;
    }

    /**
     * Ends the map.
     *
     * @return this writer
     * @throws IllegalStateException when not in a map, or entries are missing
     */
    public MsgPackWriter endMap() {
        if (depth == 0 || !maps[depth]) {
            throw new IllegalStateException("not inside a map");
        }
        if (left[depth] > 0) {
            throw new IllegalStateException("the map lacks " + (left[depth] + 1) / 2 + " entries");
        }
        depth--;
        return this;
    }

    /**
     * Writes a map key, a string.
     *
     * @param name the key
     * @return this writer
     * @throws IllegalStateException when not at a key of a map
     * @throws NullPointerException when the key is {@code null}
     */
    public MsgPackWriter name(String name) {
        if (depth == 0 || !maps[depth] || left[depth] % 2 != 0 || left[depth] == 0) {
            throw new IllegalStateException("not at a map key");
        }
        left[depth]--;
        string(name.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /**
     * Writes a string as UTF-8, in a fixstr or str 8/16/32.
     *
     * @param value the string (an unpaired surrogate becomes {@code ?})
     * @return this writer
     * @throws IllegalStateException when no value may go here
     * @throws NullPointerException when the string is {@code null}
     */
    public MsgPackWriter value(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        value();
        string(bytes);
        return this;
    }

    /**
     * Writes {@code true} or {@code false}.
     *
     * @param value the value
     * @return this writer
     * @throws IllegalStateException when no value may go here
     */
    public MsgPackWriter value(boolean value) {
        value();
        put(value ? 0xc3 : 0xc2);
        return this;
    }

    /**
     * Writes an integer in its smallest format, as the host's MessagePack library does: positive fixint, the
     * smallest of uint 8/16/32/64 for other values that are not negative, negative fixint, or the smallest of
     * int 8/16/32/64 for other negative values.
     *
     * @param value the value
     * @return this writer
     * @throws IllegalStateException when no value may go here
     */
    public MsgPackWriter value(long value) {
        value();
        if (value >= 0) {
            if (value <= 0x7f) {
                put((int) value);
            } else if (value <= 0xff) {
                put(0xcc);
                put((int) value);
            } else if (value <= 0xffff) {
                put(0xcd);
                put16((int) value);
            } else if (value <= 0xffffffffL) {
                put(0xce);
                put32(value);
            } else {
                put(0xcf);
                put64(value);
            }
        } else if (value >= -32) {
            put((int) value & 0xff);
        } else if (value >= Byte.MIN_VALUE) {
            put(0xd0);
            put((int) value & 0xff);
        } else if (value >= Short.MIN_VALUE) {
            put(0xd1);
            put16((int) value);
        } else if (value >= Integer.MIN_VALUE) {
            put(0xd2);
            put32(value);
        } else {
            put(0xd3);
            put64(value);
        }
        return this;
    }

    /**
     * Writes an unsigned 64-bit integer given as the bits of a {@code long}: as {@link #value(long)} for 0 to
     * {@code Long.MAX_VALUE}, as uint 64 ({@code cf}) above (the negative {@code long}s).
     *
     * @param bits the value's bits
     * @return this writer
     * @throws IllegalStateException when no value may go here
     */
    public MsgPackWriter valueUnsigned(long bits) {
        if (bits >= 0) {
            return value(bits);
        }
        value();
        put(0xcf);
        put64(bits);
        return this;
    }

    /**
     * Writes a float 32 ({@code ca}); NaN and the infinities are written as they are.
     *
     * @param value the value
     * @return this writer
     * @throws IllegalStateException when no value may go here
     */
    public MsgPackWriter value(float value) {
        value();
        put(0xca);
        put32(Float.floatToRawIntBits(value));
        return this;
    }

    /**
     * Writes a float 64 ({@code cb}); NaN and the infinities are written as they are.
     *
     * @param value the value
     * @return this writer
     * @throws IllegalStateException when no value may go here
     */
    public MsgPackWriter value(double value) {
        value();
        put(0xcb);
        put64(Double.doubleToRawLongBits(value));
        return this;
    }

    /**
     * Writes nil ({@code c0}).
     *
     * @return this writer
     * @throws IllegalStateException when no value may go here
     */
    public MsgPackWriter nil() {
        value();
        put(0xc0);
        return this;
    }

    /**
     * Writes bytes as bin 8/16/32.
     *
     * @param bytes the bytes
     * @return this writer
     * @throws IllegalStateException when no value may go here
     * @throws NullPointerException when the bytes are {@code null}
     */
    public MsgPackWriter binary(byte[] bytes) {
        int n = bytes.length;
        value();
        if (n <= 0xff) {
            put(0xc4);
            put(n);
        } else if (n <= 0xffff) {
            put(0xc5);
            put16(n);
        } else {
            put(0xc6);
            put32(n);
        }
        append(bytes);
        return this;
    }

    /**
     * Writes an instant as a timestamp (extension type -1), see {@link #timestamp(long, int)}.
     *
     * @param instant the instant
     * @return this writer
     * @throws IllegalStateException when no value may go here
     */
    public MsgPackWriter timestamp(Instant instant) {
        return timestamp(instant.getEpochSecond(), instant.getNano());
    }

    /**
     * Writes a timestamp (extension type -1) in the smallest of its forms: timestamp 32 ({@code d6 ff}, whole seconds
     * from 0 to 2³²−1), timestamp 64 ({@code d7 ff}, seconds from 0 to 2³⁴−1) or timestamp 96 ({@code c7 0c ff}).
     *
     * @param seconds seconds since 1970-01-01T00:00:00Z
     * @param nanos nanoseconds within the second, 0 to 999999999
     * @return this writer
     * @throws IllegalStateException when no value may go here
     * @throws IllegalArgumentException when the nanoseconds are out of range
     */
    public MsgPackWriter timestamp(long seconds, int nanos) {
        if (nanos < 0 || nanos > 999_999_999) {
            throw new IllegalArgumentException("nanoseconds out of range: " + nanos);
        }
        value();
        if (seconds >= 0 && seconds >>> 34 == 0) {
            if (nanos == 0 && seconds >>> 32 == 0) {
                put(0xd6);
                put(0xff);
                put32(seconds);
            } else {
                put(0xd7);
                put(0xff);
                put64(((long) nanos << 34) | seconds);
            }
        } else {
            put(0xc7);
            put(12);
            put(0xff);
            put32(nanos);
            put64(seconds);
        }
        return this;
    }

    /**
     * The value written.
     *
     * @return a new array with the bytes
     * @throws IllegalStateException when the value is not complete
     */
    public byte[] toByteArray() {
        if (depth > 0 || !done) {
            throw new IllegalStateException("the value is not complete");
        }
        return Arrays.copyOf(out, size);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Accounts for one value about to be written. */
    private void value() {
        if (depth == 0) {
            if (done) {
                throw new IllegalStateException("a value has been written; no other may follow");
            }
            done = true;
        } else if (maps[depth]) {
            if (left[depth] % 2 != 1) {
                throw new IllegalStateException(left[depth] == 0 ? "the map is full" : "a map key must come first");
            }
            left[depth]--;
        } else {
            if (left[depth] == 0) {
                throw new IllegalStateException("the array is full");
            }
            left[depth]--;
        }
    }

    private void push(boolean map, long count) {
        if (depth == maxDepth) {
            throw new IllegalStateException("arrays and maps nest deeper than " + maxDepth + " levels");
        }
        depth++;
        if (depth == maps.length) {
            maps = Arrays.copyOf(maps, depth * 2);
            left = Arrays.copyOf(left, depth * 2);
        }
        maps[depth] = map;
        left[depth] = count;
    }

    private void string(byte[] bytes) {
        int n = bytes.length;
        if (n <= 31) {
            put(0xa0 | n);
        } else if (n <= 0xff) {
            put(0xd9);
            put(n);
        } else if (n <= 0xffff) {
            put(0xda);
            put16(n);
        } else {
            put(0xdb);
            put32(n);
        }
        append(bytes);
    }

    private void ensure(int more) {
        if (out.length - size < more) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
        }
    }

    private void put(int b) {
        ensure(1);
        out[size++] = (byte) b;
    }

    private void put16(int v) {
        ensure(2);
        out[size++] = (byte) (v >>> 8);
        out[size++] = (byte) v;
    }

    private void put32(long v) {
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            out[size++] = (byte) (v >>> shift);
        }
    }

    private void put64(long v) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            out[size++] = (byte) (v >>> shift);
        }
    }

    private void append(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, out, size, bytes.length);
        size += bytes.length;
    }
}
