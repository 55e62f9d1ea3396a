package dev.xtp4j.karmem.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xtp4j.karmem.KarmemSchemaException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One case per error class: the position and the message must both be right. */
class KmParserErrorTest {

    static Stream<Arguments> errors() {
        return Stream.of(
                // header
                Arguments.of("empty file", "", "1:1", "must start with the header"),
                Arguments.of("no header", "struct A table { B int32; }", "1:1", "must start with the header"),
                Arguments.of("leading blank line", "\nkarmem x;", "2:1", "must start with the header"),
                Arguments.of("no package", "karmem;", "1:7", "expected the package name"),
                Arguments.of("package with digits", "karmem x1;", "1:8", "invalid package name 'x1'"),
                Arguments.of("package with underscore", "karmem my_pkg;", "1:10", "names use ASCII letters"),
                Arguments.of("missing semicolon", "karmem x\nstruct A table { B int32; }", "2:1",
                        "must be written on one line"),
                Arguments.of("junk after package", "karmem x y;", "1:10", "expected ';' to end the header"),
                // lexical
                Arguments.of("line comment", "karmem x;\n// hello\n", "2:1", "comments are not allowed"),
                Arguments.of("hash comment", "karmem x;\n# hello\n", "2:1", "comments are not allowed"),
                Arguments.of("unexpected character", "karmem x;\nstruct A table { B int32; }\n%", "3:1",
                        "unexpected character '%'"),
                Arguments.of("non-ASCII name", "karmem x;\nstruct Ä table { B int32; }", "2:8", "non-ASCII"),
                Arguments.of("underscore in field", "karmem x;\nstruct A table { My_B int32; }", "2:20",
                        "'My_...' is not a valid name"),
                // tags
                Arguments.of("tag without name", "karmem x @(1);", "1:11", "expected a tag name after '@'"),
                Arguments.of("tag without parens", "karmem x @packed;", "1:17", "expected '(' after @packed"),
                Arguments.of("unterminated tag value", "karmem x @a(`abc;\n", "1:17", "a tag value cannot contain ';'"),
                Arguments.of("tag value across lines", "karmem x @a(`abc\ndef`);", "1:13", "unterminated back-quoted"),
                Arguments.of("bare tag value with space", "karmem x @a(b c);", "1:14", "expected ')' to close tag @a"),
                Arguments.of("duplicate file tag", "karmem x @a(1) @a(2);", "1:16", "file: duplicate tag @a"),
                Arguments.of("bad packed value", "karmem x @packed(yes);", "1:10", "@packed accepts only"),
                Arguments.of("bad id value", "karmem x;\nstruct A table @id(abc) { B int32; }", "2:16",
                        "@id needs an unsigned 64-bit decimal value"),
                Arguments.of("id too large", "karmem x;\nstruct A table @id(18446744073709551616) { B int32; }",
                        "2:16", "@id needs"),
                Arguments.of("tags before enum type", "karmem x;\nenum E @t(1) uint8 { A; }", "2:8",
                        "tags on an enum must come after its underlying type"),
                Arguments.of("tags before struct kind", "karmem x;\nstruct A @foo(`1`) inline { B int32; }", "2:10",
                        "tags on a struct must come after 'inline' or 'table'"),
                // declarations
                Arguments.of("unknown keyword", "karmem x;\nunion U { A; }", "2:1", "expected 'enum' or 'struct'"),
                Arguments.of("lower-case struct name", "karmem x;\nstruct point table { X int32; }", "2:8",
                        "invalid struct name 'point': it must start with an upper-case"),
                Arguments.of("digit-first struct name", "karmem x;\nstruct 2D table { X int32; }", "2:8",
                        "invalid struct name '2D'"),
                Arguments.of("digits in enum name", "karmem x;\nenum E2 uint8 { A; }", "2:6",
                        "invalid enum name 'E2': only ASCII letters are allowed"),
                Arguments.of("bad struct kind", "karmem x;\nstruct A record { B int32; }", "2:10",
                        "expected 'inline' or 'table'"),
                Arguments.of("struct head over two lines", "karmem x;\nstruct A table\n{ B int32; }", "3:1",
                        "must be written on one line"),
                Arguments.of("duplicate struct", "karmem x;\nstruct A table { B int32; }\nstruct A inline { C int8; }",
                        "3:8", "struct A: the name is already used by a struct"),
                Arguments.of("struct named like an enum", "karmem x;\nenum A uint8 { Z; }\nstruct A inline { C int8; }",
                        "3:8", "the name is already used by an enum"),
                Arguments.of("duplicate enum", "karmem x;\nenum A uint8 { Z; }\nenum A uint16 { Z; }", "3:6",
                        "enum A: the name is already used by an enum"),
                Arguments.of("empty struct", "karmem x;\nstruct A table { }", "2:8", "at least one field"),
                Arguments.of("unclosed struct", "karmem x;\nstruct A table { B int32;", "2:26", "is not closed"),
                // enums
                Arguments.of("float enum", "karmem x;\nenum E float32 { A; }", "2:8",
                        "the underlying type must be one of uint8"),
                Arguments.of("byte enum", "karmem x;\nenum E byte { A; }", "2:8", "not byte"),
                Arguments.of("empty enum", "karmem x;\nenum E uint8 { }", "2:6", "at least one entry"),
                Arguments.of("enum without zero", "karmem x;\nenum E uint8 { A = 1; B = 10; }", "2:6",
                        "one entry must have the value 0"),
                Arguments.of("enum implicit values without zero", "karmem x;\nenum E uint8 { A = 1; B; }", "2:6",
                        "one entry must have the value 0"),
                Arguments.of("enum value out of range", "karmem x;\nenum E uint8 { A; B = 256; }", "2:19",
                        "the value of B (256) is out of range for uint8"),
                Arguments.of("signed enum out of range", "karmem x;\nenum E int8 { A; B = 128; }", "2:18",
                        "out of range for int8"),
                Arguments.of("enum value beyond uint64", "karmem x;\nenum E uint64 { A; B = 18446744073709551616; }",
                        "2:24", "out of range"),
                Arguments.of("negative enum value", "karmem x;\nenum E int8 { A; B = -1; }", "2:22",
                        "numbers cannot be negative"),
                Arguments.of("enum value not a number", "karmem x;\nenum E uint8 { A; B = C; }", "2:23",
                        "expected a non-negative decimal value"),
                Arguments.of("duplicate enum entry", "karmem x;\nenum E uint8 { A; B; A; }", "2:22",
                        "enum E: duplicate entry A"),
                Arguments.of("lower-case enum entry", "karmem x;\nenum E uint8 { a; }", "2:16",
                        "invalid enum entry name 'a'"),
                Arguments.of("enum entry missing semicolon", "karmem x;\nenum E uint8 { A B; }", "2:18",
                        "expected '=' or ';' after enum entry A"),
                // fields
                Arguments.of("lower-case field", "karmem x;\nstruct A table { b int32; }", "2:18",
                        "invalid field name 'b'"),
                Arguments.of("duplicate field", "karmem x;\nstruct A table { B int32; C int8; B int8; }", "2:35",
                        "struct A: duplicate field B"),
                Arguments.of("duplicate field tag", "karmem x;\nstruct A table { B int32 @t() @t(); }", "2:31",
                        "struct A, field B: duplicate tag @t"),
                Arguments.of("field over two lines", "karmem x;\nstruct A table {\n B\n int32; }", "4:2",
                        "must be written on one line"),
                Arguments.of("field without semicolon", "karmem x;\nstruct A table {\n B int32\n C int32; }", "4:2",
                        "must be written on one line"),
                Arguments.of("missing type", "karmem x;\nstruct A table { B; }", "2:19", "expected a space"),
                Arguments.of("unknown type", "karmem x;\nstruct A table { B Foo; }", "2:20", "unknown type Foo"),
                Arguments.of("unknown lower-case type", "karmem x;\nstruct A table { B string; }", "2:20",
                        "unknown type string"),
                Arguments.of("forward reference", "karmem x;\nstruct A table { B C; }\nstruct C inline { D int8; }",
                        "2:20", "type C is declared further down; Karmem has no forward references"),
                Arguments.of("self reference", "karmem x;\nstruct A table { Next A; }", "2:23",
                        "a struct cannot contain itself"),
                Arguments.of("space inside type", "karmem x;\nstruct A table { B [4] uint8; }", "2:24",
                        "no spaces are allowed inside the type"),
                Arguments.of("zero length", "karmem x;\nstruct A table { B [0]uint8; }", "2:21",
                        "must be between 1 and 4294967295"),
                Arguments.of("length too large", "karmem x;\nstruct A table { B [<4294967296]uint8; }", "2:22",
                        "must be between 1 and 4294967295"),
                Arguments.of("bad length", "karmem x;\nstruct A table { B [x]uint8; }", "2:21",
                        "expected a decimal length"),
                Arguments.of("unclosed bracket", "karmem x;\nstruct A table { B [4uint8; }", "2:21",
                        "expected a decimal length"),
                Arguments.of("slice of slices", "karmem x;\nstruct A table { B [][]uint8; }", "2:22",
                        "expected the type of A.B"),
                Arguments.of("slice of tables", "karmem x;\nstruct T table { A int8; }\nstruct B table { C []T; }",
                        "3:20", "tables cannot be elements of slices"),
                Arguments.of("array of tables", "karmem x;\nstruct T table { A int8; }\nstruct B inline { C [8]T; }",
                        "3:21", "tables cannot be elements of fixed arrays"),
                Arguments.of("limited slice of tables",
                        "karmem x;\nstruct T table { A int8; }\nstruct B table { C [<2]T; }", "3:20",
                        "tables cannot be elements of slices"),
                Arguments.of("slice of enums", "karmem x;\nenum E uint8 { A; B; }\nstruct S inline { F []E; }",
                        "3:21", "enums cannot be elements of slices"),
                Arguments.of("array of enums", "karmem x;\nenum E uint8 { A; B; }\nstruct S inline { F [8]E; }",
                        "3:21", "enums cannot be elements of fixed arrays"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void reportsPositionedError(String name, String text, String position, String message) {
        KarmemSchemaException e = assertThrows(KarmemSchemaException.class, () -> KarmemSchema.parse(text, "t.km"));
        String expectedPrefix = "t.km:" + position + ": ";
        assertTrue(e.getMessage().startsWith(expectedPrefix),
                () -> "expected position " + position + " in: " + e.getMessage());
        assertTrue(e.getMessage().contains(message), () -> "expected '" + message + "' in: " + e.getMessage());
        assertEquals(e.getMessage(), e.position().orElseThrow() + ": " + e.detail());
    }
}
