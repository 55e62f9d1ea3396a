package com.example.plugin;

import dev.xtp4j.pdk.Config;
import dev.xtp4j.pdk.Exports;
import dev.xtp4j.pdk.Input;
import dev.xtp4j.pdk.Log;
import dev.xtp4j.pdk.Output;
import dev.xtp4j.pdk.PluginException;
import org.teavm.interop.Export;

/**
 * An Extism plugin. Each {@code @Export} method below becomes a function of the WebAssembly module, callable by any
 * Extism host: it takes no parameters, reads its input with {@link Input}, writes its output with {@link Output}, and
 * returns what {@link Exports#run} returns (0, or a failure code after setting the error message).
 */
public final class Plugin {
    private Plugin() {
    }

    /**
     * Required by TeaVM, which starts compiling here; Extism hosts never call it.
     *
     * @param args unused
     */
    public static void main(String[] args) {
    }

    /**
     * Greets the name given as input: {@code greet("Ada")} returns {@code "Hello, Ada!"}. The greeting comes from the
     * config key {@code greeting}, if the host sets it.
     *
     * @return 0 on success
     */
    @Export(name = "greet")
    public static int greet() {
        return Exports.run(() -> {
            String name = Input.string();
            if (name.isEmpty()) {
                throw new PluginException("greet needs a name as input");
            }
            Log.debug("greeting " + name);
            Output.set(Config.get("greeting", "Hello") + ", " + name + "!");
        });
    }
}
