package dev.xtp4j.codec;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The wire forms of XTP {@code date-time} values, shared by every codec:
 *
 * <ul>
 *   <li><b>RFC 3339 text</b> (JSON, text/plain, WAVE): read with {@link #parse}, written canonically with
 *       {@link #format}: {@code 2024-05-01T12:00:00Z}, {@code 2024-05-01T14:00:00.250+02:00};</li>
 *   <li><b>Unix microseconds</b> (Karmem): a signed 64-bit count of microseconds since 1970-01-01T00:00:00Z,
 *       {@link #toUnixMicros} and {@link #fromUnixMicros};</li>
 *   <li><b>MessagePack timestamps</b> (extension type −1): {@link #toMsgpackTimestamp} and
 *       {@link #fromMsgpackTimestamp}.</li>
 * </ul>
 *
 * <p>All methods are static and thread-safe; failures are {@link IllegalArgumentException}s whose message says what
 * is wrong.
 */
public final class DateTimes {
    /** The MessagePack extension type of timestamps. */
    public static final byte MSGPACK_TIMESTAMP_TYPE = -1;

    private static final long MICROS_PER_SECOND = 1_000_000L;

    private DateTimes() {
    }

    /**
     * Reads an RFC 3339 {@code date-time}: {@code YYYY-MM-DDTHH:MM:SS}, an optional fraction of 1 to 9 digits, and
     * {@code Z} or an offset {@code ±HH:MM}. {@code T} and {@code Z} may be lower case; {@code -00:00} (offset
     * unknown) reads as {@code Z}. Leap seconds ({@code :60}) and anything else are rejected.
     *
     * @param text the text
     * @return the date-time, with the offset as written
     * @throws IllegalArgumentException if the text is not an RFC 3339 date-time that Java can represent
     */
    public static OffsetDateTime parse(String text) {
        Objects.requireNonNull(text, "text");
        Cursor c = new Cursor(text);
        int year = c.digits(4, "a 4-digit year");
        c.expect('-');
        int month = c.digits(2, "a 2-digit month");
        c.expect('-');
        int day = c.digits(2, "a 2-digit day");
        c.expectEither('T', 't', "'T' between the date and the time");
        int hour = c.digits(2, "a 2-digit hour");
        c.expect(':');
        int minute = c.digits(2, "2-digit minutes");
        c.expect(':');
        int second = c.digits(2, "2-digit seconds");
        int nanos = 0;
        if (c.peek() == '.') {
            c.next();
            int start = c.pos;
            while (Character.isDigit(c.peek()) && c.peek() < 128) {
                c.next();
            }
            int n = c.pos - start;
            if (n == 0) {
                throw c.fail("expected digits after '.'");
            }
            if (n > 9) {
                throw c.fail("at most 9 fractional digits (nanoseconds) are supported");
            }
            nanos = Integer.parseInt(text.substring(start, c.pos));
            for (int i = n; i < 9; i++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset;
        char z = c.peek();
        if (z == 'Z' || z == 'z') {
            c.next();
            offset = ZoneOffset.UTC;
        } else if (z == '+' || z == '-') {
            c.next();
            int oh = c.digits(2, "a 2-digit offset hour");
            c.expect(':');
            int om = c.digits(2, "2-digit offset minutes");
            if (oh > 23 || om > 59) {
                throw new IllegalArgumentException("invalid RFC 3339 date-time \"" + text + "\": offset out of range");
            }
            int sign = z == '-' ? -1 : 1;
            try {
                offset = ZoneOffset.ofHoursMinutes(sign * oh, sign * om);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("invalid RFC 3339 date-time \"" + text + "\": offset "
                        + text.substring(c.pos - 6, c.pos) + " is beyond ±18:00", e);
            }
        } else {
            throw c.fail("expected 'Z' or an offset such as +02:00");
        }
        if (c.pos != text.length()) {
            throw c.fail("unexpected text after the date-time");
        }
        if (second == 60) {
            throw new IllegalArgumentException("invalid RFC 3339 date-time \"" + text
                    + "\": leap seconds (:60) are not supported");
        }
        try {
            return OffsetDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second, nanos),
                    offset);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("invalid RFC 3339 date-time \"" + text + "\": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a date-time in canonical RFC 3339 form: seconds always; the fraction left out when it is zero and
     * otherwise written with 3, 6 or 9 digits (the fewest that are exact); {@code Z} for offset zero, otherwise
     * {@code ±HH:MM}.
     *
     * @param value the date-time
     * @return e.g. {@code 2024-05-01T12:00:00.250Z}
     * @throws IllegalArgumentException if the year is outside 0000–9999 or the offset has seconds, which RFC 3339
     *                                  cannot express
     */
    public static String format(OffsetDateTime value) {
        Objects.requireNonNull(value, "value");
        int year = value.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("RFC 3339 has 4-digit years; " + year + " cannot be written");
        }
        int offsetSeconds = value.getOffset().getTotalSeconds();
        if (offsetSeconds % 60 != 0) {
            throw new IllegalArgumentException("RFC 3339 offsets have no seconds; " + value.getOffset()
                    + " cannot be written");
        }
        StringBuilder sb = new StringBuilder(35);
        pad(sb, year, 4).append('-');
        pad(sb, value.getMonthValue(), 2).append('-');
        pad(sb, value.getDayOfMonth(), 2).append('T');
        pad(sb, value.getHour(), 2).append(':');
        pad(sb, value.getMinute(), 2).append(':');
        pad(sb, value.getSecond(), 2);
        int nanos = value.getNano();
        if (nanos != 0) {
            sb.append('.');
            if (nanos % 1_000_000 == 0) {
                pad(sb, nanos / 1_000_000, 3);
            } else if (nanos % 1_000 == 0) {
                pad(sb, nanos / 1_000, 6);
            } else {
                pad(sb, nanos, 9);
            }
        }
        if (offsetSeconds == 0) {
            sb.append('Z');
        } else {
            int abs = Math.abs(offsetSeconds) / 60;
            sb.append(offsetSeconds < 0 ? '-' : '+');
            pad(sb, abs / 60, 2).append(':');
            pad(sb, abs % 60, 2);
        }
        return sb.toString();
    }

    /**
     * Returns the date-time as microseconds since the Unix epoch, the Karmem form. Digits below a microsecond are
     * dropped (rounding toward negative infinity), the offset is applied.
     *
     * @param value the date-time
     * @return microseconds since 1970-01-01T00:00:00Z
     * @throws IllegalArgumentException if the instant is beyond ±292,000 years, which 64 bits of microseconds
     *                                  cannot hold
     */
    public static long toUnixMicros(OffsetDateTime value) {
        return toUnixMicros(value.toInstant());
    }

    /**
     * Returns the instant as microseconds since the Unix epoch (see {@link #toUnixMicros(OffsetDateTime)}).
     *
     * @param instant the instant
     * @return microseconds since 1970-01-01T00:00:00Z
     * @throws IllegalArgumentException if it does not fit 64 bits
     */
    public static long toUnixMicros(Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND),
                    instant.getNano() / 1_000);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(instant + " is too far from 1970 for 64-bit microseconds", e);
        }
    }

    /**
     * Makes a date-time from microseconds since the Unix epoch, with offset {@code Z}.
     *
     * @param micros microseconds since 1970-01-01T00:00:00Z
     * @return the date-time in UTC
     */
    public static OffsetDateTime fromUnixMicros(long micros) {
        long seconds = Math.floorDiv(micros, MICROS_PER_SECOND);
        long micro = Math.floorMod(micros, MICROS_PER_SECOND);
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, micro * 1_000), ZoneOffset.UTC);
    }

    /**
     * Encodes an instant as the payload of a MessagePack timestamp (extension type −1), in the smallest of the three
     * standard forms: 4 bytes (whole seconds 0 to 2<sup>32</sup>−1), 8 bytes (30 bits of nanoseconds and 34 bits of
     * seconds, 0 to 2<sup>34</sup>−1), or 12 bytes (32-bit nanoseconds, then signed 64-bit seconds), big-endian.
     *
     * @param instant the instant
     * @return the extension payload
     */
    public static byte[] toMsgpackTimestamp(Instant instant) {
        long seconds = instant.getEpochSecond();
        int nanos = instant.getNano();
        if ((seconds >>> 34) == 0) {
            long data64 = ((long) nanos << 34) | seconds;
            if ((data64 & 0xFFFF_FFFF_0000_0000L) == 0) {
                return bigEndian(data64, 4);
            }
            return bigEndian(data64, 8);
        }
        byte[] out = new byte[12];
        System.arraycopy(bigEndian(nanos & 0xFFFF_FFFFL, 4), 0, out, 0, 4);
        System.arraycopy(bigEndian(seconds, 8), 0, out, 4, 8);
        return out;
    }

    /**
     * Decodes the payload of a MessagePack timestamp (extension type −1).
     *
     * @param payload 4, 8 or 12 bytes
     * @return the instant
     * @throws IllegalArgumentException for another length, nanoseconds of 10<sup>9</sup> or more, or an instant Java
     *                                  cannot represent
     */
    public static Instant fromMsgpackTimestamp(byte[] payload) {
        long seconds;
        long nanos;
        switch (payload.length) {
            case 4:
                seconds = readBigEndian(payload, 0, 4);
                nanos = 0;
                break;
            case 8:
                long data64 = readBigEndian(payload, 0, 8);
                nanos = data64 >>> 34;
                seconds = data64 & 0x3_FFFF_FFFFL;
                break;
            case 12:
                nanos = readBigEndian(payload, 0, 4);
                seconds = readBigEndian(payload, 4, 8);
                break;
            default:
                throw new IllegalArgumentException("a MessagePack timestamp has 4, 8 or 12 bytes, not "
                        + payload.length);
        }
        if (nanos >= 1_000_000_000L) {
            throw new IllegalArgumentException("MessagePack timestamp with " + nanos + " nanoseconds (at most "
                    + "999999999)");
        }
        try {
            return Instant.ofEpochSecond(seconds, nanos);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("MessagePack timestamp of " + seconds + " seconds is out of range", e);
        }
    }

    private static byte[] bigEndian(long v, int n) {
        byte[] b = new byte[n];
        for (int i = n - 1; i >= 0; i--) {
            b[i] = (byte) v;
            v >>>= 8;
        }
        return b;
    }

    private static long readBigEndian(byte[] b, int from, int n) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 8) | (b[from + i] & 0xFF);
        }
        return v;
    }

    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s);
    }

    /** A position in the text being parsed. */
    private static final class Cursor {
        private final String text;
        private int pos;

        Cursor(String text) {
            this.text = text;
        }

        char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        void next() {
            pos++;
        }

        int digits(int n, String what) {
            int v = 0;
            for (int i = 0; i < n; i++) {
                char ch = peek();
                if (ch < '0' || ch > '9') {
                    throw fail("expected " + what);
                }
                v = v * 10 + (ch - '0');
                pos++;
            }
            return v;
        }

        void expect(char ch) {
            if (peek() != ch) {
                throw fail("expected '" + ch + "'");
            }
            pos++;
        }

        void expectEither(char a, char b, String what) {
            char ch = peek();
            if (ch != a && ch != b) {
                throw fail("expected " + what);
            }
            pos++;
        }

        IllegalArgumentException fail(String why) {
            return new IllegalArgumentException("invalid RFC 3339 date-time \"" + text + "\" at character "
                    + (pos + 1) + ": " + why);
        }
    }
}
