package dev.xtp4j.codegen;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file a generator produces.
 *
 * @param path where the file goes, relative to the output folder
 * @param content the file's text
 * @param ownership who owns the file after it is written
 */
public record GeneratedFile(Path path, String content, Ownership ownership) {

    /** Who owns a generated file. */
    public enum Ownership {
        /** Rewritten from the schema whenever it changes; marked "DO NOT EDIT". */
        GENERATED,
        /** Written once (by {@code init}) when absent, then owned by the user: never overwritten. */
        USER
    }

    /** Validates the components. */
    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(ownership, "ownership");
        if (path.isAbsolute() || path.normalize().startsWith("..")) {
            throw new IllegalArgumentException("a generated file's path must stay inside the output folder: " + path);
        }
    }

    /**
     * A file regenerated from the schema.
     *
     * @param path the relative path
     * @param content the text
     * @return the file
     */
    public static GeneratedFile generated(String path, String content) {
        return new GeneratedFile(Path.of(path), content, Ownership.GENERATED);
    }

    /**
     * A file the user owns after {@code init}.
     *
     * @param path the relative path
     * @param content the text
     * @return the file
     */
    public static GeneratedFile user(String path, String content) {
        return new GeneratedFile(Path.of(path), content, Ownership.USER);
    }
}
