package dev.xtp4j.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-05-01T12:00:00Z | 2024-05-01T12:00:00Z",
        "2024-05-01t12:00:00z | 2024-05-01T12:00:00Z",
        "2024-07-23T16:03:34.000Z | 2024-07-23T16:03:34Z",
        "2024-07-23T16:03:34.5Z | 2024-07-23T16:03:34.500Z",
        "2024-07-23T16:03:34.123456Z | 2024-07-23T16:03:34.123456Z",
        "2024-07-23T16:03:34.1234567Z | 2024-07-23T16:03:34.123456700Z",
        "2024-07-23T16:03:34.000000001+02:00 | 2024-07-23T16:03:34.000000001+02:00",
        "1985-04-12T23:20:50.52-05:30 | 1985-04-12T23:20:50.520-05:30",
        "1996-12-19T16:39:57-00:00 | 1996-12-19T16:39:57Z",
        "0000-01-01T00:00:00Z | 0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999999+23:59 | 9999-12-31T23:59:59.999999999+18:00",
    })
    void parsesAndPrintsCanonically(String text, String canonical) {
        if (canonical.endsWith("+18:00")) {
            // +23:59 is valid RFC 3339 but beyond Java's ±18:00
            assertThrows(IllegalArgumentException.class, () -> DateTimes.parse(text));
            return;
        }
        OffsetDateTime dt = DateTimes.parse(text);
        assertEquals(canonical, DateTimes.format(dt));
        assertEquals(dt, DateTimes.parse(DateTimes.format(dt)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2024-05-01", "2024-05-01T12:00:00", "2024-05-01 12:00:00Z", "2024-5-01T12:00:00Z",
        "2024-05-01T12:00Z", "2024-05-01T12:00:00.Z", "2024-05-01T12:00:00.1234567890Z", "2024-13-01T00:00:00Z",
        "2024-02-30T00:00:00Z", "2024-05-01T24:00:00Z", "2024-06-30T23:59:60Z", "2024-05-01T12:00:00+0200",
        "2024-05-01T12:00:00+02", "2024-05-01T12:00:00Zjunk", "+2024-05-01T12:00:00Z", "２０２４-05-01T12:00:00Z"})
    void rejectsWhatIsNotRfc3339(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateTimes.parse(text));
        assertTrue(e.getMessage().contains("RFC 3339"), e.getMessage());
    }

    @Test
    void cannotFormatWhatRfc3339CannotHold() {
        assertThrows(IllegalArgumentException.class, () -> DateTimes.format(
                OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)));
        assertThrows(IllegalArgumentException.class, () -> DateTimes.format(
                OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofTotalSeconds(3601))));
    }

    @Test
    void unixMicros() {
        OffsetDateTime dt = DateTimes.parse("1970-01-01T00:00:01.000001+01:00");
        assertEquals(-3_599_000_000L + 1, DateTimes.toUnixMicros(dt));
        assertEquals(dt.toInstant(), DateTimes.fromUnixMicros(DateTimes.toUnixMicros(dt)).toInstant());
        assertEquals(-1, DateTimes.toUnixMicros(Instant.ofEpochSecond(-1, 999_999_999)), "floor, not truncation");
        assertEquals("1969-12-31T23:59:59.999999Z", DateTimes.format(DateTimes.fromUnixMicros(-1)));
        assertThrows(IllegalArgumentException.class, () -> DateTimes.toUnixMicros(Instant.MAX));
        Random r = new Random(7);
        for (int i = 0; i < 1000; i++) {
            long micros = r.nextLong() / 1000;
            assertEquals(micros, DateTimes.toUnixMicros(DateTimes.fromUnixMicros(micros)));
        }
    }

    @Test
    void msgpackTimestampsUseTheSmallestForm() {
        HexFormat hex = HexFormat.of();
        assertEquals("00000000", hex.formatHex(DateTimes.toMsgpackTimestamp(Instant.EPOCH)));
        assertEquals("ffffffff", hex.formatHex(DateTimes.toMsgpackTimestamp(Instant.ofEpochSecond(0xFFFF_FFFFL))));
        assertEquals(8, DateTimes.toMsgpackTimestamp(Instant.ofEpochSecond(1L << 32)).length);
        assertEquals(8, DateTimes.toMsgpackTimestamp(Instant.ofEpochSecond(1, 1)).length);
        assertEquals(12, DateTimes.toMsgpackTimestamp(Instant.ofEpochSecond(-1)).length);
        assertEquals(12, DateTimes.toMsgpackTimestamp(Instant.ofEpochSecond(1L << 34)).length);
        // 1 ns after the epoch in the 64-bit form: nanoseconds in the top 30 bits
        assertArrayEquals(hex.parseHex("0000000400000000"), DateTimes.toMsgpackTimestamp(Instant.ofEpochSecond(0, 1)));
        Random r = new Random(11);
        for (int i = 0; i < 2000; i++) {
            Instant t = Instant.ofEpochSecond(r.nextLong() % 100_000_000_000L, r.nextInt(1_000_000_000));
            assertEquals(t, DateTimes.fromMsgpackTimestamp(DateTimes.toMsgpackTimestamp(t)));
        }
        assertThrows(IllegalArgumentException.class, () -> DateTimes.fromMsgpackTimestamp(new byte[5]));
        assertThrows(IllegalArgumentException.class,
                () -> DateTimes.fromMsgpackTimestamp(hex.parseHex("ffffffff00000000")), "nanoseconds >= 1e9");
    }
}
