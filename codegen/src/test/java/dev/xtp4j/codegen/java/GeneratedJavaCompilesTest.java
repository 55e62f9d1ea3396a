package dev.xtp4j.codegen.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.codec.CodecFactory;
import dev.xtp4j.codec.ContentType;
import dev.xtp4j.codec.ContentTypeOverrides;
import dev.xtp4j.codegen.GeneratedFile;
import dev.xtp4j.codegen.GeneratorOptions;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.XtpSchemas;
import dev.xtp4j.schema.karmem.KarmemDerivationException;
import dev.xtp4j.schema.karmem.XtpKarmem;
import dev.xtp4j.schema.model.Parameter;
import dev.xtp4j.schema.model.XtpFunction;
import dev.xtp4j.sdk.CurrentPlugin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated code of real schemas compiles with {@code -Xlint:all -Xdoclint:all/package -Werror}: the kitchen-sink
 * schema, every schema among the schema module's test resources that parses (the upstream fixtures and others), and
 * a schema of hostile names, with the default settings and with {@code java-host.context=true}. The compiled codecs
 * class is then created for the declared content types and with every function switched to JSON, MessagePack and
 * (when the schema maps onto it) Karmem.
 */
class GeneratedJavaCompilesTest {

    static Stream<Path> schemas() throws IOException {
        Path root = Repository.root();
        List<Path> out = new ArrayList<>();
        out.add(root.resolve("sample-plugins/kitchen-sink.yaml"));
        out.add(root.resolve("codegen/src/test/resources/java-host/hostile-names.yaml"));
        try (Stream<Path> files = Files.walk(root.resolve("schema/src/test/resources"))) {
            files.filter(p -> p.toString().endsWith(".yaml")).sorted()
                    .filter(p -> XtpSchemas.read(p).schema().isPresent()).forEach(out::add);
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void compilesWithoutWarnings(Path file, @TempDir Path dir) throws Exception {
        XtpSchema schema = XtpSchemas.read(file).schema().orElseThrow();
        String name = file.getFileName().toString();
        boolean karmem = derivesToKarmem(schema);
        List<GeneratedFile> files = new JavaHostGenerator().generate(schema, options(schema, name).build());
        ClassLoader loader = compile(files, name, name, dir);
        Optional<GeneratedFile> codecs = files.stream().filter(f -> f.path().toString().endsWith("Codecs.java"))
                .findFirst();
        assertEquals(!schema.exports().isEmpty() || !schema.imports().isEmpty(), codecs.isPresent());
        if (codecs.isEmpty()) {
            return;
        }
        String className = "generated.host." + codecs.get().path().getFileName().toString().replace(".java", "");
        Class<?> codecsClass = loader.loadClass(className);
        assertCodecs(codecsClass, schema, ContentTypeOverrides.none(), null);
        for (ContentType all : karmem ? List.of(ContentType.JSON, ContentType.MSGPACK, ContentType.KARMEM)
                : List.of(ContentType.JSON, ContentType.MSGPACK)) {
            ContentTypeOverrides.Builder b = ContentTypeOverrides.builder();
            for (XtpFunction f : functions(schema)) {
                b.input(f.name(), all).output(f.name(), all);
            }
            assertCodecs(codecsClass, schema, b.build(), all);
        }
    }

    /**
     * With {@code java-host.context=true} (host methods that take the calling {@code CurrentPlugin} first), the
     * generated code of every schema compiles as cleanly.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void compilesWithoutWarningsWithTheContextSetting(Path file, @TempDir Path dir) throws Exception {
        XtpSchema schema = XtpSchemas.read(file).schema().orElseThrow();
        String name = file.getFileName().toString();
        List<GeneratedFile> files = new JavaHostGenerator().generate(schema,
                options(schema, name).setting("java-host.context", "true").build());
        ClassLoader loader = compile(files, name, name + "-context", dir);
        if (!schema.imports().isEmpty()) {
            Class<?> host = loader.loadClass(files.stream().map(f -> f.path().getFileName().toString())
                    .filter(f -> f.endsWith("Host.java")).map(f -> "generated.host." + f.replace(".java", ""))
                    .findFirst().orElseThrow());
            for (Method m : host.getDeclaredMethods()) {
                if (!Modifier.isStatic(m.getModifiers())) {
                    assertEquals(CurrentPlugin.class, m.getParameterTypes()[0], m.toString());
                }
            }
        }
    }

    /** The options for a schema file: its Karmem functions switched to JSON when it cannot map onto Karmem. */
    private static GeneratorOptions.Builder options(XtpSchema schema, String name) {
        GeneratorOptions.Builder options = GeneratorOptions.builder().packageName("generated.host")
                .projectName(name.substring(0, name.indexOf('.'))).schemaName(name);
        if (!derivesToKarmem(schema)) {
            // A schema that cannot map onto Karmem cannot use it: switch its Karmem functions to JSON.
            for (XtpFunction f : functions(schema)) {
                if (uses(f, ContentType.KARMEM)) {
                    options.contentTypeOverride(f.name(), ContentType.JSON.canonical());
                }
            }
        }
        return options;
    }

    /**
     * Checks the files' headers and encoding, and compiles them; when they do not compile, they are written to
     * {@code target/java-host-failed/<dumpName>}.
     */
    private static ClassLoader compile(List<GeneratedFile> files, String schemaName, String dumpName, Path dir)
            throws IOException {
        for (GeneratedFile f : files) {
            assertTrue(f.content().chars().allMatch(c -> c < 0x80), f.path() + " is not plain ASCII");
            assertTrue(f.content().startsWith("// Generated by xtp4j from " + schemaName + ". Do not edit.\n"),
                    f.path().toString());
        }
        try {
            return InMemoryCompiler.compile(files, Files.createDirectories(dir.resolve("classes")));
        } catch (AssertionError e) {
            InMemoryCompiler.dump(files, Path.of("target/java-host-failed").resolve(dumpName));
            throw e;
        }
    }

    /**
     * A schema large enough that its derived Karmem schema exceeds what one string constant can hold (65,535 bytes
     * in a class file): the generated code still compiles, and the layouts parse.
     */
    @org.junit.jupiter.api.Test
    void aLargeSchemaCompiles(@TempDir Path dir) throws Exception {
        StringBuilder yaml = new StringBuilder("version: v1-draft\nexports:\n");
        yaml.append("  first: {input: {$ref: \"#/components/schemas/Type0\", contentType: application/x-karmem}}\n");
        yaml.append("components:\n  schemas:\n");
        for (int t = 0; t < 120; t++) {
            yaml.append("    Type").append(t).append(":\n      properties:\n");
            for (int f = 0; f < 25; f++) {
                yaml.append("        someRatherLongFieldName").append(f).append(": {type: string}\n");
            }
        }
        XtpSchema schema = XtpSchemas.parse(yaml.toString());
        assertTrue(XtpKarmem.derive(schema).toKm().length() > 70_000);
        List<GeneratedFile> files = new JavaHostGenerator().generate(schema, GeneratorOptions.builder()
                .packageName("generated.large").projectName("large").build());
        String codecs = files.stream().filter(f -> f.path().endsWith("LargeCodecs.java")).findFirst().orElseThrow()
                .content();
        assertTrue(codecs.contains("private static final String KARMEM_SCHEMA = String.join(\"\",\n"), codecs);
        ClassLoader loader = InMemoryCompiler.compile(files, Files.createDirectories(dir.resolve("classes")));
        Class<?> codecsClass = loader.loadClass("generated.large.LargeCodecs");
        assertCodecs(codecsClass, schema, ContentTypeOverrides.none(), null);
    }

    private static void assertCodecs(Class<?> codecsClass, XtpSchema schema, ContentTypeOverrides overrides,
            ContentType expected) throws ReflectiveOperationException {
        Constructor<?> ctor = codecsClass.getDeclaredConstructor(CodecFactory.class, ContentTypeOverrides.class);
        ctor.setAccessible(true);
        Object codecs;
        try {
            codecs = ctor.newInstance(CodecFactory.defaults(), overrides);
        } catch (InvocationTargetException e) {
            throw new AssertionError("cannot create the codecs with " + overrides + ": " + e.getCause(),
                    e.getCause());
        }
        int count = 0;
        for (Field field : codecsClass.getDeclaredFields()) {
            if (field.getType() == dev.xtp4j.codec.Codec.class) {
                field.setAccessible(true);
                dev.xtp4j.codec.Codec<?> codec = (dev.xtp4j.codec.Codec<?>) field.get(codecs);
                if (expected != null) {
                    assertEquals(expected, codec.contentType(), field.getName());
                }
                count++;
            }
        }
        int parameters = 0;
        for (XtpFunction f : functions(schema)) {
            parameters += (f.input().isPresent() ? 1 : 0) + (f.output().isPresent() ? 1 : 0);
        }
        assertEquals(parameters, count, "one codec per input and output");
    }

    private static List<XtpFunction> functions(XtpSchema schema) {
        List<XtpFunction> all = new ArrayList<>(schema.exports());
        all.addAll(schema.imports());
        return all;
    }

    private static boolean uses(XtpFunction f, ContentType type) {
        return Stream.of(f.input(), f.output()).flatMap(Optional::stream).map(Parameter::contentType)
                .anyMatch(ct -> ct.equals(Optional.of(type)));
    }

    private static boolean derivesToKarmem(XtpSchema schema) {
        try {
            XtpKarmem.derive(schema);
            return true;
        } catch (KarmemDerivationException e) {
            assertFalse(e.problems().isEmpty());
            return false;
        }
    }

    /** The repository root, for the schemas of other modules (part of the clone, so also there in CI). */
    static final class Repository {
        private Repository() {}

        static Path root() {
            Path dir = Path.of("").toAbsolutePath();
            while (dir != null && !(Files.isDirectory(dir.resolve("sample-plugins"))
                    && Files.isDirectory(dir.resolve("schema")))) {
                dir = dir.getParent();
            }
            if (dir == null) {
                throw new UncheckedIOException(new IOException("cannot find the repository root"));
            }
            return dir;
        }
    }
}
