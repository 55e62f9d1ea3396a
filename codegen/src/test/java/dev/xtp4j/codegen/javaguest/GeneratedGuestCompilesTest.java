package dev.xtp4j.codegen.javaguest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.codegen.GeneratedFile;
import dev.xtp4j.codegen.GeneratorOptions;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.XtpSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The java-guest bindings compile against the Java PDK and TeaVM's class library with {@code -Xlint:all
 * -Xdoclint:all/package -Werror}, and are plain ASCII: for the kitchen-sink schema, a schema of hostile names, and
 * every schema among the schema module's test resources that parses (the upstream fixtures and others).
 */
class GeneratedGuestCompilesTest {
    static Stream<Path> schemas() throws IOException {
        Path root = Repo.root();
        List<Path> out = new ArrayList<>();
        out.add(root.resolve("codegen/src/test/resources/java-host/hostile-names.yaml"));
        try (Stream<Path> files = Files.walk(root.resolve("schema/src/test/resources"))) {
            files.filter(p -> p.toString().endsWith(".yaml")).sorted()
                    .filter(p -> XtpSchemas.read(p).schema().isPresent()).forEach(out::add);
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void compilesWithoutWarnings(Path file, @TempDir Path dir) {
        XtpSchema schema = XtpSchemas.read(file).schema().orElseThrow();
        String name = file.getFileName().toString();
        List<GeneratedFile> files = new JavaGuestGenerator().generate(schema, GeneratorOptions.builder()
                .packageName("generated.guest").projectName(name.substring(0, name.indexOf('.'))).schemaName(name)
                .setting("java-guest.unsupported", "stub").build());
        for (GeneratedFile f : files) {
            assertTrue(f.content().chars().allMatch(c -> c < 0x80), f.path() + " is not plain ASCII");
        }
        try {
            GuestCompiler.compile(files, dir);
        } catch (AssertionError e) {
            GuestCompiler.dump(files, Path.of("target/java-guest-failed").resolve(name));
            throw e;
        }
    }

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
