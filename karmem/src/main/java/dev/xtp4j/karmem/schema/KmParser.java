package dev.xtp4j.karmem.schema;

import dev.xtp4j.karmem.KarmemSchemaException;
import dev.xtp4j.karmem.KarmemSchemaException.Position;
import dev.xtp4j.karmem.schema.KmLexer.Kind;
import dev.xtp4j.karmem.schema.KmLexer.Token;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A recursive-descent parser for {@code .km} files. It checks the syntax itself and then hands the model to
 * {@link SchemaRules} with the source position of every element, so semantic errors are positioned too.
 *
 * <pre>
 * file   = [BOM] "karmem" SP name {tag} ";" {enum | struct} EOF      (header on one line)
 * enum   = "enum" Name inttype {tag} "{" {Entry ["=" digits] ";"} "}"
 * struct = "struct" Name ("inline" | "table") {tag} "{" {Field type {tag} ";"} "}"
 * type   = T | "[" "]" T | "[" N "]" T | "[" "&lt;" N "]" T                (no spaces inside)
 * </pre>
 */
final class KmParser {
    private static final BigInteger MAX_U64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private final KmLexer lexer;
    private Token lookahead;
    private Position header;
    private final Map<Object, Position> declarationPositions = new IdentityHashMap<>();
    private final Map<Object, Position> typePositions = new IdentityHashMap<>();

    KmParser(String text, String file) {
        this.lexer = new KmLexer(text, file);
    }

    private Token next() {
        Token t = lookahead != null ? lookahead : lexer.next();
        lookahead = null;
        return t;
    }

    private Token peek() {
        if (lookahead == null) {
            lookahead = lexer.next();
        }
        return lookahead;
    }

    private static KarmemSchemaException error(Token at, String detail) {
        return new KarmemSchemaException(at.position(), detail);
    }

    /** Requires a token on the same line as what precedes it. */
    private static Token sameLine(Token t, String context) {
        if (t.newlineBefore()) {
            throw error(t, context + " must be written on one line; found " + t.describe() + " on the next line");
        }
        return t;
    }

    KarmemSchema parseFile() {
        Token first = next();
        if (first.kind() != Kind.WORD || !first.text().equals("karmem") || first.spaceBefore()) {
            throw error(first, "a .km file must start with the header 'karmem <package> [@tag(value)...];', found "
                    + first.describe());
        }
        Token pkg = sameLine(next(), "the header 'karmem <package>;'");
        if (pkg.kind() != Kind.WORD) {
            throw error(pkg, "expected the package name after 'karmem', found " + pkg.describe());
        }
        header = pkg.position();
        List<Tag> fileTags = tags("the header 'karmem <package>;'");
        Token end = sameLine(next(), "the header 'karmem <package>;'");
        if (end.kind() != Kind.SEMICOLON) {
            throw error(end, "expected ';' to end the header, found " + end.describe());
        }
        List<Declaration> declarations = new ArrayList<>();
        while (true) {
            Token t = next();
            if (t.kind() == Kind.EOF) {
                break;
            }
            if (t.kind() == Kind.WORD && t.text().equals("enum")) {
                declarations.add(parseEnum());
            } else if (t.kind() == Kind.WORD && t.text().equals("struct")) {
                declarations.add(parseStruct());
            } else {
                throw error(t, "expected 'enum' or 'struct', found " + t.describe());
            }
        }
        return KarmemSchema.create(pkg.text(), fileTags, declarations, new SchemaRules.Locator() {
            @Override
            public Position header() {
                return header;
            }

            @Override
            public Position declaration(Declaration d) {
                return declarationPositions.get(d);
            }

            @Override
            public Position field(FieldDecl f) {
                return declarationPositions.get(f);
            }

            @Override
            public Position fieldType(FieldDecl f) {
                return typePositions.get(f);
            }

            @Override
            public Position entry(EnumEntry e) {
                return declarationPositions.get(e);
            }

            @Override
            public Position tag(Tag t) {
                return declarationPositions.get(t);
            }
        });
    }

    private List<Tag> tags(String context) {
        List<Tag> out = new ArrayList<>();
        while (peek().kind() == Kind.TAG) {
            Token t = sameLine(next(), context);
            Tag tag = new Tag(t.text(), t.tagValue());
            declarationPositions.put(tag, t.position());
            out.add(tag);
        }
        return out;
    }

    private Token name(String what, String context) {
        Token t = sameLine(next(), context);
        if (t.kind() != Kind.WORD) {
            throw error(t, "expected " + what + ", found " + t.describe());
        }
        return t;
    }

    private void openBrace(String context) {
        Token t = sameLine(next(), context);
        if (t.kind() != Kind.LEFT_BRACE) {
            throw error(t, "expected '{' after " + context + ", found " + t.describe());
        }
    }

    private EnumDecl parseEnum() {
        String head = "the enum head 'enum Name type {'";
        Token name = name("an enum name", head);
        Token type = sameLine(next(), head);
        if (type.kind() == Kind.TAG) {
            throw error(type, "tags on an enum must come after its underlying type: enum " + name.text()
                    + " uint8 @tag(value) {");
        }
        if (type.kind() != Kind.WORD) {
            throw error(type, "expected the underlying integer type of enum " + name.text() + ", found "
                    + type.describe());
        }
        Optional<ScalarType> scalar = ScalarType.fromKmName(type.text());
        if (scalar.isEmpty() || !scalar.get().isEnumBase()) {
            throw error(type, "enum " + name.text() + ": the underlying type must be one of uint8, uint16, uint32, "
                    + "uint64, int8, int16, int32, int64, not " + type.text());
        }
        List<Tag> tags = tags(head);
        openBrace("enum " + name.text() + " " + type.text());
        List<EnumEntry> entries = new ArrayList<>();
        while (true) {
            Token t = next();
            if (t.kind() == Kind.RIGHT_BRACE) {
                break;
            }
            if (t.kind() == Kind.EOF) {
                throw error(t, "unexpected end of file: enum " + name.text() + " is not closed with '}'");
            }
            if (t.kind() != Kind.WORD) {
                throw error(t, "expected an entry name or '}' in enum " + name.text() + ", found " + t.describe());
            }
            String entryContext = "the enum entry " + t.text();
            Token after = sameLine(next(), entryContext);
            long value = entries.size();
            boolean explicit = false;
            if (after.kind() == Kind.EQUALS) {
                Token number = sameLine(next(), entryContext);
                if (number.kind() != Kind.NUMBER) {
                    throw error(number, "expected a non-negative decimal value after '=' in enum " + name.text()
                            + ", found " + number.describe());
                }
                BigInteger v = new BigInteger(number.text());
                if (v.compareTo(MAX_U64) > 0) {
                    throw error(number, "enum " + name.text() + ": the value of " + t.text() + " (" + v
                            + ") is out of range for " + type.text());
                }
                value = v.longValue();
                explicit = true;
                after = sameLine(next(), entryContext);
            }
            if (after.kind() != Kind.SEMICOLON) {
                throw error(after, "expected " + (explicit ? "" : "'=' or ") + "';' after enum entry " + t.text()
                        + ", found " + after.describe());
            }
            EnumEntry entry = new EnumEntry(t.text(), value, explicit);
            declarationPositions.put(entry, t.position());
            entries.add(entry);
        }
        EnumDecl decl = new EnumDecl(name.text(), scalar.get(), tags, entries);
        declarationPositions.put(decl, name.position());
        return decl;
    }

    private StructDecl parseStruct() {
        String head = "the struct head 'struct Name inline|table {'";
        Token name = name("a struct name", head);
        Token kindToken = sameLine(next(), head);
        if (kindToken.kind() == Kind.TAG) {
            throw error(kindToken, "tags on a struct must come after 'inline' or 'table': struct " + name.text()
                    + " table @tag(value) {");
        }
        StructKind kind;
        if (kindToken.kind() == Kind.WORD && kindToken.text().equals("inline")) {
            kind = StructKind.INLINE;
        } else if (kindToken.kind() == Kind.WORD && kindToken.text().equals("table")) {
            kind = StructKind.TABLE;
        } else {
            throw error(kindToken, "expected 'inline' or 'table' after struct " + name.text() + ", found "
                    + kindToken.describe());
        }
        List<Tag> tags = tags(head);
        openBrace("struct " + name.text() + " " + kind.kmName());
        List<FieldDecl> fields = new ArrayList<>();
        while (true) {
            Token t = next();
            if (t.kind() == Kind.RIGHT_BRACE) {
                break;
            }
            if (t.kind() == Kind.EOF) {
                throw error(t, "unexpected end of file: struct " + name.text() + " is not closed with '}'");
            }
            if (t.kind() != Kind.WORD) {
                throw error(t, "expected a field name or '}' in struct " + name.text() + ", found " + t.describe());
            }
            fields.add(parseField(name.text(), t));
        }
        StructDecl decl = new StructDecl(name.text(), kind, tags, fields);
        declarationPositions.put(decl, name.position());
        return decl;
    }

    private FieldDecl parseField(String struct, Token fieldName) {
        String context = "the field " + struct + "." + fieldName.text();
        Token start = sameLine(next(), context);
        if (!start.spaceBefore()) {
            throw error(start, "expected a space between the field name " + fieldName.text() + " and its type");
        }
        FieldType.Shape shape = FieldType.Shape.SINGLE;
        long length = 0;
        Token element = start;
        if (start.kind() == Kind.LEFT_BRACKET) {
            Token t = inType(context);
            if (t.kind() == Kind.RIGHT_BRACKET) {
                shape = FieldType.Shape.SLICE;
            } else {
                if (t.kind() == Kind.LESS) {
                    shape = FieldType.Shape.LIMITED_SLICE;
                    t = inType(context);
                } else {
                    shape = FieldType.Shape.ARRAY;
                }
                if (t.kind() != Kind.NUMBER) {
                    throw error(t, "expected a decimal length in the type of " + struct + "." + fieldName.text()
                            + " ([N]T or [<N]T), found " + t.describe());
                }
                BigInteger n = new BigInteger(t.text());
                if (n.signum() == 0 || n.bitLength() > 32) {
                    throw error(t, "the length in the type of " + struct + "." + fieldName.text()
                            + " must be between 1 and " + FieldType.MAX_LENGTH + ", got " + n);
                }
                length = n.longValue();
                Token close = inType(context);
                if (close.kind() != Kind.RIGHT_BRACKET) {
                    throw error(close, "expected ']' in the type of " + struct + "." + fieldName.text() + ", found "
                            + close.describe());
                }
            }
            element = inType(context);
        }
        if (element.kind() != Kind.WORD) {
            throw error(element, "expected the type of " + struct + "." + fieldName.text() + ", found "
                    + element.describe());
        }
        Optional<ScalarType> scalar = ScalarType.fromKmName(element.text());
        ElementType elementType = scalar.isPresent() ? scalar.get() : new NamedType(element.text());
        List<Tag> tags = tags(context);
        Token end = sameLine(next(), context);
        if (end.kind() != Kind.SEMICOLON) {
            throw error(end, "expected ';' after the field " + struct + "." + fieldName.text() + ", found "
                    + end.describe());
        }
        FieldDecl field = new FieldDecl(fieldName.text(), new FieldType(shape, length, elementType), tags);
        declarationPositions.put(field, fieldName.position());
        typePositions.put(field, start.position());
        return field;
    }

    /** The next token of a type, which must follow the previous one without any space. */
    private Token inType(String context) {
        Token t = sameLine(next(), context);
        if (t.spaceBefore()) {
            throw error(t, "no spaces are allowed inside the type of " + context.substring("the field ".length()));
        }
        return t;
    }
}
