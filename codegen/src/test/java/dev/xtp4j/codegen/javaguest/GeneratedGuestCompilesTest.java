package dev.xtp4j.codegen.javaguest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.codegen.GeneratedFile;
import dev.xtp4j.codegen.GeneratorOptions;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.XtpSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedGuestCompilesTest {
    @Test
    void kitchenSink(@TempDir Path dir) throws Exception {
        Path file = Repo.root().resolve("sample-plugins/kitchen-sink.yaml");
        XtpSchema schema = XtpSchemas.read(file).schema().orElseThrow();
        List<GeneratedFile> files = new JavaGuestGenerator().generate(schema, GeneratorOptions.builder()
                .packageName("generated.guest").projectName("kitchen-sink").schemaName("kitchen-sink.yaml")
                .setting("java-guest.unsupported", "stub").build());
        GuestCompiler.dump(files, Path.of("target/java-guest-out/kitchen-sink"));
        for (GeneratedFile f : files) {
            assertTrue(f.content().chars().allMatch(c -> c < 0x80), f.path() + " is not plain ASCII");
        }
        GuestCompiler.compile(files, Files.createDirectories(dir.resolve("classes")));
    }
}
