package dev.xtp4j.codegen.javaguest;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.xtp4j.codegen.internal.Presence;
import dev.xtp4j.codegen.internal.Text;
import dev.xtp4j.codegen.javaguest.TypesEmitter.Component;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.NamedType;
import dev.xtp4j.schema.model.ObjectType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code <Name>Json}: for every object and enum schema, a method that reads it from a {@code JsonReader} and
 * one that writes it to a {@code JsonWriter}, with the presence rules of the schema. No reflection: TeaVM compiles
 * exactly this code.
 */
final class JsonEmitter {
    static final ClassName JSON_READER = ClassName.get("dev.xtp4j.pdk.json", "JsonReader");
    static final ClassName JSON_WRITER = ClassName.get("dev.xtp4j.pdk.json", "JsonWriter");
    static final ClassName JSON_EXCEPTION = ClassName.get("dev.xtp4j.pdk.json", "JsonException");

    private final GuestModel model;
    private final TypesEmitter types;
    private final CodecExpressions codecs;
    /** The local variable names of every read method, which JavaPoet must not take for simple type names. */
    private final Set<String> locals = new HashSet<>();

    JsonEmitter(GuestModel model, TypesEmitter types, CodecExpressions codecs) {
        this.model = model;
        this.types = types;
        this.codecs = codecs;
    }

    /**
     * The names that the class uses for variables; the file qualifies types with these simple names.
     *
     * @return the names, after {@link #emit()}
     */
    Set<String> locals() {
        return locals;
    }

    TypeSpec.Builder emit() {
        TypeSpec.Builder b = TypeSpec.classBuilder(model.json).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        b.addJavadoc("$L", Text.wrap("The JSON form of the types of " + Text.escapeHtml(model.schemaName)
                + ": one method that reads each object and enum type and one that writes it. Objects are read with "
                + "their members in any order (unknown members are skipped; a required member that is missing, or "
                + "{@code null} where the schema does not allow it, is an error naming its JSON Pointer) and written "
                + "in schema order, optional members only when set.", Text.JAVADOC_WIDTH - 3));
        b.addJavadoc("\n$L", Text.wrap("<p>The exports and host functions use these methods; plugin code may use them "
                + "too, e.g. to keep a value in a var.", Text.JAVADOC_WIDTH - 3));
        b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        locals.add("reader");
        locals.add("writer");
        locals.add("value");
        locals.add("start");
        for (NamedType t : model.emittedTypes()) {
            if (t instanceof ObjectType o) {
                b.addMethod(readObject(o));
                b.addMethod(writeObject(o));
            } else if (t instanceof EnumType e) {
                b.addMethod(readEnum(e));
                b.addMethod(writeEnum(e));
            }
        }
        return b;
    }

    private MethodSpec readObject(ObjectType o) {
        ClassName type = model.types.named(o.javaName());
        List<Component> components = types.components(o);
        MethodSpec.Builder m = MethodSpec.methodBuilder("read" + o.javaName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(type).addParameter(JSON_READER, "reader")
                .addJavadoc("Reads {@link $T} from JSON: an object with the members in any order.\n\n", type)
                .addJavadoc("@param reader the reader, before the object\n@return the value\n")
                .addJavadoc("@throws $T when the JSON is malformed or is not $L {@code $L}\n", JSON_EXCEPTION,
                        article(o.javaName()), o.javaName());
        Set<String> taken = new HashSet<>(Set.of("reader", "start"));
        List<String> names = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        for (Component c : components) {
            names.add(unique(c.name(), taken));
        }
        for (Component c : components) {
            boolean required = c.presence() == Presence.REQUIRED || c.presence() == Presence.REQUIRED_NULLABLE;
            flags.add(required ? unique("has" + Character.toUpperCase(c.name().charAt(0)) + c.name().substring(1),
                    taken) : null);
        }
        locals.addAll(taken);
        boolean anyRequired = flags.stream().anyMatch(f -> f != null);
        if (anyRequired) {
            m.addStatement("int start = $T.beginObject(reader)", model.wire);
        } else {
            m.addStatement("reader.beginObject()");
        }
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            m.addStatement("$T $N = $L", c.type(), names.get(i), initial(c.type()));
            if (flags.get(i) != null) {
                m.addStatement("boolean $N = false", flags.get(i));
            }
        }
        m.beginControlFlow("while (reader.hasNext())");
        m.beginControlFlow("switch (reader.nextName())");
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            CodeBlock value = switch (c.presence()) {
                case REQUIRED -> codecs.read(c.field().type());
                case REQUIRED_NULLABLE, OPTIONAL -> CodeBlock.of("reader.nextIfNull() ? null$W: $L",
                        codecs.read(c.field().type()));
                case OPTIONAL_NULLABLE -> CodeBlock.of("reader.nextIfNull() ? $T.empty()$W: $T.of($L)",
                        Optional.class, Optional.class, codecs.read(c.field().type()));
            };
            CodeBlock label = Text.literal(c.field().name());
            if (flags.get(i) == null) {
                m.addStatement("case $L -> $N =$W$L", label, names.get(i), value);
            } else {
                m.beginControlFlow("case $L ->", label);
                m.addStatement("$N = $L", names.get(i), value);
                m.addStatement("$N = true", flags.get(i));
                m.endControlFlow();
            }
        }
        m.addStatement("default -> reader.skipValue()");
        m.endControlFlow();
        m.endControlFlow();
        m.addStatement("reader.endObject()");
        for (int i = 0; i < components.size(); i++) {
            if (flags.get(i) != null) {
                m.beginControlFlow("if (!$N)", flags.get(i));
                m.addStatement("throw $T.missing(reader, start, $L, $L)", model.wire,
                        Text.literal(components.get(i).field().name()), Text.literal(o.name()));
                m.endControlFlow();
            }
        }
        m.addStatement("return new $T($L)", type, CodeBlock.join(names.stream().map(n -> CodeBlock.of("$N", n))
                .toList(), ",$W"));
        return m.build();
    }

    private MethodSpec writeObject(ObjectType o) {
        ClassName type = model.types.named(o.javaName());
        MethodSpec.Builder m = MethodSpec.methodBuilder("write" + o.javaName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC).addParameter(JSON_WRITER, "writer")
                .addParameter(type, "value")
                .addJavadoc("Writes {@link $T} as a JSON object: the members in schema order, optional members\n"
                        + "only when they are set.\n\n", type)
                .addJavadoc("@param writer the writer, where a value may go\n@param value the value\n")
                .addJavadoc("@throws $T.EncodeException when the value cannot be written (the message names the\n"
                        + "    member)\n", model.wire);
        m.addStatement("$T.requireValue(value)", model.wire);
        m.addStatement("writer.beginObject()");
        for (Component c : types.components(o)) {
            CodeBlock name = Text.literal(c.field().name());
            switch (c.presence()) {
                case REQUIRED -> m.addStatement("$T.member(writer, $L, value.$N(),$W$L)", model.wire, name, c.name(),
                        codecs.encoder(c.field().type(), false));
                case REQUIRED_NULLABLE -> m.addStatement("$T.member(writer, $L, value.$N(),$W$L)", model.wire, name,
                        c.name(), codecs.encoder(c.field().type(), true));
                case OPTIONAL -> {
                    m.beginControlFlow("if (value.$N() != null)", c.name());
                    m.addStatement("$T.member(writer, $L, value.$N(),$W$L)", model.wire, name, c.name(),
                            codecs.encoder(c.field().type(), false));
                    m.endControlFlow();
                }
                case OPTIONAL_NULLABLE -> {
                    m.beginControlFlow("if (value.$N() != null)", c.name());
                    m.addStatement("$T.member(writer, $L,$Wvalue.$N().orElse(null),$W$L)", model.wire, name, c.name(),
                            codecs.encoder(c.field().type(), true));
                    m.endControlFlow();
                }
                default -> throw new IllegalStateException(c.presence().toString());
            }
        }
        m.addStatement("writer.endObject()");
        return m.build();
    }

    private MethodSpec readEnum(EnumType e) {
        ClassName type = model.types.named(e.javaName());
        return MethodSpec.methodBuilder("read" + e.javaName()).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(type).addParameter(JSON_READER, "reader")
                .addJavadoc("Reads {@link $T} from JSON: a string holding one of its values.\n\n", type)
                .addJavadoc("@param reader the reader, before the string\n@return the constant\n")
                .addJavadoc("@throws $T when the next value is not a string, or not a value of the enum\n",
                        JSON_EXCEPTION)
                .addStatement("return $T.readEnum(reader, $T::fromWireValue)", model.wire, type).build();
    }

    private MethodSpec writeEnum(EnumType e) {
        ClassName type = model.types.named(e.javaName());
        return MethodSpec.methodBuilder("write" + e.javaName()).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(JSON_WRITER, "writer").addParameter(type, "value")
                .addJavadoc("Writes {@link $T} as a JSON string: the constant's value in the schema.\n\n", type)
                .addJavadoc("@param writer the writer, where a value may go\n@param value the constant\n")
                .addJavadoc("@throws $T.EncodeException when the value is {@code null}\n", model.wire)
                .addStatement("$T.requireValue(value)", model.wire)
                .addStatement("writer.value(value.wireValue())").build();
    }

    private static String unique(String name, Set<String> taken) {
        String n = name;
        while (!taken.add(n)) {
            n = n + "_";
        }
        return n;
    }

    private static String initial(TypeName type) {
        if (type.equals(TypeName.BOOLEAN)) {
            return "false";
        }
        return type.isPrimitive() ? "0" : "null";
    }

    private static String article(String name) {
        return "AEIOUaeiou".indexOf(name.charAt(0)) >= 0 ? "an" : "a";
    }
}
