package dev.xtp4j.pdk.json;

import java.nio.charset.StandardCharsets;

/**
 * A streaming (pull) reader of one JSON document (RFC 8259) in UTF-8, without reflection, so that it works in
 * plugins compiled by TeaVM. Generated bindings decode schema types with it; plugin code can use it directly:
 *
 * <pre>{@code
 * JsonReader reader = new JsonReader(Input.bytes());
 * String name = null;
 * long count = 0;
 * reader.beginObject();
 * while (reader.hasNext()) {
 *     switch (reader.nextName()) {
 *         case "name": name = reader.nextString(); break;
 *         case "count": count = reader.nextLong(); break;
 *         default: reader.skipValue();
 *     }
 * }
 * reader.endObject();
 * reader.endDocument();
 * }</pre>
 *
 * <p>The reader is strict: no comments, no trailing commas, no single quotes, no leading zeros, no {@code NaN}, no
 * unescaped control characters, only well-formed UTF-8. Escaped lone surrogates (<code>"&#92;ud800"</code>) are
 * accepted, as the grammar allows, and become unpaired {@code char}s. Every problem is a {@link JsonException}
 * naming the byte offset and the JSON Pointer of the value being read. Objects may repeat a name; the reader reports
 * every occurrence. Nesting is limited ({@link #DEFAULT_MAX_DEPTH} levels unless told otherwise), so hostile input
 * cannot exhaust the stack of a recursive decoder.
 *
 * <p>A reader is not thread-safe; use one per document.
 */
public final class JsonReader {
    /**
     * The default nesting limit: the number of arrays and objects that may be open at once. It is low on purpose: a
     * plugin runs on its host's stack, and a recursive decoder in a TeaVM plugin on xtp4j's Chicory runtime has room
     * for a few hundred levels of recursion, not thousands.
     */
    public static final int DEFAULT_MAX_DEPTH = 64;

    // Scopes.
    private static final byte EMPTY_DOCUMENT = 0;
    private static final byte NONEMPTY_DOCUMENT = 1;
    private static final byte EMPTY_ARRAY = 2;
    private static final byte NONEMPTY_ARRAY = 3;
    private static final byte EMPTY_OBJECT = 4;
    private static final byte DANGLING_NAME = 5;
    private static final byte NONEMPTY_OBJECT = 6;

    private static final int EOF = -1;

    private final byte[] in;
    /** Where the document starts in {@link #in}: offsets in messages count from here. */
    private final int base;
    private final int limit;
    private final int maxDepth;
    private int pos;

    /** The next token, once peeked; {@code null} when not yet known. */
    private JsonToken peeked;
    /** Where the peeked token starts. */
    private int tokenStart;
    /** For a peeked number: where its text ends. For a peeked boolean: its value (1 or 0). */
    private int tokenEnd;

    private byte[] scopes = new byte[16];
    private String[] names = new String[16];
    private int[] indices = new int[16];
    private int depth = 1;

    private char[] chars = new char[64];

    /**
     * A reader of a whole array, with the default nesting limit.
     *
     * @param json the document, UTF-8
     */
    public JsonReader(byte[] json) {
        this(json, 0, json.length, DEFAULT_MAX_DEPTH);
    }

    /**
     * A reader of part of an array.
     *
     * @param json the array holding the document, UTF-8
     * @param offset where the document starts
     * @param length the document's length in bytes
     * @param maxDepth the number of arrays and objects that may be open at once; at least 1
     * @throws IndexOutOfBoundsException when the range lies outside {@code json}
     * @throws IllegalArgumentException when {@code maxDepth} is less than 1
     */
    public JsonReader(byte[] json, int offset, int length, int maxDepth) {
        if (offset < 0 || length < 0 || length > json.length - offset) {
            throw new IndexOutOfBoundsException(
                    "range [" + offset + ", " + offset + " + " + length + ") outside an array of " + json.length);
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1, not " + maxDepth);
        }
        this.in = json;
        this.pos = offset;
        this.limit = offset + length;
        this.maxDepth = maxDepth;
        this.scopes[0] = EMPTY_DOCUMENT;
        this.base = offset;
    }

    /**
     * A reader of a document held in a string, with the default nesting limit.
     *
     * @param json the document
     * @return the reader
     */
    public static JsonReader of(String json) {
        return new JsonReader(json.getBytes(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Structure.

    /**
     * The kind of the next token, without consuming it.
     *
     * @return the next token's kind
     * @throws JsonException when the input is malformed at this point
     */
    public JsonToken peek() {
        if (peeked == null) {
            peeked = doPeek();
        }
        return peeked;
    }

    /**
     * Whether the current array or object has another element.
     *
     * @return false when the next token ends the array, the object or the document
     * @throws JsonException when the input is malformed at this point
     */
    public boolean hasNext() {
        JsonToken token = peek();
        return token != JsonToken.END_ARRAY && token != JsonToken.END_OBJECT && token != JsonToken.END_DOCUMENT;
    }

    /**
     * Consumes the start of an array.
     *
     * @throws JsonException when the next token is not <code>[</code>
     */
    public void beginArray() {
        expect(JsonToken.BEGIN_ARRAY);
        peeked = null;
        push(EMPTY_ARRAY);
    }

    /**
     * Consumes the end of an array.
     *
     * @throws JsonException when the next token is not <code>]</code>
     */
    public void endArray() {
        expect(JsonToken.END_ARRAY);
        peeked = null;
        depth--;
        valueDone();
    }

    /**
     * Consumes the start of an object.
     *
     * @throws JsonException when the next token is not <code>{</code>
     */
    public void beginObject() {
        expect(JsonToken.BEGIN_OBJECT);
        peeked = null;
        push(EMPTY_OBJECT);
    }

    /**
     * Consumes the end of an object.
     *
     * @throws JsonException when the next token is not <code>}</code>
     */
    public void endObject() {
        expect(JsonToken.END_OBJECT);
        peeked = null;
        depth--;
        names[depth] = null;
        valueDone();
    }

    /**
     * Checks that the document's value has been read completely and nothing but whitespace follows it.
     *
     * @throws JsonException when the document is not finished or has trailing content
     */
    public void endDocument() {
        expect(JsonToken.END_DOCUMENT);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Values.

    /**
     * Consumes a property name.
     *
     * @return the name
     * @throws JsonException when the next token is not a name, or the name is malformed
     */
    public String nextName() {
        expect(JsonToken.NAME);
        String name = readString(tokenStart + 1);
        peeked = null;
        names[depth - 1] = name;
        return name;
    }

    /**
     * Consumes a string value.
     *
     * @return the string
     * @throws JsonException when the next token is not a string, or the string is malformed
     */
    public String nextString() {
        expect(JsonToken.STRING);
        String value = readString(tokenStart + 1);
        peeked = null;
        valueDone();
        return value;
    }

    /**
     * Consumes a string value holding standard base64 (RFC 4648, with padding), the JSON form of XTP {@code buffer}
     * values.
     *
     * @return the decoded bytes
     * @throws JsonException when the next token is not a string, or the string is not valid base64
     */
    public byte[] nextBase64() {
        int start = peekStart(JsonToken.STRING);
        String pointer = pointer();
        String text = nextString();
        try {
            return Base64Codec.decode(text);
        } catch (IllegalArgumentException e) {
            throw new JsonException("invalid base64 string: " + e.getMessage(), start - base, pointer);
        }
    }

    /**
     * Consumes {@code true} or {@code false}.
     *
     * @return the value
     * @throws JsonException when the next token is not a boolean
     */
    public boolean nextBoolean() {
        expect(JsonToken.BOOLEAN);
        boolean value = tokenEnd != 0;
        peeked = null;
        valueDone();
        return value;
    }

    /**
     * Consumes {@code null}.
     *
     * @throws JsonException when the next token is not {@code null}
     */
    public void nextNull() {
        expect(JsonToken.NULL);
        peeked = null;
        valueDone();
    }

    /**
     * Consumes the next value if it is {@code null}: the usual first step of reading a nullable value.
     *
     * @return true when a {@code null} was consumed; false when the next token is something else (left unread)
     * @throws JsonException when the input is malformed at this point
     */
    public boolean nextIfNull() {
        if (peek() != JsonToken.NULL) {
            return false;
        }
        nextNull();
        return true;
    }

    /**
     * Consumes a number and returns its text exactly as written, for example to build a {@code BigDecimal}.
     *
     * @return the number's text
     * @throws JsonException when the next token is not a number
     */
    public String nextNumber() {
        expect(JsonToken.NUMBER);
        String text = ascii(tokenStart, tokenEnd);
        consumeNumber();
        return text;
    }

    /**
     * Consumes a number that is an integer in the range of {@code long}. Besides integer literals, numbers written
     * with a fraction or an exponent are accepted when their value is exactly an integer ({@code 1.0}, {@code 25e-1}
     * is not, {@code 1e3} is).
     *
     * @return the value
     * @throws JsonException when the next token is not a number, not an integer, or out of range
     */
    public long nextLong() {
        expect(JsonToken.NUMBER);
        long value = parseLong();
        consumeNumber();
        return value;
    }

    /**
     * Consumes a number that is an integer in the range of {@code int}; see {@link #nextLong()}.
     *
     * @return the value
     * @throws JsonException when the next token is not a number, not an integer, or out of range
     */
    public int nextInt() {
        expect(JsonToken.NUMBER);
        long value = parseLong();
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw error("the number " + tokenText() + " does not fit in a 32-bit integer", tokenStart);
        }
        consumeNumber();
        return (int) value;
    }

    /**
     * Consumes a number as the nearest {@code double} (correctly rounded, half to even, also where TeaVM's own
     * {@code Double.parseDouble} is not).
     *
     * @return the value
     * @throws JsonException when the next token is not a number, or its magnitude is too large for a {@code double}
     */
    public double nextDouble() {
        expect(JsonToken.NUMBER);
        double value = DecimalParser.parseDouble(in, tokenStart, tokenEnd);
        if (Double.isInfinite(value)) {
            throw error("the number " + tokenText() + " is too large for a double", tokenStart);
        }
        consumeNumber();
        return value;
    }

    /**
     * Consumes a number as the nearest {@code float} (correctly rounded once from the decimal text, not through
     * {@code double}).
     *
     * @return the value
     * @throws JsonException when the next token is not a number, or its magnitude is too large for a {@code float}
     */
    public float nextFloat() {
        expect(JsonToken.NUMBER);
        float value = DecimalParser.parseFloat(in, tokenStart, tokenEnd);
        if (Float.isInfinite(value)) {
            throw error("the number " + tokenText() + " is too large for a float", tokenStart);
        }
        consumeNumber();
        return value;
    }

    /**
     * Skips the next value, including everything inside it when it is an array or an object. The skipped part is
     * still checked.
     *
     * @throws JsonException when the next token is not the start of a value, or the value is malformed
     */
    public void skipValue() {
        int open = 0;
        do {
            JsonToken token = peek();
            switch (token) {
                case BEGIN_ARRAY:
                    beginArray();
                    open++;
                    break;
                case BEGIN_OBJECT:
                    beginObject();
                    open++;
                    break;
                case END_ARRAY:
                    if (open == 0) {
                        throw unexpected("a value", token);
                    }
                    endArray();
                    open--;
                    break;
                case END_OBJECT:
                    if (open == 0) {
                        throw unexpected("a value", token);
                    }
                    endObject();
                    open--;
                    break;
                case NAME:
                    if (open == 0) {
                        throw unexpected("a value", token);
                    }
                    nextName();
                    break;
                case STRING:
                    skipString(tokenStart + 1);
                    peeked = null;
                    valueDone();
                    break;
                case NUMBER:
                    consumeNumber();
                    break;
                case BOOLEAN:
                case NULL:
                    peeked = null;
                    valueDone();
                    break;
                default:
                    throw unexpected("a value", token);
            }
        } while (open > 0);
    }

    /**
     * Consumes the next value and returns its JSON text exactly as written (after checking it), for example to keep
     * a free-form object, with its key order, as text.
     *
     * @return the value's text
     * @throws JsonException when the next token is not the start of a value, or the value is malformed
     */
    public String nextRawValue() {
        peek();
        int start = tokenStart;
        skipValue();
        return new String(in, start, pos - start, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Position.

    /**
     * The JSON Pointer (RFC 6901) of the current place: the value about to be read or just read, for example
     * {@code /items/2/name}; {@code ""} for the document itself.
     *
     * @return the pointer
     */
    public String pointer() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < depth; i++) {
            byte scope = scopes[i];
            if (scope == EMPTY_ARRAY || scope == NONEMPTY_ARRAY) {
                sb.append('/').append(indices[i]);
            } else if (names[i] != null) {
                sb.append('/');
                String name = names[i];
                for (int j = 0; j < name.length(); j++) {
                    char c = name.charAt(j);
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

    /**
     * The byte offset of the next unread byte, from the start of the document.
     *
     * @return the offset
     */
    public int offset() {
        return pos - base;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Tokenizer.

    private JsonToken doPeek() {
        byte scope = scopes[depth - 1];
        int c;
        switch (scope) {
            case EMPTY_ARRAY:
                scopes[depth - 1] = NONEMPTY_ARRAY;
                c = nextNonWhitespace();
                if (c == ']') {
                    return token(JsonToken.END_ARRAY, pos - 1);
                }
                return value(c, "a value or ']'");
            case NONEMPTY_ARRAY:
                c = nextNonWhitespace();
                if (c == ']') {
                    return token(JsonToken.END_ARRAY, pos - 1);
                }
                if (c != ',') {
                    throw unexpectedCharacter(c, "',' or ']'");
                }
                c = nextNonWhitespace();
                if (c == ']') {
                    throw error("trailing comma before ']'", pos - 1);
                }
                return value(c, "a value");
            case EMPTY_OBJECT:
            case NONEMPTY_OBJECT:
                scopes[depth - 1] = DANGLING_NAME;
                c = nextNonWhitespace();
                if (c == '}') {
                    return token(JsonToken.END_OBJECT, pos - 1);
                }
                if (scope == NONEMPTY_OBJECT) {
                    if (c != ',') {
                        throw unexpectedCharacter(c, "',' or '}'");
                    }
                    c = nextNonWhitespace();
                    if (c == '}') {
                        throw error("trailing comma before '}'", pos - 1);
                    }
                }
                if (c != '"') {
                    throw unexpectedCharacter(c, scope == EMPTY_OBJECT
                            ? "a property name in double quotes or '}'" : "a property name in double quotes");
                }
                return token(JsonToken.NAME, pos - 1);
            case DANGLING_NAME:
                scopes[depth - 1] = NONEMPTY_OBJECT;
                c = nextNonWhitespace();
                if (c != ':') {
                    throw unexpectedCharacter(c, "':' after the property name");
                }
                return value(nextNonWhitespace(), "a value");
            case EMPTY_DOCUMENT:
                scopes[depth - 1] = NONEMPTY_DOCUMENT;
                c = nextNonWhitespace();
                if (c == EOF) {
                    throw error("empty document: expected a value", pos);
                }
                return value(c, "a value");
            default: // NONEMPTY_DOCUMENT
                c = nextNonWhitespace();
                if (c == EOF) {
                    return token(JsonToken.END_DOCUMENT, pos);
                }
                throw error("unexpected " + describe(c) + " after the document's value", pos - 1);
        }
    }

    /** Classifies the value starting with {@code c}, which has been consumed. */
    private JsonToken value(int c, String expected) {
        int start = pos - 1;
        switch (c) {
            case '{':
                return token(JsonToken.BEGIN_OBJECT, start);
            case '[':
                return token(JsonToken.BEGIN_ARRAY, start);
            case '"':
                return token(JsonToken.STRING, start);
            case 't':
                literal("true", start);
                tokenEnd = 1;
                return token(JsonToken.BOOLEAN, start);
            case 'f':
                literal("false", start);
                tokenEnd = 0;
                return token(JsonToken.BOOLEAN, start);
            case 'n':
                literal("null", start);
                return token(JsonToken.NULL, start);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    tokenEnd = scanNumber(start);
                    pos = tokenEnd;
                    return token(JsonToken.NUMBER, start);
                }
                if (c == EOF) {
                    throw error("unexpected end of input: expected " + expected, pos);
                }
                throw error("unexpected " + describe(c) + ": expected " + expected, start);
        }
    }

    private JsonToken token(JsonToken token, int start) {
        tokenStart = start;
        return token;
    }

    private void literal(String word, int start) {
        int n = word.length();
        for (int i = 1; i < n; i++) {
            if (start + i >= limit || in[start + i] != word.charAt(i)) {
                throw error("invalid literal: expected '" + word + "'", start);
            }
        }
        int end = start + n;
        if (end < limit && !isDelimiter(in[end])) {
            throw error("invalid literal: expected '" + word + "'", start);
        }
        pos = end;
    }

    /** Validates the number at {@code start} against the JSON grammar; returns where it ends. */
    private int scanNumber(int start) {
        int i = start;
        if (in[i] == '-') {
            i++;
        }
        if (i >= limit || !isDigit(in[i])) {
            throw error("invalid number: expected a digit after '-'", start);
        }
        if (in[i] == '0') {
            i++;
            if (i < limit && isDigit(in[i])) {
                throw error("invalid number: leading zeros are not allowed", start);
            }
        } else {
            while (i < limit && isDigit(in[i])) {
                i++;
            }
        }
        if (i < limit && in[i] == '.') {
            i++;
            if (i >= limit || !isDigit(in[i])) {
                throw error("invalid number: expected a digit after the decimal point", start);
            }
            while (i < limit && isDigit(in[i])) {
                i++;
            }
        }
        if (i < limit && (in[i] == 'e' || in[i] == 'E')) {
            i++;
            if (i < limit && (in[i] == '+' || in[i] == '-')) {
                i++;
            }
            if (i >= limit || !isDigit(in[i])) {
                throw error("invalid number: expected a digit in the exponent", start);
            }
            while (i < limit && isDigit(in[i])) {
                i++;
            }
        }
        if (i < limit && !isDelimiter(in[i])) {
            throw error("invalid number: unexpected " + describe(in[i] & 0xFF) + " after '"
                    + ascii(start, i) + "'", i);
        }
        return i;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean isDelimiter(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == ',' || b == ']' || b == '}';
    }

    private int nextNonWhitespace() {
        while (pos < limit) {
            byte b = in[pos++];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return b & 0xFF;
            }
        }
        return EOF;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Strings.

    /** Decodes the string whose content starts at {@code start} (after the quote); leaves {@link #pos} after it. */
    private String readString(int start) {
        int i = start;
        int n = 0;
        while (true) {
            if (i >= limit) {
                throw error("unterminated string", start - 1);
            }
            int b = in[i] & 0xFF;
            if (n + 2 > chars.length) {
                char[] bigger = new char[chars.length * 2];
                System.arraycopy(chars, 0, bigger, 0, n);
                chars = bigger;
            }
            if (b == '"') {
                pos = i + 1;
                return new String(chars, 0, n);
            }
            if (b == '\\') {
                i = readEscape(i, n);
                n++;
            } else if (b < 0x20) {
                throw error("unescaped control character " + hex(b) + " in a string", i);
            } else if (b < 0x80) {
                chars[n++] = (char) b;
                i++;
            } else {
                int cp = decodeUtf8(i);
                i += utf8Length(b);
                if (cp >= 0x10000) {
                    chars[n++] = (char) (0xD7C0 + (cp >>> 10));
                    chars[n++] = (char) (0xDC00 | (cp & 0x3FF));
                } else {
                    chars[n++] = (char) cp;
                }
            }
        }
    }

    /** Validates the string whose content starts at {@code start} without building it. */
    private void skipString(int start) {
        int i = start;
        while (true) {
            if (i >= limit) {
                throw error("unterminated string", start - 1);
            }
            int b = in[i] & 0xFF;
            if (b == '"') {
                pos = i + 1;
                return;
            }
            if (b == '\\') {
                i = readEscape(i, -1);
            } else if (b < 0x20) {
                throw error("unescaped control character " + hex(b) + " in a string", i);
            } else if (b < 0x80) {
                i++;
            } else {
                decodeUtf8(i);
                i += utf8Length(b);
            }
        }
    }

    /**
     * Decodes the escape at {@code i} (the backslash) into {@code chars[n]} (when {@code n >= 0}); returns the index
     * after it.
     */
    private int readEscape(int i, int n) {
        if (i + 1 >= limit) {
            throw error("unterminated string", i);
        }
        int e = in[i + 1] & 0xFF;
        char c;
        switch (e) {
            case '"':
                c = '"';
                break;
            case '\\':
                c = '\\';
                break;
            case '/':
                c = '/';
                break;
            case 'b':
                c = '\b';
                break;
            case 'f':
                c = '\f';
                break;
            case 'n':
                c = '\n';
                break;
            case 'r':
                c = '\r';
                break;
            case 't':
                c = '\t';
                break;
            case 'u':
                int value = 0;
                for (int k = 0; k < 4; k++) {
                    int at = i + 2 + k;
                    int digit = at < limit ? hexValue(in[at]) : -1;
                    if (digit < 0) {
                        throw error("invalid \\u escape: expected four hexadecimal digits", i);
                    }
                    value = (value << 4) | digit;
                }
                if (n >= 0) {
                    chars[n] = (char) value;
                }
                return i + 6;
            default:
                throw error("invalid escape '\\" + (e >= 0x20 && e < 0x7F ? String.valueOf((char) e) : hex(e))
                        + "'", i);
        }
        if (n >= 0) {
            chars[n] = c;
        }
        return i + 2;
    }

    private static int hexValue(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }

    private static int utf8Length(int lead) {
        return lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    }

    /**
     * Decodes the multi-byte UTF-8 sequence at {@code i}, rejecting overlong forms, surrogates and values above
     * U+10FFFF.
     */
    private int decodeUtf8(int i) {
        int lead = in[i] & 0xFF;
        int length;
        int min;
        int max;
        int cp;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            cp = lead & 0x1F;
            min = 0x80;
            max = 0xBF;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            cp = lead & 0x0F;
            min = lead == 0xE0 ? 0xA0 : 0x80;
            max = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            cp = lead & 0x07;
            min = lead == 0xF0 ? 0x90 : 0x80;
            max = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw error("invalid UTF-8: byte " + hex(lead) + " cannot start a character", i);
        }
        for (int k = 1; k < length; k++) {
            if (i + k >= limit) {
                throw error("invalid UTF-8: truncated " + length + "-byte sequence", i);
            }
            int b = in[i + k] & 0xFF;
            if (b < (k == 1 ? min : 0x80) || b > (k == 1 ? max : 0xBF)) {
                throw error("invalid UTF-8: unexpected byte " + hex(b) + " in a " + length + "-byte sequence", i + k);
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        return cp;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Bookkeeping.

    private void push(byte scope) {
        if (depth > maxDepth) {
            throw error("nesting too deep: more than " + maxDepth + " arrays and objects are open", tokenStart);
        }
        if (depth == scopes.length) {
            int size = depth * 2;
            byte[] newScopes = new byte[size];
            System.arraycopy(scopes, 0, newScopes, 0, depth);
            scopes = newScopes;
            String[] newNames = new String[size];
            System.arraycopy(names, 0, newNames, 0, depth);
            names = newNames;
            int[] newIndices = new int[size];
            System.arraycopy(indices, 0, newIndices, 0, depth);
            indices = newIndices;
        }
        scopes[depth] = scope;
        indices[depth] = 0;
        names[depth] = null;
        depth++;
    }

    /** Counts a finished value in the enclosing array. */
    private void valueDone() {
        indices[depth - 1]++;
    }

    /**
     * The peeked number as an exact {@code long}. Integer literals are parsed directly; numbers with a fraction or an
     * exponent are accepted when their decimal value is an integer, without going through {@code double}.
     */
    private long parseLong() {
        int i = tokenStart;
        boolean negative = in[i] == '-';
        if (negative) {
            i++;
        }
        int intStart = i;
        while (i < tokenEnd && isDigit(in[i])) {
            i++;
        }
        int intEnd = i;
        int fracStart = i;
        int fracEnd = i;
        if (i < tokenEnd && in[i] == '.') {
            fracStart = ++i;
            while (i < tokenEnd && isDigit(in[i])) {
                i++;
            }
            fracEnd = i;
        }
        long exponent = 0;
        if (i < tokenEnd) { // 'e' or 'E'
            i++;
            boolean negativeExponent = in[i] == '-';
            if (in[i] == '-' || in[i] == '+') {
                i++;
            }
            for (; i < tokenEnd; i++) {
                if (exponent < 1_000_000_000L) {
                    exponent = exponent * 10 + (in[i] - '0');
                }
            }
            if (negativeExponent) {
                exponent = -exponent;
            }
        }
        // The value is digits(intStart..intEnd, fracStart..fracEnd) * 10^scale.
        long scale = exponent - (fracEnd - fracStart);
        int totalDigits = (intEnd - intStart) + (fracEnd - fracStart);
        int first = 0;
        while (first < totalDigits && digitAt(first, intStart, intEnd, fracStart) == 0) {
            first++;
        }
        if (first == totalDigits) {
            return 0;
        }
        int last = totalDigits; // exclusive: the digits [first, last) form the integer, followed by zeros
        if (scale < 0) {
            if (-scale >= totalDigits - first) {
                throw notAnInteger();
            }
            last = totalDigits + (int) scale;
            for (int k = last; k < totalDigits; k++) {
                if (digitAt(k, intStart, intEnd, fracStart) != 0) {
                    throw notAnInteger();
                }
            }
            scale = 0;
        }
        if ((last - first) + scale > 19) {
            throw outOfLongRange();
        }
        long limitValue = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
        long multiplyMin = limitValue / 10;
        long result = 0;
        for (long k = first; k < last + scale; k++) {
            int digit = k < last ? digitAt((int) k, intStart, intEnd, fracStart) : 0;
            if (result < multiplyMin) {
                throw outOfLongRange();
            }
            result *= 10;
            if (result < limitValue + digit) {
                throw outOfLongRange();
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    /** The k-th digit of the number's integer part followed by its fraction part. */
    private int digitAt(int k, int intStart, int intEnd, int fracStart) {
        int intLength = intEnd - intStart;
        return in[k < intLength ? intStart + k : fracStart + (k - intLength)] - '0';
    }

    private JsonException notAnInteger() {
        return error("expected an integer but found " + tokenText(), tokenStart);
    }

    private JsonException outOfLongRange() {
        return error("the number " + tokenText() + " does not fit in a 64-bit integer", tokenStart);
    }

    private void consumeNumber() {
        pos = tokenEnd;
        peeked = null;
        valueDone();
    }

    private String tokenText() {
        return ascii(tokenStart, tokenEnd);
    }

    private void expect(JsonToken expected) {
        JsonToken token = peek();
        if (token != expected) {
            throw unexpected(expected.description(), token);
        }
    }

    private int peekStart(JsonToken expected) {
        expect(expected);
        return tokenStart;
    }

    private JsonException unexpected(String expected, JsonToken found) {
        return error("expected " + expected + " but found " + found.description(), tokenStart);
    }

    private JsonException unexpectedCharacter(int c, String expected) {
        if (c == EOF) {
            return error("unexpected end of input: expected " + expected, pos);
        }
        return error("unexpected " + describe(c) + ": expected " + expected, pos - 1);
    }

    JsonException error(String problem, int at) {
        return new JsonException(problem, at - base, pointer());
    }

    /** The text of an ASCII-only range of the input, such as a number. */
    private String ascii(int start, int end) {
        char[] text = new char[end - start];
        for (int i = start; i < end; i++) {
            text[i - start] = (char) in[i];
        }
        return new String(text);
    }

    private static String describe(int c) {
        if (c >= 0x21 && c < 0x7F) {
            return "character '" + (char) c + "'";
        }
        return "byte " + hex(c);
    }

    private static String hex(int b) {
        String digits = "0123456789ABCDEF";
        return "0x" + digits.charAt((b >>> 4) & 0xF) + digits.charAt(b & 0xF);
    }
}
