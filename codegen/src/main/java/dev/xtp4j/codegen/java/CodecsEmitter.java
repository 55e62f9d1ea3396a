package dev.xtp4j.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.xtp4j.codegen.internal.Text;
import dev.xtp4j.codegen.java.HostModel.Function;
import dev.xtp4j.codegen.java.HostModel.Param;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits the package-private class that holds one codec per function input and output, shared by the exports client
 * and the host functions: e.g. {@code KitchenSinkCodecs}.
 */
final class CodecsEmitter {
    static final ClassName CODEC = ClassName.get("dev.xtp4j.codec", "Codec");
    static final ClassName CODEC_FACTORY = ClassName.get("dev.xtp4j.codec", "CodecFactory");
    static final ClassName CONTENT_TYPE = ClassName.get("dev.xtp4j.codec", "ContentType");
    static final ClassName OVERRIDES = ClassName.get("dev.xtp4j.codec", "ContentTypeOverrides");
    static final ClassName KARMEM_BINDING = ClassName.get("dev.xtp4j.codec", "KarmemBinding");
    static final ClassName KARMEM_LAYOUT = ClassName.get("dev.xtp4j.karmem.layout", "KarmemLayout");
    static final ClassName KARMEM_SCHEMA = ClassName.get("dev.xtp4j.karmem.schema", "KarmemSchema");
    static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

    /** The most characters of one string constant: well below 65,535 UTF-8 bytes, even with escapes. */
    static final int CHUNK = 16_000;

    private final HostModel model;

    CodecsEmitter(HostModel model) {
        this.model = model;
    }

    TypeSpec.Builder emit() {
        TypeSpec.Builder b = TypeSpec.classBuilder(model.codecs).addModifiers(Modifier.FINAL);
        b.addJavadoc("$L", Text.javadoc("The codecs of the functions of " + model.schemaName + ", one for each "
                + "input and output, created once for a codec factory and a set of content-type overrides. "
                + "Without overrides, each codec has the content type that the schema declares (or that the "
                + "generator was told to use instead).", 0));
        boolean karmem = model.karmem.isPresent();
        if (karmem) {
            b.addField(FieldSpec.builder(String.class, "KARMEM_SCHEMA", Modifier.PRIVATE, Modifier.STATIC,
                    Modifier.FINAL)
                    .addJavadoc("The Karmem schema derived from $L, for the codecs of application/x-karmem.\n",
                            Text.escapeHtml(model.schemaName))
                    .initializer(longLiteral(model.karmem.get().toKm())).build());
        }
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder()
                .addParameter(CODEC_FACTORY, "factory").addParameter(OVERRIDES, "overrides")
                .addJavadoc("Creates the codecs.\n\n@param factory the codec factory\n"
                        + "@param overrides content types that replace the defaults\n"
                        + "@throws IllegalArgumentException if an override selects a content type that cannot\n"
                        + "    carry the type of an input or output\n")
                .addStatement("$T.requireNonNull(factory, $S)", Objects.class, "factory")
                .addStatement("$T.requireNonNull(overrides, $S)", Objects.class, "overrides");
        for (Function f : model.exports) {
            f.input().ifPresent(p -> addCodec(b, ctor, "export", f, "input", p));
            f.output().ifPresent(p -> addCodec(b, ctor, "export", f, "output", p));
        }
        for (Function f : model.imports) {
            f.input().ifPresent(p -> addCodec(b, ctor, "import", f, "input", p));
            f.output().ifPresent(p -> addCodec(b, ctor, "import", f, "output", p));
        }
        b.addMethod(ctor.build());

        TypeVariableName t = TypeVariableName.get("T");
        MethodSpec.Builder codec = MethodSpec.methodBuilder("codec").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariable(t).returns(ParameterizedTypeName.get(CODEC, t))
                .addParameter(CODEC_FACTORY, "factory").addParameter(CONTENT_TYPE, "contentType")
                .addParameter(Type.class, "type").addParameter(TypeName.BOOLEAN, "nullable")
                .addParameter(String.class, "karmemRoot")
                .addJavadoc("The codec of one input or output. Raw bytes of a {@code String} are its UTF-8, as "
                        + "text.\n\n@param factory the codec factory\n@param contentType the content type\n"
                        + "@param type the Java type\n@param nullable whether {@code null} is a value\n"
                        + "@param karmemRoot the root struct in the derived Karmem schema\n"
                        + "@param <T> the Java type\n@return the codec\n")
                .beginControlFlow("if (contentType == $T.BINARY && type == $T.class)", CONTENT_TYPE, String.class)
                .addStatement("return factory.text(type)")
                .endControlFlow();
        if (karmem) {
            codec.addStatement("$T karmem = contentType == $T.KARMEM && karmemRoot != null$W? new $T($N.LAYOUT, "
                    + "karmemRoot)$W: null", KARMEM_BINDING, CONTENT_TYPE, KARMEM_BINDING, "DerivedKarmem")
                    .addStatement("return factory.forContentType(contentType, type, nullable, karmem)");
        } else {
            codec.addStatement("return factory.forContentType(contentType, type, nullable, null)");
        }
        b.addMethod(codec.build());

        if (karmem) {
            b.addType(TypeSpec.classBuilder("DerivedKarmem").addModifiers(Modifier.PRIVATE, Modifier.STATIC,
                    Modifier.FINAL)
                    .addJavadoc("The layouts of the derived Karmem schema, parsed when a codec first needs them.\n")
                    .addField(FieldSpec.builder(KARMEM_LAYOUT, "LAYOUT", Modifier.STATIC, Modifier.FINAL)
                            .initializer("$T.of($T.parse(KARMEM_SCHEMA,$W$L))", KARMEM_LAYOUT, KARMEM_SCHEMA,
                                    Text.literal(model.karmemFileName))
                            .build())
                    .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                    .build());
        }
        return b;
    }

    private static void addCodec(TypeSpec.Builder b, MethodSpec.Builder ctor, String kind, Function f,
            String direction, Param param) {
        b.addField(FieldSpec.builder(ParameterizedTypeName.get(CODEC, param.codecType()), param.codecField(),
                Modifier.FINAL)
                .addJavadoc("The $L of $L $L.\n", direction, kind, Text.code(f.name()))
                .build());
        ctor.addStatement("$N = codec(factory,$Woverrides.$L($L, $T.$L),$W$L,$W$L,$W$L)", param.codecField(), direction,
                Text.literal(f.name()), CONTENT_TYPE, param.contentType().name(), typeExpression(param.codecType()),
                param.nullable(), param.karmemRoot().map(Text::literal).orElse(CodeBlock.of("null")));
    }

    /**
     * A string literal for text of any length. A constant expression is limited to 65,535 bytes in a class file, so
     * longer text (the Karmem schema of a large XTP schema) is joined at class initialization from constants of at
     * most {@value #CHUNK} characters, each ending at a line break.
     *
     * @param text the text
     * @return the expression
     */
    static CodeBlock longLiteral(String text) {
        if (text.length() <= CHUNK) {
            return Text.literal(text);
        }
        List<CodeBlock> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + CHUNK);
            if (end < text.length()) {
                int lineEnd = text.lastIndexOf('\n', end - 1);
                end = lineEnd > start ? lineEnd + 1 : end;
            }
            chunks.add(Text.literal(text.substring(start, end)));
            start = end;
        }
        return CodeBlock.of("$T.join($S,\n$L)", String.class, "", CodeBlock.join(chunks, ",\n"));
    }

    /**
     * The {@code java.lang.reflect.Type} of a Java type, as the codec factory takes it.
     *
     * @param type the type
     * @return {@code X.class}, or a {@code TypeReference} for a generic type
     */
    static CodeBlock typeExpression(TypeName type) {
        if (type instanceof ParameterizedTypeName) {
            return CodeBlock.of("new $T<$T>() {}.getType()", TYPE_REFERENCE, type);
        }
        return CodeBlock.of("$T.class", type);
    }
}
