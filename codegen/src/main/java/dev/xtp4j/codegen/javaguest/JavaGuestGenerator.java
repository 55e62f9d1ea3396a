package dev.xtp4j.codegen.javaguest;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.xtp4j.codegen.GeneratedFile;
import dev.xtp4j.codegen.Generator;
import dev.xtp4j.codegen.GeneratorException;
import dev.xtp4j.codegen.GeneratorOptions;
import dev.xtp4j.codegen.internal.Text;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.NamedType;
import dev.xtp4j.schema.model.ObjectType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code java-guest} target: the bindings of a plugin written in Java and compiled to WebAssembly by TeaVM with
 * the xtp4j Java PDK ({@code dev.xtp4j:xtp4j-java-pdk}). For a schema with the base name {@code KitchenSink}:
 *
 * <ul>
 *   <li>a record per object schema and an enum per enum schema (aliases are resolved);</li>
 *   <li>{@code KitchenSink}: the interface of the exports, which the plugin implements;</li>
 *   <li>{@code KitchenSinkExports}: TeaVM's main class, one {@code @Export} wrapper per export (decode the input,
 *       call the implementation, encode the output; failures become the call's error);</li>
 *   <li>{@code KitchenSinkHost}: one typed static method per import (module {@code extism:host/user});</li>
 *   <li>{@code KitchenSinkJson} (the JSON form of the schema's types) and {@code KitchenSinkWire} (the JSON form of
 *       every XTP type, UTF-8, RFC 3339, the steps of exports and host functions);</li>
 *   <li>when a function carries MessagePack: {@code KitchenSinkMsgPack} (the MessagePack form of the schema's types)
 *       and {@code KitchenSinkMsgPackWire} (the MessagePack form of every XTP type and the steps).</li>
 * </ul>
 *
 * <p>User files, written once by {@code init}: {@code KitchenSinkPlugin} (one stub per export), {@code pom.xml}
 * (the TeaVM setup, and {@code xtp:generate} to regenerate the bindings in every build), {@code README.md},
 * {@code xtp.toml}, {@code .gitignore}. Content types: JSON, text, binary and MessagePack; Karmem is an error, or with
 * the setting {@code java-guest.unsupported=stub} exports that always fail. See {@code docs/codegen.md}, "Java
 * guest".
 */
public final class JavaGuestGenerator implements Generator {
    /** The target name. */
    public static final String TARGET = "java-guest";
    /** Where the generated files of a new project go: where its {@code xtp:generate} writes them. */
    public static final String PROJECT_GENERATED_DIRECTORY = "target/generated-sources/xtp";
    private static final String WIRE_TEMPLATE = "Wire.java.template";
    private static final String MSGPACK_WIRE_TEMPLATE = "MsgPackWire.java.template";
    private static final Pattern MULTILINE_ANNOTATION = Pattern.compile(
            "(?m)^( *)@(Export|Import)\\(\n((?: +[a-z]+ = .*,?\n)+) *\\)");

    /** Creates the generator. */
    public JavaGuestGenerator() {}

    @Override
    public String target() {
        return TARGET;
    }

    @Override
    public String description() {
        return "Java guest bindings for TeaVM and the xtp4j Java PDK: records, enums, an interface of the exports "
                + "with TeaVM's @Export wrappers, typed host functions, JSON codecs";
    }

    @Override
    public String projectGeneratedDirectory() {
        return PROJECT_GENERATED_DIRECTORY;
    }

    @Override
    public List<GeneratedFile> generate(XtpSchema schema, GeneratorOptions options) {
        GuestModel model = new GuestModel(schema, options);
        CodecExpressions codecs = CodecExpressions.json(model);
        TypesEmitter types = new TypesEmitter(model);
        List<GeneratedFile> files = new ArrayList<>();
        for (NamedType t : model.emittedTypes()) {
            if (t instanceof ObjectType o) {
                Set<String> components = new HashSet<>();
                types.components(o).forEach(c -> components.add(c.name()));
                files.add(file(model, types.record(o), components, true));
            } else if (t instanceof EnumType e) {
                files.add(file(model, types.enumType(e), Set.of("wireValue"), true));
            }
        }
        JsonEmitter json = new JsonEmitter(model, types, codecs);
        TypeSpec.Builder jsonClass = json.emit();
        files.add(file(model, jsonClass, json.locals(), true));
        files.add(GeneratedFile.generated(path(model, model.wire), wire(model, WIRE_TEMPLATE, model.wire)));
        if (model.usesMsgPack()) {
            MsgPackEmitter msgpack = new MsgPackEmitter(model, types);
            TypeSpec.Builder msgpackClass = msgpack.emit();
            files.add(file(model, msgpackClass, msgpack.locals(), true));
            files.add(GeneratedFile.generated(path(model, model.msgpackWire),
                    wire(model, MSGPACK_WIRE_TEMPLATE, model.msgpackWire)));
        }
        ExportsEmitter exports = new ExportsEmitter(model, codecs);
        files.add(file(model, exports.api(), Set.of("input"), true));
        files.add(file(model, exports.mainClass(), Set.of("input", "output", "args", "PLUGIN"), true));
        files.add(file(model, new HostEmitter(model, codecs).emit(), Set.of("input", "result"), true));
        ProjectEmitter project = new ProjectEmitter(model);
        files.add(GeneratedFile.user("src/main/java/" + path(model, model.impl),
                file(model, exports.userStub(), Set.of("input"), false).content()));
        files.add(GeneratedFile.user("pom.xml", project.pom()));
        files.add(GeneratedFile.user("README.md", project.readme()));
        files.add(GeneratedFile.user("xtp.toml", project.xtpToml()));
        files.add(GeneratedFile.user(".gitignore", project.gitignore()));
        return List.copyOf(files);
    }

    private static String path(GuestModel model, ClassName type) {
        return model.packageName.replace('.', '/') + "/" + type.simpleName() + ".java";
    }

    /**
     * A Java file of the package. Types of the package hide {@code java.lang} types of the same simple name, and
     * variables hide types too; JavaPoet does not know about either, so such names are always qualified.
     */
    private static GeneratedFile file(GuestModel model, TypeSpec.Builder builder, Set<String> variables,
            boolean generated) {
        Set<String> qualify = new HashSet<>(model.typeNames);
        qualify.addAll(variables);
        TypeSpec type = builder.alwaysQualify(qualify.stream().sorted().toArray(String[]::new)).build();
        JavaFile.Builder file = JavaFile.builder(model.packageName, type).skipJavaLangImports(true).indent("    ");
        if (generated) {
            file.addFileComment("Generated by xtp4j from $L. Do not edit.", Text.comment(model.schemaName));
        } else {
            file.addFileComment("This file is yours: xtp4j wrote it once, when the project was created from $L,\n"
                    + "and never overwrites it.", Text.comment(model.schemaName));
        }
        return GeneratedFile.generated(path(model, ClassName.get(model.packageName, type.name())),
                inlineAnnotations(file.build().toString()));
    }

    /**
     * JavaPoet writes every annotation with named members over several lines; {@code @Export(name = "f")} and
     * {@code @Import(module = "...", name = "f")} read better on one line.
     */
    static String inlineAnnotations(String source) {
        Matcher m = MULTILINE_ANNOTATION.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String members = m.group(3).lines().map(String::strip).collect(Collectors.joining(" "));
            String line = m.group(1) + "@" + m.group(2) + "(" + members + ")";
            m.appendReplacement(out, Matcher.quoteReplacement(line.length() <= 100 ? line : m.group()));
        }
        return m.appendTail(out).toString();
    }

    private static String wire(GuestModel model, String resource, ClassName name) {
        String template;
        try (InputStream in = JavaGuestGenerator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new GeneratorException("the java-guest runtime template " + resource
                        + " is missing from the xtp4j-codegen jar");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the java-guest runtime template", e);
        }
        return template.replace("${schema}", Text.comment(model.schemaName))
                .replace("${schemaDoc}", Text.escapeHtml(model.schemaName))
                .replace("${package}", model.packageName).replace("${class}", name.simpleName())
                .replace("${wire}", model.wire.simpleName());
    }
}
