package dev.xtp4j.pdk.conformance;

import dev.xtp4j.pdk.Config;
import dev.xtp4j.pdk.Exports;
import dev.xtp4j.pdk.HostFunctions;
import dev.xtp4j.pdk.Http;
import dev.xtp4j.pdk.HttpRequest;
import dev.xtp4j.pdk.HttpResponse;
import dev.xtp4j.pdk.Input;
import dev.xtp4j.pdk.Log;
import dev.xtp4j.pdk.LogLevel;
import dev.xtp4j.pdk.Memory;
import dev.xtp4j.pdk.Output;
import dev.xtp4j.pdk.PluginException;
import dev.xtp4j.pdk.Vars;
import dev.xtp4j.pdk.json.JsonReader;
import dev.xtp4j.pdk.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.interop.Export;
import org.teavm.interop.Import;

/**
 * A plugin that exercises the whole PDK, compiled with TeaVM by {@code PdkOnTeaVmTest} and run on the xtp4j runtime.
 * Each export's contract is in its Javadoc; the test asserts them.
 */
public final class ConformancePlugin {
    /** Counts calls of {@code count_calls} on one instance: static state lives as long as the wasm instance. */
    private static int calls;

    private ConformancePlugin() {
    }

    /**
     * TeaVM's entry point; unused by Extism hosts.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Host functions of the test host.

    @Import(module = HostFunctions.USER_MODULE, name = "reverse")
    private static native long reverse(long text);

    @Import(module = HostFunctions.USER_MODULE, name = "record")
    private static native void record(long text);

    @Import(module = HostFunctions.USER_MODULE, name = "produce")
    private static native long produce();

    @Import(module = HostFunctions.USER_MODULE, name = "ping")
    private static native void ping();

    @Import(module = "test:math", name = "add")
    private static native long add(long a, long b);

    // ---------------------------------------------------------------------------------------------------------------
    // Input and output.

    /**
     * Output = input, as bytes.
     *
     * @return 0
     */
    @Export(name = "echo_bytes")
    public static int echoBytes() {
        return Exports.runBytes(input -> input);
    }

    /**
     * Output = input, decoded and re-encoded as UTF-8 text.
     *
     * @return 0
     */
    @Export(name = "echo_string")
    public static int echoString() {
        return Exports.runString(input -> input);
    }

    /**
     * Output = the input length (from {@code Input.length()}) and the length of {@code Input.bytes()}, as "a,b".
     *
     * @return 0
     */
    @Export(name = "input_length")
    public static int inputLength() {
        return Exports.run(() -> Output.set(Input.length() + "," + Input.bytes().length));
    }

    /**
     * Outputs the number of code points of the input that are 'a', through a code point stream: the allocations of the
     * sample plugin's count_vowels, which used to meet TeaVM's heap-growth bug.
     *
     * @return 0
     */
    @Export(name = "count_a")
    public static int countA() {
        return Exports.runString(input -> Long.toString(input.codePoints().filter(c -> c == 'a').count()));
    }

    /**
     * Sets the output twice; the second one wins.
     *
     * @return 0
     */
    @Export(name = "output_twice")
    public static int outputTwice() {
        return Exports.run(() -> {
            Output.set("first");
            Output.set("second");
        });
    }

    /**
     * Produces {@code n} bytes (n = the input, decimal), byte i being {@code i % 251}.
     *
     * @return 0
     */
    @Export(name = "generate")
    public static int generate() {
        return Exports.run(() -> {
            int n = Integer.parseInt(Input.string());
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) {
                out[i] = (byte) (i % 251);
            }
            Output.set(out);
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Errors.

    /**
     * Fails with {@code PluginException(input)}.
     *
     * @return -1
     */
    @Export(name = "fail")
    public static int fail() {
        return Exports.run(() -> {
            throw new PluginException(Input.string());
        });
    }

    /**
     * Fails with {@code PluginException("custom code", 42)}.
     *
     * @return 42
     */
    @Export(name = "fail_with_code")
    public static int failWithCode() {
        return Exports.run(() -> {
            throw new PluginException("custom code", 42);
        });
    }

    /**
     * Fails with an {@code IllegalArgumentException} carrying the input.
     *
     * @return -1
     */
    @Export(name = "fail_runtime")
    public static int failRuntime() {
        return Exports.run(() -> {
            throw new IllegalArgumentException(Input.string());
        });
    }

    /**
     * Dereferences null: TeaVM's NullPointerException becomes the error.
     *
     * @return -1
     */
    @Export(name = "fail_null")
    public static int failNull() {
        return Exports.run(() -> {
            String text = Input.length() < 0 ? "never" : null;
            Output.set(text.toUpperCase());
        });
    }

    /**
     * Indexes past the end of an array.
     *
     * @return -1
     */
    @Export(name = "fail_index")
    public static int failIndex() {
        return Exports.run(() -> {
            byte[] bytes = Input.bytes();
            Output.set(new byte[] {bytes[bytes.length]});
        });
    }

    /**
     * Sets an error with {@code Exports.setError} and returns 0: the call still fails.
     *
     * @return 0
     */
    @Export(name = "set_error_return_zero")
    public static int setErrorReturnZero() {
        Exports.setError("set, then returned 0");
        return 0;
    }

    /**
     * Throws a checked exception from the body.
     *
     * @return -1
     */
    @Export(name = "fail_checked")
    public static int failChecked() {
        return Exports.run(() -> {
            throw new java.io.IOException("checked " + Input.string());
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Config and vars.

    /**
     * Output = the config value of the key given as input, or {@code <absent>}.
     *
     * @return 0
     */
    @Export(name = "config")
    public static int config() {
        return Exports.runString(key -> Config.get(key, "<absent>"));
    }

    /**
     * Input {@code key=value}: sets the var; input {@code key}: removes it. Output = the previous value or
     * {@code <unset>}.
     *
     * @return 0
     */
    @Export(name = "var_update")
    public static int varUpdate() {
        return Exports.runString(input -> {
            int eq = input.indexOf('=');
            String key = eq < 0 ? input : input.substring(0, eq);
            String previous = Vars.getString(key);
            if (eq < 0) {
                Vars.remove(key);
            } else {
                Vars.set(key, input.substring(eq + 1));
            }
            return previous == null ? "<unset>" : previous;
        });
    }

    /**
     * Stores the input bytes in var {@code blob}, then reads them back as the output.
     *
     * @return 0
     */
    @Export(name = "var_bytes")
    public static int varBytes() {
        return Exports.runBytes(input -> {
            Vars.set("blob", input);
            byte[] back = Vars.get("blob");
            return back == null ? "<unset>".getBytes(StandardCharsets.UTF_8) : back;
        });
    }

    /**
     * Output = the number of calls of this export on this instance.
     *
     * @return 0
     */
    @Export(name = "count_calls")
    public static int countCalls() {
        return Exports.run(() -> Output.set(Integer.toString(++calls)));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Logging.

    /**
     * Logs the input at every level, and outputs which levels are enabled, for example {@code -,-,I,W,E}.
     *
     * @return 0
     */
    @Export(name = "log_all")
    public static int logAll() {
        return Exports.run(() -> {
            String message = Input.string();
            Log.trace("trace " + message);
            Log.debug("debug " + message);
            Log.info("info " + message);
            Log.warn("warn " + message);
            Log.error("error " + message);
            Log.info("");
            StringBuilder enabled = new StringBuilder();
            for (LogLevel level : LogLevel.values()) {
                if (enabled.length() > 0) {
                    enabled.append(',');
                }
                enabled.append(Log.isEnabled(level) ? level.name().substring(0, 1) : "-");
            }
            Output.set(enabled.toString());
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // HTTP.

    /**
     * Input {@code {"url":…,"method":…,"headers":{…},"body":…}}; sends the request; output
     * {@code {"status":…,"body":…,"headers":{…}}}.
     *
     * @return 0
     */
    @Export(name = "http")
    public static int http() {
        return Exports.run(() -> {
            JsonReader json = new JsonReader(Input.bytes());
            HttpRequest.Builder request = null;
            String method = "GET";
            Map<String, String> headers = new HashMap<>();
            String body = null;
            json.beginObject();
            while (json.hasNext()) {
                switch (json.nextName()) {
                    case "url":
                        request = HttpRequest.builder(json.nextString());
                        break;
                    case "method":
                        method = json.nextString();
                        break;
                    case "headers":
                        json.beginObject();
                        while (json.hasNext()) {
                            headers.put(json.nextName(), json.nextString());
                        }
                        json.endObject();
                        break;
                    case "body":
                        body = json.nextString();
                        break;
                    default:
                        json.skipValue();
                }
            }
            json.endObject();
            json.endDocument();
            if (request == null) {
                throw new PluginException("no url");
            }
            request.method(method);
            for (Map.Entry<String, String> header : headers.entrySet()) {
                request.header(header.getKey(), header.getValue());
            }
            if (body != null) {
                request.body(body);
            }
            HttpResponse response = Http.request(request.build());
            JsonWriter out = new JsonWriter();
            out.beginObject()
                    .name("status").value(response.status())
                    .name("body").value(response.bodyString())
                    .name("headers").beginObject();
            for (Map.Entry<String, String> header : response.headers().entrySet()) {
                out.name(header.getKey()).value(header.getValue());
            }
            out.endObject().endObject();
            Output.set(out.toByteArray());
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Host functions.

    /**
     * Calls every shape of host function and outputs what came back, for example
     * {@code reverse=olleh;produce=made by the host;add=5}.
     *
     * @return 0
     */
    @Export(name = "host_calls")
    public static int hostCalls() {
        return Exports.run(() -> {
            String input = Input.string();
            String reversed = HostFunctions.callString(ConformancePlugin::reverse, input);
            HostFunctions.send(ConformancePlugin::record, input.getBytes(StandardCharsets.UTF_8));
            byte[] produced = HostFunctions.receive(ConformancePlugin::produce);
            ping();
            long sum = add(2, 3);
            Output.set("reverse=" + reversed + ";produce=" + new String(produced, StandardCharsets.UTF_8)
                    + ";add=" + sum);
        });
    }

    /**
     * Calls {@code reverse} by hand with {@code Memory}: allocate, call, read, free; outputs the result and the
     * lengths.
     *
     * @return 0
     */
    @Export(name = "host_call_by_hand")
    public static int hostCallByHand() {
        return Exports.run(() -> {
            long argument = Memory.allocate(Input.string());
            long argumentLength = Memory.length(argument);
            long result = reverse(argument);
            long resultLength = Memory.length(result);
            String text = Memory.readString(result);
            Memory.free(result);
            Memory.free(argument);
            Output.set(text + "|" + argumentLength + "|" + resultLength);
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Memory.

    /**
     * Writes the input into a block at offset 3 of a larger block, reads it back in pieces, and outputs it.
     *
     * @return 0
     */
    @Export(name = "memory_blocks")
    public static int memoryBlocks() {
        return Exports.runBytes(input -> {
            long block = Memory.allocate(new byte[input.length + 3]);
            if (input.length == 0) {
                return input;
            }
            Memory.write(block, 3, input, 0, input.length);
            byte[] whole = Memory.read(block);
            byte[] back = new byte[input.length];
            int half = input.length / 2;
            Memory.read(block, 3, back, 0, half);
            Memory.read(block, 3 + half, back, half, input.length - half);
            Memory.free(block);
            if (whole.length != input.length + 3) {
                throw new PluginException("whole block has " + whole.length + " bytes");
            }
            return back;
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // JSON.

    /**
     * Output = the input JSON normalized by {@link JsonNormalizer}.
     *
     * @return 0, or -1 with the reader's message for malformed JSON
     */
    @Export(name = "json_normalize")
    public static int jsonNormalize() {
        return Exports.runBytes(JsonNormalizer::normalize);
    }

    /**
     * Decodes {@code {"buffer":"<base64>","raw":<any>,"floats":[…],"long":…}} and writes back
     * {@code {"buffer":…,"length":…,"raw":…,"floats":[…],"long":…}} with the buffer re-encoded, the raw value
     * copied as text, the floats as {@code float} and the integer as {@code long}.
     *
     * @return 0
     */
    @Export(name = "json_types")
    public static int jsonTypes() {
        return Exports.run(() -> {
            JsonReader in = new JsonReader(Input.bytes());
            byte[] buffer = null;
            String raw = null;
            List<Float> floats = new ArrayList<>();
            long number = 0;
            in.beginObject();
            while (in.hasNext()) {
                String name = in.nextName();
                if (name.equals("buffer")) {
                    buffer = in.nextBase64();
                } else if (name.equals("raw")) {
                    raw = in.nextRawValue();
                } else if (name.equals("floats")) {
                    in.beginArray();
                    while (in.hasNext()) {
                        floats.add(in.nextFloat());
                    }
                    in.endArray();
                } else if (name.equals("long")) {
                    number = in.nextLong();
                } else {
                    in.skipValue();
                }
            }
            in.endObject();
            in.endDocument();
            JsonWriter out = new JsonWriter();
            out.beginObject().name("buffer").valueBase64(buffer)
                    .name("length").value(buffer == null ? -1 : buffer.length);
            out.name("raw");
            if (raw == null) {
                out.nullValue();
            } else {
                out.rawValue(raw);
            }
            out.name("floats").beginArray();
            for (float f : floats) {
                out.value(f);
            }
            out.endArray().name("long").value(number).endObject();
            Output.set(out.toByteArray());
        });
    }

    /**
     * Input: an array of numbers. Output: for each, {@code [bits, text]}: the bits of {@code nextDouble()} as a long,
     * and the number as {@code value(double)} writes it, as a string.
     *
     * @return 0
     */
    @Export(name = "doubles")
    public static int doubles() {
        return Exports.run(() -> {
            JsonReader in = new JsonReader(Input.bytes());
            JsonWriter out = new JsonWriter();
            out.beginArray();
            in.beginArray();
            while (in.hasNext()) {
                double value = in.nextDouble();
                String text = new JsonWriter().value(value).toJson();
                out.beginArray().value(Double.doubleToRawLongBits(value)).value(text).endArray();
            }
            in.endArray();
            out.endArray();
            Output.set(out.toByteArray());
        });
    }

    /**
     * Input: an array of numbers; output: the same array, read with {@code nextDouble} (or {@code nextLong} when the
     * input starts with {@code [0}) and written with one writer.
     *
     * @return 0
     */
    @Export(name = "json_numbers")
    public static int jsonNumbers() {
        return Exports.runBytes(input -> {
            boolean longs = input.length > 1 && input[1] == '0';
            JsonReader in = new JsonReader(input);
            JsonWriter out = new JsonWriter();
            in.beginArray();
            out.beginArray();
            while (in.hasNext()) {
                if (longs) {
                    out.value(in.nextLong());
                } else {
                    out.value(in.nextDouble());
                }
            }
            in.endArray();
            out.endArray();
            return out.toByteArray();
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The Java runtime inside the plugin.

    /**
     * Output = {@link LanguageFeatures#run} of the input.
     *
     * @return 0
     */
    @Export(name = "language")
    public static int language() {
        return Exports.runString(LanguageFeatures::run);
    }

    /**
     * Calls {@code Math.sin} of the input: TeaVM would import it, the PDK's plugin makes it throw.
     *
     * @return -1
     */
    @Export(name = "sin")
    public static int sin() {
        return Exports.runString(input -> Double.toString(Math.sin(Double.parseDouble(input))));
    }

    /**
     * Calls {@code System.currentTimeMillis()}: fails without WASI.
     *
     * @return -1
     */
    @Export(name = "clock")
    public static int clock() {
        return Exports.run(() -> Output.set(Long.toString(System.currentTimeMillis())));
    }

    /**
     * Calls {@code Math.random()}: fails without WASI.
     *
     * @return -1
     */
    @Export(name = "random")
    public static int random() {
        return Exports.run(() -> Output.set(Double.toString(Math.random())));
    }

    /**
     * Calls {@code System.nanoTime()}: fails.
     *
     * @return -1
     */
    @Export(name = "nano_time")
    public static int nanoTime() {
        return Exports.run(() -> Output.set(Long.toString(System.nanoTime())));
    }

    /**
     * Prints to {@code System.out} and {@code System.err} (discarded), then outputs "printed".
     *
     * @return 0
     */
    @Export(name = "print")
    public static int print() {
        return Exports.run(() -> {
            System.out.println("to stdout");
            System.err.println("to stderr");
            Output.set("printed");
        });
    }

    /**
     * Uses collections, string formatting helpers and a sort, to check the class library works.
     *
     * @return 0
     */
    @Export(name = "classlib")
    public static int classlib() {
        return Exports.runString(input -> {
            List<String> words = new ArrayList<>(List.of(input.split(" ")));
            words.sort(String::compareTo);
            Map<String, Integer> lengths = new HashMap<>();
            for (String word : words) {
                lengths.merge(word, word.length(), (a, b) -> a + b);
            }
            StringBuilder sb = new StringBuilder(String.join(",", words));
            sb.append(';').append(lengths.size()).append(';').append(42);
            sb.append(';').append(input.toUpperCase()).append(';').append(Integer.toHexString(255));
            return sb.toString();
        });
    }

    /**
     * Recurses {@code n} levels deep (n = the input, decimal) and outputs n.
     *
     * @return 0
     */
    @Export(name = "recurse")
    public static int recurse() {
        return Exports.runString(input -> Integer.toString(depth(Integer.parseInt(input))));
    }

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    /**
     * Allocates {@code n} MiB (n = the input, decimal) in 1 MiB arrays kept alive, and outputs n.
     *
     * @return 0
     */
    @Export(name = "allocate_mib")
    public static int allocateMib() {
        return Exports.runString(input -> {
            int n = Integer.parseInt(input);
            List<byte[]> kept = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                kept.add(new byte[1 << 20]);
            }
            return Integer.toString(kept.size());
        });
    }
}
