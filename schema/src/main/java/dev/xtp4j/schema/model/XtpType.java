package dev.xtp4j.schema.model;

/**
 * A type in the normalized XTP schema model.
 *
 * <p>The hierarchy is closed (sealed) so that a code generator can rely on seeing every case. Walk it either with a
 * {@link TypeVisitor} (the return type is chosen by the caller, and the compiler checks that every case is handled),
 * or by switching on {@link #kind()}:
 *
 * <pre>{@code
 * String javaType = field.type().accept(new TypeVisitor<String>() {
 *     public String visitString(StringType t) { return "String"; }
 *     public String visitInteger(IntegerType t) { return t.format().bits() > 32 ? "long" : "int"; }
 *     ...
 * });
 * }</pre>
 *
 * <p>Types carry no {@code nullable} flag: whether {@code null} is allowed is a property of the place that uses the
 * type (a {@link Field}, a {@link Parameter}, the items of an {@link ArrayType} or the values of a {@link MapType}).
 * Named types ({@link ObjectType}, {@link EnumType}, {@link AliasType}) keep their identity: every {@code $ref} to the
 * same component schema yields the same instance.
 */
public sealed interface XtpType
        permits StringType, ByteStringType, DateTimeType, BufferType, BooleanType, IntegerType, NumberType,
        ArrayType, MapType, FreeFormObjectType, NamedType {

    /** The kind of a type: one constant per record of the hierarchy. */
    enum Kind {
        /** {@link StringType}: {@code type: string}. */
        STRING,
        /** {@link ByteStringType}: {@code type: string, format: byte}. */
        BYTE_STRING,
        /** {@link DateTimeType}: {@code type: string, format: date-time}. */
        DATE_TIME,
        /** {@link BufferType}: {@code type: buffer}. */
        BUFFER,
        /** {@link BooleanType}: {@code type: boolean}. */
        BOOLEAN,
        /** {@link IntegerType}: {@code type: integer} with one of the eight integer formats. */
        INTEGER,
        /** {@link NumberType}: {@code type: number} with format float or double. */
        NUMBER,
        /** {@link ArrayType}: {@code type: array} with {@code items}. */
        ARRAY,
        /** {@link MapType}: {@code type: object} with {@code additionalProperties}. */
        MAP,
        /** {@link FreeFormObjectType}: {@code type: object} with neither properties nor additionalProperties. */
        FREE_FORM_OBJECT,
        /** {@link ObjectType}: a named component schema with {@code properties}. */
        OBJECT,
        /** {@link EnumType}: a named enum (a component schema, or an inline enum hoisted to a named type). */
        ENUM,
        /** {@link AliasType}: a named component schema that stands for another type (primitive, map, array, ...). */
        ALIAS
    }

    /**
     * Returns the kind of this type.
     *
     * @return the kind, never {@code null}
     */
    Kind kind();

    /**
     * Calls the visitor method that matches this type.
     *
     * @param visitor the visitor
     * @param <R> the visitor's result type
     * @return what the visitor returned
     */
    <R> R accept(TypeVisitor<R> visitor);

    /**
     * Returns this type with every {@link AliasType} unwrapped; for any other type, the type itself.
     *
     * @return the underlying type, never an {@link AliasType}
     */
    default XtpType resolved() {
        return this;
    }

    /**
     * Returns a short human-readable form such as {@code int32}, {@code array<nullable date-time>},
     * {@code map<string, Fruit>} or a named type's name. Used in messages and {@code toString()}.
     *
     * @return the display form
     */
    String display();
}
