package dev.xtp4j.codegen.javaguest;

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

/**
 * Emits the Java type of each object schema (a record) and enum schema (an enum). The records are plain carriers
 * that TeaVM compiles like any other class; their JSON form is in the generated {@code <Name>Json} class.
 */
final class TypesEmitter {
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
        @Override
        public boolean bytes() {
            return GuestTypes.isBytes(field.type());
        }
    }

    private final GuestModel model;

    TypesEmitter(GuestModel model) {
        this.model = model;
    }

    /**
     * The components of an object type, in schema order.
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
            if (GuestModel.OBJECT_METHODS.contains(name)) {
                do {
                    name = name + "_";
                } while (taken.contains(name));
                taken.add(name);
            }
            Presence presence = Presence.of(f);
            TypeName type = switch (presence) {
                case REQUIRED -> model.types.nonNull(f.type());
                case REQUIRED_NULLABLE, OPTIONAL -> model.types.reference(f.type());
                case OPTIONAL_NULLABLE -> ParameterizedTypeName.get(ClassName.get(Optional.class),
                        model.types.reference(f.type()));
            };
            out.add(new Component(f, name, type, presence));
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Records

    TypeSpec.Builder record(ObjectType object) {
        List<Component> components = components(object);
        ClassName self = model.types.named(object.javaName());
        TypeSpec.Builder b = TypeSpec.recordBuilder(self).addModifiers(Modifier.PUBLIC);
        StringBuilder doc = new StringBuilder(Text.javadoc(object.description().orElse(
                "The object " + object.name() + " of the schema."), 0));
        doc.append('\n').append(Text.wrap("<p>Its JSON form: {@code " + model.json.simpleName() + ".read"
                + object.javaName() + "} and {@code write" + object.javaName() + "}.", Text.JAVADOC_WIDTH - 3));
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
            ctor.addParameter(ParameterSpec.builder(c.type(), c.name()).build());
        }
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
        ctorDoc = new StringBuilder(Text.wrap(ctorDoc.append('.').toString(), Text.JAVADOC_WIDTH - 7));
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
        b.recordConstructor(ctor.addJavadoc("$L", ctorDoc.toString()).addCode(checks(components)).build());

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
        String format = "";
        Optional<IntegerFormat> integer = GuestTypes.integerFormat(f.type());
        if (integer.isPresent() && !integer.get().signed()) {
            format = integer.get() == IntegerFormat.UINT64
                    ? " A {@code uint64}: the 64 bits of an unsigned value (see {@code Long.toUnsignedString})."
                    : " A {@code " + integer.get().wireName() + "}, 0 to " + integer.get().maxValue() + ".";
        } else if (f.type().resolved() instanceof dev.xtp4j.schema.model.FreeFormObjectType) {
            format = " A free-form object: the text of any JSON object, kept as written.";
        }
        String member = c.name().equals(f.name()) ? "" : " Member " + Text.code(f.name()) + " on the wire.";
        return what + " " + presence + format + member;
    }

    /** The unsigned format a component's constructor checks ({@code uint64} needs no check: any bits are valid). */
    private static Optional<IntegerFormat> rangeFormat(Component c) {
        return GuestTypes.integerFormat(c.field().type())
                .filter(f -> !f.signed() && f != IntegerFormat.UINT64);
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
            String max = switch (f) {
                case UINT8 -> "255";
                case UINT16 -> "65535";
                default -> "4294967295L";
            };
            String outOfRange = value + " < 0 || " + value + " > " + max;
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
        ClassName self = model.types.named(type.javaName());
        TypeSpec.Builder b = TypeSpec.enumBuilder(self).addModifiers(Modifier.PUBLIC);
        b.addJavadoc("$L", Text.javadoc(type.description().orElse("The enum " + type.name() + " of the schema."), 0)
                + "\n" + Text.wrap("<p>Each constant is written as its value in the schema ({@link #wireValue()}), in "
                        + "JSON and in text.", Text.JAVADOC_WIDTH - 3));
        for (EnumValue v : type.values()) {
            b.addEnumConstant(v.javaName(), TypeSpec.anonymousClassBuilder("$L", Text.literal(v.value()))
                    .addJavadoc("The value $L.\n", Text.code(v.value())).build());
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

        MethodSpec.Builder from = MethodSpec.methodBuilder("fromWireValue").addModifiers(Modifier.PUBLIC,
                Modifier.STATIC).returns(self).addParameter(String.class, "wireValue")
                .addJavadoc("The constant of a value as the schema writes it.\n\n"
                        + "@param wireValue the value, e.g. $L\n@return the constant\n"
                        + "@throws IllegalArgumentException if the enum has no such value\n",
                        type.values().isEmpty() ? "{@code x}" : Text.code(type.values().get(0).value()));
        String values = String.join(", ", type.wireValues());
        CodeBlock unknown = CodeBlock.of("throw new $T($L$W+ wireValue + $L)", IllegalArgumentException.class,
                Text.literal("unknown " + type.name() + " value \""),
                Text.longLiteral("\" (expected one of " + values + ")"));
        if (type.values().isEmpty()) {
            from.addStatement("$L", unknown);
        } else {
            CodeBlock.Builder sw = CodeBlock.builder().add("return switch (wireValue) {\n$>");
            for (EnumValue v : type.values()) {
                sw.add("case $L -> $N;\n", Text.literal(v.value()), v.javaName());
            }
            sw.add("default -> $L;\n$<};\n", unknown);
            from.addCode(sw.build());
        }
        b.addMethod(from.build());
        return b;
    }
}
