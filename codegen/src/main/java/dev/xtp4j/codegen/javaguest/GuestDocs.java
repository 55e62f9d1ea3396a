package dev.xtp4j.codegen.javaguest;

import dev.xtp4j.codegen.internal.Text;
import dev.xtp4j.codegen.javaguest.GuestModel.Function;
import dev.xtp4j.codegen.javaguest.GuestModel.Param;
import java.util.Optional;

/** The Javadoc of the generated methods of exports and imports. */
final class GuestDocs {
    private GuestDocs() {}

    /**
     * The description of a function and of the bytes it exchanges, as Javadoc with a trailing line break.
     *
     * @param f the function
     * @param kind {@code export} or {@code import}
     * @param indent the indentation of the comment
     * @return the Javadoc text
     */
    static String summary(Function f, String kind, int indent) {
        StringBuilder sb = new StringBuilder();
        String description = f.function().description().orElse(null);
        if (description != null && !description.isBlank()) {
            sb.append(Text.javadoc(description, indent)).append('\n');
        } else {
            sb.append(kind.equals("export") ? "The export " : "Calls the host function ").append(Text.code(f.name()))
                    .append(".\n\n");
        }
        StringBuilder wire = new StringBuilder("<p>");
        wire.append(kind.equals("export") ? "Export " : "Import ").append(Text.code(f.name()));
        if (kind.equals("import")) {
            wire.append(" (wasm ").append(Text.code("extism:host/user::" + f.name())).append(", ")
                    .append(Text.code(signature(f))).append(")");
        }
        wire.append(": ").append(direction("input", f.input())).append("; ").append(direction("output", f.output()))
                .append('.');
        sb.append(Text.wrap(wire.toString(), Text.JAVADOC_WIDTH - indent - 3));
        return sb.toString();
    }

    /**
     * The wasm signature of an import (xtp-schema-spec section 16).
     *
     * @param f the import
     * @return e.g. {@code (i64) -> i64}
     */
    static String signature(Function f) {
        return (f.input().isPresent() ? "(i64)" : "()") + " -> " + (f.output().isPresent() ? "i64" : "()");
    }

    private static String direction(String name, Optional<Param> param) {
        if (param.isEmpty()) {
            return "no " + name;
        }
        Param p = param.get();
        return "the " + name + " is " + (p.nullable() ? "a nullable " : "") + Text.code(p.parameter().type().display())
                + " as " + Text.code(p.contentType().canonical());
    }

    /**
     * The text of {@code @param input} or {@code @return}.
     *
     * @param p the parameter
     * @param fallback the text without a description
     * @return Javadoc without a trailing line break
     */
    static String parameter(Param p, String fallback) {
        String text = Text.sentence(p.parameter().description().orElse(null), fallback);
        return p.nullable() ? text + (text.endsWith(".") ? " May be" : ", may be") + " {@code null}." : text;
    }
}
