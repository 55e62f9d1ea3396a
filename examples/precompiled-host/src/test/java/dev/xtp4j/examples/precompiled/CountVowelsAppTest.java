package dev.xtp4j.examples.precompiled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.xtp4j.sdk.Plugin;
import dev.xtp4j.sdk.Plugins;
import dev.xtp4j.sdk.PluginOptions;
import org.junit.jupiter.api.Test;

class CountVowelsAppTest {
    @Test
    void thePrecompiledPluginRunsLikeTheWasmOne() {
        try (Plugin plugin = Plugins.load(CountVowelsApp.manifest(), PluginOptions.builder()
                .logSink((level, id, message) -> {}).build())) {
            assertEquals("{\"count\":3,\"total\":3,\"vowels\":\"aeiouAEIOU\"}", plugin.call("count_vowels",
                    "Hello, World!"));
            assertEquals("{\"count\":1,\"total\":4,\"vowels\":\"aeiouAEIOU\"}", plugin.call("count_vowels", "x a"));
        }
    }

    @Test
    void itHasNoJsonForm() {
        assertThrows(IllegalStateException.class, () -> CountVowelsApp.manifest().toJson());
    }
}
