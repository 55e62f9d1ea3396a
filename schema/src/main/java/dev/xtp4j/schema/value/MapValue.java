package dev.xtp4j.schema.value;

import dev.xtp4j.schema.model.MapType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A map ({@code type: object} with {@code additionalProperties}): string keys in a kept order, values of the map's
 * value type, or {@link NullValue} where values are nullable. Equality ignores the order, as JSON objects do.
 *
 * @param type    the map type
 * @param entries the entries (copied in order; unmodifiable)
 */
public record MapValue(MapType type, Map<String, XtpValue> entries) implements XtpValue {

    /**
     * Creates a map value.
     *
     * @param type    the map type
     * @param entries the entries
     * @throws IllegalArgumentException if a value does not fit the value type
     */
    public MapValue {
        Objects.requireNonNull(type, "type");
        Map<String, XtpValue> copy = new LinkedHashMap<>();
        for (Map.Entry<String, XtpValue> e : entries.entrySet()) {
            Objects.requireNonNull(e.getKey(), "map key");
            Types.check(e.getValue(), type.values(), type.nullableValues(), "map value \"" + e.getKey() + "\"");
            copy.put(e.getKey(), e.getValue());
        }
        entries = Collections.unmodifiableMap(copy);
    }

    @Override
    public String toString() {
        return XtpJson.toJson(this).toString();
    }
}
