package dev.xtp4j.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
    @Test
    void writesOnlyWhatChangedAndNeverOverwritesUserFiles(@TempDir Path dir) throws IOException {
        List<GeneratedFile> files = List.of(
                GeneratedFile.generated("gen/Types.java", "class Types {}"),
                GeneratedFile.user("src/Plugin.java", "class Plugin {}"));
        OutputWriter.Report first = OutputWriter.write(dir, files);
        assertEquals(List.of(Path.of("gen/Types.java"), Path.of("src/Plugin.java")), first.written());

        FileTime before = Files.getLastModifiedTime(dir.resolve("gen/Types.java"));
        Files.writeString(dir.resolve("src/Plugin.java"), "class Plugin { /* mine */ }");
        OutputWriter.Report second = OutputWriter.write(dir, files);
        assertEquals(List.of(), second.written());
        assertEquals(List.of(Path.of("gen/Types.java")), second.unchanged());
        assertEquals(List.of(Path.of("src/Plugin.java")), second.kept());
        assertEquals(before, Files.getLastModifiedTime(dir.resolve("gen/Types.java")), "unchanged files are untouched");
        assertEquals("class Plugin { /* mine */ }", Files.readString(dir.resolve("src/Plugin.java")));

        OutputWriter.Report generatedOnly = OutputWriter.writeGenerated(dir,
                List.of(GeneratedFile.generated("gen/Types.java", "class Types { int x; }"),
                        GeneratedFile.user("README.md", "readme")));
        assertEquals(List.of(Path.of("gen/Types.java")), generatedOnly.written());
        assertEquals(false, Files.exists(dir.resolve("README.md")), "generate does not scaffold user files");
    }

    @Test
    void pathsStayInsideTheOutputFolder() {
        assertThrows(IllegalArgumentException.class, () -> GeneratedFile.generated("../escape.txt", ""));
        assertThrows(IllegalArgumentException.class, () -> GeneratedFile.generated("/abs.txt", ""));
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.builder().packageName("1bad"));
        assertThrows(IllegalArgumentException.class, () -> Generators.forTarget("cobol"));
    }

    @Test
    void languagesAndProjectNames() {
        assertEquals("c", Generators.forLanguage("c").target());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Generators.forLanguage("cobol"));
        assertEquals(true, e.getMessage().startsWith("no generator for the language \"cobol\" (a target named cobol or "
                + "cobol-guest); the targets are c"), e.getMessage());
        assertEquals("kitchen-sink", Scaffold.projectName("kitchen-sink.yaml"));
        assertEquals("my-plugin", Scaffold.projectName("my.plugin"));
        assertEquals("plugin", Scaffold.projectName("..."));
        assertEquals("schema", Scaffold.projectName("schema.yml"));
    }

    @Test
    void scaffoldAddsTheSchemaAsAUserFile() {
        var schema = dev.xtp4j.schema.XtpSchemas.parse("version: v1-draft\nexports: {hello: {}}\n");
        List<GeneratedFile> files = Scaffold.projectFiles(Generators.forTarget("c"), schema, "text", GeneratorOptions
                .builder().build());
        assertEquals(List.of(GeneratedFile.user("schema.yaml", "text")), files.stream()
                .filter(f -> f.path().equals(Path.of("schema.yaml"))).toList());
    }
}
