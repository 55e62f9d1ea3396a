package dev.xtp4j.karmem.schema;

import dev.xtp4j.karmem.KarmemSchemaException;
import dev.xtp4j.karmem.internal.Blake2b;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A checked, immutable Karmem schema: the package name, the file-level tags and the enum and struct declarations in
 * order.
 *
 * <p>Create one by {@linkplain #parse(String, String) parsing} {@code .km} text or with a {@linkplain #builder(String)
 * builder}; both apply the same rules and throw {@link KarmemSchemaException} on the first violation. {@link #toKm()}
 * prints the schema back as {@code .km} text that parses to an equal schema.
 *
 * <pre>{@code
 * KarmemSchema schema = KarmemSchema.builder("game")
 *     .packed(true)
 *     .declare(EnumDecl.builder("Team", ScalarType.UINT8).entry("Humans").entry("Orcs").build())
 *     .declare(StructDecl.builder("Vec3", StructKind.INLINE)
 *         .field("X", ScalarType.FLOAT32).field("Y", ScalarType.FLOAT32).field("Z", ScalarType.FLOAT32).build())
 *     .declare(StructDecl.builder("Monster", StructKind.TABLE)
 *         .field("Pos", "Vec3").field("Team", "Team").field("Name", FieldType.string()).build())
 *     .build();
 * }</pre>
 */
public final class KarmemSchema {
    private final String packageName;
    private final List<Tag> tags;
    private final List<Declaration> declarations;
    private final Map<String, Declaration> byName;

    private KarmemSchema(String packageName, List<Tag> tags, List<Declaration> declarations,
            SchemaRules.Locator locator) {
        this.packageName = Objects.requireNonNull(packageName, "packageName");
        this.tags = List.copyOf(tags);
        this.declarations = List.copyOf(declarations);
        SchemaRules.check(this.packageName, this.tags, this.declarations, locator);
        Map<String, Declaration> map = new HashMap<>();
        for (Declaration d : this.declarations) {
            map.put(d.name(), d);
        }
        this.byName = Map.copyOf(map);
    }

    static KarmemSchema create(String packageName, List<Tag> tags, List<Declaration> declarations,
            SchemaRules.Locator locator) {
        return new KarmemSchema(packageName, tags, declarations, locator);
    }

    /**
     * Parses {@code .km} text.
     *
     * @param text     the schema text (a leading UTF-8 byte order mark is skipped)
     * @param fileName the name used in error positions ({@code file:line:column: message})
     * @return the checked schema
     * @throws KarmemSchemaException on the first syntax or semantic error, with its position
     */
    public static KarmemSchema parse(String text, String fileName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(fileName, "fileName");
        return new KmParser(text, fileName).parseFile();
    }

    /**
     * Reads and parses a {@code .km} file (UTF-8).
     *
     * @param file the file; its name as given is used in error positions
     * @return the checked schema
     * @throws IOException           if the file cannot be read
     * @throws KarmemSchemaException on the first syntax or semantic error, with its position
     */
    public static KarmemSchema parse(Path file) throws IOException {
        return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Starts building a schema in code.
     *
     * @param packageName the package name (ASCII letters only)
     * @return a builder
     */
    public static Builder builder(String packageName) {
        return new Builder(packageName);
    }

    /**
     * Returns the package name from the {@code karmem <name>;} header.
     *
     * @return the package name
     */
    public String packageName() {
        return packageName;
    }

    /**
     * Returns the file-level tags in source order.
     *
     * @return the tags, unmodifiable
     */
    public List<Tag> tags() {
        return tags;
    }

    /**
     * Returns the declarations in source order; every declaration only refers to earlier ones.
     *
     * @return the enums and structs, unmodifiable
     */
    public List<Declaration> declarations() {
        return declarations;
    }

    /**
     * Returns the struct declarations in source order.
     *
     * @return the structs
     */
    public List<StructDecl> structs() {
        List<StructDecl> out = new ArrayList<>();
        for (Declaration d : declarations) {
            if (d instanceof StructDecl s) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns the enum declarations in source order.
     *
     * @return the enums
     */
    public List<EnumDecl> enums() {
        List<EnumDecl> out = new ArrayList<>();
        for (Declaration d : declarations) {
            if (d instanceof EnumDecl e) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Finds a declaration by name.
     *
     * @param name the type name
     * @return the enum or struct, or empty
     */
    public Optional<Declaration> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * Returns a struct by name.
     *
     * @param name the struct name
     * @return the struct
     * @throws IllegalArgumentException if there is no struct with that name
     */
    public StructDecl struct(String name) {
        if (byName.get(name) instanceof StructDecl s) {
            return s;
        }
        throw new IllegalArgumentException("schema " + packageName + " has no struct named " + name);
    }

    /**
     * Returns an enum by name.
     *
     * @param name the enum name
     * @return the enum
     * @throws IllegalArgumentException if there is no enum with that name
     */
    public EnumDecl enumDecl(String name) {
        if (byName.get(name) instanceof EnumDecl e) {
            return e;
        }
        throw new IllegalArgumentException("schema " + packageName + " has no enum named " + name);
    }

    /**
     * Returns the file-level layout mode: {@code @packed()} or {@code @packed(true)} on the header.
     *
     * @return true if the file is packed by default
     */
    public boolean packed() {
        return Tag.find(tags, "packed").map(t -> SchemaRules.packedValue(t.value())).orElse(Boolean.FALSE);
    }

    /**
     * Returns the layout mode of a struct: its own {@code @packed} tag, otherwise the file's.
     *
     * @param struct a struct of this schema
     * @return true for the packed layout, false for the legacy unpacked layout
     */
    public boolean isPacked(StructDecl struct) {
        return struct.packedTag().orElse(packed());
    }

    /**
     * Returns the id of a struct ({@code PacketIdentifier} in upstream generated code): the {@code @id(n)} value if
     * given, otherwise the little-endian u64 of BLAKE2b with an 8-byte digest over the struct name, keyed with
     * BLAKE2b-256 of the file's {@code @key} value when there is one. The id is never written into messages.
     *
     * @param structName the struct name
     * @return the id, an unsigned 64-bit value in a {@code long}
     * @throws IllegalArgumentException if there is no struct with that name
     */
    public long structId(String structName) {
        StructDecl s = struct(structName);
        Optional<Long> explicit = s.idTag();
        if (explicit.isPresent()) {
            return explicit.get();
        }
        byte[] key = Tag.find(tags, "key")
                .map(t -> Blake2b.digest(t.value().getBytes(StandardCharsets.UTF_8), 32, new byte[0]))
                .orElse(new byte[0]);
        byte[] digest = Blake2b.digest(s.name().getBytes(StandardCharsets.UTF_8), 8, key);
        long id = 0;
        for (int i = 7; i >= 0; i--) {
            id = (id << 8) | (digest[i] & 0xFF);
        }
        return id;
    }

    /**
     * Prints the schema as {@code .km} text: the header, then each declaration separated by a blank line, fields
     * indented by four spaces with their types aligned. Parsing the result gives an equal schema.
     *
     * @return the {@code .km} text, ending with a newline
     */
    public String toKm() {
        return KmPrinter.print(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KarmemSchema other && packageName.equals(other.packageName) && tags.equals(other.tags)
                && declarations.equals(other.declarations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(packageName, tags, declarations);
    }

    @Override
    public String toString() {
        return "KarmemSchema[" + packageName + ", " + declarations.size() + " declarations]";
    }

    /** Collects the header and declarations of a schema built in code. */
    public static final class Builder {
        private final String packageName;
        private final List<Tag> tags = new ArrayList<>();
        private final List<Declaration> declarations = new ArrayList<>();

        private Builder(String packageName) {
            this.packageName = Objects.requireNonNull(packageName, "packageName");
        }

        /**
         * Adds a file-level tag.
         *
         * @param name  the tag name, e.g. {@code golang.package}
         * @param value the value
         * @return this builder
         */
        public Builder tag(String name, String value) {
            tags.add(new Tag(name, value));
            return this;
        }

        /**
         * Sets the file-level layout mode with {@code @packed(true)} or {@code @packed(false)}.
         *
         * @param packed true for the packed layout (recommended)
         * @return this builder
         */
        public Builder packed(boolean packed) {
            return tag("packed", Boolean.toString(packed));
        }

        /**
         * Appends a declaration. Declarations may only refer to those appended before them.
         *
         * @param declaration an enum or struct
         * @return this builder
         */
        public Builder declare(Declaration declaration) {
            declarations.add(Objects.requireNonNull(declaration, "declaration"));
            return this;
        }

        /**
         * Checks the schema and builds it.
         *
         * @return the schema
         * @throws KarmemSchemaException naming the declaration and field of the first violation
         */
        public KarmemSchema build() {
            return new KarmemSchema(packageName, tags, declarations, SchemaRules.Locator.NONE);
        }
    }
}
