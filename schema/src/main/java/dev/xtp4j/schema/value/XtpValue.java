package dev.xtp4j.schema.value;

import dev.xtp4j.schema.model.XtpType;

/**
 * A value of an XTP type: one immutable record per kind of type. Every value knows its type ({@link #type()}, never
 * an alias), and compound values check their parts when they are built, so a value is always well-typed:
 *
 * <table>
 *   <caption>Values per XTP type</caption>
 *   <tr><th>XTP type</th><th>value</th></tr>
 *   <tr><td>{@code string}</td><td>{@link StringValue}</td></tr>
 *   <tr><td>{@code string, format: byte}, {@code buffer}</td><td>{@link BytesValue}</td></tr>
 *   <tr><td>{@code string, format: date-time}</td><td>{@link DateTimeValue}</td></tr>
 *   <tr><td>{@code boolean}</td><td>{@link BooleanValue}</td></tr>
 *   <tr><td>{@code integer} (eight formats)</td><td>{@link IntegerValue}, range-checked</td></tr>
 *   <tr><td>{@code number} ({@code float}, {@code double})</td><td>{@link NumberValue}</td></tr>
 *   <tr><td>{@code array}</td><td>{@link ArrayValue}</td></tr>
 *   <tr><td>{@code object} with {@code additionalProperties}</td><td>{@link MapValue}</td></tr>
 *   <tr><td>{@code object} alone (free-form)</td><td>{@link FreeFormValue}</td></tr>
 *   <tr><td>component with {@code properties}</td><td>{@link ObjectValue}</td></tr>
 *   <tr><td>{@code enum}</td><td>{@link EnumCase}</td></tr>
 *   <tr><td>{@code null} where the type is nullable</td><td>{@link NullValue}</td></tr>
 * </table>
 *
 * <p><b>Presence.</b> A nullable place (a {@code nullable} field, parameter, array item or map value) holds either a
 * value of its type or a {@link NullValue}; a non-nullable place never holds {@code NullValue}. An optional object
 * field (not in {@code required}) may also be <em>absent</em>: its key is missing from
 * {@link ObjectValue#fields()}. So an optional and nullable field has three states (absent, null, value), as in JSON.
 *
 * <p>Conversions: {@link XtpJson} (JSON trees, and the type-directed {@link JsonCoercion}), {@link JavaValues} (plain
 * Java objects), {@link MsgpackValues} (MessagePack bytes), {@link XtpWave} (WAVE text and values), and Karmem
 * through {@code dev.xtp4j.schema.karmem.KarmemValueCodec}. {@code toString()} is the value's canonical JSON.
 */
public sealed interface XtpValue
        permits StringValue, BytesValue, DateTimeValue, BooleanValue, IntegerValue, NumberValue, ArrayValue,
        MapValue, FreeFormValue, ObjectValue, EnumCase, NullValue {

    /**
     * Returns the value's type, with aliases resolved: a {@code MyInt} alias of {@code int64} gives values of type
     * {@code int64}.
     *
     * @return the type
     */
    XtpType type();

    /**
     * Tells whether this is the {@code null} of a nullable place.
     *
     * @return true for {@link NullValue}
     */
    default boolean isNull() {
        return false;
    }

    /**
     * Tells whether a value may stand in a place: it is {@link NullValue} and the place is nullable, or its type is
     * the place's type (aliases resolved, named types by name).
     *
     * @param value    the value
     * @param type     the type of the place
     * @param nullable whether the place is nullable
     * @return true if the value fits
     */
    static boolean fits(XtpValue value, XtpType type, boolean nullable) {
        if (value == null) {
            return false;
        }
        return value.isNull() ? nullable : Types.same(value.type(), type);
    }
}
