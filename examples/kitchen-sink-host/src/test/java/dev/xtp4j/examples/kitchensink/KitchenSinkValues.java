package dev.xtp4j.examples.kitchensink;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Values of the generated types that exercise every XTP type, for the end-to-end tests. */
final class KitchenSinkValues {
    private KitchenSinkValues() {}

    static OffsetDateTime time(String rfc3339) {
        return OffsetDateTime.parse(rfc3339);
    }

    /** A map that keeps the order of its entries, as the schema's maps do on the wire. */
    @SafeVarargs
    static <V> Map<String, V> map(Map.Entry<String, V>... entries) {
        Map<String, V> map = new LinkedHashMap<>();
        for (Map.Entry<String, V> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return map;
    }

    /** An entry whose value may be {@code null} ({@code Map.entry} refuses it). */
    static <V> Map.Entry<String, V> entry(String key, V value) {
        return new AbstractMap.SimpleEntry<>(key, value);
    }

    /** Extremes of every scalar type. */
    static Scalars scalars() {
        return new Scalars("h\u00e9llo \"quoted\" \\ back/slash \n\t\u0001 \ud83d\ude00 \u2603 \u0000 end",
                time("2024-07-23T16:03:34.123+02:00"), "hello world".getBytes(StandardCharsets.US_ASCII),
                new byte[] {0, 1, 2, 3, (byte) 0xfe, (byte) 0xff, (byte) 0x80}, true, Byte.MIN_VALUE, (short) 255,
                Short.MIN_VALUE, 65535, Integer.MIN_VALUE, 4294967295L, Long.MIN_VALUE,
                -1L /* uint64 18446744073709551615 */, Long.MAX_VALUE, Float.MAX_VALUE, -Double.MAX_VALUE,
                Double.MIN_VALUE);
    }

    /** Arrays and maps of every shape: the collections of the C sample's tests. */
    static Collections collections() {
        return new Collections(
                List.of(0, -1, Integer.MAX_VALUE),
                List.of("", "a", "\u00fc\u00f1\u00ee\u00e7\u00f8d\u00e9"),
                List.of(new Point(1, 2, null), new Point(-3, 4, "with label")),
                List.of(Color.RED, Color.GREEN, Color.BLUE, Color.DARK_RED),
                Arrays.asList(1, null, 3, null),
                List.of(List.of(), List.of(1), List.of(1, 2, 3)),
                List.of(time("1970-01-01T00:00:00.000Z"), time("2000-02-29T12:00:00.5-05:30"),
                        time("9999-12-31T23:59:59.999999999Z")),
                List.of(new byte[0], new byte[] {0}, new byte[] {0, 1}, new byte[] {0, 1, 2}),
                map(entry("alice", 10L), entry("bob", -20L), entry("carol", 9007199254740993L)),
                map(entry("origin", new Point(0, 0, null)), entry("far", new Point(100000, -100000, "far away"))),
                map(entry("first", "one"), entry("second", null), entry("", "empty key")),
                map(entry("warm", List.of(Color.RED, Color.DARK_RED)), entry("cold", List.of(Color.BLUE)),
                        entry("none", List.of())),
                map(entry("a", map(entry("x", true), entry("y", false))), entry("b", Map.of())),
                map(entry("hits", 3), entry("misses", -4)));
    }

    /** Every combination of required/optional and nullable, all set. */
    static Optionals optionalsSet() {
        return new Optionals("r", "s", Optional.of("n"), new Point(1, 2, "p"), new Point(3, 4, null), Color.DARK_RED,
                time("2024-01-01T00:00:00+05:45"), List.of(1, 2, 3));
    }

    /** A free-form object whose key order matters. */
    static ObjectNode extra() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode extra = f.objectNode();
        extra.put("z", 1);
        extra.putArray("a").add(true).addNull().addObject().put("nested", "x").put("n", -0.5e-3);
        extra.put("m", "\u00e9");
        extra.putObject("b");
        return extra;
    }

    static Everything everything() {
        return new Everything(scalars(), collections(), optionalsSet(), Color.DARK_RED, Priority.HIGH,
                time("1969-12-31T23:59:59.999Z"), -1L, extra());
    }
}
