package dev.xtp4j.codegen.c;

import dev.xtp4j.codegen.c.CModel.CFunction;
import dev.xtp4j.codegen.c.CModel.CParam;
import java.util.ArrayList;
import java.util.List;

/** The C prototypes of the user functions (exports) and the typed host wrappers (imports). */
final class Signatures {
    private Signatures() {}

    /**
     * The parameter list: {@code const In *input, Out *output, bool *has_output}, or {@code void}.
     *
     * @param f the function
     * @return the list, without parentheses
     */
    static String parameters(CFunction f) {
        List<String> params = new ArrayList<>();
        f.input().ifPresent(p -> params.add("const " + p.type().name() + " *input"));
        f.output().ifPresent(p -> {
            params.add(p.type().name() + " *output");
            if (p.nullable()) {
                params.add("bool *has_output");
            }
        });
        return params.isEmpty() ? "void" : String.join(", ", params);
    }

    /**
     * The prototype of the function a plugin implements for an export.
     *
     * @param f the export
     * @return e.g. {@code int32_t impl_greet(const xtp_string *input, xtp_string *output)}
     */
    static String impl(CFunction f) {
        return "int32_t impl_" + f.id() + "(" + parameters(f) + ")";
    }

    /**
     * Whether a host wrapper can fail (and so returns a status): when anything is encoded or decoded.
     *
     * @param f the import
     * @return whether it returns {@code int32_t}
     */
    static boolean hostReturnsStatus(CFunction f) {
        return f.input().isPresent() || f.output().isPresent();
    }

    /**
     * The prototype of the typed wrapper of an import.
     *
     * @param f the import
     * @return e.g. {@code int32_t host_lookup(const xtp_string *input, User *output)}
     */
    static String host(CFunction f) {
        return (hostReturnsStatus(f) ? "int32_t" : "void") + " host_" + f.id() + "(" + parameters(f) + ")";
    }

    /**
     * A one-line description of a parameter for comments.
     *
     * @param p the parameter
     * @param role {@code input} or {@code output}
     * @param export whether the function is an export (for the meaning of null)
     * @return e.g. {@code Point as application/json; NULL when the value is null}
     */
    static String describe(CParam p, String role, boolean export) {
        String s = p.parameter().type().display() + " as " + p.contentType().canonical() + ", C type "
                + p.type().name();
        if (p.nullable()) {
            if (role.equals("input")) {
                s += "; input is NULL when the value is null";
            } else {
                s += export ? "; set *has_output = false to return null"
                        : "; *has_output is false when the host returned null";
            }
        }
        return s;
    }
}
