package dev.xtp4j.codegen.c;

import dev.xtp4j.codegen.c.CModel.CFunction;
import dev.xtp4j.schema.model.EnumValue;
import dev.xtp4j.schema.model.Field;
import java.util.List;

/** Writes {@code pdk.gen.h}: the C types of the schema, the enum helpers, and the export and import prototypes. */
final class HeaderEmitter {
    private final CModel model;
    private final CodeWriter out = new CodeWriter();

    HeaderEmitter(CModel model) {
        this.model = model;
    }

    String emit() {
        out.line("/*");
        out.line(" * " + CGenerator.HEADER + " - C bindings for the XTP schema of " + model.options.projectName() + ".");
        out.line(" *");
        out.line(" * " + CGenerator.DO_NOT_EDIT);
        out.line(" *");
        out.line(" * Implement the functions under \"Exports\" (in " + CGenerator.USER_SOURCE
                + "); call the host with the functions under");
        out.line(" * \"Imports\". Strings, buffers, arrays and maps point at memory that lives until the export returns");
        out.line(" * (see xtp_call_alloc in xtp4j-bindings.h). The type mapping is described in docs/codegen.md.");
        out.line(" */");
        out.line("#ifndef XTP4J_PDK_GEN_H");
        out.line("#define XTP4J_PDK_GEN_H");
        out.blank();
        out.line("#include \"" + CGenerator.BINDINGS + "\"");
        out.blank();
        types();
        enumHelpers();
        exports();
        imports();
        out.line("#endif /* XTP4J_PDK_GEN_H */");
        return out.toString();
    }

    private void section(String title) {
        out.line("/* " + "-".repeat(108) + " */");
        out.line("/* " + title + " ".repeat(Math.max(0, 108 - title.length())) + " */");
        out.line("/* " + "-".repeat(108) + " */");
        out.blank();
    }

    private void types() {
        List<CType> structs = model.structsInDefinitionOrder();
        boolean anyEnum = model.namedTypes().stream().anyMatch(c -> c instanceof CType.Enum);
        List<CType.Alias> aliases = model.aliasesInDefinitionOrder();
        if (structs.isEmpty() && !anyEnum && aliases.isEmpty()) {
            return;
        }
        section("Types");
        if (!structs.isEmpty()) {
            for (CType c : structs) {
                out.line("typedef struct " + c.name() + " " + c.name() + ";");
                if (c instanceof CType.Array a && a.nullableItems()) {
                    out.line("typedef struct " + a.optName() + " " + a.optName() + ";");
                }
                if (c instanceof CType.Map m) {
                    out.line("typedef struct " + m.entryName() + " " + m.entryName() + ";");
                }
            }
            out.blank();
        }
        for (CType c : model.namedTypes()) {
            if (c instanceof CType.Enum e) {
                enumType(e);
            }
        }
        for (CType.Alias a : aliases) {
            out.comment(a.type().description().orElse(a.type().name() + ": " + a.type().target().display()));
            out.line("typedef " + a.target().name() + " " + a.name() + ";");
            out.blank();
        }
        for (CType c : structs) {
            if (c instanceof CType.Struct s) {
                struct(s);
            } else if (c instanceof CType.Array a) {
                array(a);
            } else if (c instanceof CType.Map m) {
                map(m);
            }
        }
    }

    private void enumType(CType.Enum e) {
        out.comment(e.type().description());
        out.open("typedef enum " + e.name() + " {");
        for (EnumValue v : e.type().values()) {
            out.line(v.cName() + ", /* \"" + v.value() + "\" */");
        }
        out.close("} " + e.name() + ";");
        out.blank();
    }

    private void struct(CType.Struct s) {
        out.comment(s.type().description());
        out.open("struct " + s.name() + " {");
        if (s.type().fields().isEmpty()) {
            out.line("char unused_; /* the object has no properties; C structs need a member */");
        }
        for (Field f : s.type().fields()) {
            String member = CModel.memberName(f);
            String type = model.of(f.type()).name();
            f.description().ifPresent(d -> out.comment(d));
            String wire = "\"" + f.name() + "\": " + (f.nullable() ? "nullable " : "") + f.type().display()
                    + (f.required() ? ", required" : ", optional");
            if (CModel.hasPresenceFlag(f)) {
                String meaning = f.required() ? "false: null" : f.nullable() ? "false: absent or null (not written)"
                        : "false: absent (not written)";
                out.line("bool has_" + member + "; /* " + meaning + " */");
            }
            out.line(type + " " + member + "; /* " + wire + " */");
        }
        out.close("};");
        out.blank();
    }

    private void array(CType.Array a) {
        if (a.nullableItems()) {
            out.comment("A nullable " + a.item().name() + ": has is false for null.");
            out.open("struct " + a.optName() + " {");
            out.line("bool has;");
            out.line(a.item().name() + " value;");
            out.close("};");
            out.blank();
        }
        out.comment("An array of " + (a.nullableItems() ? "nullable " : "") + a.item().name() + ": items[0..len).");
        out.open("struct " + a.name() + " {");
        out.line(a.elementType() + " *items;");
        out.line("size_t len;");
        out.close("};");
        out.blank();
    }

    private void map(CType.Map m) {
        out.comment("One entry of a " + m.name() + (m.nullableValues() ? ": has_value is false for null." : "."));
        out.open("struct " + m.entryName() + " {");
        out.line("xtp_string key;");
        if (m.nullableValues()) {
            out.line("bool has_value;");
        }
        out.line(m.value().name() + " value;");
        out.close("};");
        out.blank();
        out.comment("A map from strings to " + (m.nullableValues() ? "nullable " : "") + m.value().name()
                + ": entries[0..len), in document order.");
        out.open("struct " + m.name() + " {");
        out.line(m.entryName() + " *entries;");
        out.line("size_t len;");
        out.close("};");
        out.blank();
    }

    private void enumHelpers() {
        List<CType.Enum> enums = model.namedTypes().stream().filter(c -> c instanceof CType.Enum)
                .map(c -> (CType.Enum) c).toList();
        if (enums.isEmpty()) {
            return;
        }
        section("Enum helpers");
        for (CType.Enum e : enums) {
            out.comment("The wire string of a " + e.name() + " (\"" + e.type().values().get(0).value()
                    + "\", ...), or NULL for a value that is not a " + e.name() + ".");
            out.line("const char *" + e.name() + "_to_string(" + e.name() + " value);");
            out.comment("Reads a wire string (exactly, case-sensitive); false when text[0..len) is not a " + e.name()
                    + ".");
            out.line("bool " + e.name() + "_from_string(const char *text, size_t len, " + e.name() + " *out);");
            out.blank();
        }
    }

    private void exports() {
        if (model.exports.isEmpty()) {
            return;
        }
        section("Exports: implement these in " + CGenerator.USER_SOURCE);
        for (CFunction f : model.exports) {
            if (f.unsupported().isPresent()) {
                out.comment(f.name() + " is exported, but every call fails: " + f.unsupported().get() + ".");
                out.blank();
                continue;
            }
            StringBuilder doc = new StringBuilder();
            doc.append("Export ").append(f.name()).append(".");
            f.function().description().ifPresent(d -> doc.append("\n").append(d.strip()));
            doc.append("\n");
            f.input().ifPresent(p -> doc.append("\ninput:  ").append(Signatures.describe(p, "input", true)));
            f.output().ifPresent(p -> doc.append("\noutput: ").append(Signatures.describe(p, "output", true)));
            if (f.input().isPresent() || f.output().isPresent()) {
                doc.append("\n");
            }
            doc.append("\nReturn 0 on success. To fail, return xtp_fail(\"message\") (or any non-zero value).");
            out.comment(doc.toString());
            out.line(Signatures.impl(f) + ";");
            out.blank();
        }
    }

    private void imports() {
        List<CFunction> usable = model.imports.stream().filter(f -> f.unsupported().isEmpty()).toList();
        if (model.imports.isEmpty()) {
            return;
        }
        section("Imports: host functions (module extism:host/user)");
        for (CFunction f : model.imports) {
            if (f.unsupported().isPresent()) {
                out.comment("No wrapper for import " + f.name() + ": " + f.unsupported().get() + ".");
                out.blank();
            }
        }
        for (CFunction f : usable) {
            StringBuilder doc = new StringBuilder();
            doc.append("Calls the host function ").append(f.name()).append(".");
            f.function().description().ifPresent(d -> doc.append("\n").append(d.strip()));
            doc.append("\n");
            f.input().ifPresent(p -> doc.append("\ninput:  ").append(Signatures.describe(p, "input", false)));
            f.output().ifPresent(p -> doc.append("\noutput: ").append(Signatures.describe(p, "output", false)
                    + " (in call memory)"));
            if (Signatures.hostReturnsStatus(f)) {
                doc.append("\n\nReturns 0, or -1 with the call's error set (an encoding problem or a malformed"
                        + "\nresult); return -1 from the export to fail it, or xtp_error_clear() to go on.");
            }
            out.comment(doc.toString());
            out.line(Signatures.host(f) + ";");
            out.blank();
        }
    }
}
