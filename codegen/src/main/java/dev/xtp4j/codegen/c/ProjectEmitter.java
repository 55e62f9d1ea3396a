package dev.xtp4j.codegen.c;

import dev.xtp4j.codegen.GeneratedFile;
import dev.xtp4j.codegen.c.CModel.CFunction;
import java.util.List;

/** Writes the user-owned files of a new C plugin project: the export stubs, the build script, xtp.toml, a README. */
final class ProjectEmitter {
    private final CModel model;

    ProjectEmitter(CModel model) {
        this.model = model;
    }

    List<GeneratedFile> files() {
        return List.of(
                GeneratedFile.user(CGenerator.USER_SOURCE, plugin()),
                GeneratedFile.user("build.sh", buildScript()),
                GeneratedFile.user("xtp.toml", xtpToml()),
                GeneratedFile.user("README.md", readme()));
    }

    private String name() {
        return model.options.projectName();
    }

    private String plugin() {
        CodeWriter out = new CodeWriter();
        out.line("/*");
        out.line(" * " + CGenerator.USER_SOURCE + " - the exports of " + name() + ".");
        out.line(" *");
        out.line(" * This file is yours: it was written once, when the project was created, and is never overwritten.");
        out.line(" * The prototypes it implements, and the typed host functions it can call, are in "
                + CGenerator.HEADER + ".");
        out.line(" */");
        out.line("#include \"" + CGenerator.HEADER + "\"");
        for (CFunction f : model.exports) {
            if (f.unsupported().isPresent()) {
                continue;
            }
            out.blank();
            out.comment(f.function().description().map(d -> f.name() + ": " + d).orElse(f.name() + "."));
            out.open(Signatures.impl(f) + " {");
            f.input().ifPresent(p -> out.line("(void)input;"));
            f.output().ifPresent(p -> {
                out.line("(void)output;");
                if (p.nullable()) {
                    out.line("(void)has_output;");
                }
            });
            out.line("return xtp_fail(\"" + f.name() + " is not implemented yet\");");
            out.close("}");
        }
        return out.toString();
    }

    private String buildScript() {
        return """
                #!/bin/sh
                # Builds %1$s.wasm from the C sources in this folder (clang + wasi-libc, a WASI reactor that imports
                # nothing from WASI unless your code uses stdio). Usage: sh build.sh [output.wasm]
                #
                # Toolchain (Debian/Ubuntu): apt-get install clang lld wasi-libc libclang-rt-14-dev-wasm32
                # Set CLANG to use another clang, e.g. CLANG=clang-19 sh build.sh
                set -eu

                here=$(cd "$(dirname "$0")" && pwd)
                out=${1:-"$here/%1$s.wasm"}
                clang=${CLANG:-clang}

                "$clang" --target=wasm32-wasi -mexec-model=reactor -Oz -Wall -Wextra -Werror \\
                    -I"$here" -Wl,--strip-all -o "$out" "$here"/*.c
                echo "built $out ($(wc -c < "$out") bytes)"
                """.formatted(name());
    }

    private String xtpToml() {
        return """
                # The project file of the xtp tools (see https://docs.xtp.dylibso.com).
                app_id = ""
                extension_point_id = ""
                name = "%1$s"
                bin = "%1$s.wasm"

                [scripts]
                build = "sh build.sh"
                format = ""
                prepare = "command -v clang > /dev/null || echo 'install clang, lld, wasi-libc and libclang-rt-14-dev-wasm32' >&2"
                """.formatted(name());
    }

    private String tryIt() {
        if (model.imports.isEmpty()) {
            return "```sh\nxtp call " + name() + ".wasm <export> --input '<input>'\n```";
        }
        return "The plugin imports host functions, so a host must provide them (in module `extism:host/user`, with\n"
                + "the signatures above) before it can load the plugin: with xtp4j, `HostFunction.ofBytes(...)` or\n"
                + "`HostFunction.of(...)` in `PluginOptions.builder().hostFunctions(...)`.";
    }

    private String readme() {
        StringBuilder exports = new StringBuilder();
        for (CFunction f : model.exports) {
            exports.append("| `").append(f.name()).append("` | ");
            if (f.unsupported().isPresent()) {
                exports.append("none: every call fails (").append(f.unsupported().get()).append(")");
            } else {
                exports.append("`").append(Signatures.impl(f)).append("`");
            }
            exports.append(" |\n");
        }
        StringBuilder imports = new StringBuilder();
        for (CFunction f : model.imports) {
            imports.append("| `").append(f.name()).append("` | ");
            if (f.unsupported().isPresent()) {
                imports.append("none (").append(f.unsupported().get()).append(")");
            } else {
                imports.append("`").append(Signatures.host(f)).append("`");
            }
            imports.append(" |\n");
        }
        String exportTable = exports.length() == 0 ? "The schema has no exports.\n"
                : "| Export | Implement in `plugin.c` |\n|---|---|\n" + exports;
        String importTable = imports.length() == 0 ? "The schema has no imports.\n"
                : "| Import (`extism:host/user`) | Call it as |\n|---|---|\n" + imports;
        return """
                # %1$s

                An Extism plugin written in C, created by xtp4j from an XTP schema.

                | File | Owner | Contents |
                |---|---|---|
                | `plugin.c` | you | one function per export |
                | `build.sh`, `xtp.toml`, `README.md` | you | build script, project file, this text |
                | `schema.yaml` | you | the schema (when the project was created with `xtp init`) |
                | `pdk.gen.h`, `pdk.gen.c` | generated, do not edit | types, JSON codecs, export and host function wrappers |
                | `xtp4j-pdk.h`, `xtp4j-bindings.h` | generated, do not edit | the xtp4j C runtime (Extism ABI, memory, JSON) |

                ## Build

                ```sh
                sh build.sh            # writes %1$s.wasm
                ```

                It needs clang, lld and wasi-libc (Debian: `apt-get install clang lld wasi-libc
                libclang-rt-14-dev-wasm32`). The module is a WASI reactor: the host runs `_initialize` once (xtp4j and
                the Extism runtimes do). It imports nothing from WASI unless your code uses stdio (`printf`, ...).

                ## Regenerate the bindings after a schema change

                ```sh
                xtp generate schema.yaml --target c --output .
                ```

                This rewrites the generated files only; `plugin.c` is never touched. New exports then need a new
                function in `plugin.c` (the compiler tells you which).

                ## Exports

                %2$s
                Each function returns 0 on success. To fail, `return xtp_fail("message");`: the call then fails
                with that message. Inputs are decoded before your function runs; what you put in the output is
                encoded after it returns, so it may point at the input, at string literals, or at memory from
                `xtp_call_alloc` (released when the call ends).

                ## Imports

                %3$s
                ## Try it

                %4$s
                """.formatted(name(), exportTable, importTable, tryIt());
    }
}
