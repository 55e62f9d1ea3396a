package dev.xtp4j.schema.value;

import java.util.Objects;

/**
 * A value does not fit its XTP type, or cannot be converted. The location is a JSON pointer into the value
 * ({@code /items/2/price}; empty for the whole value), whatever the source format was, and the detail names what was
 * expected and what was found: {@code at /items/2/price: expected double, found string "abc"}.
 */
public final class ValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String location;
    private final String detail;

    /**
     * Creates an exception.
     *
     * @param location the JSON pointer of the offending part, empty for the whole value
     * @param detail   what is wrong
     */
    public ValueException(String location, String detail) {
        super(location.isEmpty() ? detail : "at " + location + ": " + detail);
        this.location = Objects.requireNonNull(location, "location");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /**
     * Returns the JSON pointer of the offending part.
     *
     * @return e.g. {@code /items/2/price}, or empty for the whole value
     */
    public String location() {
        return location;
    }

    /**
     * Returns what is wrong, without the location.
     *
     * @return the detail
     */
    public String detail() {
        return detail;
    }

    /** Appends one RFC 6901 reference token to a pointer. */
    static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}
