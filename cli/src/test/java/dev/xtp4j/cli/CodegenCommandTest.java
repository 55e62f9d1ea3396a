package dev.xtp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code xtp generate} and {@code xtp init}, run in-process. */
class CodegenCommandTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final String KITCHEN_SINK = ROOT.resolve("sample-plugins/kitchen-sink.yaml").toString();
    private static final String SCHEMA = """
            version: v1-draft
            exports:
              countVowels:
                input: {type: string, contentType: text/plain; charset=utf-8}
                output: {$ref: "#/components/schemas/Report", contentType: application/json}
            components:
              schemas:
                Report:
                  properties:
                    count: {type: integer, format: int32}
            """;

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Xtp.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void generateWritesTheGeneratedFilesOnlyAndIsIncremental(@TempDir Path dir) {
        Path out = dir.resolve("gen");
        Result first = run("generate", KITCHEN_SINK, "--target", "c", "--output", out.toString(), "--setting",
                "c.unsupported=stub");
        assertEquals(0, first.code(), first.err());
        for (String file : List.of("pdk.gen.h", "pdk.gen.c", "xtp4j-pdk.h", "xtp4j-bindings.h")) {
            assertTrue(first.out().contains("wrote     " + out.resolve(file)), first.out());
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        assertFalse(Files.exists(out.resolve("plugin.c")), "generate never writes user files");
        assertEquals("", first.err(), "the kitchen sink has no warnings");

        Result second = run("generate", KITCHEN_SINK, "-t", "c", "-o", out.toString(), "--setting",
                "c.unsupported=stub");
        assertEquals(0, second.code(), second.err());
        assertFalse(second.out().contains("wrote"), second.out());
        assertEquals(4, second.out().lines().filter(l -> l.startsWith("unchanged ")).count(), second.out());
    }

    @Test
    void schemaErrorsArePrintedWithTheirPosition(@TempDir Path dir) throws IOException {
        Path schema = Files.writeString(dir.resolve("broken.yaml"), """
                version: v1-draft
                exports:
                  count:
                    input:
                      type: integer
                      format: int33
                      contentType: application/json
                """);
        Result r = run("generate", schema.toString(), "--target", "c", "--output", dir.resolve("out").toString());
        assertEquals(1, r.code());
        assertEquals(schema + ":6:15: error: Invalid format int33 for type integer. Valid formats are: [uint8, int8, "
                + "uint16, int16, uint32, int32, uint64, int64] (#/exports/count/input)\n", r.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void generatorErrorsAndUnknownTargets(@TempDir Path dir) {
        Result msgpack = run("generate", KITCHEN_SINK, "--target", "c", "--output", dir.toString());
        assertEquals(1, msgpack.code());
        assertTrue(msgpack.err().startsWith("xtp: export echoScalarsMsgpack: the input uses application/x-msgpack, "
                + "which the c target does not support"), msgpack.err());

        Result target = run("generate", KITCHEN_SINK, "--target", "cobol");
        assertEquals(2, target.code());
        assertTrue(target.err().startsWith("xtp: unknown target \"cobol\"; the targets are c"), target.err());

        Result setting = run("generate", KITCHEN_SINK, "--target", "c", "-o", dir.toString(), "--setting",
                "c.unsupported=maybe");
        assertEquals(1, setting.code());
        assertEquals("xtp: setting c.unsupported must be error or stub, not \"maybe\"\n", setting.err());

        Result missing = run("generate", KITCHEN_SINK);
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("Missing required option: '--target=TARGET'"), missing.err());
    }

    @Test
    void contentTypeOverrides(@TempDir Path dir) throws IOException {
        Path schema = Files.writeString(dir.resolve("counter.yaml"), SCHEMA);
        Result r = run("generate", schema.toString(), "-t", "c", "-o", dir.resolve("out").toString(),
                "--content-type", "countVowels.input=application/json");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(dir.resolve("out/pdk.gen.h")).contains("input:  string as application/json"));
        Result bad = run("generate", schema.toString(), "-t", "c", "-o", dir.resolve("out").toString(),
                "--content-type", "nope=application/json");
        assertEquals(1, bad.code());
        assertEquals("xtp: content-type override nope: the schema has no function named nope\n", bad.err());
    }

    @Test
    void initCreatesAProjectAndKeepsUserFiles(@TempDir Path dir) throws IOException {
        Path schema = Files.writeString(dir.resolve("counter.yaml"), SCHEMA);
        Path project = dir.resolve("demo");
        Result first = run("init", schema.toString(), "--lang", "c", "--name", "demo", "--dir", project.toString());
        assertEquals(0, first.code(), first.err());
        for (String file : List.of("pdk.gen.h", "pdk.gen.c", "xtp4j-pdk.h", "xtp4j-bindings.h", "plugin.c",
                "build.sh", "xtp.toml", "README.md", "schema.yaml")) {
            assertTrue(Files.isRegularFile(project.resolve(file)), file);
        }
        assertEquals(SCHEMA, Files.readString(project.resolve("schema.yaml")));
        assertTrue(first.out().endsWith("created c project demo in " + project + "\n"), first.out());
        assertTrue(Files.readString(project.resolve("xtp.toml")).contains("bin = \"demo.wasm\""));

        Files.writeString(project.resolve("plugin.c"), "/* mine */\n");
        Files.writeString(project.resolve("pdk.gen.h"), "/* stale */\n");
        Result again = run("init", schema.toString(), "-l", "c", "-n", "demo", "-d", project.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals("/* mine */\n", Files.readString(project.resolve("plugin.c")));
        assertTrue(Files.readString(project.resolve("pdk.gen.h")).contains("impl_countVowels"), "generated files "
                + "are refreshed");
        assertTrue(again.out().contains("kept      " + project.resolve("plugin.c") + " (yours)"), again.out());
        assertTrue(again.out().contains("wrote     " + project.resolve("pdk.gen.h")), again.out());
    }

    @Test
    void initDefaultsAndUnknownLanguages(@TempDir Path dir) throws IOException {
        Path schema = Files.writeString(dir.resolve("my.counter.yaml"), SCHEMA);
        Result lang = run("init", schema.toString(), "--lang", "cobol");
        assertEquals(2, lang.code());
        assertTrue(lang.err().startsWith("xtp: no generator for the language \"cobol\""), lang.err());

        Result bad = run("init", schema.toString(), "--lang", "c", "--dir", dir.resolve("p").toString(), "--name",
                "has space");
        assertEquals(1, bad.code());
        assertEquals("xtp: a project name uses letters, digits, - and _: \"has space\"\n", bad.err());

        Result named = run("init", schema.toString(), "--lang", "c", "--dir", dir.resolve("p").toString());
        assertEquals(0, named.code(), named.err());
        assertTrue(Files.readString(dir.resolve("p/build.sh")).contains("my-counter.wasm"), "the name comes from "
                + "the schema's file name");
    }

    @Test
    void initJavaCreatesAMavenProjectWhoseBuildGeneratesTheBindings(@TempDir Path dir) throws IOException {
        Path schema = Files.writeString(dir.resolve("counter.yaml"), SCHEMA);
        Path project = dir.resolve("counter");
        Result r = run("init", schema.toString(), "--lang", "java", "--package", "com.example.counter", "--dir",
                project.toString());
        assertEquals(0, r.code(), r.err());
        Path user = project.resolve("src/main/java/com/example/counter/CounterPlugin.java");
        for (Path file : List.of(project.resolve("pom.xml"), project.resolve("README.md"), project.resolve("xtp.toml"),
                project.resolve(".gitignore"), project.resolve("schema.yaml"), user)) {
            assertTrue(Files.isRegularFile(file), file.toString());
        }
        String pom = Files.readString(project.resolve("pom.xml"));
        assertTrue(pom.contains("<target>java-guest</target>"), pom);
        assertTrue(pom.contains("<packageName>com.example.counter</packageName>"), pom);
        assertTrue(pom.contains("<plugin.mainClass>com.example.counter.CounterExports</plugin.mainClass>"), pom);
        assertTrue(Files.readString(user).contains("throw new PluginException(\"countVowels is not implemented "
                + "yet\");"));
        assertTrue(r.out().endsWith("created java-guest project counter in " + project + "\n"), r.out());
    }

    @Test
    void generateJavaGuestWritesTheBindings(@TempDir Path dir) throws IOException {
        Path schema = Files.writeString(dir.resolve("counter.yaml"), SCHEMA);
        Path out = dir.resolve("out");
        Result r = run("generate", schema.toString(), "--target", "java-guest", "--package", "com.example.counter",
                "--output", out.toString(), "--setting", "java-guest.name=Counter");
        assertEquals(0, r.code(), r.err());
        for (String file : List.of("Counter", "CounterExports", "CounterHost", "CounterJson", "CounterWire",
                "Report")) {
            Path java = out.resolve("com/example/counter/" + file + ".java");
            assertTrue(Files.readString(java).startsWith("// Generated by xtp4j from counter.yaml. Do not edit."),
                    java.toString());
        }
        assertFalse(Files.exists(out.resolve("com/example/counter/CounterPlugin.java")), "the user's file is init's");
    }
}
