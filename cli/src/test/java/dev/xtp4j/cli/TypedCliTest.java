package dev.xtp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code xtp validate}, {@code xtp call --schema} with typed input and output, and {@code xtp karmem}, run in-process.
 * Typed calls go through the kernel test guest's {@code echo}, which returns its input: what the command encodes with
 * the input content type comes back and is decoded with the output content type.
 */
class TypedCliTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final String KERNEL = ROOT.resolve("test-guests/wasm/kernel.wasm").toString();

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Xtp.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** A schema whose export {@code echo} takes and returns a User in the given content type. */
    private static Path schema(Path dir, String contentType) throws IOException {
        return Files.writeString(dir.resolve("user.yaml"), String.join("\n",
                "version: v1-draft",
                "exports:",
                "  echo:",
                "    input:",
                "      $ref: '#/components/schemas/User'",
                "      contentType: " + contentType,
                "    output:",
                "      $ref: '#/components/schemas/User'",
                "      contentType: " + contentType,
                "components:",
                "  schemas:",
                "    Role:",
                "      enum: [admin, guest_user]",
                "    User:",
                "      properties:",
                "        userName: {type: string}",
                "        age: {type: integer, format: uint8}",
                "        role: {$ref: '#/components/schemas/Role'}",
                "        email: {type: string, nullable: true}",
                "        tags: {type: array, items: {type: string}}",
                "        born: {type: string, format: date-time}",
                "        avatar: {type: buffer}",
                "      required: [userName, age, role]",
                ""));
    }

    private static final String ADA = "{user-name: \"Ada\", age: 36, role: guest-user, email: some(none), "
            + "tags: some([\"x\"]), born: some(\"1815-12-10T00:00:00Z\"), avatar: some([1, 2])}";

    @Test
    void typedCallsRoundTripThroughEveryStructuredContentType(@TempDir Path dir) throws IOException {
        for (String ct : new String[] {"application/json", "application/x-msgpack", "application/x-karmem"}) {
            Path schema = schema(dir, ct);
            Result r = run("call", KERNEL, "echo", "--schema", schema.toString(), "--wave", ADA, "--interpreter");
            assertEquals(0, r.code(), ct + ": " + r.err());
            assertEquals(ADA + "\n", r.out(), ct);
            Result json = run("call", KERNEL, "echo", "--schema", schema.toString(), "--json",
                    "{\"userName\": \"Ada\", \"age\": 36.0, \"role\": \"admin\"}", "--output", "json",
                    "--interpreter");
            assertEquals(0, json.code(), ct + ": " + json.err());
            assertEquals("{\"userName\":\"Ada\",\"age\":36,\"role\":\"admin\"}\n", json.out(), ct);
        }
    }

    @Test
    void theWireBytesAreTheContentType(@TempDir Path dir) throws IOException {
        Path schema = schema(dir, "application/json");
        // the raw output of the same call, without --schema decoding: the input bytes the command encoded
        Path raw = Files.writeString(dir.resolve("raw.yaml"), Files.readString(schema).replace("  echo:\n",
                "  echo:\n").replace("    output:\n      $ref: '#/components/schemas/User'\n"
                + "      contentType: application/json\n", ""));
        Result r = run("call", KERNEL, "echo", "--schema", raw.toString(), "--wave",
                "{user-name: \"A\", age: 1, role: admin}", "--interpreter");
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"userName\":\"A\",\"age\":1,\"role\":\"admin\"}\n", r.out(),
                "without an output in the schema, the output is printed raw");
    }

    @Test
    void typedInputErrorsArePositioned(@TempDir Path dir) throws IOException {
        Path schema = schema(dir, "application/json");
        Result wave = run("call", KERNEL, "echo", "--schema", schema.toString(), "--wave", "{user-name: 5}");
        assertEquals(1, wave.code());
        assertTrue(wave.err().startsWith("xtp: --wave: invalid value type: expected string, found number 5 at 1:"),
                wave.err());
        Result json = run("call", KERNEL, "echo", "--schema", schema.toString(), "--json",
                "{\"userName\": \"A\", \"age\": 300, \"role\": \"admin\"}");
        assertEquals(1, json.code());
        assertEquals("xtp: --json: cannot decode application/json at /age: 300 is out of range for uint8 [0, 255]\n",
                json.err());
        Result noSchema = run("call", KERNEL, "echo", "--wave", "1");
        assertEquals(2, noSchema.code(), "usage error");
        assertTrue(noSchema.err().contains("--wave and --json need --schema"), noSchema.err());
        Result both = run("call", KERNEL, "echo", "--schema", schema.toString(), "--wave", "1", "--json", "1");
        assertEquals(2, both.code(), "typed and raw inputs are exclusive");
        Result missing = run("call", KERNEL, "nope", "--schema", schema.toString(), "--wave", "1");
        assertEquals("xtp: the schema has no export \"nope\" (exports: [echo])\n", missing.err());
        Result badOutput = run("call", KERNEL, "echo", "--schema", schema.toString(), "--output", "yaml");
        assertEquals(2, badOutput.code());
    }

    @Test
    void undecodableOutputIsReported(@TempDir Path dir) throws IOException {
        Path schema = schema(dir, "application/json");
        Result r = run("call", KERNEL, "echo", "--schema", schema.toString(), "-i", "{\"userName\": 1}",
                "--interpreter");
        assertEquals(1, r.code());
        assertEquals("xtp: output: cannot decode application/json at /userName: expected string, found number 1\n",
                r.err());
    }

    @Test
    void validatePrintsDiagnostics(@TempDir Path dir) throws IOException {
        Path good = schema(dir, "application/json");
        Result ok = run("validate", good.toString());
        assertEquals(0, ok.code(), ok.err());
        assertEquals("", ok.out());
        Result strict = run("validate", good.toString(), "--mode", "strict");
        assertEquals(1, strict.code());
        assertTrue(strict.out().contains("user.yaml:"), strict.out());
        assertTrue(strict.out().contains(": error: Format uint8 is not allowed in strict mode"), strict.out());
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "version: v1-draft\nexports:\n  f:\n    input:\n"
                + "      $ref: '#/components/schemas/Nope'\n      contentType: application/json\n");
        Result r = run("validate", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("bad.yaml:5:13: error: Invalid $ref"), r.out());
        assertEquals(2, run("validate", good.toString(), "--mode", "loose").code());
    }

    @Test
    void karmemDeriveEncodeAndDecode(@TempDir Path dir) throws IOException {
        Path schema = schema(dir, "application/x-karmem");
        Result derive = run("karmem", "derive", schema.toString());
        assertEquals(0, derive.code(), derive.err());
        assertTrue(derive.out().startsWith("karmem xtp @packed(true);\n"), derive.out());
        assertTrue(derive.out().contains("struct User table @xtp.name(`User`) {\n    UserName []char"),
                derive.out());
        Path km = Files.writeString(dir.resolve("user.km"), derive.out());

        Result enc = run("karmem", "encode", "--km", km.toString(), "--root", "User", "--json",
                "{\"UserName\": \"Ada\", \"Age\": 36, \"Role\": \"GuestUser\", \"Avatar\": [{\"Value\": [1, 2]}]}");
        assertEquals(0, enc.code(), enc.err());
        String hex = enc.out().trim();
        Result dec = run("karmem", "decode", "--km", km.toString(), "--root", "User", "--hex", hex);
        assertEquals(0, dec.code(), dec.err());
        assertTrue(dec.out().contains("\"UserName\" : \"Ada\""), dec.out());
        assertTrue(dec.out().contains("\"Role\" : 1"), dec.out());
        assertTrue(dec.out().replaceAll("\\s", "").contains("\"Avatar\":[{\"Value\":[1,2]}]"), dec.out());
        Result again = run("karmem", "encode", "--km", km.toString(), "--root", "User", "--json", dec.out());
        assertEquals(enc.out(), again.out(), "decoded JSON encodes back to the same message");

        Result truncated = run("karmem", "decode", "--km", km.toString(), "--root", "User", "--hex",
                hex.substring(0, 20));
        assertEquals(1, truncated.code());
        assertTrue(truncated.err().contains("byte offset"), truncated.err());
        Result lenient = run("karmem", "decode", "--km", km.toString(), "--root", "User", "--hex",
                hex.substring(0, 20), "--lenient");
        assertEquals(0, lenient.code(), lenient.err());
        Result unknownField = run("karmem", "encode", "--km", km.toString(), "--root", "User", "--json",
                "{\"Username\": \"x\"}");
        assertEquals(1, unknownField.code());
        assertTrue(unknownField.err().contains("Username"), unknownField.err());
        Result noRoot = run("karmem", "encode", "--km", km.toString(), "--root", "Nope", "--json", "{}");
        assertTrue(noRoot.err().contains("no struct named Nope"), noRoot.err());
        Result badKm = run("karmem", "decode", "--km", schema.toString(), "--root", "User", "--hex", "00");
        assertEquals(1, badKm.code());
        assertTrue(badKm.err().contains("user.yaml:1:1"), badKm.err());
    }

    @Test
    void karmemCompat(@TempDir Path dir) throws IOException {
        Path v1 = schema(dir, "application/x-karmem");
        Path v2 = Files.writeString(dir.resolve("v2.yaml"), Files.readString(v1).replace(
                "      enum: [admin, guest_user]", "      enum: [admin, owner, guest_user]"));
        Result r = run("karmem", "compat", v1.toString(), v2.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("breaking: enum Role (enum Role): entry GuestUser changed value from 1 to 2"),
                r.out());
        assertTrue(r.out().endsWith("1 breaking change\n"), r.out());
        Result same = run("karmem", "compat", v1.toString(), v1.toString());
        assertEquals(0, same.code());
        assertEquals("no changes\ncompatible\n", same.out());
    }
}
