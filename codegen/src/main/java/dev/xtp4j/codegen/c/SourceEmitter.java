package dev.xtp4j.codegen.c;

import dev.xtp4j.codegen.c.CModel.CFunction;
import dev.xtp4j.codegen.c.CModel.CParam;
import dev.xtp4j.schema.model.EnumValue;
import dev.xtp4j.schema.model.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code pdk.gen.c}: the JSON codecs of the schema's types, the enum helpers, the export wrappers (decode the
 * input, call {@code impl_<name>}, encode the output) and the typed import wrappers.
 */
final class SourceEmitter {
    private final CModel model;
    private final CodeWriter out = new CodeWriter();

    SourceEmitter(CModel model) {
        this.model = model;
    }

    String emit() {
        out.line("/*");
        out.line(" * " + CGenerator.SOURCE + " - JSON codecs, export wrappers and host function wrappers for "
                + model.options.projectName() + ".");
        out.line(" *");
        out.line(" * " + CGenerator.DO_NOT_EDIT);
        out.line(" */");
        out.line("#include \"" + CGenerator.HEADER + "\"");
        out.blank();
        rawImports();
        prototypes();
        enumHelpers();
        codecs();
        exportWrappers();
        importWrappers();
        return out.toString().stripTrailing() + "\n";
    }

    private void section(String title) {
        out.line("/* " + "-".repeat(108) + " */");
        out.line("/* " + title + " ".repeat(Math.max(0, 108 - title.length())) + " */");
        out.line("/* " + "-".repeat(108) + " */");
        out.blank();
    }

    private List<CFunction> usableImports() {
        return model.imports.stream().filter(f -> f.unsupported().isEmpty()).toList();
    }

    // ---------------------------------------------------------------------------------------------------------

    private void rawImports() {
        List<CFunction> imports = usableImports();
        if (imports.isEmpty()) {
            return;
        }
        out.comment("The host functions, with their Extism signatures (i64 = a kernel memory handle).");
        for (CFunction f : imports) {
            String params = f.input().isPresent() ? "xtp_handle input" : "void";
            String result = f.output().isPresent() ? "xtp_handle" : "void";
            out.line("__attribute__((import_module(\"extism:host/user\"), import_name(\"" + f.name() + "\")))");
            out.line(result + " xtp_import_" + f.id() + "(" + params + ");");
        }
        out.blank();
    }

    /** The codec functions to emit: the structs, enums and containers whose decoder or encoder is used. */
    private List<CType> codecTypes() {
        List<CType> all = new ArrayList<>();
        for (CType c : model.namedTypes()) {
            if (!(c instanceof CType.Alias)) {
                all.add(c);
            }
        }
        all.addAll(model.containers());
        return all;
    }

    private String decoderPrototype(CType c) {
        return "static bool dec_" + c.name() + "(xtp_json_reader *r, " + c.name() + " *out)";
    }

    private String encoderPrototype(CType c) {
        return "static bool enc_" + c.name() + "(xtp_json_writer *w, const " + c.name() + " *v)";
    }

    private void prototypes() {
        List<String> lines = new ArrayList<>();
        for (CType c : codecTypes()) {
            if (model.decoderUsed(c)) {
                lines.add(decoderPrototype(c) + ";");
            }
            if (model.encoderUsed(c)) {
                lines.add(encoderPrototype(c) + ";");
            }
        }
        if (!lines.isEmpty()) {
            lines.forEach(out::line);
            out.blank();
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private void enumHelpers() {
        List<CType.Enum> enums = model.namedTypes().stream().filter(c -> c instanceof CType.Enum)
                .map(c -> (CType.Enum) c).toList();
        if (enums.isEmpty()) {
            return;
        }
        section("Enum helpers");
        for (CType.Enum e : enums) {
            out.open("const char *" + e.name() + "_to_string(" + e.name() + " value) {");
            out.open("switch (value) {");
            for (EnumValue v : e.type().values()) {
                out.line("case " + v.cName() + ": return \"" + v.value() + "\";");
            }
            out.close("}");
            out.line("return NULL;");
            out.close("}");
            out.blank();
            out.open("bool " + e.name() + "_from_string(const char *text, size_t len, " + e.name() + " *out) {");
            for (EnumValue v : e.type().values()) {
                out.open("if (len == " + v.value().length() + " && memcmp(text, \"" + v.value() + "\", "
                        + v.value().length() + ") == 0) {");
                out.line("*out = " + v.cName() + ";");
                out.line("return true;");
                out.close("}");
            }
            out.line("return false;");
            out.close("}");
            out.blank();
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private void codecs() {
        List<CType> types = codecTypes().stream().filter(c -> model.decoderUsed(c) || model.encoderUsed(c)).toList();
        if (types.isEmpty()) {
            return;
        }
        section("JSON codecs");
        for (CType c : types) {
            if (model.decoderUsed(c)) {
                if (c instanceof CType.Struct s) {
                    structDecoder(s);
                } else if (c instanceof CType.Enum e) {
                    enumDecoder(e);
                } else if (c instanceof CType.Array a) {
                    arrayDecoder(a);
                } else if (c instanceof CType.Map m) {
                    mapDecoder(m);
                }
            }
            if (model.encoderUsed(c)) {
                if (c instanceof CType.Struct s) {
                    structEncoder(s);
                } else if (c instanceof CType.Enum e) {
                    enumEncoder(e);
                } else if (c instanceof CType.Array a) {
                    arrayEncoder(a);
                } else if (c instanceof CType.Map m) {
                    mapEncoder(m);
                }
            }
        }
    }

    private static String literal(String s) {
        return "\"" + s + "\"";
    }

    private void structDecoder(CType.Struct s) {
        List<Field> fields = s.type().fields();
        out.open(decoderPrototype(s) + " {");
        out.line("size_t count = 0;");
        if (!fields.isEmpty()) {
            out.line("xtp_string key;");
        }
        out.line("int more;");
        for (Field f : fields) {
            if (f.required()) {
                out.line("bool seen_" + CModel.memberName(f) + " = false;");
            }
        }
        out.line("if (!xtp_jr_begin_object(r)) return false;");
        if (fields.isEmpty()) {
            out.open("while ((more = xtp_jr_member(r, &count, NULL)) > 0) {");
            out.line("if (!xtp_jr_skip(r)) return false;");
            out.close("}");
            out.line("(void)out;");
            out.line("return more == 0;");
            out.close("}");
            out.blank();
            return;
        }
        out.open("while ((more = xtp_jr_member(r, &count, &key)) > 0) {");
        boolean first = true;
        for (Field f : fields) {
            String member = CModel.memberName(f);
            CType type = model.of(f.type());
            String test = "if (xtp_str_eq(key, " + literal(f.name()) + ")) {";
            if (first) {
                out.open(test);
                first = false;
            } else {
                out.reopen("} else " + test);
            }
            out.line("xtp_jr_push_key(r, " + literal(f.name()) + ", " + f.name().length() + ");");
            if (CModel.hasPresenceFlag(f)) {
                out.open("if (xtp_jr_null(r)) {");
                out.line("out->has_" + member + " = false;");
                out.reopen("} else {");
                out.line("if (!" + type.decoder() + "(r, &out->" + member + ")) return false;");
                out.line("out->has_" + member + " = true;");
                out.close("}");
            } else {
                out.line("if (!" + type.decoder() + "(r, &out->" + member + ")) return false;");
            }
            out.line("xtp_jr_pop(r);");
            if (f.required()) {
                out.line("seen_" + member + " = true;");
            }
        }
        out.reopen("} else if (!xtp_jr_skip(r)) {");
        out.line("return false;");
        out.close("}");
        out.close("}");
        out.line("if (more < 0) return false;");
        for (Field f : fields) {
            if (f.required()) {
                out.line("if (!seen_" + CModel.memberName(f) + ") return xtp_jr_fail(r, \"missing the required member \\\""
                        + f.name() + "\\\" of " + s.type().name() + "\");");
            }
        }
        out.line("return true;");
        out.close("}");
        out.blank();
    }

    private void structEncoder(CType.Struct s) {
        List<Field> fields = s.type().fields();
        out.open(encoderPrototype(s) + " {");
        if (fields.isEmpty()) {
            out.line("(void)v;");
            out.line("return xtp_jw_raw(w, \"{}\", 2);");
            out.close("}");
            out.blank();
            return;
        }
        out.line("size_t count = 0;");
        out.line("if (!xtp_jw_raw(w, \"{\", 1)) return false;");
        for (Field f : fields) {
            String member = CModel.memberName(f);
            CType type = model.of(f.type());
            String memberLine = "if (!xtp_jw_member(w, &count, \"\\\"" + f.name() + "\\\":\")) return false;";
            String push = "xtp_jw_push_key(w, " + literal(f.name()) + ", " + f.name().length() + ");";
            String value = "if (!" + type.encoder() + "(w, &v->" + member + ")) return false;";
            if (!CModel.hasPresenceFlag(f)) {
                out.line(memberLine);
                out.line(push);
                out.line(value);
                out.line("xtp_jw_pop(w);");
            } else if (!f.required()) {
                out.open("if (v->has_" + member + ") {");
                out.line(memberLine);
                out.line(push);
                out.line(value);
                out.line("xtp_jw_pop(w);");
                out.close("}");
            } else {
                out.line(memberLine);
                out.open("if (v->has_" + member + ") {");
                out.line(push);
                out.line(value);
                out.line("xtp_jw_pop(w);");
                out.reopen("} else if (!xtp_jw_null(w)) {");
                out.line("return false;");
                out.close("}");
            }
        }
        out.line("return xtp_jw_raw(w, \"}\", 1);");
        out.close("}");
        out.blank();
    }

    private void enumDecoder(CType.Enum e) {
        String expected = "a " + e.name() + " string (one of " + CModel.valueList(e.type()) + ")";
        out.open(decoderPrototype(e) + " {");
        out.line("xtp_string text;");
        out.line("size_t at;");
        out.line("if (xtp_jr_peek(r) != '\"') return xtp_jr_expected(r, " + literal(expected) + ");");
        out.line("at = r->pos;");
        out.line("if (!xtp_jr_string(r, &text)) return false;");
        out.open("if (!" + e.name() + "_from_string(text.data, text.len, out)) {");
        out.line("return xtp_jr_fail_at(r, at, \"unknown " + e.name() + " value \\\"%.*s\\\" (expected one of "
                + CModel.valueList(e.type()) + ")\", (int)(text.len > 40 ? 40 : text.len), text.data);");
        out.close("}");
        out.line("return true;");
        out.close("}");
        out.blank();
    }

    private void enumEncoder(CType.Enum e) {
        out.open(encoderPrototype(e) + " {");
        out.line("const char *text = " + e.name() + "_to_string(*v);");
        out.line("if (text == NULL) return xtp_jw_fail(w, \"%d is not a " + e.name() + " value\", (int)*v);");
        out.line("return xtp_jw_raw(w, \"\\\"\", 1) && xtp_jw_lit(w, text) && xtp_jw_raw(w, \"\\\"\", 1);");
        out.close("}");
        out.blank();
    }

    private void arrayDecoder(CType.Array a) {
        out.open(decoderPrototype(a) + " {");
        out.line("size_t count = 0, cap = 0;");
        out.line("int more;");
        out.line("out->items = NULL;");
        out.line("out->len = 0;");
        out.line("if (!xtp_jr_begin_array(r)) return false;");
        out.open("while ((more = xtp_jr_item(r, &count)) > 0) {");
        out.line("void *grown = out->items;");
        out.line("if (!xtp_jr_grow(r, &grown, &cap, out->len, sizeof *out->items)) return false;");
        out.line("out->items = grown;");
        out.line("xtp_jr_push_index(r, out->len);");
        if (a.nullableItems()) {
            out.line(a.optName() + " *item = &out->items[out->len];");
            out.open("if (xtp_jr_null(r)) {");
            out.line("item->has = false;");
            out.reopen("} else {");
            out.line("if (!" + a.item().decoder() + "(r, &item->value)) return false;");
            out.line("item->has = true;");
            out.close("}");
        } else {
            out.line("if (!" + a.item().decoder() + "(r, &out->items[out->len])) return false;");
        }
        out.line("xtp_jr_pop(r);");
        out.line("out->len++;");
        out.close("}");
        out.line("return more == 0;");
        out.close("}");
        out.blank();
    }

    private void arrayEncoder(CType.Array a) {
        out.open(encoderPrototype(a) + " {");
        out.line("if (v->len != 0 && v->items == NULL) return xtp_jw_fail(w, \"an array has a length but no items\");");
        out.line("if (!xtp_jw_raw(w, \"[\", 1)) return false;");
        out.open("for (size_t i = 0; i < v->len; i++) {");
        out.line("if (!xtp_jw_comma(w, i)) return false;");
        out.line("xtp_jw_push_index(w, i);");
        if (a.nullableItems()) {
            out.open("if (v->items[i].has) {");
            out.line("if (!" + a.item().encoder() + "(w, &v->items[i].value)) return false;");
            out.reopen("} else if (!xtp_jw_null(w)) {");
            out.line("return false;");
            out.close("}");
        } else {
            out.line("if (!" + a.item().encoder() + "(w, &v->items[i])) return false;");
        }
        out.line("xtp_jw_pop(w);");
        out.close("}");
        out.line("return xtp_jw_raw(w, \"]\", 1);");
        out.close("}");
        out.blank();
    }

    private void mapDecoder(CType.Map m) {
        out.open(decoderPrototype(m) + " {");
        out.line("size_t count = 0, cap = 0;");
        out.line("xtp_string key;");
        out.line("int more;");
        out.line("out->entries = NULL;");
        out.line("out->len = 0;");
        out.line("if (!xtp_jr_begin_object(r)) return false;");
        out.open("while ((more = xtp_jr_member(r, &count, &key)) > 0) {");
        out.line("void *grown = out->entries;");
        out.line("if (!xtp_jr_grow(r, &grown, &cap, out->len, sizeof *out->entries)) return false;");
        out.line("out->entries = grown;");
        out.line(m.entryName() + " *entry = &out->entries[out->len];");
        out.line("entry->key = xtp_str_copy(key.data, key.len);");
        out.line("if (entry->key.data == NULL) return xtp_jr_fail(r, \"out of memory\");");
        out.line("xtp_jr_push_key(r, entry->key.data, entry->key.len);");
        if (m.nullableValues()) {
            out.open("if (xtp_jr_null(r)) {");
            out.line("entry->has_value = false;");
            out.reopen("} else {");
            out.line("if (!" + m.value().decoder() + "(r, &entry->value)) return false;");
            out.line("entry->has_value = true;");
            out.close("}");
        } else {
            out.line("if (!" + m.value().decoder() + "(r, &entry->value)) return false;");
        }
        out.line("xtp_jr_pop(r);");
        out.line("out->len++;");
        out.close("}");
        out.line("return more == 0;");
        out.close("}");
        out.blank();
    }

    private void mapEncoder(CType.Map m) {
        out.open(encoderPrototype(m) + " {");
        out.line("if (v->len != 0 && v->entries == NULL) return xtp_jw_fail(w, \"a map has a length but no entries\");");
        out.line("if (!xtp_jw_raw(w, \"{\", 1)) return false;");
        out.open("for (size_t i = 0; i < v->len; i++) {");
        out.line("const " + m.entryName() + " *entry = &v->entries[i];");
        out.line("if (!xtp_jw_comma(w, i) || !xtp_jw_string(w, &entry->key) || !xtp_jw_raw(w, \":\", 1)) return false;");
        out.line("xtp_jw_push_key(w, entry->key.data, entry->key.len);");
        if (m.nullableValues()) {
            out.open("if (entry->has_value) {");
            out.line("if (!" + m.value().encoder() + "(w, &entry->value)) return false;");
            out.reopen("} else if (!xtp_jw_null(w)) {");
            out.line("return false;");
            out.close("}");
        } else {
            out.line("if (!" + m.value().encoder() + "(w, &entry->value)) return false;");
        }
        out.line("xtp_jw_pop(w);");
        out.close("}");
        out.line("return xtp_jw_raw(w, \"}\", 1);");
        out.close("}");
        out.blank();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Parameters: bytes <-> values

    /**
     * Emits the decoding of bytes[0..len) into *ptr, returning -1 with the call's error set on failure.
     *
     * @param p the parameter
     * @param bytes the expression of the bytes ({@code const uint8_t *})
     * @param len the expression of their length
     * @param target the value as an lvalue ({@code input}, {@code *output})
     * @param ptr a pointer expression to the value
     * @param has an lvalue for the presence flag when the parameter is nullable
     * @param context the beginning of error messages (identifier characters and spaces only)
     */
    private void decodeParam(CParam p, String bytes, String len, String target, String ptr, String has,
            String context) {
        String ctx = literal(context);
        switch (p.encoding()) {
            case JSON -> {
                out.line("xtp_json_reader r;");
                out.line("xtp_jr_init(&r, " + bytes + ", " + len + ");");
                if (p.nullable()) {
                    out.open("if (xtp_jr_null(&r)) {");
                    out.line(has + " = false;");
                    out.reopen("} else if (" + p.type().decoder() + "(&r, " + ptr + ")) {");
                    out.line(has + " = true;");
                    out.close("}");
                    out.line("if (r.failed || !xtp_jr_end(&r)) return xtp_jr_fail_call(&r, " + ctx + ");");
                } else {
                    out.open("if (!" + p.type().decoder() + "(&r, " + ptr + ") || !xtp_jr_end(&r)) {");
                    out.line("return xtp_jr_fail_call(&r, " + ctx + ");");
                    out.close("}");
                }
            }
            case TEXT_STRING -> {
                out.line("size_t bad = xtp_utf8_check(" + bytes + ", " + len + ");");
                out.line("if (bad != " + len + ") return xtp_failf(\"" + context
                        + ": the text is not valid UTF-8 (byte %zu)\", bad);");
                out.line("xtp_string text = {(const char *)" + bytes + ", " + len + "};");
                out.line(target + " = text;");
            }
            case TEXT_ENUM -> {
                CType.Enum e = (CType.Enum) CModel.underlying(p.type());
                out.open("if (!" + e.name() + "_from_string((const char *)" + bytes + ", " + len + ", " + ptr + ")) {");
                out.line("return xtp_failf(\"" + context + ": unknown " + e.name()
                        + " value \\\"%.*s\\\" (expected one of " + CModel.valueList(e.type()) + ")\", (int)(" + len
                        + " > 40 ? 40 : " + len + "), (const char *)" + bytes + ");");
                out.close("}");
            }
            case TEXT_DATETIME -> {
                out.line("const char *problem;");
                out.open("if (!xtp_datetime_parse((const char *)" + bytes + ", " + len + ", " + ptr + ", &problem)) {");
                out.line("return xtp_failf(\"" + context + ": %s\", problem);");
                out.close("}");
            }
            case BINARY_BUFFER -> {
                out.line("xtp_buffer data = {" + bytes + ", " + len + "};");
                out.line(target + " = data;");
            }
            case BINARY_STRING -> {
                out.line("xtp_string data = {(const char *)" + bytes + ", " + len + "};");
                out.line(target + " = data;");
            }
            default -> throw new IllegalStateException(p.encoding().toString());
        }
    }

    /** Where encoded bytes go: emits statements that consume (data, len) and set {@code bool ok}. */
    @FunctionalInterface
    private interface Sink {
        void emit(String data, String len);
    }

    /**
     * Emits the encoding of *ptr, handing the bytes to the sink; returns -1 with the call's error set on failure.
     *
     * @param p the parameter
     * @param ptr a pointer expression to the value
     * @param present an expression that is true when a nullable value is present
     * @param context the beginning of error messages (identifier characters and spaces only)
     * @param sink what to do with the bytes
     */
    private void encodeParam(CParam p, String ptr, String present, String context, Sink sink) {
        String ctx = literal(context);
        out.line("const " + p.type().name() + " *value = " + ptr + ";");
        switch (p.encoding()) {
            case JSON -> {
                out.line("xtp_json_writer w;");
                out.line("xtp_jw_init(&w);");
                String encode = p.type().encoder() + "(&w, value)";
                if (p.nullable()) {
                    encode = "(" + present + " ? " + encode + " : xtp_jw_null(&w))";
                }
                out.line("if (!" + encode + ") return xtp_jw_fail_call(&w, " + ctx + ");");
                sink.emit("w.data", "w.len");
                out.line("xtp_jw_free(&w);");
            }
            case TEXT_STRING -> {
                out.line("size_t bad = value->len != 0 && value->data == NULL ? 0 : "
                        + "xtp_utf8_check((const uint8_t *)value->data, value->len);");
                out.line("if (bad != value->len) return xtp_failf(\"" + context
                        + ": the text is not valid UTF-8 (byte %zu)\", bad);");
                sink.emit("value->data", "value->len");
            }
            case TEXT_ENUM -> {
                CType.Enum e = (CType.Enum) CModel.underlying(p.type());
                out.line("const char *text = " + e.name() + "_to_string(*value);");
                out.line("if (text == NULL) return xtp_failf(\"" + context + ": %d is not a " + e.name()
                        + " value\", (int)*value);");
                sink.emit("text", "strlen(text)");
            }
            case TEXT_DATETIME -> {
                out.line("char text[40];");
                out.line("size_t text_len = xtp_datetime_format(value, text);");
                out.line("if (text_len == 0) return xtp_fail(\"" + context
                        + ": the date-time cannot be written as RFC 3339\");");
                sink.emit("text", "text_len");
            }
            case BINARY_BUFFER, BINARY_STRING -> {
                out.line("if (value->len != 0 && value->data == NULL) return xtp_fail(\"" + context
                        + ": a length but no data\");");
                sink.emit("value->data", "value->len");
            }
            default -> throw new IllegalStateException(p.encoding().toString());
        }
        out.line("if (!ok) return xtp_fail(\"" + context + ": out of memory\");");
    }

    // ---------------------------------------------------------------------------------------------------------

    private void exportWrappers() {
        if (model.exports.isEmpty()) {
            return;
        }
        section("Exports");
        for (CFunction f : model.exports) {
            if (f.unsupported().isPresent()) {
                String message = f.name() + ": " + f.unsupported().get()
                        + " (the xtp4j c target supports application/json, text/plain; charset=utf-8 and "
                        + "application/x-binary)";
                out.open("__attribute__((export_name(" + literal(f.name()) + "))) int32_t xtp_export_" + f.id()
                        + "(void) {");
                out.line("return xtp_fail(" + literal(message) + ");");
                out.close("}");
                out.blank();
                continue;
            }
            out.open("static int32_t xtp_run_" + f.id() + "(void) {");
            List<String> args = new ArrayList<>();
            f.input().ifPresent(p -> {
                out.line(p.type().name() + " input;");
                out.line("memset(&input, 0, sizeof input);");
                if (p.nullable()) {
                    out.line("bool has_input = true;");
                    args.add("has_input ? &input : NULL");
                } else {
                    args.add("&input");
                }
            });
            f.output().ifPresent(p -> {
                out.line(p.type().name() + " output;");
                out.line("memset(&output, 0, sizeof output);");
                args.add("&output");
                if (p.nullable()) {
                    out.line("bool has_output = true;");
                    args.add("&has_output");
                }
            });
            f.input().ifPresent(p -> {
                out.line("size_t in_len;");
                out.line("const uint8_t *in_bytes = xtp_call_input(&in_len);");
                out.line("if (in_bytes == NULL) return xtp_fail(" + literal(f.name()
                        + ": out of memory reading the input") + ");");
                out.open("{");
                decodeParam(p, "in_bytes", "in_len", "input", "&input", "has_input", "invalid input for " + f.name());
                out.close("}");
            });
            out.line("int32_t rc = impl_" + f.id() + "(" + String.join(", ", args) + ");");
            out.line("if (rc != 0) return xtp_impl_failed(" + literal("impl_" + f.id()) + ", rc);");
            f.output().ifPresent(p -> {
                out.open("{");
                encodeParam(p, "&output", "has_output", "cannot encode the output of " + f.name(),
                        (data, len) -> out.line("bool ok = xtp_output(" + data + ", " + len + ");"));
                out.close("}");
            });
            out.line("return 0;");
            out.close("}");
            out.blank();
            out.open("__attribute__((export_name(" + literal(f.name()) + "))) int32_t xtp_export_" + f.id()
                    + "(void) {");
            out.line("int32_t rc = xtp_run_" + f.id() + "();");
            out.line("xtp_call_release();");
            out.line("return rc;");
            out.close("}");
            out.blank();
        }
    }

    private void importWrappers() {
        List<CFunction> imports = usableImports();
        if (imports.isEmpty()) {
            return;
        }
        section("Imports");
        for (CFunction f : imports) {
            out.open(Signatures.host(f) + " {");
            String call = "xtp_import_" + f.id() + "(" + (f.input().isPresent() ? "arg" : "") + ")";
            f.input().ifPresent(p -> {
                out.line("xtp_handle arg = 0;");
                if (!p.nullable()) {
                    out.line("if (input == NULL) return xtp_fail(" + literal("host_" + f.id() + ": input is NULL")
                            + ");");
                }
                out.open("{");
                encodeParam(p, "input", "input != NULL", "cannot encode the input of host function " + f.name(),
                        (data, len) -> {
                            out.line("arg = xtp_block_new(" + data + ", " + len + ");");
                            out.line("bool ok = arg != 0 || " + len + " == 0;");
                        });
                out.close("}");
            });
            if (f.output().isPresent()) {
                CParam p = f.output().get();
                out.line("if (output == NULL) return xtp_fail(" + literal("host_" + f.id() + ": output is NULL")
                        + ");");
                if (p.nullable()) {
                    out.line("if (has_output == NULL) return xtp_fail(" + literal("host_" + f.id()
                            + ": has_output is NULL") + ");");
                }
                out.line("xtp_handle result = " + call + ";");
                if (f.input().isPresent()) {
                    out.line("if (arg != 0) xtp_env_free(arg);");
                }
                out.line("size_t res_len;");
                out.line("const uint8_t *res_bytes = xtp_call_take_block(result, &res_len);");
                out.line("if (res_bytes == NULL) return xtp_fail(" + literal("host function " + f.name()
                        + ": out of memory reading the result") + ");");
                out.line("memset(output, 0, sizeof *output);");
                out.open("{");
                decodeParam(p, "res_bytes", "res_len", "*output", "output", "*has_output",
                        "invalid result from host function " + f.name());
                out.close("}");
                out.line("return 0;");
            } else {
                out.line(call + ";");
                if (f.input().isPresent()) {
                    out.line("if (arg != 0) xtp_env_free(arg);");
                    out.line("return 0;");
                }
            }
            out.close("}");
            out.blank();
        }
    }
}
