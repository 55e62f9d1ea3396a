package dev.xtp4j.codegen.javaguest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xtp4j.codec.Codec;
import dev.xtp4j.codec.Codecs;
import dev.xtp4j.codegen.GeneratedFile;
import dev.xtp4j.codegen.GeneratorOptions;
import dev.xtp4j.codegen.java.InMemoryCompiler;
import dev.xtp4j.codegen.java.JavaHostGenerator;
import dev.xtp4j.pdk.msgpack.MsgPackException;
import dev.xtp4j.schema.XtpSchemas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The MessagePack code generated for the kitchen-sink schema (every function switched to MessagePack), run on the JVM
 * against the host's codec: for a value of every object and enum type, the guest writes the bytes the host's
 * {@code Codecs.msgpack} writes for the same value (generated java-host records), and reads the host's bytes back to
 * the same value.
 */
class GuestMsgPackTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    @TempDir
    static Path dir;
    static GuestBindings g;
    static ClassLoader host;

    @BeforeAll
    static void compile() throws Exception {
        g = GuestBindings.kitchenSinkMsgPack(dir.resolve("guest"));
        List<GeneratedFile> files = new JavaHostGenerator().generate(XtpSchemas.read(Repo.root().resolve(
                "sample-plugins/kitchen-sink.yaml")).schema().orElseThrow(), GeneratorOptions.builder()
                .packageName("generated.host").projectName("kitchen-sink").schemaName("kitchen-sink.yaml").build());
        host = InMemoryCompiler.compile(files, Files.createDirectories(dir.resolve("host")));
    }

    static Stream<Arguments> values() throws Exception {
        JsonNode everything = MAPPER.readTree(GuestJsonTest.resource("everything.json"));
        return Stream.of(
                Arguments.of("Everything", everything.toString()),
                Arguments.of("Scalars", everything.get("scalars").toString()),
                Arguments.of("Collections", everything.get("collections").toString()),
                Arguments.of("Optionals", everything.get("optionals").toString()),
                Arguments.of("Optionals", "{\"requiredNullable\": null, \"nullablePoint\": null}"),
                Arguments.of("Optionals", "{\"requiredNullable\": \"x\", \"optionalNullable\": null, "
                        + "\"nullablePoint\": {\"x\": 1, \"y\": 2}}"),
                Arguments.of("Color", everything.get("color").toString()),
                Arguments.of("Priority", everything.get("priority").toString()),
                Arguments.of("Point", "{\"x\": -2147483648, \"y\": 2147483647, \"label\": \"p\"}"),
                Arguments.of("Point", "{\"x\": 0, \"y\": -1}"),
                Arguments.of("Reading", "{\"sensor\": \"t1\", \"value\": -0.25, \"count\": 70000, \"ok\": true}"),
                Arguments.of("Summary", "{\"intSum\": 9223372036854775807, \"stringLengths\": 4294967296, "
                        + "\"pointCount\": 1, \"labelledPoints\": 200, \"colorNames\": [\"red\", \"\"], "
                        + "\"nullItems\": 65536, \"gridCells\": -33, \"latest\": null, \"blobBytes\": -129, "
                        + "\"scoreTotal\": -2147483649, \"keys\": [], \"nullNotes\": 0, \"trueFlags\": -32, "
                        + "\"counterTotal\": -9223372036854775808}"),
                Arguments.of("ByteReport", "{\"length\": 3, \"copy\": \"AQID\", \"first\": null, \"last\": 255}"),
                Arguments.of("ByteReport", "{\"length\": 0, \"copy\": \"\", \"first\": 0}"),
                Arguments.of("HostRequest", "{\"point\": {\"x\": 1, \"y\": 2}, \"message\": \"h\u00e9llo\"}"),
                Arguments.of("HostReport", "{\"scaled\": {\"x\": 1, \"y\": 2}, \"time\": "
                        + "\"2024-05-01T12:00:00.5Z\", \"logged\": true, \"ticked\": false}"));
    }

    private <T> Codec<T> hostCodec(Class<T> type, boolean json) {
        return json ? Codecs.json(type) : Codecs.msgpack(type);
    }

    private Class<?> hostType(String name) throws ClassNotFoundException {
        return Class.forName("generated.host." + name, true, host);
    }

    @SuppressWarnings("unchecked")
    private byte[] hostBytes(String type, String json) throws Exception {
        Class<Object> c = (Class<Object>) hostType(type);
        Object value = hostCodec(c, true).decode(json.getBytes(StandardCharsets.UTF_8));
        return hostCodec(c, false).encode(value);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("values")
    void theGuestWritesTheBytesOfTheHostAndReadsThemBack(String type, String json) throws Exception {
        byte[] expected = hostBytes(type, json);
        Object guestValue = g.read(type, json);
        byte[] written = g.writeMsgPack(type, guestValue);
        assertEquals(HEX.formatHex(expected), HEX.formatHex(written));
        Object back = g.readMsgPack(type, expected);
        assertEquals(HEX.formatHex(expected), HEX.formatHex(g.writeMsgPack(type, back)),
                "the host's bytes read back to the same value");
    }

    @Test
    void theExampleOfTheDocs() throws Exception {
        byte[] scalars = g.writeMsgPack("Scalars", g.read("Scalars", MAPPER.readTree(GuestJsonTest.resource(
                "everything.json")).get("scalars").toString()));
        assertTrue(HEX.formatHex(scalars).startsWith("de0011a761537472696e67"), "17 entries, \"aString\" first");
        assertEquals("82a178fea179cd0100", HEX.formatHex(g.writeMsgPack("Point", g.read("Point",
                "{\"x\": -2, \"y\": 256}"))));
    }

    @Test
    void malformedInputNamesThePlace() {
        assertEquals("missing the required member \"y\" of Point at byte 0 (document root)", assertThrows(
                MsgPackException.class, () -> g.readMsgPack("Point", HEX.parseHex("81a17801"))).getMessage());
        assertEquals("300 is out of range for uint8 (0..255) at byte 28 (/last)",
                assertThrows(MsgPackException.class, () -> g.readMsgPack("ByteReport", HEX.parseHex(
                        "84a66c656e67746803a4636f7079c400a56669727374c0a46c617374cd012c"))).getMessage());
        assertEquals("expected an integer but found a string at byte 3 (/x)", assertThrows(MsgPackException.class,
                () -> g.readMsgPack("Point", HEX.parseHex("82a178a0a17901"))).getMessage());
        assertTrue(assertThrows(MsgPackException.class, () -> g.readMsgPack("Color", HEX.parseHex(
                "a6707572706c65"))).getMessage().endsWith("at byte 0 (document root)"));
    }
}
