package dev.xtp4j.codegen;

import dev.xtp4j.schema.XtpSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code init} writes for a new plugin project (the same for {@code mvn xtp:init} and {@code xtp init}): every
 * file of the generator, plus a copy of the schema as {@value #SCHEMA_FILE}, owned by the user, so that the project
 * can regenerate its bindings on its own. The generated files go into the generator's
 * {@linkplain Generator#projectGeneratedDirectory() project folder for them}.
 */
public final class Scaffold {
    /** The schema's file name in a new project. */
    public static final String SCHEMA_FILE = "schema.yaml";

    private Scaffold() {}

    /**
     * The files of a new project.
     *
     * @param generator the generator of the project's language
     * @param schema the parsed schema
     * @param schemaText the schema document as written (copied unchanged)
     * @param options the options
     * @return the generated and user files
     * @throws GeneratorException if the schema cannot be generated for the target
     */
    public static List<GeneratedFile> projectFiles(Generator generator, XtpSchema schema, String schemaText,
            GeneratorOptions options) {
        List<GeneratedFile> files = new ArrayList<>();
        Path generated = Path.of(generator.projectGeneratedDirectory());
        for (GeneratedFile f : generator.generate(schema, options)) {
            files.add(f.ownership() == GeneratedFile.Ownership.GENERATED
                    ? new GeneratedFile(generated.resolve(f.path()), f.content(), f.ownership()) : f);
        }
        if (files.stream().noneMatch(f -> f.path().equals(Path.of(SCHEMA_FILE)))) {
            files.add(GeneratedFile.user(SCHEMA_FILE, schemaText));
        }
        return List.copyOf(files);
    }

    /**
     * A project name derived from a file or folder name: the characters a project name allows, others replaced by
     * {@code -}; {@code plugin} when nothing is left.
     *
     * @param name e.g. {@code kitchen-sink.yaml} or {@code my.plugin}
     * @return e.g. {@code kitchen-sink} or {@code my-plugin}
     */
    public static String projectName(String name) {
        String base = name.endsWith(".yaml") || name.endsWith(".json") ? name.substring(0, name.length() - 5)
                : name.endsWith(".yml") ? name.substring(0, name.length() - 4) : name;
        String cleaned = base.replaceAll("[^A-Za-z0-9_-]", "-").replaceAll("^[^A-Za-z0-9]+", "");
        return cleaned.isEmpty() ? "plugin" : cleaned;
    }
}
