package dev.xtp4j.schema.wave;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A WIT-level value type: the type that WAVE text is interpreted against and that {@link WaveValue}s carry.
 *
 * <p>The hierarchy is closed: the primitive types are the constants of {@link Primitive} (also available as
 * {@link #BOOL}, {@link #S32}, ... on this interface), and the compound types are the records nested here. All
 * types are immutable and compare structurally ({@code list<u8>} equals every other {@code list<u8>}); WIT type
 * names are not part of the model. Names of record fields, cases and flags must be valid {@link WaveLabels labels}
 * and are unique within their type. {@code toString()} gives the WIT spelling, e.g. {@code result<_, string>}.
 *
 * <p>Java 17 has no pattern matching for {@code switch}, so {@link #kind()} names the kind for {@code switch}
 * statements.
 */
public sealed interface WaveType
        permits WaveType.Primitive, WaveType.ListType, WaveType.RecordType, WaveType.TupleType,
        WaveType.VariantType, WaveType.EnumType, WaveType.OptionType, WaveType.ResultType, WaveType.FlagsType {

    /** {@code bool}. */
    Primitive BOOL = Primitive.BOOL;
    /** {@code s8}. */
    Primitive S8 = Primitive.S8;
    /** {@code s16}. */
    Primitive S16 = Primitive.S16;
    /** {@code s32}. */
    Primitive S32 = Primitive.S32;
    /** {@code s64}. */
    Primitive S64 = Primitive.S64;
    /** {@code u8}. */
    Primitive U8 = Primitive.U8;
    /** {@code u16}. */
    Primitive U16 = Primitive.U16;
    /** {@code u32}. */
    Primitive U32 = Primitive.U32;
    /** {@code u64}. */
    Primitive U64 = Primitive.U64;
    /** {@code f32}. */
    Primitive F32 = Primitive.F32;
    /** {@code f64}. */
    Primitive F64 = Primitive.F64;
    /** {@code char}: one Unicode scalar value. */
    Primitive CHAR = Primitive.CHAR;
    /** {@code string}: a sequence of Unicode scalar values. */
    Primitive STRING = Primitive.STRING;

    /**
     * Returns the kind of this type.
     *
     * @return the kind
     */
    Kind kind();

    /**
     * Returns {@code list<element>}.
     *
     * @param element the element type
     * @return the list type
     */
    static ListType list(WaveType element) {
        return new ListType(element);
    }

    /**
     * Returns {@code option<some>}.
     *
     * @param some the payload type of {@code some}
     * @return the option type
     */
    static OptionType option(WaveType some) {
        return new OptionType(some);
    }

    /**
     * Returns {@code result<ok, err>}; either side may be absent ({@code null}), giving {@code result<ok>},
     * {@code result<_, err>} or {@code result}.
     *
     * @param ok  the payload type of {@code ok}, or {@code null} for none
     * @param err the payload type of {@code err}, or {@code null} for none
     * @return the result type
     */
    static ResultType result(WaveType ok, WaveType err) {
        return new ResultType(Optional.ofNullable(ok), Optional.ofNullable(err));
    }

    /**
     * Returns {@code tuple<elements...>}.
     *
     * @param elements at least one element type
     * @return the tuple type
     */
    static TupleType tuple(WaveType... elements) {
        return new TupleType(List.of(elements));
    }

    /**
     * Returns an enum type with the given cases, in order.
     *
     * @param cases at least one case name
     * @return the enum type
     */
    static EnumType enumOf(String... cases) {
        return new EnumType(List.of(cases));
    }

    /**
     * Returns a flags type with the given flags, in order.
     *
     * @param flags the flag names
     * @return the flags type
     */
    static FlagsType flags(String... flags) {
        return new FlagsType(List.of(flags));
    }

    /**
     * Starts a record type: {@code WaveType.record().field("a", U8).field("b", option(U8)).build()}.
     *
     * @return a new builder
     */
    static RecordType.Builder record() {
        return new RecordType.Builder();
    }

    /**
     * Starts a variant type: {@code WaveType.variant().with("none").with("one", U8).build()}.
     *
     * @return a new builder
     */
    static VariantType.Builder variant() {
        return new VariantType.Builder();
    }

    /** The kind of a {@link WaveType}, one per WIT value type. */
    enum Kind {
        /** {@code bool}. */
        BOOL,
        /** {@code s8}. */
        S8,
        /** {@code s16}. */
        S16,
        /** {@code s32}. */
        S32,
        /** {@code s64}. */
        S64,
        /** {@code u8}. */
        U8,
        /** {@code u16}. */
        U16,
        /** {@code u32}. */
        U32,
        /** {@code u64}. */
        U64,
        /** {@code f32}. */
        F32,
        /** {@code f64}. */
        F64,
        /** {@code char}. */
        CHAR,
        /** {@code string}. */
        STRING,
        /** {@link ListType}. */
        LIST,
        /** {@link RecordType}. */
        RECORD,
        /** {@link TupleType}. */
        TUPLE,
        /** {@link VariantType}. */
        VARIANT,
        /** {@link EnumType}. */
        ENUM,
        /** {@link OptionType}. */
        OPTION,
        /** {@link ResultType}. */
        RESULT,
        /** {@link FlagsType}. */
        FLAGS
    }

    /** The primitive (scalar) types. */
    enum Primitive implements WaveType {
        /** {@code bool}. */
        BOOL(Kind.BOOL),
        /** {@code s8}. */
        S8(Kind.S8),
        /** {@code s16}. */
        S16(Kind.S16),
        /** {@code s32}. */
        S32(Kind.S32),
        /** {@code s64}. */
        S64(Kind.S64),
        /** {@code u8}. */
        U8(Kind.U8),
        /** {@code u16}. */
        U16(Kind.U16),
        /** {@code u32}. */
        U32(Kind.U32),
        /** {@code u64}. */
        U64(Kind.U64),
        /** {@code f32}. */
        F32(Kind.F32),
        /** {@code f64}. */
        F64(Kind.F64),
        /** {@code char}. */
        CHAR(Kind.CHAR),
        /** {@code string}. */
        STRING(Kind.STRING);

        private final Kind kind;

        Primitive(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }

        /** Returns the WIT name, e.g. {@code u8}. */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * {@code list<element>}.
     *
     * @param element the element type
     */
    record ListType(WaveType element) implements WaveType {
        /**
         * Validates the components.
         *
         * @param element see the record component
         */
        public ListType {
            Objects.requireNonNull(element, "element type");
        }

        @Override
        public Kind kind() {
            return Kind.LIST;
        }

        @Override
        public String toString() {
            return "list<" + element + ">";
        }
    }

    /**
     * {@code option<some>}.
     *
     * @param some the payload type of {@code some(...)}
     */
    record OptionType(WaveType some) implements WaveType {
        /**
         * Validates the components.
         *
         * @param some see the record component
         */
        public OptionType {
            Objects.requireNonNull(some, "some type");
        }

        @Override
        public Kind kind() {
            return Kind.OPTION;
        }

        @Override
        public String toString() {
            return "option<" + some + ">";
        }
    }

    /**
     * {@code result<ok, err>}, where each payload type is optional.
     *
     * @param ok  the payload type of {@code ok(...)}, empty for a payload-less {@code ok}
     * @param err the payload type of {@code err(...)}, empty for a payload-less {@code err}
     */
    record ResultType(Optional<WaveType> ok, Optional<WaveType> err) implements WaveType {
        /**
         * Validates the components.
         *
         * @param ok see the record component
         * @param err see the record component
         */
        public ResultType {
            Objects.requireNonNull(ok, "ok (use Optional.empty())");
            Objects.requireNonNull(err, "err (use Optional.empty())");
        }

        @Override
        public Kind kind() {
            return Kind.RESULT;
        }

        /** Returns the WIT spelling: {@code result<T, E>}, {@code result<T>}, {@code result<_, E>} or {@code result}. */
        @Override
        public String toString() {
            if (ok.isEmpty() && err.isEmpty()) {
                return "result";
            }
            if (err.isEmpty()) {
                return "result<" + ok.get() + ">";
            }
            return "result<" + ok.map(WaveType::toString).orElse("_") + ", " + err.get() + ">";
        }
    }

    /**
     * {@code tuple<...>} with at least one element.
     *
     * @param elements the element types, in order
     */
    record TupleType(List<WaveType> elements) implements WaveType {
        /**
         * Validates and copies the components.
         *
         * @param elements see the record component
         */
        public TupleType {
            elements = List.copyOf(elements);
            if (elements.isEmpty()) {
                throw new IllegalArgumentException("a tuple type needs at least one element");
            }
        }

        @Override
        public Kind kind() {
            return Kind.TUPLE;
        }

        @Override
        public String toString() {
            return elements.stream().map(WaveType::toString).collect(Collectors.joining(", ", "tuple<", ">"));
        }
    }

    /**
     * A record: named fields in a fixed order. Zero fields are allowed (WIT requires one, but an XTP object may have
     * no properties; WAVE writes such a record {@code {:}}).
     *
     * @param fields the fields, in declaration order; names unique
     */
    record RecordType(List<Field> fields) implements WaveType {
        /**
         * Validates and copies the components.
         *
         * @param fields see the record component
         */
        public RecordType {
            fields = List.copyOf(fields);
            requireUnique(fields.stream().map(Field::name).collect(Collectors.toList()), "record field");
        }

        @Override
        public Kind kind() {
            return Kind.RECORD;
        }

        /**
         * Returns the position of a field.
         *
         * @param name a field name
         * @return its index, or -1 if there is no such field
         */
        public int indexOf(String name) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * Returns a field by name.
         *
         * @param name a field name
         * @return the field, if the record has it
         */
        public Optional<Field> field(String name) {
            int i = indexOf(name);
            return i < 0 ? Optional.empty() : Optional.of(fields.get(i));
        }

        @Override
        public String toString() {
            if (fields.isEmpty()) {
                return "record {}";
            }
            return fields.stream().map(f -> f.name() + ": " + f.type())
                    .collect(Collectors.joining(", ", "record { ", " }"));
        }

        /**
         * One field of a record.
         *
         * @param name the field name, a valid label
         * @param type the field type
         */
        public record Field(String name, WaveType type) {
            /**
             * Validates the components.
             *
             * @param name see the record component
             * @param type see the record component
             */
            public Field {
                WaveLabels.requireValid(name, "record field");
                Objects.requireNonNull(type, "field type");
            }
        }

        /** Builds a {@link RecordType} field by field. Not thread-safe. */
        public static final class Builder {
            private final List<Field> fields = new ArrayList<>();

            Builder() {
            }

            /**
             * Appends a field.
             *
             * @param name the field name
             * @param type the field type
             * @return this builder
             */
            public Builder field(String name, WaveType type) {
                fields.add(new Field(name, type));
                return this;
            }

            /**
             * Builds the record type.
             *
             * @return the record type
             * @throws IllegalArgumentException if two fields have the same name
             */
            public RecordType build() {
                return new RecordType(fields);
            }
        }
    }

    /**
     * A variant: named cases, each with an optional payload type. At least one case.
     *
     * @param cases the cases, in declaration order; names unique
     */
    record VariantType(List<Case> cases) implements WaveType {
        /**
         * Validates and copies the components.
         *
         * @param cases see the record component
         */
        public VariantType {
            cases = List.copyOf(cases);
            if (cases.isEmpty()) {
                throw new IllegalArgumentException("a variant type needs at least one case");
            }
            requireUnique(cases.stream().map(Case::name).collect(Collectors.toList()), "variant case");
        }

        @Override
        public Kind kind() {
            return Kind.VARIANT;
        }

        /**
         * Returns the position of a case.
         *
         * @param name a case name
         * @return its index, or -1 if there is no such case
         */
        public int indexOf(String name) {
            for (int i = 0; i < cases.size(); i++) {
                if (cases.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public String toString() {
            return cases.stream().map(c -> c.name() + c.payload().map(p -> "(" + p + ")").orElse(""))
                    .collect(Collectors.joining(", ", "variant { ", " }"));
        }

        /**
         * One case of a variant.
         *
         * @param name    the case name, a valid label
         * @param payload the payload type, empty for a case without payload
         */
        public record Case(String name, Optional<WaveType> payload) {
            /**
             * Validates the components.
             *
             * @param name see the record component
             * @param payload see the record component
             */
            public Case {
                WaveLabels.requireValid(name, "variant case");
                Objects.requireNonNull(payload, "payload (use Optional.empty())");
            }
        }

        /** Builds a {@link VariantType} case by case. Not thread-safe. */
        public static final class Builder {
            private final List<Case> cases = new ArrayList<>();

            Builder() {
            }

            /**
             * Appends a case without payload.
             *
             * @param name the case name
             * @return this builder
             */
            public Builder with(String name) {
                cases.add(new Case(name, Optional.empty()));
                return this;
            }

            /**
             * Appends a case with a payload.
             *
             * @param name    the case name
             * @param payload the payload type
             * @return this builder
             */
            public Builder with(String name, WaveType payload) {
                cases.add(new Case(name, Optional.of(payload)));
                return this;
            }

            /**
             * Builds the variant type.
             *
             * @return the variant type
             * @throws IllegalArgumentException if there are no cases or two cases have the same name
             */
            public VariantType build() {
                return new VariantType(cases);
            }
        }
    }

    /**
     * An enum: named cases without payloads. At least one case.
     *
     * @param cases the case names, in declaration order; unique
     */
    record EnumType(List<String> cases) implements WaveType {
        /**
         * Validates and copies the components.
         *
         * @param cases see the record component
         */
        public EnumType {
            cases = List.copyOf(cases);
            if (cases.isEmpty()) {
                throw new IllegalArgumentException("an enum type needs at least one case");
            }
            cases.forEach(c -> WaveLabels.requireValid(c, "enum case"));
            requireUnique(cases, "enum case");
        }

        @Override
        public Kind kind() {
            return Kind.ENUM;
        }

        @Override
        public String toString() {
            return "enum { " + String.join(", ", cases) + " }";
        }
    }

    /**
     * Flags: a set of named bits. Zero flags are allowed.
     *
     * @param flags the flag names, in declaration order; unique
     */
    record FlagsType(List<String> flags) implements WaveType {
        /**
         * Validates and copies the components.
         *
         * @param flags see the record component
         */
        public FlagsType {
            flags = List.copyOf(flags);
            flags.forEach(f -> WaveLabels.requireValid(f, "flag"));
            requireUnique(flags, "flag");
        }

        @Override
        public Kind kind() {
            return Kind.FLAGS;
        }

        @Override
        public String toString() {
            return flags.isEmpty() ? "flags {}" : "flags { " + String.join(", ", flags) + " }";
        }
    }

    private static void requireUnique(List<String> names, String what) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("duplicate " + what + " name \"" + name + "\"");
            }
        }
    }
}
