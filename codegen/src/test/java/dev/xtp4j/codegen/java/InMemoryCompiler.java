package dev.xtp4j.codegen.java;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xtp4j.codec.Codec;
import dev.xtp4j.codegen.GeneratedFile;
import dev.xtp4j.karmem.layout.KarmemLayout;
import dev.xtp4j.sdk.Plugin;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles generated Java files in-process with {@code javax.tools}, as strictly as the project's own code:
 * {@code --release 17 -Xlint:all -Xdoclint:all/package -Werror}, and the source read as US-ASCII (the generator
 * promises plain ASCII). Any diagnostic fails the compilation.
 */
public final class InMemoryCompiler {
    static final List<String> OPTIONS = List.of("--release", "17", "-Xlint:all", "-Xdoclint:all/package", "-Werror",
            "-encoding", "US-ASCII", "-proc:none");

    private InMemoryCompiler() {}

    /**
     * Compiles the {@code .java} files among generated files.
     *
     * @param files the generated files
     * @param out the folder for the classes
     * @return a class loader over the classes (and the test class path)
     * @throws AssertionError listing every diagnostic when there is one
     */
    public static ClassLoader compile(List<GeneratedFile> files, Path out) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> sources = new ArrayList<>();
        for (GeneratedFile f : files) {
            if (f.path().toString().endsWith(".java")) {
                sources.add(new Source(f));
            }
        }
        List<String> options = new ArrayList<>(OPTIONS);
        options.addAll(List.of("-classpath", classPath(), "-d", out.toString()));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok = compiler.getTask(null, null, diagnostics, options, null, sources).call();
        if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
            throw new AssertionError("the generated code does not compile cleanly:\n" + diagnostics.getDiagnostics()
                    .stream().map(InMemoryCompiler::format).collect(Collectors.joining("\n")));
        }
        try {
            return new URLClassLoader(new URL[] {out.toUri().toURL()}, InMemoryCompiler.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String format(Diagnostic<? extends JavaFileObject> d) {
        String where = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
        return where + d.getKind().toString().toLowerCase(Locale.ROOT) + ": " + d.getMessage(Locale.ROOT);
    }

    /** The test class path, plus the jars of what generated code uses (in case surefire hides the class path). */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path").split(
                File.pathSeparator)));
        for (Class<?> c : List.of(Codec.class, KarmemLayout.class, Plugin.class, JsonProperty.class,
                ObjectNode.class, TypeReference.class)) {
            try {
                entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Writes generated files to a folder, for a look at what failed. */
    static void dump(List<GeneratedFile> files, Path dir) {
        try {
            for (GeneratedFile f : files) {
                Path p = dir.resolve(f.path());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String content;

        Source(GeneratedFile f) {
            super(URI.create("string:///" + f.path().toString().replace(File.separatorChar, '/')), Kind.SOURCE);
            this.content = f.content();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return content;
        }
    }
}
