package dev.xtp4j.samples.countvowels;

import dev.xtp4j.pdk.Config;
import dev.xtp4j.pdk.Exports;
import dev.xtp4j.pdk.HostFunctions;
import dev.xtp4j.pdk.Input;
import dev.xtp4j.pdk.Log;
import dev.xtp4j.pdk.Output;
import dev.xtp4j.pdk.PluginException;
import dev.xtp4j.pdk.Vars;
import dev.xtp4j.pdk.json.JsonWriter;
import java.util.HashSet;
import java.util.Set;
import org.teavm.interop.Export;
import org.teavm.interop.Import;

/**
 * count-vowels: a sample Extism plugin in plain Java, compiled to WebAssembly by TeaVM. It behaves like the
 * AssemblyScript sample ({@code sample-plugins/assemblyscript}); see README.md for the exports.
 *
 * <p>TeaVM compiles the class named as {@code mainClass} in the pom, with everything it reaches; its {@code @Export}
 * methods become the module's exports. The {@code main} method is required by TeaVM and never runs.
 */
public final class CountVowels {
    private static final String DEFAULT_VOWELS = "aeiouAEIOU";
    private static final String DEFAULT_GREETING = "Hello";

    private CountVowels() {
    }

    /**
     * Required by TeaVM; Extism hosts never call it.
     *
     * @param args unused
     */
    public static void main(String[] args) {
    }

    /** The host function {@code extism:host/user::hello}: text in, text out ({@code (i64) -> i64}). */
    @Import(module = HostFunctions.USER_MODULE, name = "hello")
    private static native long hello(long name);

    /**
     * Counts the code points of the input that are in the vowel set (config {@code vowels}, default
     * {@code aeiouAEIOU}) and adds the count to the running total kept in var {@code total} (decimal text).
     * Output: {@code {"count":N,"total":T,"vowels":"..."}}.
     *
     * @return 0, or -1 when the call fails
     */
    @Export(name = "count_vowels")
    public static int countVowels() {
        return Exports.run(() -> {
            String input = Input.string();
            String vowels = Config.get("vowels", DEFAULT_VOWELS);

            Set<Integer> set = new HashSet<>();
            vowels.codePoints().forEach(set::add);
            long count = input.codePoints().filter(set::contains).count();

            String previous = Vars.getString("total");
            long total = (previous == null ? 0 : Long.parseLong(previous)) + count;
            Vars.set("total", Long.toString(total));
            Log.debug("counted " + count + " vowels, total " + total);

            JsonWriter json = new JsonWriter();
            json.beginObject()
                    .name("count").value(count)
                    .name("total").value(total)
                    .name("vowels").value(vowels)
                    .endObject();
            Output.set(json.toByteArray());
        });
    }

    /**
     * Greets the input name (default {@code World}) with config {@code greeting} (default {@code Hello}):
     * {@code <greeting>, <name>!}.
     *
     * @return 0
     */
    @Export(name = "greet")
    public static int greet() {
        return Exports.runString(input -> {
            String name = input.isEmpty() ? "World" : input;
            return Config.get("greeting", DEFAULT_GREETING) + ", " + name + "!";
        });
    }

    /**
     * Always fails, with the error message {@code fail: <input>} and return code 1.
     *
     * @return 1
     */
    @Export(name = "fail")
    public static int fail() {
        return Exports.run(() -> {
            throw new PluginException("fail: " + Input.string(), 1);
        });
    }

    /**
     * Always fails by throwing an ordinary exception: the error is {@code java.lang.IllegalStateException:
     * throw_error: <input>} and the return code -1.
     *
     * @return -1
     */
    @Export(name = "throw_error")
    public static int throwError() {
        return Exports.run(() -> {
            throw new IllegalStateException("throw_error: " + Input.string());
        });
    }

    /**
     * Passes the input to the host function {@code extism:host/user::hello} and outputs its answer.
     *
     * @return 0
     */
    @Export(name = "call_hello")
    public static int callHello() {
        return Exports.runString(input -> HostFunctions.callString(CountVowels::hello, input));
    }
}
