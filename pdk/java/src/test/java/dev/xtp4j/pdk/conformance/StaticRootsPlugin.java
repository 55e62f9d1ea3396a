package dev.xtp4j.pdk.conformance;

import dev.xtp4j.pdk.Exports;
import dev.xtp4j.pdk.json.JsonReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.teavm.interop.Export;

/**
 * A tiny plugin whose objects in static fields must survive garbage collections, compiled with TeaVM by
 * {@code StaticGcRootsTest}. {@code format} fills static tables of TeaVM's class library and of the PDK on first use
 * (float and double formatting, the JSON reader's decimal parsing); {@code churn} allocates enough to make the
 * collector run.
 */
public final class StaticRootsPlugin {
    private StaticRootsPlugin() {
    }

    /**
     * TeaVM's entry point; unused by Extism hosts.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
    }

    /**
     * Input: a decimal number such as {@code 1.5}. Output: the number parsed by the PDK's JSON reader, then as a float
     * and as a double formatted by {@code Float.toString} and {@code Double.toString}, separated by spaces.
     *
     * @return 0 on success
     */
    @Export(name = "format")
    public static int format() {
        return Exports.runString(input -> {
            double value = new JsonReader(input.getBytes(StandardCharsets.UTF_8)).nextDouble();
            return value + " " + Float.toString((float) value) + " " + Double.toString(value);
        });
    }

    /**
     * Input: a count n. Allocates n lists of 1000 boxed integers, each garbage once the next one is made, and outputs
     * the number of integers.
     *
     * @return 0 on success
     */
    @Export(name = "churn")
    public static int churn() {
        return Exports.runString(input -> {
            int n = Integer.parseInt(input);
            long total = 0;
            for (int i = 0; i < n; i++) {
                List<Integer> list = new ArrayList<>();
                for (int j = 0; j < 1000; j++) {
                    list.add(j);
                }
                total += list.size();
            }
            return Long.toString(total);
        });
    }
}
