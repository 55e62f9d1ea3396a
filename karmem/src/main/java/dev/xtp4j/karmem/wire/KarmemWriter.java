package dev.xtp4j.karmem.wire;

import dev.xtp4j.karmem.KarmemEncodeException;
import dev.xtp4j.karmem.internal.Utf8;
import dev.xtp4j.karmem.layout.KarmemLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The low-level Karmem writer: a growable byte array with a bump allocator and little-endian puts at absolute
 * offsets. It is what generated code (and {@link dev.xtp4j.karmem.codec.KarmemCodec}) calls; it knows nothing about
 * schemas, so the caller follows the encoder algorithm:
 *
 * <ol>
 *   <li>{@link #alloc(int)} {@code Total(root)} bytes at offset 0 (or {@link #allocTable(int, int)} for a table
 *       root), then write the root's fields at {@code 0 + fieldOffset};</li>
 *   <li>for each field in declaration order: put scalars in place; write inline structs and fixed arrays in place;
 *       for a slice call {@link #allocSlice} <em>now</em> and write its elements into the returned region; for a
 *       table field call {@link #allocChildTable} now and write the child there — depth first.</li>
 * </ol>
 *
 * <p>Every allocated byte starts as zero, also after {@link #reset()}, so padding and unused bytes never leak
 * earlier data. Offsets are never aligned. The writer is not thread-safe; reuse one per thread to avoid
 * re-allocating its buffer.
 *
 * <pre>{@code
 * // struct Point table { X int32; Y int32; }  (packed: content 12, total 12)
 * KarmemWriter w = new KarmemWriter();
 * int p = w.allocTable(12, 12);   // p == 0, header = 12
 * w.putInt32(p + 4, 1);
 * w.putInt32(p + 8, -2);
 * byte[] message = w.toByteArray();  // 0c000000 01000000 feffffff
 * }</pre>
 */
public final class KarmemWriter {
    private static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] buf;
    private int size;
    /** Bytes at or above this index have never been written since the array was created, so they are zero. */
    private int clean;

    /** Creates a writer with a small initial buffer. */
    public KarmemWriter() {
        this(256);
    }

    /**
     * Creates a writer.
     *
     * @param initialCapacity the initial buffer size in bytes; the buffer grows as needed
     */
    public KarmemWriter(int initialCapacity) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("initial capacity must not be negative: " + initialCapacity);
        }
        this.buf = new byte[initialCapacity];
    }

    /**
     * Returns the message size so far: the end of the last allocation.
     *
     * @return the size in bytes
     */
    public int size() {
        return size;
    }

    /** Empties the writer for a new message, keeping its buffer. */
    public void reset() {
        size = 0;
    }

    /**
     * Allocates bytes at the end of the message, without alignment. The new bytes are zero.
     *
     * @param n the number of bytes
     * @return the offset of the first allocated byte (the message size before the call)
     * @throws KarmemEncodeException if the message would exceed {@link KarmemLayout#MAX_SIZE} bytes
     */
    public int alloc(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot allocate a negative number of bytes: " + n);
        }
        int start = size;
        long end = (long) start + n;
        if (end > KarmemLayout.MAX_SIZE) {
            throw new KarmemEncodeException("", "the message would be " + end + " bytes, more than the "
                    + KarmemLayout.MAX_SIZE + " a Karmem message can hold");
        }
        int e = (int) end;
        if (e > buf.length) {
            long grown = Math.max(end, Math.min((long) buf.length * 2 + 64, KarmemLayout.MAX_SIZE));
            buf = Arrays.copyOf(buf, (int) grown);
        }
        if (start < clean) {
            Arrays.fill(buf, start, Math.min(e, clean), (byte) 0);
        }
        size = e;
        if (e > clean) {
            clean = e;
        }
        return start;
    }

    /**
     * Allocates a table and writes its size header.
     *
     * @param total   {@code Total} of the table (what it occupies)
     * @param content {@code Content} of the table (what its header says)
     * @return the table's offset
     */
    public int allocTable(int total, int content) {
        int at = alloc(total);
        putInt32(at, content);
        return at;
    }

    /**
     * Allocates a child table, points a table field at it and writes the child's size header. Write the child's
     * fields right after, before allocating anything else for the parent.
     *
     * @param pointerAt the absolute offset of the parent's table field
     * @param total     {@code Total} of the child
     * @param content   {@code Content} of the child
     * @return the child's offset
     */
    public int allocChildTable(int pointerAt, int total, int content) {
        int at = allocTable(total, content);
        putInt32(pointerAt, at);
        return at;
    }

    /**
     * Allocates the elements of a slice and writes its descriptor: u32 offset, u32 byte size, and in an unpacked
     * struct also the u32 element size. An empty slice allocates nothing, so its offset is the current end of the
     * message.
     *
     * @param descriptorAt the absolute offset of the slice field
     * @param count        the number of elements
     * @param elementSize  the size of one element ({@code Alloc})
     * @param packed       whether the field's struct is packed (8-byte descriptor) or not (12-byte)
     * @return the offset of the first element
     * @throws KarmemEncodeException if the message would exceed the size limit
     */
    public int allocSlice(int descriptorAt, int count, int elementSize, boolean packed) {
        if (count < 0 || elementSize <= 0) {
            throw new IllegalArgumentException("invalid slice: " + count + " elements of " + elementSize + " bytes");
        }
        long bytes = (long) count * elementSize;
        if (bytes > KarmemLayout.MAX_SIZE) {
            throw new KarmemEncodeException("", "a slice of " + count + " elements of " + elementSize
                    + " bytes is larger than a Karmem message can be");
        }
        int at = alloc((int) bytes);
        putInt32(descriptorAt, at);
        putInt32(descriptorAt + 4, (int) bytes);
        if (!packed) {
            putInt32(descriptorAt + 8, elementSize);
        }
        return at;
    }

    /**
     * Writes a string as a slice of its UTF-8 bytes ({@code []char}), without terminator.
     *
     * @param descriptorAt the absolute offset of the string field
     * @param s            the text
     * @param packed       whether the field's struct is packed
     * @return the offset of the first byte
     */
    public int putString(int descriptorAt, CharSequence s, boolean packed) {
        long n = Utf8.encodedLength(s);
        if (n > KarmemLayout.MAX_SIZE) {
            throw new KarmemEncodeException("", "a string of " + n + " UTF-8 bytes is larger than a Karmem message "
                    + "can be");
        }
        int at = allocSlice(descriptorAt, (int) n, 1, packed);
        Utf8.encode(s, buf, at);
        return at;
    }

    /**
     * Writes bytes as a slice ({@code []byte}, {@code []uint8}, ...).
     *
     * @param descriptorAt the absolute offset of the slice field
     * @param src          the bytes
     * @param from         the first byte in {@code src}
     * @param length       the number of bytes
     * @param packed       whether the field's struct is packed
     * @return the offset of the first byte
     */
    public int putByteSlice(int descriptorAt, byte[] src, int from, int length, boolean packed) {
        int at = allocSlice(descriptorAt, length, 1, packed);
        System.arraycopy(src, from, buf, at, length);
        return at;
    }

    private void check(int at, int n) {
        if (at < 0 || at > size - n) {
            throw new IllegalArgumentException("cannot write " + n + " bytes at offset " + at + ": only " + size
                    + " bytes are allocated");
        }
    }

    /**
     * Writes a {@code bool}: 1 or 0.
     *
     * @param at    the absolute offset
     * @param value the value
     */
    public void putBool(int at, boolean value) {
        check(at, 1);
        buf[at] = value ? (byte) 1 : (byte) 0;
    }

    /**
     * Writes a one-byte integer ({@code int8}, {@code uint8}, {@code byte}, {@code char}): the low 8 bits.
     *
     * @param at    the absolute offset
     * @param value the value
     */
    public void putInt8(int at, int value) {
        check(at, 1);
        buf[at] = (byte) value;
    }

    /**
     * Writes a two-byte integer ({@code int16}, {@code uint16}): the low 16 bits, little-endian.
     *
     * @param at    the absolute offset
     * @param value the value
     */
    public void putInt16(int at, int value) {
        check(at, 2);
        I16.set(buf, at, (short) value);
    }

    /**
     * Writes a four-byte integer ({@code int32}, {@code uint32}), little-endian.
     *
     * @param at    the absolute offset
     * @param value the value (for {@code uint32}, the low 32 bits of the unsigned value)
     */
    public void putInt32(int at, int value) {
        check(at, 4);
        I32.set(buf, at, value);
    }

    /**
     * Writes an eight-byte integer ({@code int64}, {@code uint64}), little-endian.
     *
     * @param at    the absolute offset
     * @param value the value (for {@code uint64}, the unsigned bits)
     */
    public void putInt64(int at, long value) {
        check(at, 8);
        I64.set(buf, at, value);
    }

    /**
     * Writes a {@code float32} as its raw IEEE-754 bits (NaN payloads are kept).
     *
     * @param at    the absolute offset
     * @param value the value
     */
    public void putFloat32(int at, float value) {
        putInt32(at, Float.floatToRawIntBits(value));
    }

    /**
     * Writes a {@code float64} as its raw IEEE-754 bits (NaN payloads are kept).
     *
     * @param at    the absolute offset
     * @param value the value
     */
    public void putFloat64(int at, double value) {
        putInt64(at, Double.doubleToRawLongBits(value));
    }

    /**
     * Copies bytes to an allocated region (e.g. a fixed array of bytes).
     *
     * @param at     the absolute offset
     * @param src    the bytes
     * @param from   the first byte in {@code src}
     * @param length the number of bytes
     */
    public void putBytes(int at, byte[] src, int from, int length) {
        check(at, length);
        System.arraycopy(src, from, buf, at, length);
    }

    /**
     * Copies the message out.
     *
     * @return a new array of {@link #size()} bytes
     */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    /**
     * Returns a read-only little-endian view of the message, without copying. It reflects later writes and becomes
     * invalid when the writer grows or is reset.
     *
     * @return a buffer from 0 to {@link #size()}
     */
    public ByteBuffer asByteBuffer() {
        return ByteBuffer.wrap(buf, 0, size).slice().asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Writes the message to a stream.
     *
     * @param out the stream
     * @throws IOException if the stream fails
     */
    public void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, size);
    }
}
