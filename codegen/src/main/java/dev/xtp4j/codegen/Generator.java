package dev.xtp4j.codegen;

import dev.xtp4j.schema.XtpSchema;
import java.util.List;

/**
 * Generates the code of one target from a schema. Implementations are stateless and thread-safe.
 *
 * <p>A generator returns both the files it regenerates ({@link GeneratedFile.Ownership#GENERATED}) and, for guest
 * targets, the files of a new project that the user owns afterwards ({@link GeneratedFile.Ownership#USER}: stubs with
 * one function per export, build files, a README). {@code generate} writes only the first kind; {@code init} writes
 * both, never overwriting a user file that exists.
 */
public interface Generator {

    /**
     * The target's name, as given to {@code mvn xtp:generate -Dxtp.target=...} and {@code xtp generate --target}.
     *
     * @return e.g. {@code java-host}, {@code c}, {@code java-guest}
     */
    String target();

    /**
     * A one-line description for listings.
     *
     * @return the description
     */
    String description();

    /**
     * Generates the target's files.
     *
     * @param schema the schema
     * @param options package, project name, overrides, settings
     * @return the files, with paths relative to the output folder
     * @throws GeneratorException if the schema uses something this target cannot express
     */
    List<GeneratedFile> generate(XtpSchema schema, GeneratorOptions options);

    /**
     * Where {@code init} puts this target's {@link GeneratedFile.Ownership#GENERATED} files in a new project, relative
     * to the project folder. The default, {@code ""}, is the project folder itself (the {@code c} target keeps its
     * bindings next to the user's sources). A target whose project build regenerates the bindings returns the folder
     * that build writes them to, so that {@code init} and the build agree: the {@code java-guest} project's
     * {@code pom.xml} runs {@code xtp:generate}, which writes to {@code target/generated-sources/xtp}.
     *
     * @return a relative folder, or {@code ""} for the project folder
     */
    default String projectGeneratedDirectory() {
        return "";
    }
}
