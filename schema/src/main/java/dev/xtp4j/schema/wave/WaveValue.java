package dev.xtp4j.schema.wave;

import dev.xtp4j.schema.wave.WaveType.EnumType;
import dev.xtp4j.schema.wave.WaveType.FlagsType;
import dev.xtp4j.schema.wave.WaveType.ListType;
import dev.xtp4j.schema.wave.WaveType.OptionType;
import dev.xtp4j.schema.wave.WaveType.RecordType;
import dev.xtp4j.schema.wave.WaveType.ResultType;
import dev.xtp4j.schema.wave.WaveType.TupleType;
import dev.xtp4j.schema.wave.WaveType.VariantType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A typed value of a {@link WaveType}: one immutable record per type kind.
 *
 * <p>Every value knows its type ({@link #type()}), and compound values check at construction that their parts
 * have the types their type demands, so a value is always well-typed: checking a value against a type is
 * {@link #hasType(WaveType)}. Construction errors (a wrong part type, an unknown case name, an out-of-range number)
 * are programming errors and throw {@link IllegalArgumentException}.
 *
 * <p>Values compare structurally, including their types. Floating-point components compare like
 * {@link Double#compare}: every NaN equals every other NaN, and {@code -0.0} differs from {@code 0.0}. NaN bit
 * patterns are kept as given (codecs may care); the WAVE parser produces canonical NaNs. {@code toString()} gives
 * the canonical WAVE text ({@link Wave#print(WaveValue)}).
 *
 * <p>The static methods here are the short way to build values: {@code WaveValue.u8(7)},
 * {@code WaveValue.some(WaveValue.string("x"))}, {@code WaveValue.record(type).set("a", v).build()}.
 */
public sealed interface WaveValue
        permits WaveValue.BoolValue, WaveValue.S8Value, WaveValue.S16Value, WaveValue.S32Value, WaveValue.S64Value,
        WaveValue.U8Value, WaveValue.U16Value, WaveValue.U32Value, WaveValue.U64Value, WaveValue.F32Value,
        WaveValue.F64Value, WaveValue.CharValue, WaveValue.StringValue, WaveValue.ListValue, WaveValue.RecordValue,
        WaveValue.TupleValue, WaveValue.VariantValue, WaveValue.EnumValue, WaveValue.OptionValue,
        WaveValue.ResultValue, WaveValue.FlagsValue {

    /**
     * Returns the type of this value.
     *
     * @return the type
     */
    WaveType type();

    /**
     * Returns the kind of this value's type.
     *
     * @return the kind
     */
    default WaveType.Kind kind() {
        return type().kind();
    }

    /**
     * Tells whether this value is of the given type (structural equality of types).
     *
     * @param expected a type
     * @return {@code true} if this value has exactly that type
     */
    default boolean hasType(WaveType expected) {
        WaveType actual = type();
        return actual == expected || actual.equals(expected);
    }

    /**
     * Returns this value if it has the given type.
     *
     * @param expected a type
     * @return this value
     * @throws IllegalArgumentException if the value has another type
     */
    default WaveValue requireType(WaveType expected) {
        if (!hasType(expected)) {
            throw new IllegalArgumentException("value " + Values.abbreviate(Wave.print(this)) + " has type "
                    + Values.abbreviate(type().toString()) + ", expected " + Values.abbreviate(expected.toString()));
        }
        return this;
    }

    // ---------------------------------------------------------------- factories

    /**
     * Returns a {@code bool}.
     *
     * @param value the value
     * @return the bool value
     */
    static BoolValue bool(boolean value) {
        return new BoolValue(value);
    }

    /**
     * Returns an {@code s8}.
     *
     * @param value a value in [-128, 127]
     * @return the s8 value
     */
    static S8Value s8(int value) {
        Values.checkRange(value, Byte.MIN_VALUE, Byte.MAX_VALUE, "s8");
        return new S8Value((byte) value);
    }

    /**
     * Returns an {@code s16}.
     *
     * @param value a value in [-32768, 32767]
     * @return the s16 value
     */
    static S16Value s16(int value) {
        Values.checkRange(value, Short.MIN_VALUE, Short.MAX_VALUE, "s16");
        return new S16Value((short) value);
    }

    /**
     * Returns an {@code s32}.
     *
     * @param value the value
     * @return the s32 value
     */
    static S32Value s32(int value) {
        return new S32Value(value);
    }

    /**
     * Returns an {@code s64}.
     *
     * @param value the value
     * @return the s64 value
     */
    static S64Value s64(long value) {
        return new S64Value(value);
    }

    /**
     * Returns a {@code u8}.
     *
     * @param value a value in [0, 255]
     * @return the u8 value
     */
    static U8Value u8(int value) {
        return new U8Value(value);
    }

    /**
     * Returns a {@code u16}.
     *
     * @param value a value in [0, 65535]
     * @return the u16 value
     */
    static U16Value u16(int value) {
        return new U16Value(value);
    }

    /**
     * Returns a {@code u32}.
     *
     * @param value a value in [0, 4294967295]
     * @return the u32 value
     */
    static U32Value u32(long value) {
        return new U32Value(value);
    }

    /**
     * Returns a {@code u64} from its 64 bits read as an unsigned number ({@code -1L} is 18446744073709551615).
     *
     * @param bits the value as unsigned bits
     * @return the u64 value
     */
    static U64Value u64(long bits) {
        return new U64Value(bits);
    }

    /**
     * Returns an {@code f32}.
     *
     * @param value the value
     * @return the f32 value
     */
    static F32Value f32(float value) {
        return new F32Value(value);
    }

    /**
     * Returns an {@code f64}.
     *
     * @param value the value
     * @return the f64 value
     */
    static F64Value f64(double value) {
        return new F64Value(value);
    }

    /**
     * Returns a {@code char}.
     *
     * @param codePoint a Unicode scalar value (a code point that is not a surrogate)
     * @return the char value
     */
    static CharValue character(int codePoint) {
        return new CharValue(codePoint);
    }

    /**
     * Returns a {@code string}.
     *
     * @param value well-formed UTF-16 text (no unpaired surrogates)
     * @return the string value
     */
    static StringValue string(String value) {
        return new StringValue(value);
    }

    /**
     * Returns a {@code list<elementType>}.
     *
     * @param elementType the element type
     * @param elements    the elements, each of {@code elementType}
     * @return the list value
     */
    static ListValue list(WaveType elementType, List<? extends WaveValue> elements) {
        return new ListValue(new ListType(elementType), List.copyOf(elements));
    }

    /**
     * Returns a {@code list<elementType>}.
     *
     * @param elementType the element type
     * @param elements    the elements, each of {@code elementType}
     * @return the list value
     */
    static ListValue list(WaveType elementType, WaveValue... elements) {
        return list(elementType, Arrays.asList(elements));
    }

    /**
     * Returns a tuple whose type is made of the elements' types.
     *
     * @param elements at least one element
     * @return the tuple value
     */
    static TupleValue tuple(WaveValue... elements) {
        List<WaveType> types = new ArrayList<>();
        for (WaveValue element : elements) {
            types.add(Objects.requireNonNull(element, "tuple element").type());
        }
        return new TupleValue(new TupleType(types), List.of(elements));
    }

    /**
     * Returns {@code some(value)} of type {@code option<type of value>}.
     *
     * @param value the payload
     * @return the option value
     */
    static OptionValue some(WaveValue value) {
        return new OptionValue(new OptionType(value.type()), Optional.of(value));
    }

    /**
     * Returns {@code none} of type {@code option<someType>}.
     *
     * @param someType the payload type of the option
     * @return the option value
     */
    static OptionValue none(WaveType someType) {
        return new OptionValue(new OptionType(someType), Optional.empty());
    }

    /**
     * Returns {@code ok(payload)}.
     *
     * @param type    a result type with an ok payload type
     * @param payload the payload
     * @return the result value
     */
    static ResultValue ok(ResultType type, WaveValue payload) {
        return new ResultValue(type, true, Optional.of(payload));
    }

    /**
     * Returns a payload-less {@code ok}.
     *
     * @param type a result type without an ok payload type
     * @return the result value
     */
    static ResultValue ok(ResultType type) {
        return new ResultValue(type, true, Optional.empty());
    }

    /**
     * Returns {@code err(payload)}.
     *
     * @param type    a result type with an err payload type
     * @param payload the payload
     * @return the result value
     */
    static ResultValue err(ResultType type, WaveValue payload) {
        return new ResultValue(type, false, Optional.of(payload));
    }

    /**
     * Returns a payload-less {@code err}.
     *
     * @param type a result type without an err payload type
     * @return the result value
     */
    static ResultValue err(ResultType type) {
        return new ResultValue(type, false, Optional.empty());
    }

    /**
     * Returns an enum case.
     *
     * @param type     the enum type
     * @param caseName one of its cases
     * @return the enum value
     */
    static EnumValue enumCase(EnumType type, String caseName) {
        return new EnumValue(type, caseName);
    }

    /**
     * Returns a variant case without payload.
     *
     * @param type     the variant type
     * @param caseName one of its payload-less cases
     * @return the variant value
     */
    static VariantValue variant(VariantType type, String caseName) {
        return new VariantValue(type, caseName, Optional.empty());
    }

    /**
     * Returns a variant case with a payload.
     *
     * @param type     the variant type
     * @param caseName one of its cases with a payload
     * @param payload  the payload, of the case's payload type
     * @return the variant value
     */
    static VariantValue variant(VariantType type, String caseName, WaveValue payload) {
        return new VariantValue(type, caseName, Optional.of(payload));
    }

    /**
     * Returns a flags value; the order of the names does not matter.
     *
     * @param type  the flags type
     * @param names the set flags, each declared by the type, no duplicates
     * @return the flags value
     */
    static FlagsValue flags(FlagsType type, String... names) {
        return new FlagsValue(type, List.of(names));
    }

    /**
     * Returns a flags value; the order of the names does not matter.
     *
     * @param type  the flags type
     * @param names the set flags, each declared by the type, no duplicates
     * @return the flags value
     */
    static FlagsValue flags(FlagsType type, Collection<String> names) {
        return new FlagsValue(type, List.copyOf(names));
    }

    /**
     * Starts a record value; fields of {@code option} type that are not set become {@code none}.
     *
     * @param type the record type
     * @return a new builder
     */
    static RecordValue.Builder record(RecordType type) {
        return new RecordValue.Builder(type);
    }

    // ---------------------------------------------------------------- records

    /**
     * A {@code bool}.
     *
     * @param value the value
     */
    record BoolValue(boolean value) implements WaveValue {
        @Override
        public WaveType type() {
            return WaveType.BOOL;
        }

        @Override
        public String toString() {
            return Wave.print(this);
        }
    }

    /**
     * An {@code s8}.
     *
     * @param value the value
     */
    record S8Value(byte value) implements WaveValue {
        @Override
        public WaveType type() {
            return WaveType.S8;
        }

        @Override
        public String toString() {
            return Wave.print(this);
        }
    }

    /**
     * An {@code s16}.
     *
     * @param value the value
     */
    record S16Value(short value) implements WaveValue {
        @Override
        public WaveType type() {
            return WaveType.S16;
        }

        @Override
        public String toString() {
            return Wave.print(this);
        }
    }

    /**
     * An {@code s32}.
     *
     * @param value the value
     */
    record S32Value(int value) implements WaveValue {
        @Override
        public WaveType type() {
            return WaveType.S32;
        }

        @Override
        public String toString() {
            return Wave.print(this);
        }
    }

    /**
     * An {@code s64}.
     *
     * @param value the value
     */
    record S64Value(long value) implements WaveValue {
        @Override
        public WaveType type() {
            return WaveType.S64;
        }

        @Override
        public String toString() {
            return Wave.print(this);
        }
    }

    /**
     * A {@code u8}.
     *
     * @param value the value, in [0, 255]
     */
    record U8Value(int value) implements WaveValue {
        /**
         * Checks the range.
         *
         * @param value see the record component
         */
        public U8Value {
            Values.checkRange(value, 0, 0xFF, "u8");
        }

        @Override
        public WaveType type() {
            return WaveType.U8;
        }

        @Override
        public String toString() {
            return Wave.print(this);
        }
    }

    /**
     * A {@code u16}.
     *
     * @param value the value, in [0, 65535]
     */
    record U16Value(int value) implements WaveValue {
        /**
         * Checks the range.
         *
         * @param value see the record component
         */
        public U16Value {
            Values.checkRange(value, 0, 0xFFFF, "u16");
        }

        @Override
        public WaveType type() {
            return WaveType.U16;
        }

        @Override
        public String toString() {
            return Wave.print(this);
        }
    }

    /**
     * A {@code u32}.
     *
     * @param value the value, in [0, 4294967295]
     */
    record U32Value(long value) implements WaveValue {
        /**
         * Checks the range.
         *
         * @param value see the record component
         */
        public U32Value {
            Values.checkRange(value, 0, 0xFFFF_FFFFL, "u32");
        }

        @Override
        public WaveType type() {
            return WaveType.U32;
        }

        @Override
        public String toString() {
            return Wave.print(this);
        }
    }

    /**
     * A {@code u64}, held as 64 unsigned bits: {@code -1L} stands for 18446744073709551615. Use
     * {@link Long#compareUnsigned}, {@link Long#toUnsignedString} or {@link #bigValue()} to work with it.
     *
     * @param value the value as unsigned bits
     */
    record U64Value(long value) implements WaveValue {
        @Override
        public WaveType type() {
            return WaveType.U64;
        }

        /**
         * Returns the value as a non-negative {@link BigInteger}.
         *
         * @return the value
         */
        public BigInteger bigValue() {
            return new BigInteger(Long.toUnsignedString(value));
        }

        @Override
        public String toString() {
            return Wave.print(this);
        }
    }

    /**
     * An {@code f32}.
     *
     * @param value the value; any NaN bit pattern is kept
     */
    record F32Value(float value) implements WaveValue {
        @Override
        public WaveType type() {
            return WaveType.F32;
        }

        @Override
        public String toString() {
            return Wave.print(this);
        }
    }

    /**
     * An {@code f64}.
     *
     * @param value the value; any NaN bit pattern is kept
     */
    record F64Value(double value) implements WaveValue {
        @Override
        public WaveType type() {
            return WaveType.F64;
        }

        @Override
        public String toString() {
            return Wave.print(this);
        }
    }

    /**
     * A {@code char}: one Unicode scalar value.
     *
     * @param codePoint the code point, in [0, 0x10FFFF] and not a surrogate (0xD800..0xDFFF)
     */
    record CharValue(int codePoint) implements WaveValue {
        /**
         * Checks that the code point is a Unicode scalar value.
         *
         * @param codePoint see the record component
         */
        public CharValue {
            if (!Values.isScalar(codePoint)) {
                throw new IllegalArgumentException("a char must be a Unicode scalar value, got "
                        + (codePoint < 0 ? String.valueOf(codePoint) : String.format("U+%04X", codePoint)));
            }
        }

        @Override
        public WaveType type() {
            return WaveType.CHAR;
        }

        /**
         * Returns the char as a Java string (one or two UTF-16 units).
         *
         * @return the text of the char
         */
        public String asString() {
            return new String(Character.toChars(codePoint));
        }

        @Override
        public String toString() {
            return Wave.print(this);
        }
    }

    /**
     * A {@code string}.
     *
     * @param value the text; must be well-formed UTF-16 (no unpaired surrogates)
     */
    record StringValue(String value) implements WaveValue {
        /**
         * Checks that the text is a sequence of Unicode scalar values.
         *
         * @param value see the record component
         */
        public StringValue {
            Objects.requireNonNull(value, "string value");
            int bad = Values.firstUnpairedSurrogate(value);
            if (bad >= 0) {
                throw new IllegalArgumentException("a string must be well-formed UTF-16, found an unpaired "
                        + String.format("surrogate U+%04X at index %d", (int) value.charAt(bad), bad));
            }
        }

        @Override
        public WaveType type() {
            return WaveType.STRING;
        }

        @Override
        public String toString() {
            return Wave.print(this);
        }
    }

    /**
     * A {@code list<T>}.
     *
     * @param type     the list type
     * @param elements the elements, each of the element type
     */
    record ListValue(ListType type, List<WaveValue> elements) implements WaveValue {
        /**
         * Checks the element types and copies the list.
         *
         * @param type see the record component
         * @param elements see the record component
         */
        public ListValue {
            Objects.requireNonNull(type, "list type");
            elements = List.copyOf(elements);
            for (int i = 0; i < elements.size(); i++) {
                Values.checkPart(elements.get(i), type.element(), "list element " + i);
            }
        }

        /**
         * Returns the number of elements.
         *
         * @return the size
         */
        public int size() {
            return elements.size();
        }

        /**
         * Returns an element.
         *
         * @param index the index
         * @return the element
         * @throws IndexOutOfBoundsException if the index is out of range
         */
        public WaveValue get(int index) {
            return elements.get(index);
        }

        @Override
        public String toString() {
            return Wave.print(this);
        }
    }

    /**
     * A record value: one value per field of the record type, in the type's field order.
     *
     * @param type   the record type
     * @param fields the field values, positionally matching {@code type.fields()}
     */
    record RecordValue(RecordType type, List<WaveValue> fields) implements WaveValue {
        /**
         * Checks the field count and types and copies the list.
         *
         * @param type see the record component
         * @param fields see the record component
         */
        public RecordValue {
            Objects.requireNonNull(type, "record type");
            fields = List.copyOf(fields);
            if (fields.size() != type.fields().size()) {
                throw new IllegalArgumentException("record type has " + type.fields().size()
                        + " fields, got " + fields.size() + " values");
            }
            for (int i = 0; i < fields.size(); i++) {
                RecordType.Field field = type.fields().get(i);
                Values.checkPart(fields.get(i), field.type(), "field \"" + field.name() + "\"");
            }
        }

        /**
         * Returns a field's value by name.
         *
         * @param name a field name of the type
         * @return the value
         * @throws IllegalArgumentException if the record type has no such field
         */
        public WaveValue get(String name) {
            int i = type.indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException("no field \"" + name + "\" in " + type);
            }
            return fields.get(i);
        }

        @Override
        public String toString() {
            return Wave.print(this);
        }

        /** Builds a {@link RecordValue} field by field. Not thread-safe. */
        public static final class Builder {
            private final RecordType type;
            private final Map<String, WaveValue> values = new LinkedHashMap<>();

            Builder(RecordType type) {
                this.type = Objects.requireNonNull(type, "record type");
            }

            /**
             * Sets a field.
             *
             * @param name  a field name of the type
             * @param value the value, of the field's type
             * @return this builder
             * @throws IllegalArgumentException if the type has no such field or the value has the wrong type
             */
            public Builder set(String name, WaveValue value) {
                RecordType.Field field = type.field(name).orElseThrow(
                        () -> new IllegalArgumentException("no field \"" + name + "\" in " + type));
                Values.checkPart(value, field.type(), "field \"" + name + "\"");
                values.put(name, value);
                return this;
            }

            /**
             * Builds the record; unset {@code option} fields are {@code none}.
             *
             * @return the record value
             * @throws IllegalArgumentException if a field that is not an option was not set
             */
            public RecordValue build() {
                List<WaveValue> fields = new ArrayList<>(type.fields().size());
                for (RecordType.Field field : type.fields()) {
                    WaveValue value = values.get(field.name());
                    if (value == null) {
                        if (!(field.type() instanceof OptionType)) {
                            throw new IllegalArgumentException("field \"" + field.name() + "\" of type "
                                    + field.type() + " was not set");
                        }
                        value = new OptionValue((OptionType) field.type(), Optional.empty());
                    }
                    fields.add(value);
                }
                return new RecordValue(type, fields);
            }
        }
    }

    /**
     * A tuple value.
     *
     * @param type     the tuple type
     * @param elements the elements, positionally matching {@code type.elements()}
     */
    record TupleValue(TupleType type, List<WaveValue> elements) implements WaveValue {
        /**
         * Checks the arity and element types and copies the list.
         *
         * @param type see the record component
         * @param elements see the record component
         */
        public TupleValue {
            Objects.requireNonNull(type, "tuple type");
            elements = List.copyOf(elements);
            if (elements.size() != type.elements().size()) {
                throw new IllegalArgumentException("tuple type has " + type.elements().size()
                        + " elements, got " + elements.size() + " values");
            }
            for (int i = 0; i < elements.size(); i++) {
                Values.checkPart(elements.get(i), type.elements().get(i), "tuple element " + i);
            }
        }

        /**
         * Returns an element.
         *
         * @param index the index
         * @return the element
         * @throws IndexOutOfBoundsException if the index is out of range
         */
        public WaveValue get(int index) {
            return elements.get(index);
        }

        @Override
        public String toString() {
            return Wave.print(this);
        }
    }

    /**
     * A variant case, with a payload if the case has one.
     *
     * @param type     the variant type
     * @param caseName the case name
     * @param payload  the payload; present exactly when the case has a payload type
     */
    record VariantValue(VariantType type, String caseName, Optional<WaveValue> payload) implements WaveValue {
        /**
         * Checks the case and its payload.
         *
         * @param type see the record component
         * @param caseName see the record component
         * @param payload see the record component
         */
        public VariantValue {
            Objects.requireNonNull(type, "variant type");
            Objects.requireNonNull(payload, "payload (use Optional.empty())");
            int index = type.indexOf(caseName);
            if (index < 0) {
                throw new IllegalArgumentException("unknown case \"" + caseName + "\" of " + type);
            }
            Values.checkPayload(type.cases().get(index).payload(), payload, "case \"" + caseName + "\"");
        }

        /**
         * Returns the position of the case in the type.
         *
         * @return the case index
         */
        public int caseIndex() {
            return type.indexOf(caseName);
        }

        @Override
        public String toString() {
            return Wave.print(this);
        }
    }

    /**
     * An enum case.
     *
     * @param type     the enum type
     * @param caseName the case name
     */
    record EnumValue(EnumType type, String caseName) implements WaveValue {
        /**
         * Checks the case.
         *
         * @param type see the record component
         * @param caseName see the record component
         */
        public EnumValue {
            Objects.requireNonNull(type, "enum type");
            if (!type.cases().contains(caseName)) {
                throw new IllegalArgumentException("unknown case \"" + caseName + "\" of " + type);
            }
        }

        /**
         * Returns the position of the case in the type.
         *
         * @return the case index
         */
        public int ordinal() {
            return type.cases().indexOf(caseName);
        }

        @Override
        public String toString() {
            return Wave.print(this);
        }
    }

    /**
     * An {@code option<T>}: {@code some(value)} or {@code none}.
     *
     * @param type  the option type
     * @param value the payload of {@code some}, or empty for {@code none}
     */
    record OptionValue(OptionType type, Optional<WaveValue> value) implements WaveValue {
        /**
         * Checks the payload type.
         *
         * @param type see the record component
         * @param value see the record component
         */
        public OptionValue {
            Objects.requireNonNull(type, "option type");
            Objects.requireNonNull(value, "value (use Optional.empty())");
            value.ifPresent(v -> Values.checkPart(v, type.some(), "some payload"));
        }

        /**
         * Tells whether this is {@code some}.
         *
         * @return {@code true} for {@code some}, {@code false} for {@code none}
         */
        public boolean isSome() {
            return value.isPresent();
        }

        @Override
        public String toString() {
            return Wave.print(this);
        }
    }

    /**
     * A {@code result<T, E>}: {@code ok} or {@code err}, each with a payload if the type has one on that side.
     *
     * @param type    the result type
     * @param isOk    {@code true} for {@code ok}, {@code false} for {@code err}
     * @param payload the payload; present exactly when the type has a payload type on this side
     */
    record ResultValue(ResultType type, boolean isOk, Optional<WaveValue> payload) implements WaveValue {
        /**
         * Checks the payload.
         *
         * @param type see the record component
         * @param isOk see the record component
         * @param payload see the record component
         */
        public ResultValue {
            Objects.requireNonNull(type, "result type");
            Objects.requireNonNull(payload, "payload (use Optional.empty())");
            Values.checkPayload(isOk ? type.ok() : type.err(), payload, isOk ? "ok" : "err");
        }

        @Override
        public String toString() {
            return Wave.print(this);
        }
    }

    /**
     * A flags value: the set flags, kept in the type's declaration order.
     *
     * @param type  the flags type
     * @param flags the set flags; given in any order, stored in declaration order; no duplicates
     */
    record FlagsValue(FlagsType type, List<String> flags) implements WaveValue {
        /**
         * Checks the names and puts them in declaration order.
         *
         * @param type see the record component
         * @param flags see the record component
         */
        public FlagsValue {
            Objects.requireNonNull(type, "flags type");
            Set<String> set = new HashSet<>();
            for (String flag : flags) {
                if (!type.flags().contains(flag)) {
                    throw new IllegalArgumentException("unknown flag \"" + flag + "\" of " + type);
                }
                if (!set.add(flag)) {
                    throw new IllegalArgumentException("duplicate flag \"" + flag + "\"");
                }
            }
            flags = type.flags().stream().filter(set::contains).toList();
        }

        /**
         * Tells whether a flag is set.
         *
         * @param name a flag name
         * @return {@code true} if it is set
         */
        public boolean contains(String name) {
            return flags.contains(name);
        }

        @Override
        public String toString() {
            return Wave.print(this);
        }
    }
}
