package dev.xtp4j.pdk.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Collectors;
import org.teavm.diagnostics.DefaultProblemTextConsumer;
import org.teavm.diagnostics.Problem;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.tooling.TeaVMToolException;
import org.teavm.vm.TeaVMOptimizationLevel;

/** Compiles a class of the test classpath to a WebAssembly module with TeaVM, as {@code teavm-maven-plugin} would. */
final class TeaVmBuild {
    private TeaVmBuild() {
    }

    /**
     * Builds {@code mainClass} into {@code directory/fileName} as the sample plugin's pom does: the WASI target,
     * optimization level ADVANCED, minified.
     *
     * @param mainClass the class with {@code main} and the {@code @Export} methods
     * @param directory the output folder
     * @param fileName the module's file name
     * @param properties TeaVM properties (for example {@code xtp4j.wasi})
     * @return the module's bytes
     */
    static byte[] build(Class<?> mainClass, Path directory, String fileName, Properties properties)
            throws TeaVMToolException, java.io.IOException {
        TeaVMTool tool = new TeaVMTool();
        tool.setClassLoader(TeaVmBuild.class.getClassLoader());
        tool.setTargetType(TeaVMTargetType.WEBASSEMBLY_WASI);
        tool.setMainClass(mainClass.getName());
        tool.setTargetDirectory(directory.toFile());
        tool.setTargetFileName(fileName);
        tool.setOptimizationLevel(TeaVMOptimizationLevel.ADVANCED);
        tool.setObfuscated(true);
        tool.getProperties().putAll(properties);
        tool.generate();
        if (!tool.getProblemProvider().getSevereProblems().isEmpty()) {
            throw new IllegalStateException("TeaVM failed:\n" + tool.getProblemProvider().getSevereProblems().stream()
                    .map(TeaVmBuild::describe).collect(Collectors.joining("\n")));
        }
        return Files.readAllBytes(directory.resolve(fileName));
    }

    private static String describe(Problem problem) {
        DefaultProblemTextConsumer text = new DefaultProblemTextConsumer();
        problem.render(text);
        String where = "";
        if (problem.getLocation() != null) {
            where = " (in " + problem.getLocation().getMethod()
                    + (problem.getLocation().getSourceLocation() != null
                            ? ", " + problem.getLocation().getSourceLocation() : "") + ")";
        }
        return "  " + text.getText() + where;
    }
}
