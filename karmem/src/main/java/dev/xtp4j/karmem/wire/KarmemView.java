package dev.xtp4j.karmem.wire;

import dev.xtp4j.karmem.layout.FieldKind;
import dev.xtp4j.karmem.layout.FieldLayout;
import dev.xtp4j.karmem.layout.FieldLayout.Access;
import dev.xtp4j.karmem.layout.StructLayout;
import dev.xtp4j.karmem.schema.ScalarType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A zero-copy reader over one Karmem message: it reads fields straight from the bytes, through precomputed
 * {@link FieldLayout} handles, without building objects. Scalar reads allocate nothing.
 *
 * <p>Structs are addressed by <em>struct references</em>: the {@code int} offset of the struct in the message, or
 * {@link #ABSENT} for a struct that is missing or out of range, whose fields all read as defaults. Reads follow
 * upstream Karmem exactly and never throw on bad data: anything out of range reads as the default (0, false, empty).
 *
 * <ul>
 *   <li>a struct at {@code off} exists if {@code off + Minimum <= length}, and for a table also
 *       {@code off + size <= length} where {@code size} is its u32 header (otherwise the whole table is absent);</li>
 *   <li>a table field whose {@code offset + size} exceeds the table's header size reads as its default;</li>
 *   <li>a slice {@code (off, bytes)} is empty unless {@code off + bytes <= length}; its count is
 *       {@code bytes / elementSize}, clamped to N for {@code [<N]T}.</li>
 * </ul>
 *
 * <pre>{@code
 * KarmemView view = KarmemView.of(bytes);
 * int root = view.root(monstersLayout);                       // struct reference of the root table
 * int n = view.count(root, monstersField);                    // elements of a slice
 * int first = view.elements(root, monstersField);             // element i is at first + i * elementSize
 * int data = view.struct(first, monsterDataField);            // follow a table pointer
 * short health = view.getInt16(data, healthField);
 * }</pre>
 *
 * <p>Handing a view a field of another struct, or a position that is no struct reference, cannot make it throw or
 * read outside the message, but gives meaningless values. A view is immutable and may be shared between threads
 * as long as nobody writes to the underlying bytes.
 */
public final class KarmemView {
    /** The struct reference of a missing or out-of-range struct: all its fields read as defaults. */
    public static final int ABSENT = -1;

    private final ByteBuffer data;
    private final int length;

    private KarmemView(ByteBuffer data) {
        this.data = data;
        this.length = data.limit();
    }

    /**
     * Views the bytes between a buffer's position and limit as one message. The buffer's position, limit and byte
     * order are not changed.
     *
     * @param message the message
     * @return the view
     */
    public static KarmemView of(ByteBuffer message) {
        return new KarmemView(message.slice().order(ByteOrder.LITTLE_ENDIAN));
    }

    /**
     * Views a byte array as one message, without copying.
     *
     * @param message the message
     * @return the view
     */
    public static KarmemView of(byte[] message) {
        return of(message, 0, message.length);
    }

    /**
     * Views part of a byte array as one message, without copying.
     *
     * @param array  the array
     * @param offset where the message starts
     * @param length the message length
     * @return the view
     */
    public static KarmemView of(byte[] array, int offset, int length) {
        return new KarmemView(ByteBuffer.wrap(array, offset, length).slice().order(ByteOrder.LITTLE_ENDIAN));
    }

    /**
     * Returns the message length.
     *
     * @return the length in bytes
     */
    public int length() {
        return length;
    }

    // ---------------------------------------------------------------- structs

    /**
     * Returns the root struct, which sits at offset 0.
     *
     * @param root the layout of the root struct
     * @return its struct reference, or {@link #ABSENT} if the message is too short for it
     */
    public int root(StructLayout root) {
        return structAt(0, root);
    }

    /**
     * Applies the struct rule at an offset: the struct exists if {@code Minimum} bytes fit, and for a table if the
     * size in its header fits too.
     *
     * @param offset the offset of the struct (an unsigned u32 value may be passed as a long)
     * @param struct the struct's layout
     * @return the struct reference, or {@link #ABSENT}
     */
    public int structAt(long offset, StructLayout struct) {
        if (offset < 0 || offset + struct.minimum() > length) {
            return ABSENT;
        }
        if (struct.isTable() && offset + u32((int) offset) > length) {
            return ABSENT;
        }
        return (int) offset;
    }

    /**
     * Follows an inline-struct field (in place) or a table field (a u32 offset to the child).
     *
     * @param struct the struct reference of the field's struct
     * @param field  an {@link FieldKind#INLINE} or {@link FieldKind#TABLE} field
     * @return the child's struct reference, or {@link #ABSENT} if it is missing or out of range
     * @throws IllegalArgumentException if the field is neither an inline struct nor a table
     */
    public int struct(int struct, FieldLayout field) {
        FieldKind kind = field.kind();
        if (kind == FieldKind.INLINE) {
            return fieldPosition(struct, field);
        }
        if (kind != FieldKind.TABLE) {
            throw wrongKind(field, "an inline struct or a table");
        }
        int p = fieldPosition(struct, field);
        return p < 0 ? ABSENT : structAt(u32(p), field.target());
    }

    /**
     * Returns where a field's bytes are, after the table-size check: the absolute offset of the field, or
     * {@link #ABSENT} when it must read as its default. Generated code can combine it with the raw
     * {@code read*} methods.
     *
     * @param struct the struct reference
     * @param field  a field of that struct
     * @return the absolute offset of the field, or {@link #ABSENT}
     */
    public int fieldPosition(int struct, FieldLayout field) {
        if (struct < 0) {
            return ABSENT;
        }
        int offset = field.offset();
        int size = field.size();
        if (field.inTable()) {
            if (struct > length - 4 || offset + (long) size > u32(struct)) {
                return ABSENT;
            }
        }
        long p = (long) struct + offset;
        return p + size > length ? ABSENT : (int) p;
    }

    // ---------------------------------------------------------------- scalar fields

    private int scalarPosition(int struct, FieldLayout field, Access expected) {
        if (field.access() != expected) {
            throw new IllegalArgumentException("field " + field.structName() + "." + field.name() + " is "
                    + field.decl().type().toKm() + ", which is not read as " + expected);
        }
        return fieldPosition(struct, field);
    }

    /**
     * Reads a {@code bool} field; any non-zero byte is true.
     *
     * @param struct the struct reference
     * @param field  a bool field
     * @return the value, false if absent
     */
    public boolean getBool(int struct, FieldLayout field) {
        int p = scalarPosition(struct, field, Access.BOOL);
        return p >= 0 && data.get(p) != 0;
    }

    /**
     * Reads a one-byte integer field ({@code int8}, {@code uint8}, {@code byte}, {@code char}, or an enum of that
     * width) as a signed byte.
     *
     * @param struct the struct reference
     * @param field  a one-byte integer field
     * @return the value, 0 if absent
     */
    public byte getInt8(int struct, FieldLayout field) {
        int p = scalarPosition(struct, field, Access.INT8);
        return p < 0 ? 0 : data.get(p);
    }

    /**
     * Reads a one-byte integer field as unsigned.
     *
     * @param struct the struct reference
     * @param field  a one-byte integer field
     * @return the value 0..255, 0 if absent
     */
    public int getUint8(int struct, FieldLayout field) {
        return getInt8(struct, field) & 0xFF;
    }

    /**
     * Reads a two-byte integer field ({@code int16}, {@code uint16}, or an enum of that width) as signed.
     *
     * @param struct the struct reference
     * @param field  a two-byte integer field
     * @return the value, 0 if absent
     */
    public short getInt16(int struct, FieldLayout field) {
        int p = scalarPosition(struct, field, Access.INT16);
        return p < 0 ? 0 : data.getShort(p);
    }

    /**
     * Reads a two-byte integer field as unsigned.
     *
     * @param struct the struct reference
     * @param field  a two-byte integer field
     * @return the value 0..65535, 0 if absent
     */
    public int getUint16(int struct, FieldLayout field) {
        return getInt16(struct, field) & 0xFFFF;
    }

    /**
     * Reads a four-byte integer field ({@code int32}, {@code uint32}, or an enum of that width) as signed.
     *
     * @param struct the struct reference
     * @param field  a four-byte integer field
     * @return the value, 0 if absent
     */
    public int getInt32(int struct, FieldLayout field) {
        int p = scalarPosition(struct, field, Access.INT32);
        return p < 0 ? 0 : data.getInt(p);
    }

    /**
     * Reads a four-byte integer field as unsigned.
     *
     * @param struct the struct reference
     * @param field  a four-byte integer field
     * @return the value 0..2<sup>32</sup>−1, 0 if absent
     */
    public long getUint32(int struct, FieldLayout field) {
        return getInt32(struct, field) & 0xFFFF_FFFFL;
    }

    /**
     * Reads an eight-byte integer field ({@code int64}, {@code uint64} as raw bits, or an enum of that width).
     *
     * @param struct the struct reference
     * @param field  an eight-byte integer field
     * @return the value, 0 if absent
     */
    public long getInt64(int struct, FieldLayout field) {
        int p = scalarPosition(struct, field, Access.INT64);
        return p < 0 ? 0 : data.getLong(p);
    }

    /**
     * Reads a {@code float32} field (raw bits, NaN payloads kept).
     *
     * @param struct the struct reference
     * @param field  a float32 field
     * @return the value, 0 if absent
     */
    public float getFloat32(int struct, FieldLayout field) {
        int p = scalarPosition(struct, field, Access.FLOAT32);
        return p < 0 ? 0f : Float.intBitsToFloat(data.getInt(p));
    }

    /**
     * Reads a {@code float64} field (raw bits, NaN payloads kept).
     *
     * @param struct the struct reference
     * @param field  a float64 field
     * @return the value, 0 if absent
     */
    public double getFloat64(int struct, FieldLayout field) {
        int p = scalarPosition(struct, field, Access.FLOAT64);
        return p < 0 ? 0d : Double.longBitsToDouble(data.getLong(p));
    }

    /**
     * Reads any integer, enum or bool field as a long: signed types sign-extended, unsigned types zero-extended
     * ({@code uint64} as raw bits), bool as 0 or 1.
     *
     * @param struct the struct reference
     * @param field  an integer, enum or bool field
     * @return the value, 0 if absent
     */
    public long getInteger(int struct, FieldLayout field) {
        Access a = field.access();
        if (a == Access.NONE || a == Access.FLOAT32 || a == Access.FLOAT64) {
            throw wrongKind(field, "an integer, enum or bool");
        }
        int p = fieldPosition(struct, field);
        return p < 0 ? 0 : readInteger(p, field.scalar());
    }

    private long readInteger(int p, ScalarType t) {
        switch (t) {
            case BOOL:
                return readBool(p) ? 1 : 0;
            case INT8:
                return readInt8(p);
            case INT16:
                return readInt16(p);
            case INT32:
                return readInt32(p);
            case UINT16:
                return readInt16(p) & 0xFFFF;
            case UINT32:
                return readInt32(p) & 0xFFFF_FFFFL;
            case INT64:
            case UINT64:
                return readInt64(p);
            default:
                return readInt8(p) & 0xFF;
        }
    }

    // ---------------------------------------------------------------- arrays, slices, strings

    /**
     * Returns the number of elements of an array, slice or string field: N for a present fixed array, the slice's
     * byte size divided by the element size (clamped to N for {@code [<N]T}), and 0 when the field is absent or
     * out of range. For a string this is its length in bytes.
     *
     * @param struct the struct reference
     * @param field  an array, slice or limited slice field
     * @return the element count
     */
    public int count(int struct, FieldLayout field) {
        FieldKind kind = field.kind();
        if (kind == FieldKind.ARRAY) {
            return fieldPosition(struct, field) < 0 ? 0 : (int) field.length();
        }
        if (kind != FieldKind.SLICE && kind != FieldKind.LIMITED_SLICE) {
            throw wrongKind(field, "an array or a slice");
        }
        int p = fieldPosition(struct, field);
        if (p < 0) {
            return 0;
        }
        long off = u32(p);
        long bytes = u32(p + 4);
        if (off + bytes > length) {
            return 0;
        }
        long n = bytes / field.elementSize();
        if (kind == FieldKind.LIMITED_SLICE && n > field.length()) {
            n = field.length();
        }
        return (int) n;
    }

    /**
     * Returns the absolute offset of the first element of an array, slice or string field. Element {@code i}
     * ({@code i < count}) is at {@code elements + i × field.elementSize()}; for elements that are inline structs,
     * that offset is the element's struct reference.
     *
     * @param struct the struct reference
     * @param field  an array, slice or limited slice field
     * @return the offset of element 0, or {@link #ABSENT} when {@link #count} is 0 because the field is absent or out
     *     of range
     */
    public int elements(int struct, FieldLayout field) {
        FieldKind kind = field.kind();
        if (kind == FieldKind.ARRAY) {
            return fieldPosition(struct, field);
        }
        if (kind != FieldKind.SLICE && kind != FieldKind.LIMITED_SLICE) {
            throw wrongKind(field, "an array or a slice");
        }
        int p = fieldPosition(struct, field);
        if (p < 0) {
            return ABSENT;
        }
        long off = u32(p);
        return off + u32(p + 4) > length ? ABSENT : (int) off;
    }

    /**
     * Returns the absolute offset of one element of an array or slice field, checking the index.
     *
     * @param struct the struct reference
     * @param field  an array, slice or limited slice field
     * @param index  the element index
     * @return the element's offset (its struct reference for inline-struct elements), or {@link #ABSENT} if the
     *     index is not below {@link #count}
     */
    public int element(int struct, FieldLayout field, int index) {
        if (index < 0 || index >= count(struct, field)) {
            return ABSENT;
        }
        return elements(struct, field) + index * field.elementSize();
    }

    /**
     * Reads a string field ({@code []char}, {@code [<N]char}) into a new {@link String}; malformed UTF-8 becomes
     * U+FFFD. This allocates; use {@link #count} and {@link #elements} to inspect the bytes in place.
     *
     * @param struct the struct reference
     * @param field  a string field (or any slice or array of one-byte elements)
     * @return the text, empty if absent
     */
    public String getString(int struct, FieldLayout field) {
        int n = count(struct, field);
        if (n == 0 || field.elementSize() != 1) {
            return "";
        }
        byte[] bytes = new byte[n];
        data.get(elements(struct, field), bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Copies the bytes of a byte array, byte slice or string field.
     *
     * @param struct the struct reference
     * @param field  an array or slice of one-byte elements
     * @return the bytes, empty if absent
     */
    public byte[] getBytes(int struct, FieldLayout field) {
        int n = count(struct, field);
        if (n == 0 || field.elementSize() != 1) {
            return new byte[0];
        }
        byte[] bytes = new byte[n];
        data.get(elements(struct, field), bytes);
        return bytes;
    }

    // ---------------------------------------------------------------- raw reads at absolute offsets

    /**
     * Reads one byte as a bool (non-zero is true).
     *
     * @param position the absolute offset
     * @return the value, false if out of range
     */
    public boolean readBool(int position) {
        return position >= 0 && position < length && data.get(position) != 0;
    }

    /**
     * Reads a signed byte.
     *
     * @param position the absolute offset
     * @return the value, 0 if out of range
     */
    public byte readInt8(int position) {
        return position >= 0 && position < length ? data.get(position) : 0;
    }

    /**
     * Reads a little-endian 16-bit integer.
     *
     * @param position the absolute offset
     * @return the value, 0 if out of range
     */
    public short readInt16(int position) {
        return position >= 0 && position <= length - 2 ? data.getShort(position) : 0;
    }

    /**
     * Reads a little-endian 32-bit integer.
     *
     * @param position the absolute offset
     * @return the value, 0 if out of range
     */
    public int readInt32(int position) {
        return position >= 0 && position <= length - 4 ? data.getInt(position) : 0;
    }

    /**
     * Reads a little-endian unsigned 32-bit integer, such as an offset or a size.
     *
     * @param position the absolute offset
     * @return the value 0..2<sup>32</sup>−1, 0 if out of range
     */
    public long readUint32(int position) {
        return readInt32(position) & 0xFFFF_FFFFL;
    }

    /**
     * Reads a little-endian 64-bit integer.
     *
     * @param position the absolute offset
     * @return the value, 0 if out of range
     */
    public long readInt64(int position) {
        return position >= 0 && position <= length - 8 ? data.getLong(position) : 0;
    }

    /**
     * Reads a {@code float32}.
     *
     * @param position the absolute offset
     * @return the value, 0 if out of range
     */
    public float readFloat32(int position) {
        return Float.intBitsToFloat(readInt32(position));
    }

    /**
     * Reads a {@code float64}.
     *
     * @param position the absolute offset
     * @return the value, 0 if out of range
     */
    public double readFloat64(int position) {
        return Double.longBitsToDouble(readInt64(position));
    }

    /**
     * Copies bytes out of the message.
     *
     * @param position the absolute offset of the first byte
     * @param dst      the destination, filled completely
     * @return false (and nothing copied) if the range is out of the message
     */
    public boolean readBytes(int position, byte[] dst) {
        if (position < 0 || position > length - dst.length) {
            return false;
        }
        data.get(position, dst);
        return true;
    }

    private long u32(int position) {
        return readInt32(position) & 0xFFFF_FFFFL;
    }

    private static IllegalArgumentException wrongKind(FieldLayout field, String expected) {
        return new IllegalArgumentException("field " + field.structName() + "." + field.name() + " is "
                + field.decl().type().toKm() + ", not " + expected);
    }
}
