package dev.xtp4j.codegen.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.xtp4j.codegen.internal.Presence;
import dev.xtp4j.codegen.internal.RecordMethods;
import dev.xtp4j.codegen.internal.Text;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.EnumValue;
import dev.xtp4j.schema.model.Field;
import dev.xtp4j.schema.model.IntegerFormat;
import dev.xtp4j.schema.model.ObjectType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Emits the Java type of an object schema (a record) or of an enum schema (an enum). */
final class TypeEmitter {
    static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
    static final ClassName JSON_INCLUDE = ClassName.get("com.fasterxml.jackson.annotation", "JsonInclude");
    static final ClassName JSON_SETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonSetter");
    static final ClassName NULLS = ClassName.get("com.fasterxml.jackson.annotation", "Nulls");
    static final ClassName UINT64 = ClassName.get("dev.xtp4j.codec", "Uint64");

    /**
     * A record component.
     *
     * @param field the schema property
     * @param name the Java name
     * @param type the Java type
     * @param presence how it is present
     */
    record Component(Field field, String name, TypeName type, Presence presence)
            implements RecordMethods.Component {
        boolean uint64() {
            return JavaTypes.isUint64(field.type()) && presence != Presence.OPTIONAL_NULLABLE;
        }

        @Override
        public boolean bytes() {
            return JavaTypes.isBytes(field.type());
        }
    }

    private final HostModel model;

    TypeEmitter(HostModel model) {
        this.model = model;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Records

    /**
     * The components of an object type, in schema order, with their Java names and types.
     *
     * @param object the object type
     * @return the components
     */
    List<Component> components(ObjectType object) {
        Set<String> taken = new HashSet<>();
        object.fields().forEach(f -> taken.add(f.javaName()));
        List<Component> out = new ArrayList<>();
        for (Field f : object.fields()) {
            String name = f.javaName();
            if (HostModel.OBJECT_METHODS.contains(name)) {
                do {
                    name = name + "_";
                } while (taken.contains(name));
                taken.add(name);
            }
            Presence presence = Presence.of(f);
            TypeName type = switch (presence) {
                case REQUIRED -> JavaTypes.isUint64(f.type()) ? TypeName.LONG : model.types.nonNull(f.type());
                case REQUIRED_NULLABLE, OPTIONAL -> JavaTypes.isUint64(f.type()) ? TypeName.LONG.box()
                        : model.types.reference(f.type());
                case OPTIONAL_NULLABLE -> ParameterizedTypeName.get(ClassName.get(Optional.class),
                        model.types.reference(f.type()));
            };
            out.add(new Component(f, name, type, presence));
        }
        return out;
    }

    TypeSpec.Builder record(ObjectType object) {
        List<Component> components = components(object);
        ClassName self = model.types.named(object.javaName());
        TypeSpec.Builder b = TypeSpec.recordBuilder(self).addModifiers(Modifier.PUBLIC);
        StringBuilder doc = new StringBuilder(Text.javadoc(object.description().orElse(
                "The object " + object.name() + " of the schema."), 0));
        if (!components.isEmpty()) {
            doc.append('\n');
            for (Component c : components) {
                doc.append("@param ").append(c.name()).append(' ').append(Text.wrap(componentDoc(c),
                        Text.JAVADOC_WIDTH - 3 - 8 - c.name().length()).replace("\n", "\n    ").stripTrailing())
                        .append('\n');
            }
        }
        b.addJavadoc("$L", doc.toString());

        MethodSpec.Builder ctor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        for (Component c : components) {
            ctor.addParameter(ParameterSpec.builder(c.type(), c.name()).addAnnotations(annotations(c)).build());
        }
        CodeBlock checks = checks(components);
        boolean nullChecks = components.stream().anyMatch(c -> c.presence() == Presence.REQUIRED
                && !c.type().isPrimitive());
        boolean rangeChecks = components.stream().anyMatch(c -> rangeFormat(c).isPresent());
        StringBuilder ctorDoc = new StringBuilder("Creates ").append(article(object.javaName())).append(" {@code ")
                .append(object.javaName()).append("}");
        if (nullChecks || rangeChecks) {
            ctorDoc.append(", checking that ").append(nullChecks ? "required components are present" : "")
                    .append(nullChecks && rangeChecks ? " and " : "")
                    .append(rangeChecks ? "unsigned integers are in range" : "");
        }
        ctorDoc.append(".");
        ctorDoc = new StringBuilder(Text.wrap(ctorDoc.toString(), Text.JAVADOC_WIDTH - 7));
        if (!components.isEmpty()) {
            ctorDoc.append('\n');
            for (Component c : components) {
                ctorDoc.append("@param ").append(c.name()).append(" the value of {@code ").append(c.name())
                        .append("}\n");
            }
        }
        if (nullChecks) {
            ctorDoc.append("@throws NullPointerException if a required component is {@code null}\n");
        }
        if (rangeChecks) {
            ctorDoc.append("@throws IllegalArgumentException if an unsigned integer is out of its range\n");
        }
        b.recordConstructor(ctor.addJavadoc("$L", ctorDoc.toString()).addCode(checks).build());

        if (components.stream().anyMatch(Component::bytes)) {
            b.addMethod(RecordMethods.equalsMethod(self, components));
            b.addMethod(RecordMethods.hashCodeMethod(components));
            b.addMethod(RecordMethods.toStringMethod(object.javaName(), components));
        }
        return b;
    }

    private static String article(String name) {
        return "AEIOUaeiou".indexOf(name.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String componentDoc(Component c) {
        Field f = c.field();
        String what = Text.sentence(f.description().orElse(null), "The " + Text.code(f.name()) + " member.");
        String presence = switch (c.presence()) {
            case REQUIRED -> "Required.";
            case REQUIRED_NULLABLE -> "Required, may be {@code null} (written as {@code null}).";
            case OPTIONAL -> "Optional: {@code null} when absent (left out when written).";
            case OPTIONAL_NULLABLE -> "Optional and nullable: a {@code null} reference when absent (left out when "
                    + "written), {@code Optional.empty()} for {@code null}.";
        };
        String unsigned = "";
        Optional<IntegerFormat> format = JavaTypes.unsignedRange(f.type());
        if (format.isPresent()) {
            unsigned = format.get() == IntegerFormat.UINT64 && c.uint64()
                    ? " A {@code uint64}: the 64 bits of an unsigned value (see {@code Long.toUnsignedString})."
                    : " A {@code " + format.get().wireName() + "}, 0 to " + format.get().maxValue() + ".";
        }
        String member = c.name().equals(f.name()) ? "" : " Member " + Text.code(f.name()) + " on the wire.";
        return what + " " + presence + unsigned + member;
    }

    private static List<AnnotationSpec> annotations(Component c) {
        List<AnnotationSpec> out = new ArrayList<>();
        boolean renamed = !c.name().equals(c.field().name());
        boolean required = c.presence() == Presence.REQUIRED || c.presence() == Presence.REQUIRED_NULLABLE;
        if (required || renamed) {
            AnnotationSpec.Builder p = AnnotationSpec.builder(JSON_PROPERTY);
            if (renamed) {
                p.addMember("value", "$L", Text.literal(c.field().name()));
            }
            if (required) {
                p.addMember("required", "true");
            }
            out.add(p.build());
        }
        if (c.presence() == Presence.REQUIRED) {
            out.add(AnnotationSpec.builder(JSON_SETTER).addMember("nulls", "$T.FAIL", NULLS).build());
        }
        if (!required) {
            out.add(AnnotationSpec.builder(JSON_INCLUDE).addMember("value", "$T.Include.NON_NULL", JSON_INCLUDE)
                    .build());
        }
        if (c.uint64()) {
            out.add(AnnotationSpec.builder(UINT64).build());
        }
        return out;
    }

    /** The unsigned format a component's constructor checks, if any (a {@code uint64} {@code long} needs none). */
    private static Optional<IntegerFormat> rangeFormat(Component c) {
        return JavaTypes.unsignedRange(c.field().type()).filter(f -> f != IntegerFormat.UINT64 || !c.uint64());
    }

    private static CodeBlock checks(List<Component> components) {
        CodeBlock.Builder b = CodeBlock.builder();
        for (Component c : components) {
            if (c.presence() == Presence.REQUIRED && !c.type().isPrimitive()) {
                b.addStatement("$T.requireNonNull($N, $L)", Objects.class, c.name(), Text.literal(c.name()));
            }
        }
        for (Component c : components) {
            Optional<IntegerFormat> format = rangeFormat(c);
            if (format.isEmpty()) {
                continue;
            }
            String value = c.presence() == Presence.OPTIONAL_NULLABLE ? c.name() + ".get()" : c.name();
            String guard = switch (c.presence()) {
                case REQUIRED -> "";
                case REQUIRED_NULLABLE, OPTIONAL -> c.name() + " != null && ";
                case OPTIONAL_NULLABLE -> c.name() + " != null && " + c.name() + ".isPresent() && ";
            };
            IntegerFormat f = format.get();
            String outOfRange = switch (f) {
                case UINT8 -> value + " < 0 || " + value + " > 255";
                case UINT16 -> value + " < 0 || " + value + " > 65535";
                case UINT32 -> value + " < 0 || " + value + " > 4294967295L";
                default -> value + ".signum() < 0 || " + value + ".bitLength() > 64";
            };
            String condition = guard.isEmpty() ? outOfRange : guard + "(" + outOfRange + ")";
            b.beginControlFlow("if ($L)", condition)
                    .addStatement("throw new $T($L + $L)", IllegalArgumentException.class,
                            Text.literal(c.name() + " must be a " + f.wireName() + " (0 to " + f.maxValue()
                                    + "), not "), value)
                    .endControlFlow();
        }
        return b.build();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Enums

    TypeSpec.Builder enumType(EnumType type) {
        TypeSpec.Builder b = TypeSpec.enumBuilder(model.types.named(type.javaName())).addModifiers(Modifier.PUBLIC);
        b.addJavadoc("$L", Text.javadoc(type.description().orElse("The enum " + type.name() + " of the schema."), 0)
                + "\n" + Text.wrap("<p>Each constant is written as its value in the schema ({@link #wireValue()}) "
                        + "in JSON, MessagePack and text.", Text.JAVADOC_WIDTH - 3));
        for (EnumValue v : type.values()) {
            b.addEnumConstant(v.javaName(), TypeSpec.anonymousClassBuilder("$L", Text.literal(v.value()))
                    .addJavadoc("The value $L.\n", Text.code(v.value()))
                    .addAnnotation(AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$L",
                            Text.literal(v.value())).build())
                    .build());
        }
        b.addField(FieldSpec.builder(String.class, "wireValue", Modifier.PRIVATE, Modifier.FINAL).build());
        b.addMethod(MethodSpec.constructorBuilder().addParameter(String.class, "wireValue")
                .addStatement("this.wireValue = wireValue").build());
        String example = type.values().isEmpty() ? ""
                : ", e.g. " + Text.code(type.values().get(0).value()) + " for {@link #" + type.values().get(0).javaName()
                        + "}";
        b.addMethod(MethodSpec.methodBuilder("wireValue").addModifiers(Modifier.PUBLIC).returns(String.class)
                .addJavadoc("The value as the schema writes it and the wire carries it.\n\n@return the value$L\n",
                        example)
                .addStatement("return wireValue").build());
        return b;
    }
}
