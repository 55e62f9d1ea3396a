package dev.xtp4j.pdk.json;

import java.nio.charset.StandardCharsets;

/**
 * A streaming writer of one JSON document (RFC 8259) in UTF-8, without reflection, so that it works in plugins
 * compiled by TeaVM. Generated bindings encode schema types with it; plugin code can use it directly:
 *
 * <pre>{@code
 * JsonWriter json = new JsonWriter();
 * json.beginObject()
 *     .name("count").value(3)
 *     .name("vowels").value("aeiou")
 *     .name("tags").beginArray().value("a").value("b").endArray()
 *     .endObject();
 * Output.set(json.toByteArray());   // {"count":3,"vowels":"aeiou","tags":["a","b"]}
 * }</pre>
 *
 * <p>Output is compact (no whitespace). Strings are escaped as RFC 8259 requires: {@code "} and {@code \} with a
 * backslash, control characters as {@code \n}, {@code \t}, ... or <code>&#92;u00XX</code>; everything else, including
 * non-ASCII text, is written as UTF-8. Surrogate pairs become one 4-byte UTF-8 character; an unpaired surrogate
 * cannot be encoded in UTF-8 and is written as a <code>&#92;uXXXX</code> escape, so no text is lost. Numbers are
 * written in the shortest form that reads back to the same value, with the same bytes on the JVM and under TeaVM;
 * {@code NaN} and infinities are rejected, since JSON has no form for them.
 *
 * <p>Misuse (a value where a name is needed, a second top-level value, unbalanced ends, nesting deeper than the
 * limit) fails at once with an {@link IllegalStateException} that says where. A writer is not thread-safe.
 */
public final class JsonWriter {
    /** The default nesting limit: the number of arrays and objects that may be open at once. */
    public static final int DEFAULT_MAX_DEPTH = JsonReader.DEFAULT_MAX_DEPTH;

    private static final byte EMPTY_DOCUMENT = 0;
    private static final byte NONEMPTY_DOCUMENT = 1;
    private static final byte EMPTY_ARRAY = 2;
    private static final byte NONEMPTY_ARRAY = 3;
    private static final byte EMPTY_OBJECT = 4;
    private static final byte DANGLING_NAME = 5;
    private static final byte NONEMPTY_OBJECT = 6;

    private static final byte[] HEX = {
        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'
    };

    private final int maxDepth;
    private byte[] buf = new byte[128];
    private int size;
    private byte[] scopes = new byte[16];
    private int depth = 1;

    /** A writer with the default nesting limit. */
    public JsonWriter() {
        this(DEFAULT_MAX_DEPTH);
    }

    /**
     * A writer with a nesting limit.
     *
     * @param maxDepth the number of arrays and objects that may be open at once; at least 1
     * @throws IllegalArgumentException when {@code maxDepth} is less than 1
     */
    public JsonWriter(int maxDepth) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1, not " + maxDepth);
        }
        this.maxDepth = maxDepth;
        scopes[0] = EMPTY_DOCUMENT;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Structure.

    /**
     * Starts an array.
     *
     * @return this writer
     * @throws IllegalStateException when a value is not allowed here, or the nesting limit is reached
     */
    public JsonWriter beginArray() {
        beforeValue();
        push(EMPTY_ARRAY);
        append('[');
        return this;
    }

    /**
     * Ends the current array.
     *
     * @return this writer
     * @throws IllegalStateException when the innermost open scope is not an array
     */
    public JsonWriter endArray() {
        byte scope = scopes[depth - 1];
        if (scope != EMPTY_ARRAY && scope != NONEMPTY_ARRAY) {
            throw misuse("endArray() without an open array");
        }
        depth--;
        append(']');
        return this;
    }

    /**
     * Starts an object.
     *
     * @return this writer
     * @throws IllegalStateException when a value is not allowed here, or the nesting limit is reached
     */
    public JsonWriter beginObject() {
        beforeValue();
        push(EMPTY_OBJECT);
        append('{');
        return this;
    }

    /**
     * Ends the current object.
     *
     * @return this writer
     * @throws IllegalStateException when the innermost open scope is not an object, or a name has no value yet
     */
    public JsonWriter endObject() {
        byte scope = scopes[depth - 1];
        if (scope == DANGLING_NAME) {
            throw misuse("endObject() after a property name without a value");
        }
        if (scope != EMPTY_OBJECT && scope != NONEMPTY_OBJECT) {
            throw misuse("endObject() without an open object");
        }
        depth--;
        append('}');
        return this;
    }

    /**
     * Writes a property name; the next call must write its value.
     *
     * @param name the name
     * @return this writer
     * @throws IllegalStateException when not directly inside an object, or the previous name has no value yet
     */
    public JsonWriter name(String name) {
        byte scope = scopes[depth - 1];
        if (scope == NONEMPTY_OBJECT) {
            append(',');
        } else if (scope == DANGLING_NAME) {
            throw misuse("name(\"" + name + "\") after a property name without a value");
        } else if (scope != EMPTY_OBJECT) {
            throw misuse("name(\"" + name + "\") outside an object");
        }
        writeString(name);
        append(':');
        scopes[depth - 1] = DANGLING_NAME;
        return this;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Values.

    /**
     * Writes a string, or {@code null} when {@code value} is null.
     *
     * @param value the string
     * @return this writer
     * @throws IllegalStateException when a value is not allowed here
     */
    public JsonWriter value(String value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        writeString(value);
        return this;
    }

    /**
     * Writes a boolean.
     *
     * @param value the value
     * @return this writer
     * @throws IllegalStateException when a value is not allowed here
     */
    public JsonWriter value(boolean value) {
        beforeValue();
        appendAscii(value ? "true" : "false");
        return this;
    }

    /**
     * Writes an integer (all 64 bits; readers that hold numbers as {@code double}, such as JavaScript, lose precision
     * beyond 2<sup>53</sup>).
     *
     * @param value the value
     * @return this writer
     * @throws IllegalStateException when a value is not allowed here
     */
    public JsonWriter value(long value) {
        beforeValue();
        appendAscii(Long.toString(value));
        return this;
    }

    /**
     * Writes a {@code double} in the shortest decimal form that reads back to the same value, laid out as
     * JavaScript's {@code JSON.stringify} does: {@code 3}, {@code 0.1}, {@code 1.5e-7}, {@code 1e+21}; negative zero
     * is {@code -0}.
     *
     * @param value the value
     * @return this writer
     * @throws IllegalArgumentException when {@code value} is NaN or infinite
     * @throws IllegalStateException when a value is not allowed here
     */
    public JsonWriter value(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no form for " + value + " (at " + where() + ")");
        }
        beforeValue();
        appendAscii(DecimalFormatter.formatDouble(value));
        return this;
    }

    /**
     * Writes a {@code float} in the shortest decimal form that reads back to the same {@code float}
     * ({@code 0.1f} is written {@code 0.1}, not {@code 0.10000000149011612}), laid out as {@link #value(double)}.
     *
     * @param value the value
     * @return this writer
     * @throws IllegalArgumentException when {@code value} is NaN or infinite
     * @throws IllegalStateException when a value is not allowed here
     */
    public JsonWriter value(float value) {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no form for " + value + " (at " + where() + ")");
        }
        beforeValue();
        appendAscii(DecimalFormatter.formatFloat(value));
        return this;
    }

    /**
     * Writes {@code null}.
     *
     * @return this writer
     * @throws IllegalStateException when a value is not allowed here
     */
    public JsonWriter nullValue() {
        beforeValue();
        appendAscii("null");
        return this;
    }

    /**
     * Writes bytes as a standard base64 string (RFC 4648, with padding), the JSON form of XTP {@code buffer} values;
     * {@code null} when {@code value} is null.
     *
     * @param value the bytes
     * @return this writer
     * @throws IllegalStateException when a value is not allowed here
     */
    public JsonWriter valueBase64(byte[] value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        byte[] encoded = Base64Codec.encode(value);
        append('"');
        appendBytes(encoded, 0, encoded.length);
        append('"');
        return this;
    }

    /**
     * Writes a complete JSON value given as text, for example a free-form object kept as text by
     * {@link JsonReader#nextRawValue()}. The text is checked first and copied as it is.
     *
     * @param json one JSON value, optionally surrounded by whitespace
     * @return this writer
     * @throws JsonException when {@code json} is not exactly one well-formed JSON value
     * @throws IllegalStateException when a value is not allowed here
     */
    public JsonWriter rawValue(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        JsonReader check = new JsonReader(bytes, 0, bytes.length, maxDepth);
        check.skipValue();
        check.endDocument();
        beforeValue();
        appendBytes(bytes, 0, bytes.length);
        return this;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Result.

    /**
     * The finished document as UTF-8 bytes.
     *
     * @return a copy of the bytes written
     * @throws IllegalStateException when the document is not complete (no value yet, or arrays or objects still open)
     */
    public byte[] toByteArray() {
        checkComplete();
        byte[] copy = new byte[size];
        System.arraycopy(buf, 0, copy, 0, size);
        return copy;
    }

    /**
     * The finished document as a string.
     *
     * @return the text written
     * @throws IllegalStateException when the document is not complete
     */
    public String toJson() {
        checkComplete();
        return new String(buf, 0, size, StandardCharsets.UTF_8);
    }

    /**
     * The text written so far, complete or not; for debugging.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return new String(buf, 0, size, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Internals.

    private void checkComplete() {
        if (depth > 1) {
            throw misuse("the document is not complete: " + (depth - 1) + " array(s) or object(s) still open");
        }
        if (scopes[0] == EMPTY_DOCUMENT) {
            throw misuse("the document is empty: write a value first");
        }
    }

    private void beforeValue() {
        byte scope = scopes[depth - 1];
        switch (scope) {
            case EMPTY_DOCUMENT:
                scopes[0] = NONEMPTY_DOCUMENT;
                break;
            case NONEMPTY_DOCUMENT:
                throw misuse("a JSON document holds exactly one top-level value");
            case EMPTY_ARRAY:
                scopes[depth - 1] = NONEMPTY_ARRAY;
                break;
            case NONEMPTY_ARRAY:
                append(',');
                break;
            case DANGLING_NAME:
                scopes[depth - 1] = NONEMPTY_OBJECT;
                break;
            default:
                throw misuse("a value inside an object needs a name first");
        }
    }

    private void push(byte scope) {
        if (depth > maxDepth) {
            throw misuse("nesting too deep: more than " + maxDepth + " arrays and objects open");
        }
        if (depth == scopes.length) {
            byte[] bigger = new byte[depth * 2];
            System.arraycopy(scopes, 0, bigger, 0, depth);
            scopes = bigger;
        }
        scopes[depth++] = scope;
    }

    private IllegalStateException misuse(String problem) {
        return new IllegalStateException(problem + " (at " + where() + ")");
    }

    /** Where the writer is, for messages: the depth and the byte offset. */
    private String where() {
        return "depth " + (depth - 1) + ", byte " + size;
    }

    private void writeString(String s) {
        int n = s.length();
        ensure(n + 2);
        append('"');
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c == '"' || c == '\\') {
                    append('\\');
                    append(c);
                } else if (c >= 0x20) {
                    append(c);
                } else {
                    writeControl(c);
                }
            } else if (c < 0x800) {
                append(0xC0 | (c >>> 6));
                append(0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                append(0xF0 | (cp >>> 18));
                append(0x80 | ((cp >>> 12) & 0x3F));
                append(0x80 | ((cp >>> 6) & 0x3F));
                append(0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                writeUnicodeEscape(c);
            } else {
                append(0xE0 | (c >>> 12));
                append(0x80 | ((c >>> 6) & 0x3F));
                append(0x80 | (c & 0x3F));
            }
        }
        append('"');
    }

    private void writeControl(char c) {
        switch (c) {
            case '\b':
                append('\\');
                append('b');
                break;
            case '\f':
                append('\\');
                append('f');
                break;
            case '\n':
                append('\\');
                append('n');
                break;
            case '\r':
                append('\\');
                append('r');
                break;
            case '\t':
                append('\\');
                append('t');
                break;
            default:
                writeUnicodeEscape(c);
        }
    }

    private void writeUnicodeEscape(char c) {
        append('\\');
        append('u');
        append(HEX[(c >>> 12) & 0xF]);
        append(HEX[(c >>> 8) & 0xF]);
        append(HEX[(c >>> 4) & 0xF]);
        append(HEX[c & 0xF]);
    }

    private void appendAscii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[size++] = (byte) s.charAt(i);
        }
    }

    private void appendBytes(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buf, size, length);
        size += length;
    }

    private void append(int b) {
        if (size == buf.length) {
            ensure(1);
        }
        buf[size++] = (byte) b;
    }

    private void ensure(int extra) {
        if (extra > buf.length - size) {
            long wanted = Math.max((long) size + extra, (long) buf.length * 2);
            if (wanted > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("JSON document larger than 2 GiB");
            }
            byte[] bigger = new byte[(int) wanted];
            System.arraycopy(buf, 0, bigger, 0, size);
            buf = bigger;
        }
    }
}
