package dev.xtp4j.schema.model;

import java.util.Optional;

/** The two formats of {@code type: number}. Without a format, a number is {@link #DOUBLE}. */
public enum NumberFormat {
    /** IEEE 754 binary32. */
    FLOAT("float"),
    /** IEEE 754 binary64 (the default). */
    DOUBLE("double");

    private final String wireName;

    NumberFormat(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the spelling used in a schema's {@code format} key.
     *
     * @return {@code float} or {@code double}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Looks a format up by its schema spelling.
     *
     * @param wireName the spelling
     * @return the format, or empty when the spelling is not a number format
     */
    public static Optional<NumberFormat> fromWireName(String wireName) {
        for (NumberFormat f : values()) {
            if (f.wireName.equals(wireName)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
