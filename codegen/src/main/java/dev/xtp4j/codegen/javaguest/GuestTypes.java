package dev.xtp4j.codegen.javaguest;

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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The Java types of XTP types in a plugin compiled by TeaVM. They follow the host stubs where TeaVM allows it
 * ({@code OffsetDateTime}, {@code byte[]}, records, enums, {@code List}, {@code Map}), with two differences that keep
 * plugins small: a {@code uint64} is always the 64 bits of a {@code long} (never a {@code BigInteger}), and a
 * free-form object is its JSON text in a {@code String} (there is no JSON tree library in a plugin).
 */
final class GuestTypes {
    static final TypeName BYTES = ArrayTypeName.of(TypeName.BYTE);

    private final String packageName;

    GuestTypes(String packageName) {
        this.packageName = packageName;
    }

    /**
     * The class of a named object or enum type.
     *
     * @param javaName its Java name
     * @return the class in the generated package
     */
    ClassName named(String javaName) {
        return ClassName.get(packageName, javaName);
    }

    /**
     * The reference type of values of a type: what lists, maps, {@code Optional}s and nullable places hold.
     *
     * @param type the type
     * @return a boxed or reference type
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
                return integer(t.format()).box();
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
                return ClassName.get(String.class);
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
     * The type of a value that cannot be {@code null}: a primitive for booleans, integers and numbers, otherwise the
     * reference type.
     *
     * @param type the type
     * @return the type name
     */
    TypeName nonNull(XtpType type) {
        XtpType t = type.resolved();
        if (t instanceof BooleanType) {
            return TypeName.BOOLEAN;
        }
        if (t instanceof IntegerType i) {
            return integer(i.format());
        }
        if (t instanceof NumberType n) {
            return number(n.format());
        }
        return reference(type);
    }

    /**
     * The Java primitive of an integer format: the smallest signed type that holds every value ({@code uint64} is a
     * {@code long} holding the 64 bits).
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
     * Tells whether values of a type are Java arrays ({@code byte[]}), whose {@code equals} compares identity.
     *
     * @param type the type
     * @return true for buffers and byte strings
     */
    static boolean isBytes(XtpType type) {
        XtpType t = type.resolved();
        return t instanceof BufferType || t instanceof ByteStringType;
    }

    /**
     * The integer format of a type, if it is an integer.
     *
     * @param type the type
     * @return the format (through aliases)
     */
    static java.util.Optional<IntegerFormat> integerFormat(XtpType type) {
        return type.resolved() instanceof IntegerType i ? java.util.Optional.of(i.format())
                : java.util.Optional.empty();
    }
}
