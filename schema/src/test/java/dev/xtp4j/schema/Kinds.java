package dev.xtp4j.schema;

import dev.xtp4j.schema.model.AliasType;
import dev.xtp4j.schema.model.ArrayType;
import dev.xtp4j.schema.model.BooleanType;
import dev.xtp4j.schema.model.BufferType;
import dev.xtp4j.schema.model.ByteStringType;
import dev.xtp4j.schema.model.DateTimeType;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.FreeFormObjectType;
import dev.xtp4j.schema.model.IntegerType;
import dev.xtp4j.schema.model.MapType;
import dev.xtp4j.schema.model.NumberType;
import dev.xtp4j.schema.model.ObjectType;
import dev.xtp4j.schema.model.StringType;
import dev.xtp4j.schema.model.TypeVisitor;
import dev.xtp4j.schema.model.XtpType;

/** Renders a type in the notation of expected.json's facts ({@code map<string,array<nullable date-time>>}). */
final class Kinds implements TypeVisitor<String> {

    static String of(XtpType type) {
        return type.accept(new Kinds());
    }

    @Override
    public String visitString(StringType type) {
        return "string";
    }

    @Override
    public String visitByteString(ByteStringType type) {
        return "string";
    }

    @Override
    public String visitDateTime(DateTimeType type) {
        return "date-time";
    }

    @Override
    public String visitBuffer(BufferType type) {
        return "buffer";
    }

    @Override
    public String visitBoolean(BooleanType type) {
        return "boolean";
    }

    @Override
    public String visitInteger(IntegerType type) {
        return type.format().wireName();
    }

    @Override
    public String visitNumber(NumberType type) {
        return type.format().wireName();
    }

    @Override
    public String visitArray(ArrayType type) {
        return "array<" + (type.nullableItems() ? "nullable " : "") + of(type.items()) + ">";
    }

    @Override
    public String visitMap(MapType type) {
        return "map<string," + (type.nullableValues() ? "nullable " : "") + of(type.values()) + ">";
    }

    @Override
    public String visitFreeFormObject(FreeFormObjectType type) {
        return "free-form-object";
    }

    @Override
    public String visitObject(ObjectType type) {
        return "object";
    }

    @Override
    public String visitEnum(EnumType type) {
        return "enum";
    }

    @Override
    public String visitAlias(AliasType type) {
        return of(type.target());
    }
}
