package dev.xtp4j.cli;

import dev.xtp4j.sdk.Plugins;
import dev.xtp4j.sdk.XtpException;
import dev.xtp4j.sdk.inspect.ModuleSummary;
import dev.xtp4j.sdk.manifest.Manifest;
import dev.xtp4j.sdk.manifest.WasmSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xtp inspect}: list a module's exports and imports with their signatures. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = "List the exports and imports of a wasm module (or of every module of a manifest).")
final class InspectCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLUGIN", description = "A .wasm file or an Extism manifest.")
    private Path plugin;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Manifest manifest = Plugins.manifestOf(plugin);
            boolean several = manifest.wasm().size() > 1;
            for (WasmSource source : manifest.wasm()) {
                if (several) {
                    out.println("== " + source.name().orElse("(unnamed)") + ": " + source.describe());
                }
                print(out, ModuleSummary.of(bytes(source)));
            }
            return Xtp.OK;
        } catch (XtpException e) {
            err.println("xtp: " + e.getMessage());
            return Xtp.FAILED;
        }
    }

    private static byte[] bytes(WasmSource source) throws IOException {
        if (source instanceof WasmSource.File file) {
            return Files.readAllBytes(file.path());
        }
        if (source instanceof WasmSource.Data data) {
            return data.bytes();
        }
        throw new IllegalArgumentException("inspect reads files and inline data, not " + source.describe());
    }

    private static void print(PrintWriter out, ModuleSummary summary) {
        out.println("size: " + summary.size() + " bytes, sha256: " + summary.sha256());
        summary.memory().ifPresent(m -> out.println("memory: " + m.initialPages() + " pages initial, "
                + m.maximumPages().map(x -> x + " maximum").orElse("no maximum")));
        if (!summary.initialisers().isEmpty()) {
            out.println("initialisers: " + String.join(", ", summary.initialisers()));
        }
        summary.unsupported().ifPresent(op -> out.println("unsupported: uses " + op + " (SIMD), which Chicory "
                + "cannot run"));
        out.println("exports:");
        for (ModuleSummary.ExportEntry e : summary.exports()) {
            String detail = e.kind().equals("function") ? e.type() + (e.callable() ? "   [callable]" : "")
                    : e.kind();
            out.println("  " + e.name() + " " + detail);
        }
        out.println("imports:");
        for (ModuleSummary.ImportEntry i : summary.imports()) {
            out.println("  " + i.module() + "::" + i.name() + " " + (i.kind().equals("function") ? "" : i.kind() + " ")
                    + i.type() + "   [" + i.provider() + "]");
        }
    }
}
