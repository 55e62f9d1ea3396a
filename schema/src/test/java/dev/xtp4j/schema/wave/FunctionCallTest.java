package dev.xtp4j.schema.wave;

import static dev.xtp4j.schema.wave.WaveFunction.param;
import static dev.xtp4j.schema.wave.WaveType.STRING;
import static dev.xtp4j.schema.wave.WaveType.U8;
import static dev.xtp4j.schema.wave.WaveType.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Function-call syntax: names, arguments, omitted trailing options, errors. */
class FunctionCallTest {

    private static final WaveType.RecordType INPUT = WaveType.record()
            .field("name", STRING).field("count", option(U8)).build();
    private static final WaveFunction GREET = WaveFunction.of("greet", param("input", INPUT));
    private static final WaveFunction MANY = WaveFunction.of("many",
            param("a", U8), param("b", option(U8)), param("c", option(STRING)));

    private static WaveParseException reject(WaveErrorKind kind, String text, WaveFunction f) {
        WaveParseException e = assertThrows(WaveParseException.class, () -> Wave.parseCall(text, f), text);
        assertEquals(kind, e.kind(), () -> text + " -> " + e.getMessage());
        return e;
    }

    @Test
    void oneArgumentFormForXtpFunctions() throws WaveParseException {
        WaveCall call = Wave.parseCall("greet({name: \"Ada\"})", GREET);
        assertEquals("greet(input: {name: \"Ada\"})", Wave.printCall(call));
        assertEquals("{name: \"Ada\"}", Wave.print(call.argument("input")));
        assertEquals(GREET, call.function());
        assertEquals("greet", call.name());
        assertEquals("greet(input: {name: \"x\", count: some(2)})",
                Wave.parseCall("  // call\n greet ( { count: 2, name: \"x\" }, ) // done", GREET).toString());
    }

    @Test
    void trailingOptionArgumentsMayBeLeftOut() throws WaveParseException {
        assertEquals("many(a: 1, b: none, c: none)", Wave.parseCall("many(1)", MANY).toString());
        assertEquals("many(a: 1, b: some(2), c: none)", Wave.parseCall("many(1, 2)", MANY).toString());
        assertEquals("many(a: 1, b: none, c: some(\"x\"))",
                Wave.parseCall("many(1, none, \"x\")", MANY).toString());
        WaveFunction allOptional = WaveFunction.of("opt", param("a", option(U8)));
        assertEquals("opt(a: none)", Wave.parseCall("opt(none)", allOptional).toString());
        assertTrue(reject(WaveErrorKind.INVALID_ARGUMENTS, "opt()", allOptional).detail()
                .startsWith("no arguments given"));
    }

    @Test
    void argumentCountErrors() {
        WaveParseException tooMany = reject(WaveErrorKind.INVALID_ARGUMENTS, "many(1, 2, \"c\", 4)", MANY);
        assertEquals(16, tooMany.startOffset());
        WaveFunction two = WaveFunction.of("two", param("a", U8), param("b", U8));
        WaveParseException missing = reject(WaveErrorKind.INVALID_ARGUMENTS, "two(1)", two);
        assertEquals("missing argument \"b\" of type u8", missing.detail());
        assertEquals(5, missing.startOffset());
        reject(WaveErrorKind.INVALID_ARGUMENTS, "two()", two);
        reject(WaveErrorKind.INVALID_ARGUMENTS, "nullary(1)", WaveFunction.of("nullary"));
        reject(WaveErrorKind.TYPE_MISMATCH, "two(1, \"b\")", two);
    }

    @Test
    void namesAreResolvedAsWritten() throws WaveParseException {
        List<String> names = List.of("f", "iface.f", "ns:pkg/iface.f", "ns:pkg/iface.f@1.2.3",
                "ns:pkg/iface.f@1.2.3-rc.1", "ns:pkg/iface.f@1.2.3+build.5", "my-ns:my-pkg/my-iface.my-f@10.0.0");
        for (String name : names) {
            WaveCall call = Wave.parseCall(name + "(1)",
                    written -> Optional.of(WaveFunction.of("f", param("x", U8))));
            assertEquals(name, call.name());
            assertEquals(name + "(x: 1)", call.toString());
        }
        reject(WaveErrorKind.UNKNOWN_FUNCTION, "other({name: \"a\"})", GREET);
        assertEquals("\"ns:p/i.greet\"",
                reject(WaveErrorKind.UNKNOWN_FUNCTION, "ns:p/i.greet({name: \"a\"})", GREET).detail());
    }

    @Test
    void malformedCalls() {
        for (String text : List.of("", "(1)", "1f(1)", "f@1(1)", "f@1.2(1)", "ns:pkg(1)", "ns:pkg/f(1)",
                "ns:/i.f(1)", "f.(1)", "%f(1)")) {
            WaveParseException e = assertThrows(WaveParseException.class,
                    () -> Wave.parseCall(text, name -> Optional.of(WaveFunction.of("f", param("x", U8)))), text);
            assertTrue(e.kind() == WaveErrorKind.INVALID_TOKEN || e.kind() == WaveErrorKind.UNEXPECTED_TOKEN,
                    text + " -> " + e.getMessage());
        }
        reject(WaveErrorKind.UNEXPECTED_TOKEN, "greet {name: \"a\"}", GREET);
        reject(WaveErrorKind.UNEXPECTED_END, "greet(", GREET);
        reject(WaveErrorKind.TRAILING_CHARACTERS, "greet({name: \"a\"}) extra", GREET);
        reject(WaveErrorKind.TRAILING_CHARACTERS, "greet({name: \"a\"});", GREET);
    }

    @Test
    void signaturesAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> WaveFunction.of("countVowels"));
        assertThrows(IllegalArgumentException.class, () -> WaveFunction.of("f", param("a", U8), param("a", U8)));
        assertThrows(IllegalArgumentException.class, () -> param("bad_name", U8));
        assertThrows(IllegalArgumentException.class,
                () -> new WaveCall("f", WaveFunction.of("f", param("a", U8)), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new WaveCall("f", WaveFunction.of("f", param("a", U8)), List.of(WaveValue.s8(1))));
    }
}
