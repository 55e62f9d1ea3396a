package dev.xtp4j.codegen.javaguest;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.xtp4j.codegen.internal.Text;
import dev.xtp4j.codegen.javaguest.GuestModel.Function;
import dev.xtp4j.codegen.javaguest.GuestModel.Param;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code <Name>Host}: for every import of the schema, a {@code static native} declaration with TeaVM's
 * {@code @Import} in {@code extism:host/user} (one of the four shapes of spec section 16), and a typed static method
 * that encodes the input, calls it through the PDK's {@code HostFunctions} and decodes the result.
 */
final class HostEmitter {
    static final ClassName IMPORT = ClassName.get("org.teavm.interop", "Import");
    static final ClassName HOST_FUNCTIONS = ClassName.get("dev.xtp4j.pdk", "HostFunctions");

    private final GuestModel model;
    private final CodecExpressions codecs;
    private final CodecExpressions msgpackCodecs;

    HostEmitter(GuestModel model, CodecExpressions codecs) {
        this.model = model;
        this.codecs = codecs;
        this.msgpackCodecs = CodecExpressions.msgpack(model);
    }

    TypeSpec.Builder emit() {
        TypeSpec.Builder b = TypeSpec.classBuilder(model.host).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        b.addJavadoc("$L", Text.wrap("The host functions that a plugin built from " + Text.escapeHtml(
                model.schemaName) + " imports (module {@code extism:host/user}), one typed method each. The host "
                + "must provide every one of them, or the module does not load.", Text.JAVADOC_WIDTH - 3));
        b.addJavadoc("\n$L", Text.wrap("<p>A result the host encoded wrongly fails with a {@code PluginException} "
                + "(\"invalid result from host function ...\"); uncaught, it fails the export's call with that "
                + "message. A host function that fails makes the host end the call.", Text.JAVADOC_WIDTH - 3));
        b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        Set<String> taken = new HashSet<>();
        model.usableImports().forEach(f -> taken.add(f.method()));
        for (Function f : model.usableImports()) {
            String nativeName = f.method() + "Import";
            while (!taken.add(nativeName)) {
                nativeName = nativeName + "_";
            }
            MethodSpec.Builder n = MethodSpec.methodBuilder(nativeName)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.NATIVE)
                    .addAnnotation(AnnotationSpec.builder(IMPORT)
                            .addMember("module", "$S", "extism:host/user")
                            .addMember("name", "$L", Text.literal(f.name())).build())
                    .returns(f.output().isPresent() ? TypeName.LONG : TypeName.VOID);
            if (f.input().isPresent()) {
                n.addParameter(TypeName.LONG, "input");
            }
            b.addMethod(n.build());
            b.addMethod(wrapper(f, nativeName));
        }
        return b;
    }

    private MethodSpec wrapper(Function f, String nativeName) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(f.method()).addModifiers(Modifier.PUBLIC, Modifier.STATIC);
        StringBuilder doc = new StringBuilder(GuestDocs.summary(f, "import", 4)).append('\n');
        f.input().ifPresent(p -> {
            m.addParameter(p.javaType(), "input");
            doc.append("@param input ").append(GuestDocs.parameter(p, "the input")).append('\n');
        });
        f.output().ifPresent(p -> {
            m.returns(p.javaType());
            doc.append("@return ").append(GuestDocs.parameter(p, "what the host returned")).append('\n');
        });
        if (f.input().isPresent() || f.output().isPresent()) {
            String when = (f.input().isPresent() ? "the input cannot be encoded" : "")
                    + (f.input().isPresent() && f.output().isPresent() ? " or " : "")
                    + (f.output().isPresent() ? "the host's result cannot be decoded" : "");
            doc.append(Text.wrap("@throws dev.xtp4j.pdk.PluginException when " + when, Text.JAVADOC_WIDTH - 7)
                    .replace("\n", "\n    ").stripTrailing()).append('\n');
        }
        m.addJavadoc("$L", doc.toString().endsWith("\n\n") ? doc.substring(0, doc.length() - 1) : doc.toString());
        CodeBlock function = CodeBlock.of("$T::$N", model.host, nativeName);
        CodeBlock name = Text.literal(f.name());
        CodeBlock argument = f.input().map(p -> encodeInput(name, p)).orElse(null);
        if (f.output().isPresent()) {
            CodeBlock result = argument != null
                    ? CodeBlock.of("$T.call($L,$W$L)", HOST_FUNCTIONS, function, argument)
                    : CodeBlock.of("$T.receive($L)", HOST_FUNCTIONS, function);
            m.addStatement("byte[] result = $L", result);
            m.addStatement("return $L", decodeResult(name, f.output().get()));
        } else if (argument != null) {
            m.addStatement("$T.send($L,$W$L)", HOST_FUNCTIONS, function, argument);
        } else {
            m.addStatement("$N()", nativeName);
        }
        return m.build();
    }

    private CodeBlock encodeInput(CodeBlock name, Param p) {
        return switch (p.encoding()) {
            case JSON -> CodeBlock.of("$T.hostInputJson($L, input,$W$L)", model.wire, name,
                    codecs.encoder(p.parameter().type(), p.nullable()));
            case TEXT_STRING, BINARY_STRING -> CodeBlock.of("$T.hostInputText($L, input)", model.wire, name);
            case TEXT_ENUM -> CodeBlock.of("$T.hostInputText($L, input, $T::wireValue)", model.wire, name,
                    p.javaType());
            case TEXT_DATETIME -> CodeBlock.of("$T.hostInputText($L, input, $T::formatDateTime)", model.wire, name,
                    model.wire);
            case BINARY_BUFFER -> CodeBlock.of("$T.hostInputBytes($L, input)", model.wire, name);
            case MSGPACK -> CodeBlock.of("$T.hostInputMsgPack($L, input,$W$L)", model.msgpackWire, name,
                    msgpackCodecs.encoder(p.parameter().type(), p.nullable()));
        };
    }

    private CodeBlock decodeResult(CodeBlock name, Param p) {
        return switch (p.encoding()) {
            case JSON -> CodeBlock.of("$T.hostResultJson($L, result,$W$L)", model.wire, name,
                    codecs.decoder(p.parameter().type(), p.nullable()));
            case TEXT_STRING, BINARY_STRING -> CodeBlock.of("$T.hostResultText($L, result)", model.wire, name);
            case TEXT_ENUM -> CodeBlock.of("$T.hostResultText($L, result, $T::fromWireValue)", model.wire, name,
                    p.javaType());
            case TEXT_DATETIME -> CodeBlock.of("$T.hostResultText($L, result, $T::parseDateTime)", model.wire, name,
                    model.wire);
            case BINARY_BUFFER -> CodeBlock.of("result");
            case MSGPACK -> CodeBlock.of("$T.hostResultMsgPack($L, result,$W$L)", model.msgpackWire, name,
                    msgpackCodecs.decoder(p.parameter().type(), p.nullable()));
        };
    }
}
