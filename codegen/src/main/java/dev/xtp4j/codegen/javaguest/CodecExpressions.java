package dev.xtp4j.codegen.javaguest;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.xtp4j.schema.model.ArrayType;
import dev.xtp4j.schema.model.BooleanType;
import dev.xtp4j.schema.model.BufferType;
import dev.xtp4j.schema.model.ByteStringType;
import dev.xtp4j.schema.model.DateTimeType;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.FreeFormObjectType;
import dev.xtp4j.schema.model.IntegerType;
import dev.xtp4j.schema.model.MapType;
import dev.xtp4j.schema.model.NumberFormat;
import dev.xtp4j.schema.model.NumberType;
import dev.xtp4j.schema.model.ObjectType;
import dev.xtp4j.schema.model.StringType;
import dev.xtp4j.schema.model.XtpType;

/**
 * The JSON or MessagePack decoder and encoder of any XTP type as a Java expression: a method reference for a scalar or a schema
 * type ({@code KitchenSinkWire::readInt32}, {@code KitchenSinkJson::writePoint}), composed with the combinators of
 * the wire class for arrays, maps and nullable values
 * ({@code KitchenSinkWire.listOf(KitchenSinkWire.nullable(KitchenSinkWire::readInt32))}). Composing values keeps
 * generated code free of nested lambdas and their variable names. The MessagePack expressions have the same shape, on
 * {@code KitchenSinkMsgPackWire} and {@code KitchenSinkMsgPack}.
 */
final class CodecExpressions {
    /** A static method that reads or writes one kind of value. */
    private record Method(ClassName owner, String name) {}

    /** The wire helpers: scalars and combinators. */
    private final ClassName wire;
    /** The codecs of the schema's objects and enums. */
    private final ClassName schemaTypes;

    private CodecExpressions(ClassName wire, ClassName schemaTypes) {
        this.wire = wire;
        this.schemaTypes = schemaTypes;
    }

    /**
     * The JSON expressions, on {@code <Name>Wire} and {@code <Name>Json}.
     *
     * @param model the model
     * @return the expressions
     */
    static CodecExpressions json(GuestModel model) {
        return new CodecExpressions(model.wire, model.json);
    }

    /**
     * The MessagePack expressions, on {@code <Name>MsgPackWire} and {@code <Name>MsgPack}.
     *
     * @param model the model
     * @return the expressions
     */
    static CodecExpressions msgpack(GuestModel model) {
        return new CodecExpressions(model.msgpackWire, model.msgpack);
    }

    /**
     * A {@code Decoder<T>} of a type.
     *
     * @param type the type
     * @param nullable whether {@code null} is a value
     * @return the expression
     */
    CodeBlock decoder(XtpType type, boolean nullable) {
        XtpType t = type.resolved();
        CodeBlock d;
        if (t instanceof ArrayType a) {
            d = CodeBlock.of("$T.listOf($L)", wire, decoder(a.items(), a.nullableItems()));
        } else if (t instanceof MapType m) {
            d = CodeBlock.of("$T.mapOf($L)", wire, decoder(m.values(), m.nullableValues()));
        } else {
            Method method = method(t, "read");
            d = CodeBlock.of("$T::$N", method.owner(), method.name());
        }
        return nullable ? CodeBlock.of("$T.nullable($L)", wire, d) : d;
    }

    /**
     * An expression that reads one value of a type (not {@code null}) from the variable {@code reader}.
     *
     * @param type the type
     * @return the expression
     */
    CodeBlock read(XtpType type) {
        XtpType t = type.resolved();
        if (t instanceof ArrayType a) {
            return CodeBlock.of("$T.readList(reader,$W$L)", wire, decoder(a.items(), a.nullableItems()));
        }
        if (t instanceof MapType m) {
            return CodeBlock.of("$T.readMap(reader,$W$L)", wire, decoder(m.values(), m.nullableValues()));
        }
        Method method = method(t, "read");
        return CodeBlock.of("$T.$N(reader)", method.owner(), method.name());
    }

    /**
     * An {@code Encoder<T>} of a type.
     *
     * @param type the type
     * @param nullable whether {@code null} is a value
     * @return the expression
     */
    CodeBlock encoder(XtpType type, boolean nullable) {
        XtpType t = type.resolved();
        CodeBlock e;
        if (t instanceof ArrayType a) {
            e = CodeBlock.of("$T.listOf($L)", wire, encoder(a.items(), a.nullableItems()));
        } else if (t instanceof MapType m) {
            e = CodeBlock.of("$T.mapOf($L)", wire, encoder(m.values(), m.nullableValues()));
        } else {
            Method method = method(t, "write");
            e = CodeBlock.of("$T::$N", method.owner(), method.name());
        }
        return nullable ? CodeBlock.of("$T.nullable($L)", wire, e) : e;
    }

    /** The wire or schema-type method of a type that is not an array or a map (aliases resolved). */
    private Method method(XtpType t, String verb) {
        if (t instanceof ObjectType o) {
            return new Method(schemaTypes, verb + o.javaName());
        }
        if (t instanceof EnumType e) {
            return new Method(schemaTypes, verb + e.javaName());
        }
        String kind;
        if (t instanceof StringType) {
            kind = "String";
        } else if (t instanceof ByteStringType || t instanceof BufferType) {
            kind = "Bytes";
        } else if (t instanceof DateTimeType) {
            kind = "DateTime";
        } else if (t instanceof BooleanType) {
            kind = "Boolean";
        } else if (t instanceof IntegerType i) {
            String wire = i.format().wireName();
            kind = wire.startsWith("u") ? "Uint" + wire.substring(4) : "Int" + wire.substring(3);
        } else if (t instanceof NumberType n) {
            kind = n.format() == NumberFormat.FLOAT ? "Float" : "Double";
        } else if (t instanceof FreeFormObjectType) {
            kind = "ObjectText";
        } else {
            throw new IllegalStateException("no codec method for " + t.display());
        }
        return new Method(wire, verb + kind);
    }
}
