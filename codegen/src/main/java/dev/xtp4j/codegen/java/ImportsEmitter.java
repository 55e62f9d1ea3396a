package dev.xtp4j.codegen.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.xtp4j.codegen.internal.Text;
import dev.xtp4j.codegen.java.HostModel.Function;
import dev.xtp4j.codegen.java.HostModel.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits the typed interface of the host functions a plugin imports (e.g. {@code KitchenSinkHost}), which the host
 * implements, and the package-private adapter that turns an implementation into the runtime's host functions (e.g.
 * {@code KitchenSinkHostFunctions}).
 */
final class ImportsEmitter {
    static final ClassName HOST_FUNCTION = ClassName.get("dev.xtp4j.sdk", "HostFunction");
    static final ClassName HOST_FUNCTION_EXCEPTION = ClassName.get("dev.xtp4j.sdk", "HostFunctionException");
    static final ClassName VAL_TYPE = ClassName.get("dev.xtp4j.sdk", "ValType");
    static final ClassName PLUGIN_OPTIONS = ClassName.get("dev.xtp4j.sdk", "PluginOptions");
    static final ClassName CURRENT_PLUGIN = ClassName.get("dev.xtp4j.sdk", "CurrentPlugin");
    private static final TypeName LONGS = ArrayTypeName.of(TypeName.LONG);
    private static final TypeName FUNCTIONS = ParameterizedTypeName.get(ClassName.get(List.class), HOST_FUNCTION);

    private final HostModel model;

    ImportsEmitter(HostModel model) {
        this.model = model;
    }

    TypeSpec.Builder api() {
        ClassName self = model.importsApi;
        TypeSpec.Builder b = TypeSpec.interfaceBuilder(self).addModifiers(Modifier.PUBLIC);
        b.addJavadoc("$L", Text.wrap("The host functions that a plugin built from "
                + Text.escapeHtml(model.schemaName) + " imports, one method per import. Implement it, and load the "
                + "plugin with the host functions that {@link #hostFunctions(" + self.simpleName() + ")} makes of "
                + "the implementation:", Text.JAVADOC_WIDTH - 3));
        b.addJavadoc("\n<pre>{@code\n$T options = $T.builder()\n"
                + "        .hostFunctions($L.hostFunctions(new MyHost()))\n        .build();\n}</pre>\n\n",
                PLUGIN_OPTIONS, PLUGIN_OPTIONS, self.simpleName());
        b.addJavadoc(Text.wrapLinks("<p>Each host function decodes what the plugin passes with the content type "
                + "of the import, calls the method and encodes its result. When a method throws, or its input or "
                + "result cannot be coded, the plugin's call fails with a {@link HostFunctionException}. The "
                + "methods are called on the thread of the plugin call; with a pool, several at once.",
                Text.JAVADOC_WIDTH - 3, HOST_FUNCTION_EXCEPTION));
        if (model.context) {
            b.addJavadoc("\n");
            b.addJavadoc(Text.wrapLinks("<p>Each method takes as its first parameter the {@link CurrentPlugin} "
                    + "calling it: the plugin instance's id, the host context passed to its call, its config and "
                    + "vars. It is valid only while the method runs.", Text.JAVADOC_WIDTH - 3, CURRENT_PLUGIN));
        }
        for (Function f : model.imports) {
            MethodSpec.Builder m = MethodSpec.methodBuilder(f.method()).addModifiers(Modifier.PUBLIC,
                    Modifier.ABSTRACT).addException(Exception.class);
            StringBuilder doc = new StringBuilder(FunctionDocs.summary(f, "import", 4)).append('\n');
            if (model.context) {
                // Fixed parameter names: the input is always "input", so "plugin" cannot collide with it.
                m.addParameter(CURRENT_PLUGIN, "plugin");
                doc.append("@param plugin the plugin instance calling, with its host context, config and vars\n");
            }
            f.input().ifPresent(p -> {
                m.addParameter(p.javaType(), "input");
                doc.append("@param input ").append(FunctionDocs.input(p)).append('\n');
            });
            f.output().ifPresent(p -> {
                m.returns(p.javaType());
                doc.append("@return ").append(FunctionDocs.output(p)).append('\n');
            });
            doc.append("@throws Exception to fail the plugin's call\n");
            b.addMethod(m.addJavadoc("$L", doc.toString()).build());
        }
        b.addMethod(MethodSpec.methodBuilder("hostFunctions").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(FUNCTIONS).addParameter(self, "host")
                .addJavadoc("The host functions of an implementation, with the content types of the schema.\n\n"
                        + "@param host the implementation\n"
                        + "@return one host function per import, in namespace {@code extism:host/user}\n")
                .addStatement("return hostFunctions(host, $T.defaults(), $T.none())", CodecsEmitter.CODEC_FACTORY,
                        CodecsEmitter.OVERRIDES)
                .build());
        b.addMethod(MethodSpec.methodBuilder("hostFunctions").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(FUNCTIONS).addParameter(self, "host")
                .addParameter(CodecsEmitter.CODEC_FACTORY, "codecs").addParameter(CodecsEmitter.OVERRIDES, "overrides")
                .addJavadoc("The host functions of an implementation, with codecs from a factory and content types\n"
                        + "that replace the schema's.\n\n"
                        + "@param host the implementation\n"
                        + "@param codecs creates the codecs (e.g. with other options for unknown keys)\n"
                        + "@param overrides content types per function that replace the schema's\n"
                        + "@return one host function per import, in namespace {@code extism:host/user}\n"
                        + "@throws IllegalArgumentException if an override selects a content type that cannot\n"
                        + "    carry the type of an input or output\n")
                .addStatement("$T.requireNonNull(host, $S)", Objects.class, "host")
                .addStatement("return $T.of(host, new $T(codecs, overrides))", model.hostFunctions, model.codecs)
                .build());
        return b;
    }

    TypeSpec.Builder adapter() {
        TypeSpec.Builder b = TypeSpec.classBuilder(model.hostFunctions).addModifiers(Modifier.FINAL);
        b.addJavadoc("$L", Text.wrap("Turns an implementation of {@link " + model.importsApi.simpleName()
                + "} into host functions: each decodes the block of its input, calls the method, and encodes the "
                + "result into a new block whose handle goes back to the plugin.", Text.JAVADOC_WIDTH - 3));
        boolean noResult = model.imports.stream().anyMatch(f -> f.output().isEmpty());
        if (noResult) {
            b.addField(FieldSpec.builder(LONGS, "NO_RESULTS", Modifier.PRIVATE, Modifier.STATIC,
                    Modifier.FINAL).addJavadoc("The results of host functions that return nothing.\n")
                    .initializer("new long[0]").build());
        }
        b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<CodeBlock> functions = new ArrayList<>();
        for (Function f : model.imports) {
            functions.add(hostFunction(f, model.context));
        }
        b.addMethod(MethodSpec.methodBuilder("of").addModifiers(Modifier.STATIC).returns(FUNCTIONS)
                .addParameter(model.importsApi, "host").addParameter(model.codecs, "codecs")
                .addJavadoc("The host functions of an implementation.\n\n@param host the implementation\n"
                        + "@param codecs the codecs of the functions\n@return one host function per import\n")
                .addStatement("return $T.of(\n$L)", List.class, CodeBlock.join(functions, ",\n"))
                .build());
        return b;
    }

    private static CodeBlock hostFunction(Function f, boolean context) {
        CodeBlock params = f.input().isPresent() ? CodeBlock.of("$T.of($T.I64)", List.class, VAL_TYPE)
                : CodeBlock.of("$T.of()", List.class);
        CodeBlock results = f.output().isPresent() ? CodeBlock.of("$T.of($T.I64)", List.class, VAL_TYPE)
                : CodeBlock.of("$T.of()", List.class);
        // Statements inside a lambda inside a statement: JavaPoet's addStatement cannot nest, so they end by hand.
        CodeBlock.Builder body = CodeBlock.builder();
        List<String> arguments = new ArrayList<>();
        if (context) {
            // The lambda's CurrentPlugin, passed on as it is.
            arguments.add("plugin");
        }
        if (f.input().isPresent()) {
            Param in = f.input().get();
            body.add("$T input = codecs.$N.decode(plugin.read(args[0]));\n", in.javaType(), in.codecField());
            arguments.add("input");
        }
        String argument = String.join(", ", arguments);
        if (f.output().isPresent()) {
            Param out = f.output().get();
            body.add("$T output = host.$N($L);\n", out.javaType(), f.method(), argument);
            body.add("return new long[] {plugin.write(codecs.$N.encode(output))};\n", out.codecField());
        } else {
            body.add("host.$N($L);\n", f.method(), argument);
            body.add("return NO_RESULTS;\n");
        }
        return CodeBlock.builder()
                .add("$T.of($L, $L, $L, (plugin, args) -> {\n", HOST_FUNCTION, Text.literal(f.name()), params, results)
                .indent().add(body.build()).unindent().add("})").build();
    }
}
