package dev.xtp4j.codec.internal;

/**
 * Checks that bytes are exactly one well-formed MessagePack value before a parser sees them, in one pass that
 * allocates only a small stack. What it guarantees lets the parser allocate no more than the input justifies:
 *
 * <ul>
 *   <li>every format byte is defined ({@code 0xc1} is not);</li>
 *   <li>every string, binary and extension length fits in the remaining bytes, and so does every array and map
 *       count (each element takes at least one byte);</li>
 *   <li>strings are well-formed UTF-8;</li>
 *   <li>map keys are strings (XTP objects and maps have string keys);</li>
 *   <li>nesting is at most {@value #MAX_DEPTH} levels;</li>
 *   <li>nothing follows the value.</li>
 * </ul>
 */
public final class MsgpackScanner {
    /** The deepest nesting of arrays and maps accepted. */
    public static final int MAX_DEPTH = 500;

    /** A problem found in the bytes. */
    public static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;
        private final int offset;

        Problem(int offset, String message) {
            super(message);
            this.offset = offset;
        }

        /**
         * Returns the byte offset of the problem.
         *
         * @return the offset
         */
        public int offset() {
            return offset;
        }
    }

    private final byte[] b;
    private int pos;
    // One entry per open array or map: the items still to read, and whether it is a map (items alternate key, value).
    private long[] remaining = new long[8];
    private boolean[] map = new boolean[8];
    private int depth;

    private MsgpackScanner(byte[] b) {
        this.b = b;
    }

    /**
     * Checks bytes.
     *
     * @param bytes the bytes
     * @throws Problem naming the byte offset and what is wrong
     */
    public static void check(byte[] bytes) throws Problem {
        new MsgpackScanner(bytes).run();
    }

    private void run() throws Problem {
        if (b.length == 0) {
            throw new Problem(0, "no bytes: expected a MessagePack value");
        }
        do {
            boolean key = depth > 0 && map[depth - 1] && (remaining[depth - 1] & 1) == 0;
            item(key);
            while (depth > 0 && remaining[depth - 1] == 0) {
                depth--;
            }
        } while (depth > 0);
        if (pos != b.length) {
            throw new Problem(pos, (b.length - pos) + " unexpected byte(s) after the value");
        }
    }

    /** Reads one item header and payload; opens a container when it has elements. */
    private void item(boolean key) throws Problem {
        int at = pos;
        if (pos >= b.length) {
            throw new Problem(pos, "the input ends where a value was expected");
        }
        int c = b[pos++] & 0xFF;
        if (depth > 0) {
            remaining[depth - 1]--;
        }
        boolean isString = (c >= 0xa0 && c <= 0xbf) || (c >= 0xd9 && c <= 0xdb);
        if (key && !isString) {
            throw new Problem(at, "map key must be a string, found " + describe(c));
        }
        if (c <= 0x7f || c >= 0xe0 || c == 0xc0 || c == 0xc2 || c == 0xc3) {
            return;
        }
        if (c >= 0x80 && c <= 0x8f) {
            open(at, c & 0x0f, true);
        } else if (c >= 0x90 && c <= 0x9f) {
            open(at, c & 0x0f, false);
        } else if (c >= 0xa0 && c <= 0xbf) {
            string(at, c & 0x1f);
        } else {
            switch (c) {
                case 0xc1:
                    throw new Problem(at, "byte 0xc1 is not a MessagePack format");
                case 0xc4:
                    skip(at, length(1), "binary");
                    break;
                case 0xc5:
                    skip(at, length(2), "binary");
                    break;
                case 0xc6:
                    skip(at, length(4), "binary");
                    break;
                case 0xc7:
                    ext(at, length(1));
                    break;
                case 0xc8:
                    ext(at, length(2));
                    break;
                case 0xc9:
                    ext(at, length(4));
                    break;
                case 0xca:
                case 0xce:
                case 0xd2:
                    fixed(at, 4);
                    break;
                case 0xcb:
                case 0xcf:
                case 0xd3:
                    fixed(at, 8);
                    break;
                case 0xcc:
                case 0xd0:
                    fixed(at, 1);
                    break;
                case 0xcd:
                case 0xd1:
                    fixed(at, 2);
                    break;
                case 0xd4:
                    fixed(at, 2);
                    break;
                case 0xd5:
                    fixed(at, 3);
                    break;
                case 0xd6:
                    fixed(at, 5);
                    break;
                case 0xd7:
                    fixed(at, 9);
                    break;
                case 0xd8:
                    fixed(at, 17);
                    break;
                case 0xd9:
                    string(at, length(1));
                    break;
                case 0xda:
                    string(at, length(2));
                    break;
                case 0xdb:
                    string(at, length(4));
                    break;
                case 0xdc:
                    open(at, length(2), false);
                    break;
                case 0xdd:
                    open(at, length(4), false);
                    break;
                case 0xde:
                    open(at, length(2), true);
                    break;
                default: // 0xdf
                    open(at, length(4), true);
                    break;
            }
        }
    }

    private long length(int width) throws Problem {
        if (b.length - pos < width) {
            throw new Problem(pos - 1, "the input ends inside a " + width + "-byte length");
        }
        long v = 0;
        for (int i = 0; i < width; i++) {
            v = (v << 8) | (b[pos++] & 0xFF);
        }
        return v;
    }

    private void fixed(int at, int n) throws Problem {
        if (b.length - pos < n) {
            throw new Problem(at, "the input ends inside a value that needs " + n + " more byte(s), "
                    + (b.length - pos) + " left");
        }
        pos += n;
    }

    private void skip(int at, long n, String what) throws Problem {
        if (n > b.length - pos) {
            throw new Problem(at, what + " of " + n + " bytes, but only " + (b.length - pos) + " bytes are left");
        }
        pos += (int) n;
    }

    private void ext(int at, long n) throws Problem {
        skip(at, n + 1, "extension (type byte and " + n + " bytes)");
    }

    private void string(int at, long n) throws Problem {
        int start = pos;
        skip(at, n, "string");
        int bad = Utf8.firstInvalid(b, start, (int) n);
        if (bad >= 0) {
            throw new Problem(bad, "string is not well-formed UTF-8 (byte 0x"
                    + Integer.toHexString(b[bad] & 0xFF) + ")");
        }
    }

    private void open(int at, long count, boolean isMap) throws Problem {
        long items = isMap ? count * 2 : count;
        if (items > b.length - pos) {
            throw new Problem(at, (isMap ? "map of " + count + " entries" : "array of " + count + " elements")
                    + ", but only " + (b.length - pos) + " bytes are left");
        }
        if (items == 0) {
            return;
        }
        if (depth == MAX_DEPTH) {
            throw new Problem(at, "nesting deeper than " + MAX_DEPTH + " levels");
        }
        if (depth == remaining.length) {
            remaining = java.util.Arrays.copyOf(remaining, depth * 2);
            map = java.util.Arrays.copyOf(map, depth * 2);
        }
        remaining[depth] = items;
        map[depth] = isMap;
        depth++;
    }

    private static String describe(int c) {
        if (c <= 0x7f || c >= 0xe0 || (c >= 0xcc && c <= 0xd3)) {
            return "an integer";
        }
        if (c >= 0x80 && c <= 0x8f || c == 0xde || c == 0xdf) {
            return "a map";
        }
        if (c >= 0x90 && c <= 0x9f || c == 0xdc || c == 0xdd) {
            return "an array";
        }
        switch (c) {
            case 0xc0:
                return "nil";
            case 0xc2:
            case 0xc3:
                return "a boolean";
            case 0xca:
            case 0xcb:
                return "a float";
            case 0xc4:
            case 0xc5:
            case 0xc6:
                return "binary";
            default:
                return "an extension";
        }
    }
}
