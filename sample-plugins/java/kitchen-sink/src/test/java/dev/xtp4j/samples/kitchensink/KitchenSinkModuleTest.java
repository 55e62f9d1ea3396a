package dev.xtp4j.samples.kitchensink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.xtp4j.sdk.CompiledPlugin;
import dev.xtp4j.sdk.Engine;
import dev.xtp4j.sdk.GuestErrorException;
import dev.xtp4j.sdk.HostFunction;
import dev.xtp4j.sdk.Plugin;
import dev.xtp4j.sdk.PluginOptions;
import dev.xtp4j.sdk.ValType;
import dev.xtp4j.sdk.Plugins;
import dev.xtp4j.sdk.inspect.ModuleSummary;
import dev.xtp4j.sdk.manifest.Manifest;
import dev.xtp4j.sdk.manifest.WasmSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module this build just produced with TeaVM ({@code target/wasm/kitchen-sink.wasm}), on the xtp4j runtime, with
 * raw bytes: its imports and exports, the committed copy, the generated decoders' messages for malformed input and
 * host results, and a seeded mutation fuzz (every call succeeds or fails with a message; none traps). The typed
 * end-to-end tests, through the generated Java host stubs, are in {@code examples/kitchen-sink-host}.
 */
class KitchenSinkModuleTest {
    private static final Path BUILT = Path.of("target", "wasm", "kitchen-sink.wasm");
    private static final Path COMMITTED = Path.of("kitchen-sink.wasm");
    private static final List<String> EXPORTS = List.of("echoEverything", "transformScalars", "summarize",
            "makeCollections", "describeOptionals", "sumInts", "nextColor", "doubleOrNull", "greet", "priorityLabel",
            "addHour", "reverseBytes", "inspectBytes", "remember", "recall", "reset", "callHost", "fail",
            "echoScalarsMsgpack", "echoReadingKarmem");
    private static final String SCALARS = "{\"aString\": \"s\", \"aDateTime\": \"2024-01-01T00:00:00Z\", "
            + "\"aByteString\": \"\", \"aBuffer\": \"\", \"aBoolean\": false, \"anInt8\": 0, \"aUint8\": 0, "
            + "\"anInt16\": 0, \"aUint16\": 0, \"anInt32\": 0, \"aUint32\": 0, \"anInt64\": 0, \"aUint64\": 0, "
            + "\"anInteger\": 0, \"aFloat\": 0, \"aDouble\": 0, \"aNumber\": 0}";

    private static byte[] wasm;
    /** What the host's scalePoint returns instead of a point, when set. */
    private static final AtomicReference<String> SCALE_POINT_RESULT = new AtomicReference<>();
    /**
     * Scalars whose numbers have fractions: parsing them fills the PDK's tables of powers of ten, and formatting the
     * doubled values fills TeaVM's tables for float and double formatting.
     */
    private static final String FRACTIONAL_SCALARS = "{\"aString\": \"h\\u00e9llo \\\"q\\\" \\\\ / \\n\\t\\u0001 "
            + "\\ud83d\\ude00\", \"aDateTime\": \"2024-07-23T16:03:34.123456+02:00\", \"aByteString\": \"aGVsbG8=\", "
            + "\"aBuffer\": \"AAECA/7/gA==\", \"aBoolean\": true, \"anInt8\": -128, \"aUint8\": 255, "
            + "\"anInt16\": -32768, \"aUint16\": 65535, \"anInt32\": -2147483648, \"aUint32\": 4294967295, \"anInt64\": "
            + "-9223372036854775808, \"aUint64\": 18446744073709551615, \"anInteger\": 9223372036854775807, "
            + "\"aFloat\": 1.5, \"aDouble\": 2.5, \"aNumber\": 0.1}";

    private static CompiledPlugin compiled;
    private static Plugin plugin;

    @BeforeAll
    static void load() throws IOException {
        wasm = Files.readAllBytes(BUILT);
        List<HostFunction> host = List.of(
                HostFunction.ofString("scalePoint", (p, in) -> SCALE_POINT_RESULT.get() != null
                        ? SCALE_POINT_RESULT.get() : in),
                HostFunction.of("currentTime", List.of(), List.of(ValType.I64),
                        (p, args) -> new long[] {p.writeString("\"2024-07-23T16:03:34.123+02:00\"")}),
                HostFunction.of("logLine", List.of(ValType.I64), List.of(), (p, args) -> null),
                HostFunction.of("tick", List.of(), List.of(), (p, args) -> null));
        compiled = Plugins.compile(Manifest.of(WasmSource.data(wasm)),
                PluginOptions.builder().engine(Engine.COMPILER).hostFunctions(host).build());
        plugin = compiled.instantiate();
    }

    @AfterAll
    static void close() {
        plugin.close();
    }

    private static String call(String function, String input) {
        return new String(plugin.call(function, input.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    private static String error(String function, byte[] input) {
        GuestErrorException e = assertThrows(GuestErrorException.class, () -> plugin.call(function, input));
        assertEquals(-1, e.returnCode(), e.guestMessage());
        return e.guestMessage();
    }

    private static String error(String function, String input) {
        return error(function, input.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theCommittedModuleMatchesThisBuild() throws IOException {
        assertArrayEquals(wasm, Files.readAllBytes(COMMITTED), "sample-plugins/java/kitchen-sink/kitchen-sink.wasm "
                + "is stale: run sample-plugins/java/kitchen-sink/update-wasm.sh (it copies target/wasm/kitchen-sink"
                + ".wasm)");
    }

    @Test
    void theModuleImportsOnlyTheKernelAndTheFourHostFunctions() {
        ModuleSummary summary = ModuleSummary.of(wasm);
        List<String> user = new ArrayList<>();
        for (ModuleSummary.ImportEntry i : summary.imports()) {
            if (i.module().equals("extism:host/user")) {
                user.add(i.name() + " " + i.type());
            } else {
                assertEquals("extism:host/env", i.module(), i.toString());
            }
        }
        assertEquals(List.of("scalePoint (i64) -> i64", "currentTime () -> i64", "logLine (i64) -> ()",
                "tick () -> ()"), user.stream().sorted((a, b) -> order(a) - order(b)).toList());
        List<String> exports = summary.exports().stream().map(ModuleSummary.ExportEntry::name)
                .collect(Collectors.toList());
        assertTrue(exports.containsAll(EXPORTS), exports.toString());
    }

    private static int order(String userImport) {
        return List.of("scalePoint", "currentTime", "logLine", "tick").indexOf(userImport.split(" ")[0]);
    }

    @Test
    void callsWithRawBytes() {
        assertEquals("Hello, J\u00fcrgen!", call("greet", "J\u00fcrgen"));
        assertEquals("6", call("sumInts", "[1, 2, 3]"));
        assertEquals("null", call("doubleOrNull", " null "));
        assertEquals("\"green\"", call("nextColor", "\"red\""));
        assertEquals("HIGH", call("priorityLabel", "high"));
        assertEquals("2025-01-01T00:30:00.000+01:00", call("addHour", "2024-12-31T23:30:00+01:00"));
        assertEquals("{\"scaled\":{\"x\":1,\"y\":2},\"time\":\"2024-07-23T16:03:34.123+02:00\",\"logged\":true,"
                + "\"ticked\":true}", call("callHost", "{\"point\": {\"x\": 1, \"y\": 2}, \"message\": \"m\"}"));
    }

    @Test
    void malformedInputNamesThePlace() {
        assertEquals("invalid input for sumInts: expected a number but found a string at byte 4 (/1)",
                error("sumInts", "[1, \"2\"]"));
        assertEquals("invalid input for sumInts: expected an integer (int64), found a number with a fraction or "
                + "exponent at byte 1 (/0)", error("sumInts", "[1.5]"));
        assertEquals("invalid input for sumInts: empty document: expected a value at byte 0 (document root)",
                error("sumInts", ""));
        String scalars = SCALARS.replace("\"anInt8\": 0", "\"anInt8\": 128");
        assertEquals("invalid input for transformScalars: 128 is out of range for int8 (-128..127) at byte "
                + (scalars.indexOf("128")) + " (/anInt8)", error("transformScalars", scalars));
        assertEquals("invalid input for describeOptionals: missing the required member \"nullablePoint\" of "
                + "Optionals at byte 0 (document root)", error("describeOptionals", "{\"requiredNullable\": null}"));
        assertEquals("invalid input for nextColor: unknown Color value \"purple\" (expected one of red, green, blue, "
                + "darkRed) at byte 0 (document root)", error("nextColor", "\"purple\""));
        assertEquals("invalid input for priorityLabel: unknown Priority value \"urgent\" (expected one of low, "
                + "medium, high)", error("priorityLabel", "urgent"));
        assertEquals("invalid input for addHour: invalid date-time \"2024-02-30T00:00:00Z\": the date does not "
                + "exist", error("addHour", "2024-02-30T00:00:00Z"));
        assertEquals("invalid input for greet: the text is not valid UTF-8 (byte 2)",
                error("greet", new byte[] {'h', 'i', (byte) 0xC0, (byte) 0x80}));
        assertEquals("makeCollections: the size must be between 0 and 1000, not 1001",
                error("makeCollections", "1001"));
        assertEquals("invalid input for echoScalarsMsgpack: missing the required member \"aString\" of Scalars at "
                + "byte 0 (document root)", error("echoScalarsMsgpack", new byte[] {(byte) 0x80}));
        assertEquals("invalid input for echoScalarsMsgpack: expected a map but found a string at byte 0 (document "
                + "root)", error("echoScalarsMsgpack", new byte[] {(byte) 0xa0}));
        assertEquals("invalid input for echoScalarsMsgpack: the str claims 5 bytes but only 1 remain at byte 1 "
                + "(document root)", error("echoScalarsMsgpack", new byte[] {(byte) 0x81, (byte) 0xa5, 'a'}));
    }

    @Test
    void anInvalidHostResultFailsTheCallWithItsPlace() {
        try {
            SCALE_POINT_RESULT.set("{\"x\": 1}");
            assertEquals("invalid result from host function scalePoint: missing the required member \"y\" of Point "
                    + "at byte 0 (document root)", error("callHost", "{\"point\": {\"x\": 1, \"y\": 2}, "
                            + "\"message\": \"m\"}"));
            SCALE_POINT_RESULT.set("");
            assertEquals("invalid result from host function scalePoint: empty document: expected a value at byte 0 "
                    + "(document root)", error("callHost", "{\"point\": {\"x\": 1, \"y\": 2}, \"message\": \"m\"}"));
        } finally {
            SCALE_POINT_RESULT.set(null);
        }
        assertEquals("Hello, again!", call("greet", "again"), "the instance survives");
    }

    @Test
    void aPluginExceptionCarriesItsReturnCode() {
        GuestErrorException e = assertThrows(GuestErrorException.class, () -> call("fail", "code 7"));
        assertEquals("code 7", e.guestMessage());
        assertEquals(7, e.returnCode());
        assertEquals("boom", error("fail", "boom"));
    }

    /**
     * A static table filled by one call survives the garbage collections of a later one. TeaVM 0.13.1's collector
     * never visited the last static field of the program (here TeaVM's {@code DoubleAnalyzer}'s table of powers of
     * ten, used to format doubles), so makeCollections(1000), which allocates enough to make it collect, freed the
     * table that transformScalars had filled, and every later transformScalars failed with
     * {@code java.lang.ArrayIndexOutOfBoundsException}. The PDK's TeaVM plugin corrects the collector.
     */
    @Test
    void staticTablesFilledBeforeACollectionStillWorkAfterIt() {
        try (Plugin fresh = compiled.instantiate()) {
            String expected = transformScalars(fresh);
            assertTrue(expected.contains("\"aFloat\":3,\"aDouble\":5,\"aNumber\":0.2}"), expected);
            assertTrue(makeCollections(fresh).startsWith("{\"ints\":[0,1,2,"));
            assertEquals(expected, transformScalars(fresh));
            assertEquals(expected, transformScalars(fresh));
        }
    }

    /** The same with several large collections in a row, and transformScalars between them. */
    @Test
    void staticTablesSurviveSeveralLargeCollections() {
        try (Plugin fresh = compiled.instantiate()) {
            String expected = transformScalars(fresh);
            String collections = makeCollections(fresh);
            for (int round = 0; round < 3; round++) {
                assertEquals(collections, makeCollections(fresh), "round " + round);
                assertEquals(collections, makeCollections(fresh), "round " + round);
                assertEquals(expected, transformScalars(fresh), "round " + round);
            }
        }
    }

    private static String transformScalars(Plugin instance) {
        return instance.call("transformScalars", FRACTIONAL_SCALARS);
    }

    private static String makeCollections(Plugin instance) {
        return instance.call("makeCollections", "1000");
    }

    /** Broken variants of valid documents: each call returns or fails with a message, and never traps. */
    @Test
    void mutatedDocumentsFailCleanly() {
        String[][] seeds = {
            {"transformScalars", SCALARS},
            {"summarize", "{\"ints\": [1], \"strings\": [\"a\"], \"points\": [{\"x\": 1, \"y\": 2, \"label\": \"l\"}],"
                    + " \"colors\": [\"red\"], \"maybeInts\": [null, 1], \"grid\": [[1, 2]], \"times\": "
                    + "[\"2024-01-01T00:00:00.5+01:00\"], \"blobs\": [\"AAE=\"], \"scores\": {\"a\": 1}, "
                    + "\"pointsByName\": {\"p\": {\"x\": 0, \"y\": 0}}, \"notes\": {\"n\": null}, \"palettes\": "
                    + "{\"w\": [\"blue\"]}, \"nested\": {\"m\": {\"even\": true}}, \"counters\": {\"c\": 3}}"},
            {"describeOptionals", "{\"requiredNullable\": \"r\", \"optionalNullable\": null, \"nullablePoint\": "
                    + "{\"x\": 3, \"y\": 4}, \"optionalTime\": \"2024-01-01T00:00:00Z\", \"optionalInts\": [1]}"},
        };
        Random random = new Random(20240723);
        int failures = 0;
        for (int n = 0; n < 300; n++) {
            String[] seed = seeds[n % seeds.length];
            byte[] doc = mutate(seed[1].getBytes(StandardCharsets.UTF_8), random);
            try {
                plugin.call(seed[0], doc);
            } catch (GuestErrorException e) {
                failures++;
                assertFalse(e.guestMessage().isBlank());
                assertTrue(e.guestMessage().startsWith("invalid input for " + seed[0] + ": ")
                        || e.guestMessage().startsWith("cannot encode the output of " + seed[0] + ": "),
                        e.guestMessage());
            } catch (RuntimeException e) {
                fail("mutation " + n + " of " + seed[0] + " (" + new String(doc, StandardCharsets.UTF_8) + "): " + e);
            }
        }
        assertTrue(failures > 150, failures + " of 300 mutations failed");
    }

    private static byte[] mutate(byte[] doc, Random random) {
        byte[] out = doc.clone();
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(4)) {
                case 0 -> {
                    String special = "{}[]\",:0-.eEtn \\x";
                    out[at] = (byte) special.charAt(random.nextInt(special.length()));
                }
                case 1 -> out[at] = (byte) random.nextInt(256);
                case 2 -> {
                    byte[] shorter = new byte[out.length - 1];
                    System.arraycopy(out, 0, shorter, 0, at);
                    System.arraycopy(out, at + 1, shorter, at, out.length - at - 1);
                    out = shorter;
                }
                default -> {
                    byte[] longer = new byte[out.length + 1];
                    System.arraycopy(out, 0, longer, 0, at);
                    longer[at] = out[at];
                    System.arraycopy(out, at, longer, at + 1, out.length - at);
                    out = longer;
                }
            }
            if (out.length == 0) {
                return out;
            }
        }
        return out;
    }
}
