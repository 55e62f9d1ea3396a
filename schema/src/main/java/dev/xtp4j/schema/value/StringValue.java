package dev.xtp4j.schema.value;

import dev.xtp4j.schema.model.StringType;
import dev.xtp4j.schema.model.XtpType;
import java.util.Objects;

/**
 * A {@code string}: Unicode text that every codec can carry as UTF-8, so it may not contain unpaired surrogates.
 *
 * @param value the text
 */
public record StringValue(String value) implements XtpValue {

    /**
     * Creates a string value.
     *
     * @param value the text
     * @throws IllegalArgumentException if it holds an unpaired surrogate
     */
    public StringValue {
        Objects.requireNonNull(value, "value");
        int bad = Types.firstUnpairedSurrogate(value);
        if (bad >= 0) {
            throw new IllegalArgumentException("string has an unpaired surrogate at index " + bad
                    + ", which UTF-8 cannot carry");
        }
    }

    @Override
    public XtpType type() {
        return StringType.INSTANCE;
    }

    @Override
    public String toString() {
        return XtpJson.toJson(this).toString();
    }
}
