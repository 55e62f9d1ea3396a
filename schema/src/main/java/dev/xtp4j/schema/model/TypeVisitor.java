package dev.xtp4j.schema.model;

/**
 * A visitor over the closed {@link XtpType} hierarchy, with one method per type record.
 *
 * <p>Implement every method; the compiler then guarantees that a generator handles every kind of type.
 * {@link #visitAlias(AliasType)} receives the alias itself; call {@code alias.target().accept(this)} to look through
 * it.
 *
 * @param <R> the result type of the visit
 */
public interface TypeVisitor<R> {

    /**
     * Visits a plain string.
     *
     * @param type the type
     * @return the result
     */
    R visitString(StringType type);

    /**
     * Visits a base64 string ({@code format: byte}).
     *
     * @param type the type
     * @return the result
     */
    R visitByteString(ByteStringType type);

    /**
     * Visits an RFC 3339 date-time.
     *
     * @param type the type
     * @return the result
     */
    R visitDateTime(DateTimeType type);

    /**
     * Visits a byte buffer.
     *
     * @param type the type
     * @return the result
     */
    R visitBuffer(BufferType type);

    /**
     * Visits a boolean.
     *
     * @param type the type
     * @return the result
     */
    R visitBoolean(BooleanType type);

    /**
     * Visits an integer of some {@link IntegerFormat}.
     *
     * @param type the type
     * @return the result
     */
    R visitInteger(IntegerType type);

    /**
     * Visits a floating-point number of some {@link NumberFormat}.
     *
     * @param type the type
     * @return the result
     */
    R visitNumber(NumberType type);

    /**
     * Visits an array.
     *
     * @param type the type
     * @return the result
     */
    R visitArray(ArrayType type);

    /**
     * Visits a map with string keys.
     *
     * @param type the type
     * @return the result
     */
    R visitMap(MapType type);

    /**
     * Visits a free-form JSON object.
     *
     * @param type the type
     * @return the result
     */
    R visitFreeFormObject(FreeFormObjectType type);

    /**
     * Visits a named object type.
     *
     * @param type the type
     * @return the result
     */
    R visitObject(ObjectType type);

    /**
     * Visits a named enum.
     *
     * @param type the type
     * @return the result
     */
    R visitEnum(EnumType type);

    /**
     * Visits a named alias (a component schema that is a primitive, map, array, free-form object or a reference).
     *
     * @param type the type
     * @return the result
     */
    R visitAlias(AliasType type);
}
