package dev.xtp4j.schema.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A named enum of strings.
 *
 * <p>It is either a component schema with {@code enum}, or an enum written inline on a property, parameter, array item
 * or map value. The reference parser names an inline enum after its property and no bindgen emits a type for it; here
 * it is hoisted to a named type whose name is derived from its owner (see {@code docs/schema.md}), and it is listed by
 * {@code XtpSchema.inlineEnums()}. Strict mode rejects inline enums.
 *
 * @param name the schema name (or the derived name of a hoisted inline enum)
 * @param javaName the Java type name (see {@link NamedType#javaName()})
 * @param description the schema's description, or empty
 * @param values the values in document order
 */
public record EnumType(String name, String javaName, Optional<String> description, List<EnumValue> values)
        implements NamedType {

    /**
     * Creates an enum type.
     *
     * @param name the name
     * @param javaName the Java type name
     * @param description the description, or empty
     * @param values the values in document order (copied)
     */
    public EnumType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaName, "javaName");
        Objects.requireNonNull(description, "description");
        values = List.copyOf(values);
    }

    /**
     * Returns the wire values in document order.
     *
     * @return the values as written in the schema
     */
    public List<String> wireValues() {
        return values.stream().map(EnumValue::value).toList();
    }

    /**
     * Looks a value up by its wire string.
     *
     * @param wireValue the string written in the schema
     * @return the value, or empty
     */
    public Optional<EnumValue> value(String wireValue) {
        return find(wireValue, EnumValue::value);
    }

    /**
     * Looks a value up by its WAVE label.
     *
     * @param label the kebab-case label, without a {@code %} prefix
     * @return the value, or empty
     */
    public Optional<EnumValue> valueForWaveLabel(String label) {
        return find(label, EnumValue::waveLabel);
    }

    /**
     * Looks a value up by its Java constant name.
     *
     * @param javaConstant the constant name
     * @return the value, or empty
     */
    public Optional<EnumValue> valueForJavaName(String javaConstant) {
        return find(javaConstant, EnumValue::javaName);
    }

    private Optional<EnumValue> find(String key, Function<EnumValue, String> by) {
        for (EnumValue v : values) {
            if (by.apply(v).equals(key)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    @Override
    public Kind kind() {
        return Kind.ENUM;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitEnum(this);
    }

    @Override
    public String toString() {
        return "enum " + name + wireValues();
    }
}
