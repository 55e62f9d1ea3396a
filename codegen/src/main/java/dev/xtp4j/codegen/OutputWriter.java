package dev.xtp4j.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes generated files to a folder, incrementally: a file whose content is unchanged is not touched (so build tools
 * see no change), and a user-owned file that exists is never overwritten.
 */
public final class OutputWriter {
    private OutputWriter() {}

    /**
     * What a write did.
     *
     * @param written files created or changed
     * @param unchanged generated files whose content was already up to date
     * @param kept user files that existed and were left alone
     */
    public record Report(List<Path> written, List<Path> unchanged, List<Path> kept) {
        /** Copies the lists. */
        public Report {
            written = List.copyOf(written);
            unchanged = List.copyOf(unchanged);
            kept = List.copyOf(kept);
        }
    }

    /**
     * Writes the generated files (not the user files) under a folder.
     *
     * @param directory the output folder
     * @param files the files
     * @return what was written
     */
    public static Report writeGenerated(Path directory, List<GeneratedFile> files) {
        return write(directory, files.stream().filter(f -> f.ownership() == GeneratedFile.Ownership.GENERATED)
                .toList());
    }

    /**
     * Writes every file under a folder: generated files when changed, user files only when absent.
     *
     * @param directory the output folder
     * @param files the files
     * @return what was written
     */
    public static Report write(Path directory, List<GeneratedFile> files) {
        List<Path> written = new ArrayList<>();
        List<Path> unchanged = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        try {
            for (GeneratedFile file : files) {
                Path target = directory.resolve(file.path());
                byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
                if (Files.exists(target)) {
                    if (file.ownership() == GeneratedFile.Ownership.USER) {
                        kept.add(file.path());
                        continue;
                    }
                    if (Arrays.equals(Files.readAllBytes(target), bytes)) {
                        unchanged.add(file.path());
                        continue;
                    }
                }
                Path parent = target.getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.write(target, bytes);
                written.add(file.path());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated files under " + directory + ": " + e.getMessage(),
                    e);
        }
        return new Report(written, unchanged, kept);
    }
}
