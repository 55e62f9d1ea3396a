package dev.xtp4j.codegen.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.xtp4j.codec.ContentType;
import dev.xtp4j.codegen.GeneratorOptions;
import dev.xtp4j.codegen.OutputWriter;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.XtpSchemas;
import dev.xtp4j.schema.model.AliasType;
import dev.xtp4j.schema.model.ArrayType;
import dev.xtp4j.schema.model.BooleanType;
import dev.xtp4j.schema.model.BufferType;
import dev.xtp4j.schema.model.ByteStringType;
import dev.xtp4j.schema.model.DateTimeType;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.Field;
import dev.xtp4j.schema.model.FreeFormObjectType;
import dev.xtp4j.schema.model.IntegerType;
import dev.xtp4j.schema.model.MapType;
import dev.xtp4j.schema.model.NumberType;
import dev.xtp4j.schema.model.ObjectType;
import dev.xtp4j.schema.model.Parameter;
import dev.xtp4j.schema.model.StringType;
import dev.xtp4j.schema.model.TypeVisitor;
import dev.xtp4j.schema.model.XtpFunction;
import dev.xtp4j.schema.model.XtpType;
import dev.xtp4j.sdk.GuestErrorException;
import dev.xtp4j.sdk.HostFunction;
import dev.xtp4j.sdk.Plugin;
import dev.xtp4j.sdk.PluginOptions;
import dev.xtp4j.sdk.Plugins;
import dev.xtp4j.sdk.ValType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole generated projects, as {@code init} writes them (stubs included): they build warning-free with
 * {@code -Wall -Wextra -Werror}, export exactly the schema's functions, and every export decodes a minimal valid
 * input before it reaches its stub. Skipped when clang is not on the PATH.
 */
class GeneratedProjectTest {
    @BeforeAll
    static void needsClang() {
        assumeTrue(Toolchain.clangAvailable(), "clang is not on the PATH");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"example-schema", "v1-valid-doc", "v1-invalid-keyword-doc", "kitchen-sink"})
    void initProjectsBuildAndRun(String name, @TempDir Path dir) {
        boolean kitchenSink = name.equals("kitchen-sink");
        XtpSchema schema = kitchenSink ? XtpSchemas.parse(Toolchain.kitchenSinkSchema())
                : XtpSchemas.parse(CGeneratorTest.Files2.read("xtp-schemas/" + name + ".yaml"));
        GeneratorOptions options = GeneratorOptions.builder().projectName(name)
                .setting("c.unsupported", "stub").build();
        OutputWriter.write(dir, new CGenerator().generate(schema, options));
        Path wasm = dir.resolve(name + ".wasm");
        Toolchain.build(dir, wasm);

        List<HostFunction> hosts = schema.imports().stream().map(GeneratedProjectTest::dummyHost).toList();
        try (Plugin plugin = Plugins.load(wasm, PluginOptions.builder().hostFunctions(hosts).build())) {
            List<String> expected = schema.exports().stream().map(XtpFunction::name).sorted().toList();
            assertEquals(expected, plugin.functions().stream().filter(f -> !f.startsWith("_")).sorted().toList());
            for (XtpFunction f : schema.exports()) {
                byte[] input = f.input().map(GeneratedProjectTest::minimalInput).orElse(new byte[0]);
                GuestErrorException e = assertThrows(GuestErrorException.class, () -> plugin.call(f.name(), input),
                        f.name());
                boolean unsupported = f.input().flatMap(Parameter::contentType).map(ContentType::isExtension)
                        .orElse(false);
                if (unsupported) {
                    assertTrue(e.guestMessage().contains("which the c target does not support"), e.guestMessage());
                } else {
                    assertEquals(f.name() + " is not implemented yet", e.guestMessage(),
                            "the input " + new String(input, StandardCharsets.UTF_8) + " must decode");
                }
            }
        }
    }

    private static HostFunction dummyHost(XtpFunction f) {
        List<ValType> params = f.input().isPresent() ? List.of(ValType.I64) : List.of();
        List<ValType> results = f.output().isPresent() ? List.of(ValType.I64) : List.of();
        return HostFunction.of(f.name(), params, results, (plugin, args) -> results.isEmpty() ? null : new long[] {0});
    }

    /** The smallest valid input of a parameter in its content type. */
    static byte[] minimalInput(Parameter p) {
        ContentType ct = p.contentType().orElse(ContentType.JSON);
        XtpType type = p.type().resolved();
        if (ct == ContentType.TEXT) {
            String text = type instanceof EnumType e ? e.values().get(0).value()
                    : type instanceof DateTimeType ? "2024-01-01T00:00:00Z" : "text";
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (ct == ContentType.BINARY) {
            return new byte[] {1, 2, 3};
        }
        return minimalJson(p.type()).getBytes(StandardCharsets.UTF_8);
    }

    /** The smallest valid JSON value of a type: required members only, empty arrays and maps. */
    static String minimalJson(XtpType type) {
        return type.accept(new TypeVisitor<String>() {
            @Override
            public String visitString(StringType t) {
                return "\"s\"";
            }

            @Override
            public String visitByteString(ByteStringType t) {
                return "\"AA==\"";
            }

            @Override
            public String visitDateTime(DateTimeType t) {
                return "\"2024-01-01T00:00:00Z\"";
            }

            @Override
            public String visitBuffer(BufferType t) {
                return "\"AQID\"";
            }

            @Override
            public String visitBoolean(BooleanType t) {
                return "true";
            }

            @Override
            public String visitInteger(IntegerType t) {
                return "1";
            }

            @Override
            public String visitNumber(NumberType t) {
                return "1.5";
            }

            @Override
            public String visitArray(ArrayType t) {
                return "[" + minimalJson(t.items()) + "]";
            }

            @Override
            public String visitMap(MapType t) {
                return "{\"k\":" + minimalJson(t.values()) + "}";
            }

            @Override
            public String visitFreeFormObject(FreeFormObjectType t) {
                return "{\"any\":[1,{}]}";
            }

            @Override
            public String visitObject(ObjectType t) {
                List<String> members = new ArrayList<>();
                for (Field f : t.fields()) {
                    if (f.required()) {
                        members.add("\"" + f.name() + "\":" + (f.nullable() ? "null" : minimalJson(f.type())));
                    }
                }
                return members.stream().collect(Collectors.joining(",", "{", "}"));
            }

            @Override
            public String visitEnum(EnumType t) {
                return "\"" + t.values().get(t.values().size() - 1).value() + "\"";
            }

            @Override
            public String visitAlias(AliasType t) {
                return minimalJson(t.target());
            }
        });
    }
}
