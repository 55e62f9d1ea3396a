package dev.xtp4j.codegen.javaguest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root, for the schemas of other modules (part of the clone, so also there in CI). */
final class Repo {
    private Repo() {}

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
