package dev.xtp4j.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.xtp4j.codegen.internal.Text;
import dev.xtp4j.codegen.java.HostModel.Function;
import dev.xtp4j.codegen.java.HostModel.Param;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits the typed interface of a plugin's exports (e.g. {@code KitchenSink}), with its static factories, and its
 * package-private implementation (e.g. {@code KitchenSinkClient}).
 */
final class ExportsEmitter {
    static final ClassName PLUGIN = ClassName.get("dev.xtp4j.sdk", "Plugin");
    static final ClassName PLUGIN_POOL = ClassName.get("dev.xtp4j.sdk", "PluginPool");
    static final ClassName CALL_EXCEPTION = ClassName.get("dev.xtp4j.sdk", "CallException");
    static final ClassName GUEST_ERROR = ClassName.get("dev.xtp4j.sdk", "GuestErrorException");
    static final ClassName CODEC_EXCEPTION = ClassName.get("dev.xtp4j.codec", "CodecException");
    /** The method that every client's exports interface has besides the exports (reserved as an export name). */
    static final String WITH_HOST_CONTEXT = "withHostContext";

    private final HostModel model;

    ExportsEmitter(HostModel model) {
        this.model = model;
    }

    TypeSpec.Builder api() {
        TypeSpec.Builder b = TypeSpec.interfaceBuilder(model.exportsApi).addModifiers(Modifier.PUBLIC);
        String name = model.exportsApi.simpleName();
        String variable = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        b.addJavadoc("$L", Text.wrap("The exports of a plugin built from " + Text.escapeHtml(model.schemaName)
                + ", one method per export. Each method encodes its input with the content type of the function, "
                + "calls the export and decodes its output.", Text.JAVADOC_WIDTH - 3));
        b.addJavadoc("\n<pre>{@code\ntry ($T plugin = $T.load($T.of(\"plugin.wasm\"))) {\n"
                + "    $L $L = $L.of(plugin);\n    ...\n}\n}</pre>\n\n", PLUGIN, ClassName.get("dev.xtp4j.sdk",
                        "Plugins"), ClassName.get("java.nio.file", "Path"), name, variable, name);
        b.addJavadoc(Text.wrapLinks("<p>Bound to a {@link Plugin}, the methods call that instance, one call at a "
                + "time; bound to a {@link PluginPool}, each call borrows an instance of the pool, so the object can "
                + "be shared between threads (but consecutive calls may reach different instances). Failures are "
                + "unchecked: a {@link CallException} when the call fails (a {@link GuestErrorException} carries the "
                + "message the plugin set), a {@link CodecException} when an input cannot be encoded or an output "
                + "cannot be decoded.", Text.JAVADOC_WIDTH - 3, PLUGIN, PLUGIN_POOL, CALL_EXCEPTION, GUEST_ERROR,
                CODEC_EXCEPTION));
        for (Function f : model.exports) {
            MethodSpec.Builder m = MethodSpec.methodBuilder(f.method()).addModifiers(Modifier.PUBLIC,
                    Modifier.ABSTRACT);
            StringBuilder doc = new StringBuilder(FunctionDocs.summary(f, "export", 4)).append('\n');
            f.input().ifPresent(p -> {
                m.addParameter(p.javaType(), "input");
                doc.append("@param input ").append(FunctionDocs.input(p)).append('\n');
            });
            f.output().ifPresent(p -> {
                m.returns(p.javaType());
                doc.append("@return ").append(FunctionDocs.output(p)).append('\n');
            });
            m.addJavadoc("$L", doc.toString())
                    .addJavadoc("@throws $T if the call fails; {@link $T} has the plugin's message\n",
                            CALL_EXCEPTION, GUEST_ERROR)
                    .addJavadoc("@throws $T if the input cannot be encoded or the output cannot be decoded\n",
                            CODEC_EXCEPTION);
            b.addMethod(m.build());
        }
        b.addMethod(MethodSpec.methodBuilder(WITH_HOST_CONTEXT).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(model.exportsApi).addParameter(Object.class, "hostContext")
                .addJavadoc("$L", Text.wrap("The same exports, calling with a host context: host functions reach it "
                        + "through {@code CurrentPlugin.hostContext()} during each call made through the returned "
                        + "object. This object is not changed.", Text.JAVADOC_WIDTH - 3) + "\n\n")
                .addJavadoc("@param hostContext the context of the calls, or {@code null} for none\n")
                .addJavadoc("@return the exports, bound to the same plugin or pool\n")
                .build());
        b.addMethod(MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(model.exportsApi).addParameter(PLUGIN, "plugin")
                .addJavadoc("Binds the exports to a plugin instance, with the content types of the schema.\n\n"
                        + "@param plugin the plugin instance; closing it stays the caller's job\n"
                        + "@return the exports of that instance\n")
                .addStatement("return of(plugin, $T.defaults(), $T.none())", CodecsEmitter.CODEC_FACTORY,
                        CodecsEmitter.OVERRIDES)
                .build());
        b.addMethod(MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(model.exportsApi).addParameter(PLUGIN, "plugin")
                .addParameter(CodecsEmitter.CODEC_FACTORY, "codecs").addParameter(CodecsEmitter.OVERRIDES, "overrides")
                .addJavadoc("Binds the exports to a plugin instance, with codecs from a factory and content types\n"
                        + "that replace the schema's.\n\n"
                        + "@param plugin the plugin instance; closing it stays the caller's job\n"
                        + "@param codecs creates the codecs (e.g. with other options for unknown keys)\n"
                        + "@param overrides content types per function that replace the schema's\n"
                        + "@return the exports of that instance\n"
                        + "@throws IllegalArgumentException if an override selects a content type that cannot\n"
                        + "    carry the type of an input or output\n")
                .addStatement("$T.requireNonNull(plugin, $S)", Objects.class, "plugin")
                .addStatement("return new $T(plugin::call, new $T(codecs, overrides), null)", model.client,
                        model.codecs)
                .build());
        b.addMethod(MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(model.exportsApi).addParameter(PLUGIN_POOL, "pool")
                .addJavadoc("Binds the exports to a pool of plugin instances, with the content types of the schema:\n"
                        + "every call borrows an instance.\n\n"
                        + "@param pool the pool; closing it stays the caller's job\n"
                        + "@return the exports, safe to use from several threads\n")
                .addStatement("return of(pool, $T.defaults(), $T.none())", CodecsEmitter.CODEC_FACTORY,
                        CodecsEmitter.OVERRIDES)
                .build());
        b.addMethod(MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(model.exportsApi).addParameter(PLUGIN_POOL, "pool")
                .addParameter(CodecsEmitter.CODEC_FACTORY, "codecs").addParameter(CodecsEmitter.OVERRIDES, "overrides")
                .addJavadoc("Binds the exports to a pool of plugin instances, with codecs from a factory and\n"
                        + "content types that replace the schema's: every call borrows an instance.\n\n"
                        + "@param pool the pool; closing it stays the caller's job\n"
                        + "@param codecs creates the codecs (e.g. with other options for unknown keys)\n"
                        + "@param overrides content types per function that replace the schema's\n"
                        + "@return the exports, safe to use from several threads\n"
                        + "@throws IllegalArgumentException if an override selects a content type that cannot\n"
                        + "    carry the type of an input or output\n")
                .addStatement("$T.requireNonNull(pool, $S)", Objects.class, "pool")
                .addStatement("return new $T(pool::call, new $T(codecs, overrides), null)", model.client,
                        model.codecs)
                .build());
        return b;
    }

    TypeSpec.Builder client() {
        TypeSpec.Builder b = TypeSpec.classBuilder(model.client).addModifiers(Modifier.FINAL)
                .addSuperinterface(model.exportsApi);
        b.addJavadoc("$L", Text.wrap("Implements {@link " + model.exportsApi.simpleName() + "}: encodes each "
                + "input, calls the export and decodes the output.", Text.JAVADOC_WIDTH - 3));
        boolean noInput = model.exports.stream().anyMatch(f -> f.input().isEmpty());
        if (noInput) {
            b.addField(FieldSpec.builder(JavaTypes.BYTES, "NO_INPUT", Modifier.PRIVATE, Modifier.STATIC,
                    Modifier.FINAL).addJavadoc("The input of exports that take none.\n")
                    .initializer("new byte[0]").build());
        }
        ClassName caller = model.client.nestedClass("Caller");
        b.addType(TypeSpec.interfaceBuilder(caller).addAnnotation(FunctionalInterface.class)
                .addJavadoc("Calls an export: {@code Plugin.call} or {@code PluginPool.call}.\n")
                .addMethod(MethodSpec.methodBuilder("call").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(JavaTypes.BYTES).addParameter(String.class, "function")
                        .addParameter(JavaTypes.BYTES, "input").addParameter(Object.class, "hostContext")
                        .addJavadoc("Calls an export.\n\n@param function the export\n@param input the input bytes\n"
                                + "@param hostContext the host context, or {@code null}\n@return the output bytes\n")
                        .build())
                .build());
        b.addField(FieldSpec.builder(caller, "plugin", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("Calls an export with input bytes and returns the output bytes.\n").build());
        b.addField(FieldSpec.builder(model.codecs, "codecs", Modifier.PRIVATE, Modifier.FINAL).build());
        b.addField(FieldSpec.builder(Object.class, "hostContext", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("The host context of every call, or {@code null}.\n").build());
        b.addMethod(MethodSpec.constructorBuilder().addParameter(caller, "plugin").addParameter(model.codecs, "codecs")
                .addParameter(Object.class, "hostContext")
                .addJavadoc("Creates the client.\n\n@param plugin calls an export: a plugin instance or a pool\n"
                        + "@param codecs the codecs of the functions\n"
                        + "@param hostContext the host context of every call, or {@code null}\n")
                .addStatement("this.plugin = plugin").addStatement("this.codecs = codecs")
                .addStatement("this.hostContext = hostContext").build());
        b.addMethod(MethodSpec.methodBuilder(WITH_HOST_CONTEXT).addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(model.exportsApi).addParameter(Object.class, "hostContext")
                .addStatement("return new $T(plugin, codecs, hostContext)", model.client).build());
        for (Function f : model.exports) {
            MethodSpec.Builder m = MethodSpec.methodBuilder(f.method()).addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC);
            CodeBlock input = f.input().map(p -> {
                m.addParameter(p.javaType(), "input");
                return CodeBlock.of("codecs.$N.encode(input)", p.codecField());
            }).orElse(CodeBlock.of("NO_INPUT"));
            CodeBlock call = CodeBlock.of("plugin.call($L,$W$L,$WhostContext)", Text.literal(f.name()), input);
            if (f.output().isPresent()) {
                Param p = f.output().get();
                m.returns(p.javaType()).addStatement("return codecs.$N.decode($L)", p.codecField(), call);
            } else {
                m.addStatement("$L", call);
            }
            b.addMethod(m.build());
        }
        return b;
    }
}
