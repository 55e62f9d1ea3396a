package dev.xtp4j.karmem.schema;

/** Prints a schema as {@code .km} text in one canonical style. */
final class KmPrinter {
    private static final String INDENT = "    ";

    private KmPrinter() {
    }

    static String print(KarmemSchema schema) {
        StringBuilder sb = new StringBuilder("karmem ").append(schema.packageName());
        appendTags(sb, schema.tags());
        sb.append(";\n");
        for (Declaration d : schema.declarations()) {
            sb.append('\n');
            if (d instanceof EnumDecl e) {
                printEnum(sb, e);
            } else {
                printStruct(sb, (StructDecl) d);
            }
        }
        return sb.toString();
    }

    private static void printEnum(StringBuilder sb, EnumDecl e) {
        sb.append("enum ").append(e.name()).append(' ').append(e.type().kmName());
        appendTags(sb, e.tags());
        sb.append(" {\n");
        for (EnumEntry entry : e.entries()) {
            sb.append(INDENT).append(entry.toKm()).append('\n');
        }
        sb.append("}\n");
    }

    private static void printStruct(StringBuilder sb, StructDecl s) {
        sb.append("struct ").append(s.name()).append(' ').append(s.kind().kmName());
        appendTags(sb, s.tags());
        sb.append(" {\n");
        int width = 0;
        for (FieldDecl f : s.fields()) {
            width = Math.max(width, f.name().length());
        }
        for (FieldDecl f : s.fields()) {
            sb.append(INDENT).append(f.name());
            for (int i = f.name().length(); i <= width; i++) {
                sb.append(' ');
            }
            sb.append(f.type().toKm());
            appendTags(sb, f.tags());
            sb.append(";\n");
        }
        sb.append("}\n");
    }

    private static void appendTags(StringBuilder sb, Iterable<Tag> tags) {
        for (Tag t : tags) {
            sb.append(' ').append(t.toKm());
        }
    }
}
