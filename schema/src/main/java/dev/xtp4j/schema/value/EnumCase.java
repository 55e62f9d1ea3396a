package dev.xtp4j.schema.value;

import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.EnumValue;
import java.util.Objects;

/**
 * One value of an {@code enum}. (Named {@code EnumCase} so that it does not clash with the model's
 * {@link EnumValue}, the declaration it refers to.)
 *
 * @param type  the enum type
 * @param value the declared value
 */
public record EnumCase(EnumType type, EnumValue value) implements XtpValue {

    /**
     * Creates an enum value.
     *
     * @param type  the enum type
     * @param value one of its values
     * @throws IllegalArgumentException if the value is not declared by the type
     */
    public EnumCase {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (!type.values().contains(value)) {
            throw new IllegalArgumentException(value.value() + " is not a value of enum " + type.name());
        }
    }

    /**
     * Looks a value up by its wire string.
     *
     * @param type the enum type
     * @param wire the value as written in the schema
     * @return the enum value
     * @throws IllegalArgumentException if the enum has no such value
     */
    public static EnumCase of(EnumType type, String wire) {
        return new EnumCase(type, type.value(wire).orElseThrow(() -> new IllegalArgumentException("\"" + wire
                + "\" is not a value of enum " + type.name() + " " + type.wireValues())));
    }

    /**
     * Returns the wire string.
     *
     * @return the value as written in the schema
     */
    public String wire() {
        return value.value();
    }

    /**
     * Returns the value's position in the enum (what Karmem stores).
     *
     * @return the 0-based index
     */
    public int ordinal() {
        return type.values().indexOf(value);
    }

    @Override
    public String toString() {
        return XtpJson.toJson(this).toString();
    }
}
