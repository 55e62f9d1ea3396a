package dev.xtp4j.schema.value;

import dev.xtp4j.schema.model.XtpType;
import java.util.Objects;

/**
 * The {@code null} of a nullable place, typed like the place (so that a nullable field always holds a value of its
 * type or a {@code NullValue} of it).
 *
 * @param type the type of the place
 */
public record NullValue(XtpType type) implements XtpValue {

    /**
     * Creates a null.
     *
     * @param type the type of the nullable place (aliases are resolved)
     */
    public NullValue {
        type = Objects.requireNonNull(type, "type").resolved();
    }

    @Override
    public boolean isNull() {
        return true;
    }

    @Override
    public String toString() {
        return "null";
    }
}
