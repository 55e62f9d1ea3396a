package dev.xtp4j.karmem.schema;

import java.util.Objects;

/**
 * An entry of an enum.
 *
 * @param name          the entry name (an upper-case letter, then letters and digits)
 * @param value         the value, read as unsigned (a {@code uint64} value above 2<sup>63</sup>−1 is negative here)
 * @param explicitValue whether the value was written ({@code Blue = 7;}) rather than implied by the entry's
 *                      position ({@code Red;})
 */
public record EnumEntry(String name, long value, boolean explicitValue) {

    /**
     * Creates an entry.
     *
     * @param name          the name, not null
     * @param value         the value
     * @param explicitValue whether the value is written in {@code .km} text
     */
    public EnumEntry {
        Objects.requireNonNull(name, "name");
    }

    /**
     * Returns the entry in {@code .km} syntax, without indentation.
     *
     * @return e.g. {@code Blue = 7;} or {@code Red;}
     */
    public String toKm() {
        return explicitValue ? name + " = " + Long.toUnsignedString(value) + ";" : name + ";";
    }
}
