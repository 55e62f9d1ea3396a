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
 * Emits {@code <Name>MsgPack}: for every object and enum schema, a method that reads it from a {@code MsgPackReader}
 * and one that writes it to a {@code MsgPackWriter}, with the presence rules of the schema and the conventions of the
 * xtp4j host codecs (objects as maps keyed by property names, enums as their wire strings). The counterpart of
 * {@link JsonEmitter}; generated only when a function carries {@code application/x-msgpack}.
 */
final class MsgPackEmitter {
    static final ClassName READER = ClassName.get("dev.xtp4j.pdk.msgpack", "MsgPackReader");
    static final ClassName WRITER = ClassName.get("dev.xtp4j.pdk.msgpack", "MsgPackWriter");
    static final ClassName EXCEPTION = ClassName.get("dev.xtp4j.pdk.msgpack", "MsgPackException");

    private final GuestModel model;
    private final TypesEmitter types;
    private final CodecExpressions codecs;
    /** The local variable names of every method, which JavaPoet must not take for simple type names. */
    private final Set<String> locals = new HashSet<>();

    MsgPackEmitter(GuestModel model, TypesEmitter types) {
        this.model = model;
        this.types = types;
        this.codecs = CodecExpressions.msgpack(model);
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
        TypeSpec.Builder b = TypeSpec.classBuilder(model.msgpack).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        b.addJavadoc("$L", Text.wrap("The MessagePack form of the types of " + Text.escapeHtml(model.schemaName)
                + ": one method that reads each object and enum type and one that writes it. An object is a map "
                + "keyed by its property names, read with the entries in any order (unknown keys are skipped; a "
                + "required member that is missing, or nil where the schema does not allow it, is an error naming "
                + "its JSON Pointer) and written in schema order, optional members only when set. An enum is its "
                + "value in the schema, a string.", Text.JAVADOC_WIDTH - 3));
        b.addJavadoc("\n$L", Text.wrap("<p>The exports and host functions that carry {@code application/x-msgpack} "
                + "use these methods; plugin code may use them too.", Text.JAVADOC_WIDTH - 3));
        b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        locals.add("reader");
        locals.add("writer");
        locals.add("value");
        locals.add("start");
        locals.add("size");
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
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(type).addParameter(READER, "reader")
                .addJavadoc("Reads {@link $T} from MessagePack: a map with the members in any order.\n\n", type)
                .addJavadoc("@param reader the reader, before the map\n@return the value\n")
                .addJavadoc("@throws $T when the MessagePack is malformed or is not $L {@code $L}\n", EXCEPTION,
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
            m.addStatement("int start = $T.beginMap(reader)", model.msgpackWire);
        } else {
            m.addStatement("reader.beginMap()");
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
                case REQUIRED_NULLABLE, OPTIONAL -> CodeBlock.of("reader.nextIfNil() ? null$W: $L",
                        codecs.read(c.field().type()));
                case OPTIONAL_NULLABLE -> CodeBlock.of("reader.nextIfNil() ? $T.empty()$W: $T.of($L)",
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
        m.addStatement("reader.endMap()");
        for (int i = 0; i < components.size(); i++) {
            if (flags.get(i) != null) {
                m.beginControlFlow("if (!$N)", flags.get(i));
                m.addStatement("throw $T.missing(reader, start, $L, $L)", model.msgpackWire,
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
        List<Component> components = types.components(o);
        MethodSpec.Builder m = MethodSpec.methodBuilder("write" + o.javaName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC).addParameter(WRITER, "writer")
                .addParameter(type, "value")
                .addJavadoc("Writes {@link $T} as a MessagePack map: the members in schema order, optional members\n"
                        + "only when they are set.\n\n", type)
                .addJavadoc("@param writer the writer, where a value may go\n@param value the value\n")
                .addJavadoc("@throws $T.EncodeException when the value cannot be written (the message names the\n"
                        + "    member)\n", model.wire);
        m.addStatement("$T.requireValue(value)", model.wire);
        int always = 0;
        List<CodeBlock> optional = new ArrayList<>();
        for (Component c : components) {
            if (c.presence() == Presence.OPTIONAL || c.presence() == Presence.OPTIONAL_NULLABLE) {
                optional.add(CodeBlock.of("value.$N()", c.name()));
            } else {
                always++;
            }
        }
        if (optional.isEmpty()) {
            m.addStatement("writer.beginMap($L)", always);
        } else {
            m.addStatement("int size = $L$T.present($L)", always == 0 ? "" : always + " + ", model.msgpackWire,
                    CodeBlock.join(optional, ",$W"));
            m.addStatement("writer.beginMap(size)");
        }
        for (Component c : components) {
            CodeBlock name = Text.literal(c.field().name());
            switch (c.presence()) {
                case REQUIRED -> m.addStatement("$T.member(writer, $L, value.$N(),$W$L)", model.msgpackWire, name,
                        c.name(), codecs.encoder(c.field().type(), false));
                case REQUIRED_NULLABLE -> m.addStatement("$T.member(writer, $L, value.$N(),$W$L)",
                        model.msgpackWire, name, c.name(), codecs.encoder(c.field().type(), true));
                case OPTIONAL -> {
                    m.beginControlFlow("if (value.$N() != null)", c.name());
                    m.addStatement("$T.member(writer, $L, value.$N(),$W$L)", model.msgpackWire, name, c.name(),
                            codecs.encoder(c.field().type(), false));
                    m.endControlFlow();
                }
                case OPTIONAL_NULLABLE -> {
                    m.beginControlFlow("if (value.$N() != null)", c.name());
                    m.addStatement("$T.member(writer, $L,$Wvalue.$N().orElse(null),$W$L)", model.msgpackWire, name,
                            c.name(), codecs.encoder(c.field().type(), true));
                    m.endControlFlow();
                }
                default -> throw new IllegalStateException(c.presence().toString());
            }
        }
        m.addStatement("writer.endMap()");
        return m.build();
    }

    private MethodSpec readEnum(EnumType e) {
        ClassName type = model.types.named(e.javaName());
        return MethodSpec.methodBuilder("read" + e.javaName()).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(type).addParameter(READER, "reader")
                .addJavadoc("Reads {@link $T} from MessagePack: a string holding one of its values.\n\n", type)
                .addJavadoc("@param reader the reader, before the string\n@return the constant\n")
                .addJavadoc("@throws $T when the next value is not a string, or not a value of the enum\n",
                        EXCEPTION)
                .addStatement("return $T.readEnum(reader, $T::fromWireValue)", model.msgpackWire, type).build();
    }

    private MethodSpec writeEnum(EnumType e) {
        ClassName type = model.types.named(e.javaName());
        return MethodSpec.methodBuilder("write" + e.javaName()).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(WRITER, "writer").addParameter(type, "value")
                .addJavadoc("Writes {@link $T} as a MessagePack string: the constant's value in the schema.\n\n",
                        type)
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
