package dev.xtp4j.schema.value;

import dev.xtp4j.schema.model.Field;
import dev.xtp4j.schema.model.ObjectType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A value of a named object type: its present fields by property name, in the type's field order. An optional field
 * may be absent (no key); a nullable field may hold {@link NullValue}; a required field is always present.
 *
 * <pre>{@code
 * ObjectValue user = ObjectValue.builder(userType)
 *         .set("name", new StringValue("Ada"))
 *         .set("email", new NullValue(StringType.INSTANCE))
 *         .build();
 * }</pre>
 *
 * @param type   the object type
 * @param fields the present fields (copied, in field order; unmodifiable)
 */
public record ObjectValue(ObjectType type, Map<String, XtpValue> fields) implements XtpValue {

    /**
     * Creates an object value.
     *
     * @param type   the object type
     * @param fields the present fields by property name
     * @throws IllegalArgumentException for an undeclared field, a missing required field, or a value that does not
     *                                  fit its field
     */
    public ObjectValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fields, "fields");
        for (String name : fields.keySet()) {
            if (type.field(name).isEmpty()) {
                throw new IllegalArgumentException("object " + type.name() + " has no field \"" + name + "\" "
                        + type.fields().stream().map(Field::name).toList());
            }
        }
        Map<String, XtpValue> ordered = new LinkedHashMap<>();
        for (Field f : type.fields()) {
            XtpValue v = fields.get(f.name());
            if (v == null) {
                if (f.required()) {
                    throw new IllegalArgumentException("object " + type.name() + ": required field \"" + f.name()
                            + "\" is missing");
                }
                continue;
            }
            Types.check(v, f.type(), f.nullable(), type.name() + "." + f.name());
            ordered.put(f.name(), v);
        }
        fields = Collections.unmodifiableMap(ordered);
    }

    /**
     * Starts an object value.
     *
     * @param type the object type
     * @return a builder
     */
    public static Builder builder(ObjectType type) {
        return new Builder(type);
    }

    /**
     * Returns a field's value.
     *
     * @param name the property name
     * @return the value, or empty when the field is absent
     */
    public Optional<XtpValue> get(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    @Override
    public String toString() {
        return XtpJson.toJson(this).toString();
    }

    /** Collects the fields of an object value. */
    public static final class Builder {
        private final ObjectType type;
        private final Map<String, XtpValue> fields = new LinkedHashMap<>();

        private Builder(ObjectType type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        /**
         * Sets a field.
         *
         * @param name  the property name
         * @param value the value ({@link NullValue} for null)
         * @return this builder
         */
        public Builder set(String name, XtpValue value) {
            fields.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Builds the value.
         *
         * @return the object value
         * @throws IllegalArgumentException if a field is undeclared, missing or does not fit
         */
        public ObjectValue build() {
            return new ObjectValue(type, fields);
        }
    }
}
