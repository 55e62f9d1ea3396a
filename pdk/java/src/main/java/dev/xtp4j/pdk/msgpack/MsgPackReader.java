package dev.xtp4j.pdk.msgpack;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;

/**
 * A streaming reader of one MessagePack value (<a href="https://github.com/msgpack/msgpack/blob/master/spec.md">the
 * spec</a>), with the shape of {@code JsonReader}: {@link #beginMap()}, {@link #hasNext()}, {@link #nextName()} and
 * {@link #endMap()} walk a map, {@link #beginArray()} and {@link #endArray()} an array, and the {@code next...}
 * methods read scalars. No reflection and no buffering beyond the input: it compiles with TeaVM.
 *
 * <pre>{@code
 * MsgPackReader reader = new MsgPackReader(bytes);
 * reader.beginMap();
 * while (reader.hasNext()) {
 *     switch (reader.nextName()) {
 *         case "x" -> x = reader.nextLong();
 *         default -> reader.skipValue();
 *     }
 * }
 * reader.endMap();
 * reader.endDocument();
 * }</pre>
 *
 * <p>Hostile input is safe: before anything is allocated, every str, bin and extension length is checked against the
 * bytes that remain, and so is every array and map count (each element takes at least one byte), so a reader never
 * allocates more than its input justifies. Strings must be well-formed UTF-8, map keys must be strings, {@code c1}
 * is rejected, and nesting is limited ({@link #DEFAULT_MAX_DEPTH} levels unless told otherwise). Every failure is a
 * {@link MsgPackException} with the byte offset and the JSON Pointer of the value.
 *
 * <p>Numbers convert where no information is lost: {@link #nextLong()} reads any integer format that fits,
 * {@link #nextDouble()} and {@link #nextFloat()} any number. {@link #nextTimestamp()} reads the timestamp extension
 * (type -1) in its three forms.
 */
public final class MsgPackReader {
    /** How deeply arrays and maps may nest unless told otherwise: 64 levels, as in {@code JsonReader}. */
    public static final int DEFAULT_MAX_DEPTH = 64;
    /** The extension type of the MessagePack timestamp. */
    public static final byte TIMESTAMP_TYPE = -1;

    private final byte[] in;
    private final int base;
    private final int limit;
    private final int maxDepth;
    private int pos;
    /** Open containers; level 0 is the document. */
    private int depth;
    private boolean[] maps = new boolean[8];
    /** Items (arrays) or entries (maps) not read yet. */
    private long[] left = new long[8];
    /** Arrays: the index of the next item. */
    private int[] indices = new int[8];
    /** Maps: the last key read, or {@code null}. */
    private String[] keys = new String[8];
    /** Maps: whether a key was read and its value comes next. */
    private boolean[] valueNext = new boolean[8];
    /** Whether the document's value has been read. */
    private boolean done;
    /** Whether the last integer read was a uint 64 above {@code Long.MAX_VALUE}. */
    private boolean bigUnsigned;

    /**
     * A reader of a whole array.
     *
     * @param msgpack the input
     */
    public MsgPackReader(byte[] msgpack) {
        this(msgpack, 0, msgpack.length, DEFAULT_MAX_DEPTH);
    }

    /**
     * A reader of part of an array, with a nesting limit.
     *
     * @param msgpack the input
     * @param offset where the value starts; offsets in errors count from here
     * @param length the number of bytes
     * @param maxDepth how deeply arrays and maps may nest, at least 1
     * @throws IllegalArgumentException when the range is outside the array or the limit is below 1
     */
    public MsgPackReader(byte[] msgpack, int offset, int length, int maxDepth) {
        if (offset < 0 || length < 0 || offset > msgpack.length - length) {
            throw new IllegalArgumentException("range " + offset + "+" + length + " is outside the input");
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1");
        }
        this.in = msgpack;
        this.base = offset;
        this.pos = offset;
        this.limit = offset + length;
        this.maxDepth = maxDepth;
    }

    /**
     * The kind of the next value, without reading it.
     *
     * @return the kind
     * @throws MsgPackException when no value may come next, or the next byte is not a format byte
     */
    public MsgPackType peek() {
        checkValue();
        need(1);
        int b = in[pos] & 0xff;
        if (b <= 0x7f || b >= 0xe0 || (b >= 0xcc && b <= 0xd3)) {
            return MsgPackType.INTEGER;
        }
        if (b <= 0x8f || b == 0xde || b == 0xdf) {
            return MsgPackType.MAP;
        }
        if (b <= 0x9f || b == 0xdc || b == 0xdd) {
            return MsgPackType.ARRAY;
        }
        if (b <= 0xbf || (b >= 0xd9 && b <= 0xdb)) {
            return MsgPackType.STRING;
        }
        return switch (b) {
            case 0xc0 -> MsgPackType.NIL;
            case 0xc2, 0xc3 -> MsgPackType.BOOLEAN;
            case 0xc4, 0xc5, 0xc6 -> MsgPackType.BINARY;
            case 0xca, 0xcb -> MsgPackType.FLOAT;
            case 0xc7, 0xc8, 0xc9, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8 -> MsgPackType.EXTENSION;
            default -> throw error("0x" + Integer.toHexString(b) + " is not a MessagePack format byte", pos);
        };
    }

    /**
     * Whether the array or map being read has another item or entry.
     *
     * @return {@code true} when a value (in an array) or a key (in a map) comes next
     * @throws MsgPackException when not inside an array or a map, or a map's value comes next
     */
    public boolean hasNext() {
        if (depth == 0) {
            throw error("not inside an array or a map", pos);
        }
        if (maps[depth] && valueNext[depth]) {
            throw error("a map value comes next, not a key", pos);
        }
        return left[depth] > 0;
    }

    /**
     * Reads the header of an array.
     *
     * @return the number of items
     * @throws MsgPackException when the next value is not an array, or claims more items than bytes remain
     */
    public int beginArray() {
        checkValue();
        int start = pos;
        need(1);
        int b = in[pos] & 0xff;
        long count;
        if (b >= 0x90 && b <= 0x9f) {
            pos++;
            count = b & 0x0f;
        } else if (b == 0xdc) {
            pos++;
            count = u16();
        } else if (b == 0xdd) {
            pos++;
            count = u32();
        } else {
            throw mismatch("an array", start);
        }
        if (count > limit - pos) {
            throw error("the array claims " + count + " items but only " + (limit - pos) + " bytes remain", start);
        }
        push(false, count, start);
        return (int) count;
    }

    /**
     * Ends the array being read.
     *
     * @throws MsgPackException when not in an array, or items remain
     */
    public void endArray() {
        if (depth == 0 || maps[depth]) {
            throw error("not inside an array", pos);
        }
        if (left[depth] > 0) {
            throw error("the array has " + left[depth] + " more items", pos);
        }
        depth--;
        consumed();
    }

    /**
     * Reads the header of a map.
     *
     * @return the number of entries
     * @throws MsgPackException when the next value is not a map, or claims more entries than bytes remain
     */
    public int beginMap() {
        checkValue();
        int start = pos;
        need(1);
        int b = in[pos] & 0xff;
        long count;
        if (b >= 0x80 && b <= 0x8f) {
            pos++;
            count = b & 0x0f;
        } else if (b == 0xde) {
            pos++;
            count = u16();
        } else if (b == 0xdf) {
            pos++;
            count = u32();
        } else {
            throw mismatch("a map", start);
        }
        if (count * 2 > limit - pos) {
            throw error("the map claims " + count + " entries but only " + (limit - pos) + " bytes remain", start);
        }
        push(true, count, start);
        return (int) count;
    }

    /**
     * Ends the map being read.
     *
     * @throws MsgPackException when not in a map, or entries remain
     */
    public void endMap() {
        if (depth == 0 || !maps[depth]) {
            throw error("not inside a map", pos);
        }
        if (left[depth] > 0 || valueNext[depth]) {
            throw error("the map has " + left[depth] + " more entries", pos);
        }
        depth--;
        consumed();
    }

    /**
     * Checks that the value has been read and no bytes follow it.
     *
     * @throws MsgPackException when the value is not complete or bytes follow
     */
    public void endDocument() {
        if (depth > 0 || !done) {
            throw error("the value is not complete", pos);
        }
        if (pos != limit) {
            throw error((limit - pos) + " unexpected bytes after the value", pos);
        }
    }

    /**
     * Reads a map key, which must be a string.
     *
     * @return the key
     * @throws MsgPackException when not at a key of a map, or the key is not a well-formed string
     */
    public String nextName() {
        if (depth == 0 || !maps[depth] || valueNext[depth]) {
            throw error("not at a map key", pos);
        }
        if (left[depth] == 0) {
            throw error("the map has no more entries", pos);
        }
        int start = pos;
        need(1);
        int length = stringLength();
        if (length < 0) {
            throw error("a map key must be a string, found " + describe(in[start] & 0xff), start);
        }
        String key = utf8(pos, length);
        pos += length;
        keys[depth] = key;
        valueNext[depth] = true;
        return key;
    }

    /**
     * Reads a string.
     *
     * @return the string
     * @throws MsgPackException when the next value is not a well-formed string
     */
    public String nextString() {
        checkValue();
        int start = pos;
        need(1);
        int length = stringLength();
        if (length < 0) {
            throw mismatch("a string", start);
        }
        String s = utf8(pos, length);
        pos += length;
        consumed();
        return s;
    }

    /**
     * Reads a bin value.
     *
     * @return a new array with the bytes
     * @throws MsgPackException when the next value is not a bin
     */
    public byte[] nextBinary() {
        checkValue();
        int start = pos;
        need(1);
        int b = in[pos] & 0xff;
        long length;
        if (b == 0xc4) {
            pos++;
            length = u8();
        } else if (b == 0xc5) {
            pos++;
            length = u16();
        } else if (b == 0xc6) {
            pos++;
            length = u32();
        } else {
            throw mismatch("a bin", start);
        }
        checkLength(length, "bin", start);
        byte[] bytes = new byte[(int) length];
        System.arraycopy(in, pos, bytes, 0, bytes.length);
        pos += bytes.length;
        consumed();
        return bytes;
    }

    /**
     * Reads {@code true} or {@code false}.
     *
     * @return the value
     * @throws MsgPackException when the next value is not a boolean
     */
    public boolean nextBoolean() {
        checkValue();
        need(1);
        int b = in[pos] & 0xff;
        if (b != 0xc2 && b != 0xc3) {
            throw mismatch("a boolean", pos);
        }
        pos++;
        consumed();
        return b == 0xc3;
    }

    /**
     * Reads nil.
     *
     * @throws MsgPackException when the next value is not nil
     */
    public void nextNil() {
        if (!nextIfNil()) {
            throw mismatch("nil", pos);
        }
    }

    /**
     * Reads nil if it comes next.
     *
     * @return whether the next value was nil (and has been read); {@code false} leaves the value unread
     * @throws MsgPackException when no value may come next
     */
    public boolean nextIfNil() {
        checkValue();
        need(1);
        if ((in[pos] & 0xff) != 0xc0) {
            return false;
        }
        pos++;
        consumed();
        return true;
    }

    /**
     * Reads an integer in the range of {@code long}, in any integer format.
     *
     * @return the value
     * @throws MsgPackException when the next value is not an integer, or a uint 64 above {@code Long.MAX_VALUE}
     */
    public long nextLong() {
        checkValue();
        int start = pos;
        long value = integer();
        if (bigUnsigned) {
            pos = start;
            throw error("the integer " + Long.toUnsignedString(value) + " is out of range for a long", start);
        }
        consumed();
        return value;
    }

    /**
     * Reads an integer in the range of {@code int}.
     *
     * @return the value
     * @throws MsgPackException when the next value is not an integer, or out of range
     */
    public int nextInt() {
        checkValue();
        int start = pos;
        long value = integer();
        if (bigUnsigned || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            pos = start;
            throw error("the integer " + (bigUnsigned ? Long.toUnsignedString(value) : Long.toString(value))
                    + " is out of range for an int", start);
        }
        consumed();
        return (int) value;
    }

    /**
     * Reads an unsigned integer from 0 to 18446744073709551615, as the 64 bits of a {@code long} (values above
     * {@code Long.MAX_VALUE} are negative; see {@code Long.toUnsignedString}).
     *
     * @return the value's bits
     * @throws MsgPackException when the next value is not an integer, or negative
     */
    public long nextUnsignedLong() {
        checkValue();
        int start = pos;
        long value = integer();
        if (value < 0 && !bigUnsigned) {
            pos = start;
            throw error("the integer " + value + " is negative", start);
        }
        consumed();
        return value;
    }

    /**
     * Reads an integer in any format as decimal text: from -9223372036854775808 to 18446744073709551615.
     *
     * @return the text, e.g. {@code -5} or {@code 18446744073709551615}
     * @throws MsgPackException when the next value is not an integer
     */
    public String nextIntegerText() {
        checkValue();
        long value = integer();
        String text = bigUnsigned ? Long.toUnsignedString(value) : Long.toString(value);
        consumed();
        return text;
    }

    /**
     * Reads any number as a {@code double}: a float 64 as it is, a float 32 widened, an integer rounded to nearest.
     *
     * @return the value
     * @throws MsgPackException when the next value is not a number
     */
    public double nextDouble() {
        checkValue();
        int start = pos;
        need(1);
        int b = in[pos] & 0xff;
        double value;
        if (b == 0xcb) {
            pos++;
            value = Double.longBitsToDouble(u64());
        } else if (b == 0xca) {
            pos++;
            value = Float.intBitsToFloat((int) u32());
        } else if (isInteger(b)) {
            long bits = integer();
            value = bigUnsigned ? unsignedToDouble(bits) : (double) bits;
        } else {
            throw mismatch("a number", start);
        }
        consumed();
        return value;
    }

    /**
     * Reads any number as a {@code float}: a float 32 as it is, a float 64 or an integer rounded to nearest.
     *
     * @return the value
     * @throws MsgPackException when the next value is not a number, or a finite float 64 too large for a float
     */
    public float nextFloat() {
        checkValue();
        int start = pos;
        need(1);
        int b = in[pos] & 0xff;
        float value;
        if (b == 0xca) {
            pos++;
            value = Float.intBitsToFloat((int) u32());
        } else if (b == 0xcb) {
            pos++;
            double d = Double.longBitsToDouble(u64());
            value = (float) d;
            if (Float.isInfinite(value) && !Double.isInfinite(d)) {
                pos = start;
                throw error("the number " + d + " is too large for a float", start);
            }
        } else if (isInteger(b)) {
            long bits = integer();
            value = bigUnsigned ? (float) unsignedToDouble(bits) : (float) bits;
        } else {
            throw mismatch("a number", start);
        }
        consumed();
        return value;
    }

    /**
     * Reads a timestamp: the extension of type -1 as timestamp 32 ({@code d6 ff}), 64 ({@code d7 ff}) or 96
     * ({@code c7 0c ff}).
     *
     * @return the instant
     * @throws MsgPackException when the next value is not a timestamp, has nanoseconds above 999999999, or is
     *     outside the range of {@link Instant}
     */
    public Instant nextTimestamp() {
        checkValue();
        int start = pos;
        need(1);
        int b = in[pos] & 0xff;
        long seconds;
        long nanos;
        if (b == 0xd6 && extensionType(1) == TIMESTAMP_TYPE) {
            pos += 2;
            seconds = u32();
            nanos = 0;
        } else if (b == 0xd7 && extensionType(1) == TIMESTAMP_TYPE) {
            pos += 2;
            long data = u64();
            nanos = data >>> 34;
            seconds = data & 0x3ffffffffL;
        } else if (b == 0xc7 && limit - pos >= 3 && (in[pos + 1] & 0xff) == 12
                && in[pos + 2] == TIMESTAMP_TYPE) {
            pos += 3;
            nanos = u32();
            seconds = u64();
        } else {
            throw mismatch("a timestamp (extension type -1)", start);
        }
        if (nanos > 999_999_999L) {
            pos = start;
            throw error("the timestamp has " + nanos + " nanoseconds, more than 999999999", start);
        }
        Instant instant;
        try {
            instant = Instant.ofEpochSecond(seconds, nanos);
        } catch (DateTimeException | ArithmeticException e) {
            pos = start;
            throw error("the timestamp " + seconds + " s is out of range", start);
        }
        consumed();
        return instant;
    }

    /**
     * The type of the extension that comes next.
     *
     * @return the extension type, -128 to 127 (-1 for a timestamp)
     * @throws MsgPackException when the next value is not an extension
     */
    public byte peekExtensionType() {
        int start = pos;
        if (peek() != MsgPackType.EXTENSION) {
            throw mismatch("an extension", start);
        }
        int b = in[pos] & 0xff;
        int headerLength = b >= 0xd4 ? 1 : b == 0xc7 ? 2 : b == 0xc8 ? 3 : 5;
        return extensionType(headerLength);
    }

    /**
     * Skips the next value, with everything inside it, checking it as it goes.
     *
     * @throws MsgPackException when the value is malformed or nests too deeply (the pointer names the value skipped,
     *     not the place inside it)
     */
    public void skipValue() {
        checkValue();
        skip(depth);
        consumed();
    }

    /**
     * The byte offset of the next value, from the start of the input.
     *
     * @return the offset
     */
    public int offset() {
        return pos - base;
    }

    /**
     * The JSON Pointer (RFC 6901) of the value being read: the keys and indices from the document root. In a map,
     * the last key read; in an array, the index of the next item.
     *
     * @return the pointer; {@code ""} at the document root
     */
    public String pointer() {
        StringBuilder sb = new StringBuilder();
        for (int d = 1; d <= depth; d++) {
            if (!maps[d]) {
                sb.append('/').append(indices[d]);
            } else if (keys[d] != null) {
                sb.append('/');
                String key = keys[d];
                for (int i = 0; i < key.length(); i++) {
                    char c = key.charAt(i);
                    if (c == '~') {
                        sb.append("~0");
                    } else if (c == '/') {
                        sb.append("~1");
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void checkValue() {
        if (depth == 0) {
            if (done) {
                throw error("the value has been read; no other value may follow", pos);
            }
        } else if (maps[depth]) {
            if (!valueNext[depth]) {
                throw error(left[depth] == 0 ? "the map has no more entries" : "a map key comes next, not a value",
                        pos);
            }
        } else if (left[depth] == 0) {
            throw error("the array has no more items", pos);
        }
    }

    /** A value has been read completely, at the current level. */
    private void consumed() {
        if (depth == 0) {
            done = true;
        } else if (maps[depth]) {
            valueNext[depth] = false;
            left[depth]--;
        } else {
            left[depth]--;
            indices[depth]++;
        }
    }

    private void push(boolean map, long count, int start) {
        if (depth == maxDepth) {
            pos = start;
            throw error("arrays and maps nest deeper than " + maxDepth + " levels", start);
        }
        depth++;
        if (depth == maps.length) {
            int n = maps.length * 2;
            maps = Arrays.copyOf(maps, n);
            left = Arrays.copyOf(left, n);
            indices = Arrays.copyOf(indices, n);
            keys = Arrays.copyOf(keys, n);
            valueNext = Arrays.copyOf(valueNext, n);
        }
        maps[depth] = map;
        left[depth] = count;
        indices[depth] = 0;
        keys[depth] = null;
        valueNext[depth] = false;
    }

    /** Skips one value at nesting level {@code level} (the number of enclosing containers). */
    private void skip(int level) {
        int start = pos;
        need(1);
        int b = in[pos] & 0xff;
        int length = stringLength();
        if (length >= 0) {
            utf8(pos, length);
            pos += length;
            return;
        }
        if (isInteger(b)) {
            integer();
            return;
        }
        long count;
        boolean map;
        if (b >= 0x80 && b <= 0x9f) {
            pos++;
            count = b & 0x0f;
            map = b <= 0x8f;
        } else if (b == 0xdc || b == 0xde) {
            pos++;
            count = u16();
            map = b == 0xde;
        } else if (b == 0xdd || b == 0xdf) {
            pos++;
            count = u32();
            map = b == 0xdf;
        } else {
            pos++;
            long skipped = switch (b) {
                case 0xc0, 0xc2, 0xc3 -> 0;
                case 0xc4 -> u8();
                case 0xc5 -> u16();
                case 0xc6 -> u32();
                case 0xc7 -> u8() + 1;
                case 0xc8 -> u16() + 1;
                case 0xc9 -> u32() + 1;
                case 0xca -> 4;
                case 0xcb -> 8;
                case 0xd4 -> 2;
                case 0xd5 -> 3;
                case 0xd6 -> 5;
                case 0xd7 -> 9;
                case 0xd8 -> 17;
                default -> {
                    pos = start;
                    throw error("0x" + Integer.toHexString(b) + " is not a MessagePack format byte", start);
                }
            };
            checkLength(skipped, "value", start);
            pos += (int) skipped;
            return;
        }
        if ((map ? count * 2 : count) > limit - pos) {
            throw error("the " + (map ? "map" : "array") + " claims " + count + (map ? " entries" : " items")
                    + " but only " + (limit - pos) + " bytes remain", start);
        }
        if (level + 1 > maxDepth) {
            pos = start;
            throw error("arrays and maps nest deeper than " + maxDepth + " levels", start);
        }
        for (long i = 0; i < count; i++) {
            if (map) {
                int keyStart = pos;
                need(1);
                int keyLength = stringLength();
                if (keyLength < 0) {
                    throw error("a map key must be a string, found " + describe(in[keyStart] & 0xff), keyStart);
                }
                utf8(pos, keyLength);
                pos += keyLength;
            }
            skip(level + 1);
        }
    }

    /**
     * If a str comes next, reads its header and returns its length (checked against the bytes that remain);
     * otherwise returns -1 and reads nothing.
     */
    private int stringLength() {
        int start = pos;
        int b = in[pos] & 0xff;
        long length;
        if (b >= 0xa0 && b <= 0xbf) {
            pos++;
            length = b & 0x1f;
        } else if (b == 0xd9) {
            pos++;
            length = u8();
        } else if (b == 0xda) {
            pos++;
            length = u16();
        } else if (b == 0xdb) {
            pos++;
            length = u32();
        } else {
            return -1;
        }
        checkLength(length, "str", start);
        return (int) length;
    }

    private static boolean isInteger(int b) {
        return b <= 0x7f || b >= 0xe0 || (b >= 0xcc && b <= 0xd3);
    }

    /** Reads any integer format; sets {@link #bigUnsigned} for a uint 64 above {@code Long.MAX_VALUE}. */
    private long integer() {
        int start = pos;
        need(1);
        int b = in[pos] & 0xff;
        bigUnsigned = false;
        if (b <= 0x7f) {
            pos++;
            return b;
        }
        if (b >= 0xe0) {
            pos++;
            return (byte) b;
        }
        pos++;
        switch (b) {
            case 0xcc:
                return u8();
            case 0xcd:
                return u16();
            case 0xce:
                return u32();
            case 0xcf: {
                long v = u64();
                bigUnsigned = v < 0;
                return v;
            }
            case 0xd0:
                need(1);
                return in[pos++];
            case 0xd1:
                return (short) u16();
            case 0xd2:
                return (int) u32();
            case 0xd3:
                return u64();
            default:
                pos = start;
                throw mismatch("an integer", start);
        }
    }

    private static double unsignedToDouble(long bits) {
        // Halve (keeping the lowest bit, so that rounding stays correct), convert, double.
        return ((double) ((bits >>> 1) | (bits & 1))) * 2.0;
    }

    private byte extensionType(int at) {
        if (limit - pos <= at) {
            return 0;
        }
        return in[pos + at];
    }

    private void checkLength(long length, String what, int start) {
        if (length > limit - pos) {
            int remaining = limit - pos;
            pos = start;
            throw error("the " + what + " claims " + length + " bytes but only " + remaining + " remain", start);
        }
    }

    private void need(int n) {
        if (limit - pos < n) {
            throw error("unexpected end of input", pos);
        }
    }

    private long u8() {
        need(1);
        return in[pos++] & 0xff;
    }

    private long u16() {
        need(2);
        long v = ((in[pos] & 0xff) << 8) | (in[pos + 1] & 0xff);
        pos += 2;
        return v;
    }

    private long u32() {
        need(4);
        long v = ((long) (in[pos] & 0xff) << 24) | ((in[pos + 1] & 0xff) << 16) | ((in[pos + 2] & 0xff) << 8)
                | (in[pos + 3] & 0xff);
        pos += 4;
        return v;
    }

    private long u64() {
        need(8);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (in[pos + i] & 0xff);
        }
        pos += 8;
        return v;
    }

    /** Decodes {@code length} bytes of strict UTF-8 at {@code start} (already checked to be in the input). */
    private String utf8(int start, int length) {
        char[] chars = new char[length];
        int n = 0;
        int i = start;
        int end = start + length;
        while (i < end) {
            int b = in[i] & 0xff;
            if (b < 0x80) {
                chars[n++] = (char) b;
                i++;
                continue;
            }
            int count;
            int cp;
            int min;
            if (b >= 0xc2 && b <= 0xdf) {
                count = 1;
                cp = b & 0x1f;
                min = 0x80;
            } else if (b >= 0xe0 && b <= 0xef) {
                count = 2;
                cp = b & 0x0f;
                min = 0x800;
            } else if (b >= 0xf0 && b <= 0xf4) {
                count = 3;
                cp = b & 0x07;
                min = 0x10000;
            } else {
                throw error("the string is not well-formed UTF-8", i);
            }
            if (end - i <= count) {
                throw error("the string is not well-formed UTF-8", i);
            }
            for (int k = 1; k <= count; k++) {
                int c = in[i + k] & 0xff;
                if ((c & 0xc0) != 0x80) {
                    throw error("the string is not well-formed UTF-8", i);
                }
                cp = (cp << 6) | (c & 0x3f);
            }
            if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
                throw error("the string is not well-formed UTF-8", i);
            }
            if (cp >= 0x10000) {
                chars[n++] = Character.highSurrogate(cp);
                chars[n++] = Character.lowSurrogate(cp);
            } else {
                chars[n++] = (char) cp;
            }
            i += count + 1;
        }
        return new String(chars, 0, n);
    }

    private MsgPackException mismatch(String expected, int at) {
        return error("expected " + expected + " but found " + (at < limit ? describe(in[at] & 0xff)
                : "the end of the input"), at);
    }

    private static String describe(int b) {
        if (isInteger(b)) {
            return "an integer";
        }
        if (b <= 0x8f || b == 0xde || b == 0xdf) {
            return "a map";
        }
        if (b <= 0x9f || b == 0xdc || b == 0xdd) {
            return "an array";
        }
        if (b <= 0xbf || (b >= 0xd9 && b <= 0xdb)) {
            return "a string";
        }
        return switch (b) {
            case 0xc0 -> "nil";
            case 0xc2, 0xc3 -> "a boolean";
            case 0xc4, 0xc5, 0xc6 -> "a bin";
            case 0xca, 0xcb -> "a float";
            case 0xc1 -> "0xc1 (never used)";
            default -> "an extension";
        };
    }

    private MsgPackException error(String problem, int at) {
        return new MsgPackException(problem, at - base, pointer());
    }
}
