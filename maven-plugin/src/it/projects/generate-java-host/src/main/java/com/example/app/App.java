package com.example.app;

import com.example.vowels.CountVowels;
import com.example.vowels.CountVowelsHost;
import com.example.vowels.Report;
import dev.xtp4j.sdk.HostFunction;
import dev.xtp4j.sdk.Plugin;
import java.util.List;

/** Code that uses the generated stubs: they are on the compile path of the project. */
public final class App {
    private App() {}

    /**
     * Counts the vowels of a text with a plugin.
     *
     * @param plugin the plugin
     * @param text the text
     * @return the count
     */
    public static int count(Plugin plugin, String text) {
        Report report = CountVowels.of(plugin).countVowels(text);
        return report.count();
    }

    /**
     * The host functions of a host that ignores what the plugin audits.
     *
     * @return the host functions
     */
    public static List<HostFunction> hostFunctions() {
        CountVowelsHost host = report -> { };
        return CountVowelsHost.hostFunctions(host);
    }
}
