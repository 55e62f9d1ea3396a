package dev.xtp4j.schema.model;

import java.util.Objects;

/**
 * One value of an {@link EnumType}, with the identifiers that generated code uses for it.
 *
 * <p>The identifiers are unique within their scope and derived deterministically from the wire value (see
 * {@code dev.xtp4j.schema.naming} and {@code docs/schema.md}).
 *
 * @param value the wire value: the string written in the schema and sent in JSON
 * @param javaName the Java enum constant: the value in UPPER_SNAKE_CASE, e.g. {@code darkRed} → {@code DARK_RED}
 * @param cName the C enumerator: the enum's name and the value in UPPER_SNAKE_CASE, joined by {@code _}, e.g.
 *     {@code COLOR_DARK_RED}; unique across the whole schema because C enumerators share one namespace
 * @param waveLabel the WAVE/WIT label: the value in kebab-case, e.g. {@code dark-red} (written without the {@code %}
 *     prefix that WAVE needs for keyword labels such as {@code true})
 */
public record EnumValue(String value, String javaName, String cName, String waveLabel) {

    /**
     * Creates an enum value.
     *
     * @param value the wire value
     * @param javaName the Java constant
     * @param cName the C enumerator
     * @param waveLabel the WAVE label
     */
    public EnumValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(javaName, "javaName");
        Objects.requireNonNull(cName, "cName");
        Objects.requireNonNull(waveLabel, "waveLabel");
    }
}
