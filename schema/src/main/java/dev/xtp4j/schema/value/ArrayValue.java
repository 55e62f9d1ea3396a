package dev.xtp4j.schema.value;

import dev.xtp4j.schema.model.ArrayType;
import java.util.List;
import java.util.Objects;

/**
 * An {@code array}: items of the array's item type, or {@link NullValue} where items are nullable.
 *
 * @param type  the array type
 * @param items the items (copied; unmodifiable)
 */
public record ArrayValue(ArrayType type, List<XtpValue> items) implements XtpValue {

    /**
     * Creates an array value.
     *
     * @param type  the array type
     * @param items the items
     * @throws IllegalArgumentException if an item does not fit the item type
     */
    public ArrayValue {
        Objects.requireNonNull(type, "type");
        items = List.copyOf(items);
        for (int i = 0; i < items.size(); i++) {
            Types.check(items.get(i), type.items(), type.nullableItems(), "item " + i);
        }
    }

    @Override
    public String toString() {
        return XtpJson.toJson(this).toString();
    }
}
