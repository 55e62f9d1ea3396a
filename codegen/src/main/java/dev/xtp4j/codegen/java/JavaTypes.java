package dev.xtp4j.codegen.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.xtp4j.schema.model.AliasType;
import dev.xtp4j.schema.model.ArrayType;
import dev.xtp4j.schema.model.BooleanType;
import dev.xtp4j.schema.model.BufferType;
import dev.xtp4j.schema.model.ByteStringType;
import dev.xtp4j.schema.model.DateTimeType;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.FreeFormObjectType;
import dev.xtp4j.schema.model.IntegerFormat;
import dev.xtp4j.schema.model.IntegerType;
import dev.xtp4j.schema.model.MapType;
import dev.xtp4j.schema.model.NumberFormat;
import dev.xtp4j.schema.model.NumberType;
import dev.xtp4j.schema.model.ObjectType;
import dev.xtp4j.schema.model.StringType;
import dev.xtp4j.schema.model.TypeVisitor;
import dev.xtp4j.schema.model.XtpType;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Java types of XTP types, following the conventions of the codecs ({@code docs/codecs.md}, "Java types and
 * presence"), with one addition: a {@code uint64} that is not a record component of its own (an array item, a map
 * value, the content of an {@code Optional}, a function input or output) is a {@link BigInteger}, because the
 * {@code @Uint64} annotation that makes a {@code long} unsigned can only mark a component.
 */
final class JavaTypes {
    static final ClassName OBJECT_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "ObjectNode");
    static final TypeName BYTES = ArrayTypeName.of(TypeName.BYTE);

    private final String packageName;

    JavaTypes(String packageName) {
        this.packageName = packageName;
    }

    /**
     * The class of a named object or enum type.
     *
     * @param javaName its Java name
     * @return the class name in the generated package
     */
    ClassName named(String javaName) {
        return ClassName.get(packageName, javaName);
    }

    /**
     * The reference type of values of a type: what lists, maps, {@code Optional}s and nullable places hold.
     *
     * @param type the type
     * @return a boxed or reference type ({@code uint64} is {@link BigInteger})
     */
    TypeName reference(XtpType type) {
        return type.accept(new TypeVisitor<TypeName>() {
            @Override
            public TypeName visitString(StringType t) {
                return ClassName.get(String.class);
            }

            @Override
            public TypeName visitByteString(ByteStringType t) {
                return BYTES;
            }

            @Override
            public TypeName visitDateTime(DateTimeType t) {
                return ClassName.get(OffsetDateTime.class);
            }

            @Override
            public TypeName visitBuffer(BufferType t) {
                return BYTES;
            }

            @Override
            public TypeName visitBoolean(BooleanType t) {
                return TypeName.BOOLEAN.box();
            }

            @Override
            public TypeName visitInteger(IntegerType t) {
                return t.format() == IntegerFormat.UINT64 ? ClassName.get(BigInteger.class) : integer(t.format()).box();
            }

            @Override
            public TypeName visitNumber(NumberType t) {
                return number(t.format()).box();
            }

            @Override
            public TypeName visitArray(ArrayType t) {
                return ParameterizedTypeName.get(ClassName.get(List.class), reference(t.items()));
            }

            @Override
            public TypeName visitMap(MapType t) {
                return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                        reference(t.values()));
            }

            @Override
            public TypeName visitFreeFormObject(FreeFormObjectType t) {
                return OBJECT_NODE;
            }

            @Override
            public TypeName visitObject(ObjectType t) {
                return named(t.javaName());
            }

            @Override
            public TypeName visitEnum(EnumType t) {
                return named(t.javaName());
            }

            @Override
            public TypeName visitAlias(AliasType t) {
                return reference(t.target());
            }
        });
    }

    /**
     * The type of a value that cannot be {@code null}: a primitive for booleans, integers and numbers (but
     * {@link BigInteger} for {@code uint64}), otherwise the reference type.
     *
     * @param type the type
     * @return the type name
     */
    TypeName nonNull(XtpType type) {
        XtpType t = type.resolved();
        if (t instanceof BooleanType) {
            return TypeName.BOOLEAN;
        }
        if (t instanceof IntegerType i && i.format() != IntegerFormat.UINT64) {
            return integer(i.format());
        }
        if (t instanceof NumberType n) {
            return number(n.format());
        }
        return reference(type);
    }

    /**
     * The Java primitive of an integer format ({@code uint64} is a {@code long} holding the 64 bits).
     *
     * @param format the format
     * @return {@code byte}, {@code short}, {@code int} or {@code long}
     */
    static TypeName integer(IntegerFormat format) {
        return switch (format) {
            case INT8 -> TypeName.BYTE;
            case UINT8, INT16 -> TypeName.SHORT;
            case UINT16, INT32 -> TypeName.INT;
            case UINT32, INT64, UINT64 -> TypeName.LONG;
        };
    }

    private static TypeName number(NumberFormat format) {
        return format == NumberFormat.FLOAT ? TypeName.FLOAT : TypeName.DOUBLE;
    }

    /**
     * Tells whether a type is an unsigned integer that its Java type does not hold by itself: {@code uint8},
     * {@code uint16} and {@code uint32} (held in a wider signed type) and {@code uint64} as a {@link BigInteger}.
     *
     * @param type the type
     * @return the format to check, if any
     */
    static Optional<IntegerFormat> unsignedRange(XtpType type) {
        if (type.resolved() instanceof IntegerType i && !i.format().signed()) {
            return Optional.of(i.format());
        }
        return Optional.empty();
    }

    /**
     * Tells whether a type is a {@code uint64}.
     *
     * @param type the type
     * @return true for {@code uint64} (also through aliases)
     */
    static boolean isUint64(XtpType type) {
        return type.resolved() instanceof IntegerType i && i.format() == IntegerFormat.UINT64;
    }

    /**
     * Tells whether values of a type are Java arrays ({@code byte[]}), whose {@code equals} compares identity.
     *
     * @param type the type
     * @return true for buffers and byte strings
     */
    static boolean isBytes(XtpType type) {
        XtpType t = type.resolved();
        return t instanceof BufferType || t instanceof ByteStringType;
    }
}
