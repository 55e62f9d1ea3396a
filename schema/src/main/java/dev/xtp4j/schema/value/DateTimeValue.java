package dev.xtp4j.schema.value;

import dev.xtp4j.codec.DateTimes;
import dev.xtp4j.schema.model.DateTimeType;
import dev.xtp4j.schema.model.XtpType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A {@code date-time}: an instant with the offset it was written with. Codecs differ in what they keep: JSON, text
 * and WAVE keep the offset and nanoseconds (RFC 3339), MessagePack keeps the instant with nanoseconds (the value
 * comes back in UTC), Karmem keeps microseconds since the Unix epoch (UTC).
 *
 * @param value the date-time
 */
public record DateTimeValue(OffsetDateTime value) implements XtpValue {

    /**
     * Creates a date-time value.
     *
     * @param value the date-time
     */
    public DateTimeValue {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Creates a date-time value in UTC.
     *
     * @param instant the instant
     * @return the value
     */
    public static DateTimeValue of(Instant instant) {
        return new DateTimeValue(instant.atOffset(ZoneOffset.UTC));
    }

    /**
     * Parses an RFC 3339 date-time.
     *
     * @param rfc3339 e.g. {@code 2024-05-01T12:00:00Z}
     * @return the value
     * @throws IllegalArgumentException if the text is not RFC 3339
     */
    public static DateTimeValue parse(String rfc3339) {
        return new DateTimeValue(DateTimes.parse(rfc3339));
    }

    @Override
    public XtpType type() {
        return DateTimeType.INSTANCE;
    }

    @Override
    public String toString() {
        return XtpJson.toJson(this).toString();
    }
}
