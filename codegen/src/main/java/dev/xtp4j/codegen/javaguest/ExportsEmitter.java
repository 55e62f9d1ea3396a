package dev.xtp4j.codegen.javaguest;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.xtp4j.codegen.internal.Text;
import dev.xtp4j.codegen.javaguest.GuestModel.Function;
import dev.xtp4j.codegen.javaguest.GuestModel.Param;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits the interface of the exports that the plugin implements (e.g. {@code KitchenSink}), TeaVM's main class with
 * one {@code @Export} wrapper per export (e.g. {@code KitchenSinkExports}), and the user's first implementation with
 * one stub per export (e.g. {@code KitchenSinkPlugin}, written once by {@code init}).
 */
final class ExportsEmitter {
    static final ClassName EXPORT = ClassName.get("org.teavm.interop", "Export");
    static final ClassName EXPORTS = ClassName.get("dev.xtp4j.pdk", "Exports");
    static final ClassName INPUT = ClassName.get("dev.xtp4j.pdk", "Input");
    static final ClassName PLUGIN_EXCEPTION = ClassName.get("dev.xtp4j.pdk", "PluginException");

    private final GuestModel model;
    private final CodecExpressions codecs;
    private final CodecExpressions msgpackCodecs;

    ExportsEmitter(GuestModel model, CodecExpressions codecs) {
        this.model = model;
        this.codecs = codecs;
        this.msgpackCodecs = CodecExpressions.msgpack(model);
    }

    /** The interface of the exports. */
    TypeSpec.Builder api() {
        TypeSpec.Builder b = TypeSpec.interfaceBuilder(model.api).addModifiers(Modifier.PUBLIC);
        b.addJavadoc("$L", Text.wrap("The exports of a plugin built from " + Text.escapeHtml(model.schemaName)
                + ", one method per export: implement them in {@code " + model.impl.simpleName() + "}. {@code "
                + model.exports.simpleName() + "} (TeaVM's main class) decodes each call's input, calls the method "
                + "and encodes what it returns.", Text.JAVADOC_WIDTH - 3));
        b.addJavadoc("\n$L", Text.wrap("<p>To fail a call, throw: a {@code PluginException} fails it with its message "
                + "(and its code, -1 unless given); any other exception fails it with its class name and message. The "
                + "host sees the message as the plugin's error.", Text.JAVADOC_WIDTH - 3));
        for (Function f : model.implementedExports()) {
            MethodSpec.Builder m = MethodSpec.methodBuilder(f.method()).addModifiers(Modifier.PUBLIC,
                    Modifier.ABSTRACT).addException(Exception.class);
            StringBuilder doc = new StringBuilder(GuestDocs.summary(f, "export", 4)).append('\n');
            f.input().ifPresent(p -> {
                m.addParameter(p.javaType(), "input");
                doc.append("@param input ").append(GuestDocs.parameter(p, "the input")).append('\n');
            });
            f.output().ifPresent(p -> {
                m.returns(p.javaType());
                doc.append("@return ").append(GuestDocs.parameter(p, "the output")).append('\n');
            });
            doc.append("@throws Exception to fail the call\n");
            b.addMethod(m.addJavadoc("$L", doc.toString()).build());
        }
        return b;
    }

    /** TeaVM's main class: {@code main} and one {@code @Export} method per export. */
    TypeSpec.Builder mainClass() {
        TypeSpec.Builder b = TypeSpec.classBuilder(model.exports).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        b.addJavadoc("$L", Text.wrap("The exports of the WebAssembly module, and TeaVM's main class (the {@code "
                + "mainClass} of the teavm-maven-plugin): one {@code @Export} method per export of "
                + Text.escapeHtml(model.schemaName) + ", named as in the schema, with the wasm type {@code () -> "
                + "i32}. Each decodes the call's input, calls {@link " + model.api.simpleName() + "} as implemented "
                + "by {@code " + model.impl.simpleName() + "}, and sets the output; a failure sets the call's error "
                + "and returns -1 (or the code of the {@code PluginException}).", Text.JAVADOC_WIDTH - 3));
        b.addField(FieldSpec.builder(model.api, "PLUGIN", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The implementation, created once, before the first call.\n")
                .initializer("new $T()", model.impl).build());
        b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        b.addMethod(MethodSpec.methodBuilder("main").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String[].class, "args")
                .addJavadoc("Required by TeaVM, which starts compiling here; Extism hosts never call it.\n\n"
                        + "@param args unused\n").build());
        for (Function f : model.exportFunctions) {
            MethodSpec.Builder m = MethodSpec.methodBuilder(f.method()).addModifiers(Modifier.PUBLIC,
                    Modifier.STATIC).returns(TypeName.INT)
                    .addAnnotation(AnnotationSpec.builder(EXPORT).addMember("name", "$L", Text.literal(f.name()))
                            .build());
            if (f.unsupported().isPresent()) {
                String message = f.name() + ": " + f.unsupported().get() + " (the xtp4j java-guest target supports "
                        + "application/json, text/plain; charset=utf-8, application/x-binary and "
                        + "application/x-msgpack)";
                m.addJavadoc("$L\n@return the failure code, -1\n", Text.wrap("Export " + Text.code(f.name())
                        + ": always fails, because " + Text.escapeHtml(f.unsupported().get()) + ".",
                        Text.JAVADOC_WIDTH - 7));
                m.addStatement("$T.setError($L)", EXPORTS, Text.longLiteral(message));
                m.addStatement("return $T.DEFAULT_CODE", PLUGIN_EXCEPTION);
                b.addMethod(m.build());
                continue;
            }
            m.addJavadoc("$L\n@return 0 on success; otherwise the call failed and its error is set\n",
                    GuestDocs.summary(f, "export", 4));
            CodeBlock.Builder body = CodeBlock.builder();
            f.input().ifPresent(p -> body.addStatement("$T input = $L", p.javaType(), decodeInput(f, p)));
            CodeBlock call = CodeBlock.of("PLUGIN.$N($L)", f.method(), f.input().isPresent() ? "input" : "");
            Optional<Param> out = f.output();
            if (out.isPresent()) {
                body.addStatement("$T output = $L", out.get().javaType(), call);
                body.addStatement("$L", encodeOutput(f, out.get()));
            } else {
                body.addStatement("$L", call);
            }
            m.addCode("return $T.run(() -> {\n$>$L$<});\n", EXPORTS, body.build());
            b.addMethod(m.build());
        }
        return b;
    }

    private CodeBlock decodeInput(Function f, Param p) {
        CodeBlock name = Text.literal(f.name());
        return switch (p.encoding()) {
            case JSON -> CodeBlock.of("$T.inputJson($L,$W$L)", model.wire, name,
                    codecs.decoder(p.parameter().type(), p.nullable()));
            case TEXT_STRING, BINARY_STRING -> CodeBlock.of("$T.inputText($L)", model.wire, name);
            case TEXT_ENUM -> CodeBlock.of("$T.inputText($L, $T::fromWireValue)", model.wire, name, p.javaType());
            case TEXT_DATETIME -> CodeBlock.of("$T.inputText($L, $T::parseDateTime)", model.wire, name, model.wire);
            case BINARY_BUFFER -> CodeBlock.of("$T.bytes()", INPUT);
            case MSGPACK -> CodeBlock.of("$T.inputMsgPack($L,$W$L)", model.msgpackWire, name,
                    msgpackCodecs.decoder(p.parameter().type(), p.nullable()));
        };
    }

    private CodeBlock encodeOutput(Function f, Param p) {
        CodeBlock name = Text.literal(f.name());
        return switch (p.encoding()) {
            case JSON -> CodeBlock.of("$T.outputJson($L, output,$W$L)", model.wire, name,
                    codecs.encoder(p.parameter().type(), p.nullable()));
            case TEXT_STRING, BINARY_STRING -> CodeBlock.of("$T.outputText($L, output)", model.wire, name);
            case TEXT_ENUM -> CodeBlock.of("$T.outputText($L, output, $T::wireValue)", model.wire, name,
                    p.javaType());
            case TEXT_DATETIME -> CodeBlock.of("$T.outputText($L, output, $T::formatDateTime)", model.wire, name,
                    model.wire);
            case BINARY_BUFFER -> CodeBlock.of("$T.outputBytes($L, output)", model.wire, name);
            case MSGPACK -> CodeBlock.of("$T.outputMsgPack($L, output,$W$L)", model.msgpackWire, name,
                    msgpackCodecs.encoder(p.parameter().type(), p.nullable()));
        };
    }

    /** The user's implementation, with one stub per export that fails with "not implemented yet". */
    TypeSpec.Builder userStub() {
        TypeSpec.Builder b = TypeSpec.classBuilder(model.impl).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(model.api);
        b.addJavadoc("$L", Text.wrap("The plugin: one method per export of " + Text.escapeHtml(model.schemaName)
                + ". Replace each stub with the function's code. {@code " + model.host.simpleName() + "} calls the "
                + "host functions the schema imports; {@code dev.xtp4j.pdk} has config, vars, logging and HTTP.",
                Text.JAVADOC_WIDTH - 3));
        b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("Creates the plugin: once per plugin instance, before the first call.\n").build());
        for (Function f : model.implementedExports()) {
            MethodSpec.Builder m = MethodSpec.methodBuilder(f.method()).addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC);
            f.input().ifPresent(p -> m.addParameter(p.javaType(), "input"));
            f.output().ifPresent(p -> m.returns(p.javaType()));
            m.addStatement("throw new $T($L)", PLUGIN_EXCEPTION, Text.literal(f.name() + " is not implemented yet"));
            b.addMethod(m.build());
        }
        return b;
    }
}
