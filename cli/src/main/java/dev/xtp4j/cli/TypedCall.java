package dev.xtp4j.cli;

import dev.xtp4j.codec.ContentType;
import dev.xtp4j.schema.ParseResult;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.XtpSchemas;
import dev.xtp4j.schema.karmem.KarmemDerivation;
import dev.xtp4j.schema.karmem.XtpKarmem;
import dev.xtp4j.schema.model.Parameter;
import dev.xtp4j.schema.model.XtpFunction;
import dev.xtp4j.schema.value.JsonCoercion;
import dev.xtp4j.schema.value.ValueCodec;
import dev.xtp4j.schema.value.ValueCodecs;
import dev.xtp4j.schema.value.XtpJson;
import dev.xtp4j.schema.value.XtpValue;
import dev.xtp4j.schema.value.XtpWave;
import dev.xtp4j.schema.wave.WaveParseException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The typed side of {@code xtp call --schema}: reads the schema, turns a WAVE or JSON value into the bytes of the
 * function's input content type, and the output bytes back into a value printed as WAVE or JSON.
 */
final class TypedCall {
    /** A problem the user must fix; the message is printed after {@code xtp: }. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    private final XtpSchema schema;
    private final XtpFunction function;
    private KarmemDerivation karmem;

    private TypedCall(XtpSchema schema, XtpFunction function) {
        this.schema = schema;
        this.function = function;
    }

    static TypedCall load(Path schemaFile, String functionName) throws Failure {
        ParseResult result = XtpSchemas.read(schemaFile);
        if (result.hasErrors()) {
            throw new Failure("the schema has errors:\n" + result.format());
        }
        XtpSchema schema = result.orThrow();
        XtpFunction f = schema.exportNamed(functionName).orElseThrow(() -> new Failure("the schema has no export \""
                + functionName + "\" (exports: " + schema.exports().stream().map(XtpFunction::name).toList() + ")"));
        return new TypedCall(schema, f);
    }

    boolean hasOutput() {
        return function.output().isPresent();
    }

    /** Parses a WAVE or JSON value of the input type and encodes it with the input's codec. */
    byte[] encodeInput(String wave, String json) throws Failure {
        Parameter p = function.input().orElseThrow(() -> new Failure("export " + function.name()
                + " takes no input in the schema"));
        XtpValue value;
        try {
            if (wave != null) {
                value = XtpWave.parse(wave, p.type(), p.nullable());
            } else {
                value = XtpJson.read(json.getBytes(StandardCharsets.UTF_8), p.type(), p.nullable(),
                        JsonCoercion.defaults());
            }
        } catch (WaveParseException e) {
            throw new Failure("--wave: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new Failure((wave != null ? "--wave: " : "--json: ") + e.getMessage());
        }
        try {
            return codec(p, false).encode(value);
        } catch (RuntimeException e) {
            throw new Failure(e.getMessage());
        }
    }

    /** Decodes output bytes with the output's codec and prints them. */
    String printOutput(byte[] output, boolean asJson) throws Failure {
        Parameter p = function.output().orElseThrow();
        try {
            XtpValue value = codec(p, true).decode(output);
            return asJson ? XtpJson.toJson(value).toString() : XtpWave.print(value, p.nullable());
        } catch (RuntimeException e) {
            throw new Failure("output: " + e.getMessage());
        }
    }

    private ValueCodec codec(Parameter p, boolean output) throws Failure {
        String which = (output ? "output" : "input") + " of " + function.name();
        ContentType ct = p.contentType().orElseThrow(() -> new Failure("the schema declares no contentType for the "
                + which));
        try {
            if (ct == ContentType.KARMEM) {
                if (karmem == null) {
                    karmem = XtpKarmem.derive(schema);
                }
                return (output ? karmem.outputCodec(function) : karmem.inputCodec(function)).orElseThrow();
            }
            return ValueCodecs.of(ct, p.type(), p.nullable(), JsonCoercion.defaults());
        } catch (RuntimeException e) {
            throw new Failure("cannot encode the " + which + " as " + ct.canonical() + ": " + e.getMessage());
        }
    }
}
