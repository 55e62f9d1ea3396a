package dev.xtp4j.pdk.conformance;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Java 17 language features and class-library calls that generated bindings and plugin code are likely to use. The
 * same method runs on the JVM (the expected text) and inside the TeaVM-built conformance plugin.
 */
public final class LanguageFeatures {
    private LanguageFeatures() {
    }

    /** A record, as generated types may be. */
    record Item(String name, long count) {
    }

    /** A closed hierarchy. */
    sealed interface Shape permits Circle, Square {
    }

    /** One shape. */
    record Circle(double radius) implements Shape {
    }

    /** Another shape. */
    record Square(double side) implements Shape {
    }

    /** An enum whose wire values differ from the constant names. */
    enum Color {
        RED("red"), DARK_GREEN("dark-green");

        private final String wire;

        Color(String wire) {
            this.wire = wire;
        }

        static Color fromWire(String wire) {
            for (Color color : values()) {
                if (color.wire.equals(wire)) {
                    return color;
                }
            }
            throw new IllegalArgumentException("unknown color " + wire);
        }
    }

    private static double area(Shape shape) {
        if (shape instanceof Circle c) {
            return Math.floor(c.radius() * c.radius() * 314.159) / 100;
        } else if (shape instanceof Square s) {
            return s.side() * s.side();
        }
        throw new IllegalStateException();
    }

    /**
     * Exercises the features; the input is a word used as data.
     *
     * @param input any text
     * @return a deterministic description
     */
    public static String run(String input) {
        List<String> parts = new ArrayList<>();
        Item item = new Item(input, 3);
        Item same = new Item(input, 3);
        parts.add(item + " " + item.equals(same) + " " + (item.hashCode() == same.hashCode()));
        parts.add(area(new Circle(2)) + " " + area(new Square(1.5)));
        parts.add(switch (input.length() % 3) {
            case 0 -> "zero";
            case 1 -> "one";
            default -> "two";
        });
        parts.add(Color.fromWire("dark-green") + " " + Color.valueOf("RED").ordinal() + " "
                + Arrays.toString(Color.values()));
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String key : List.of("z", "a", "m")) {
            ordered.put(key, key.charAt(0) - 'a');
        }
        parts.add(ordered + " " + new TreeMap<>(ordered) + " " + Map.of("k", 1) + " " + List.copyOf(ordered.keySet()));
        parts.add(Stream.of("a", "bb", "cc", "ddd").collect(Collectors.groupingBy(String::length, TreeMap::new,
                Collectors.joining("+"))).toString());
        parts.add(Optional.ofNullable((String) null).orElse("none") + " " + "ab".repeat(2) + " " + " x ".strip());
        parts.add(new BigDecimal("1.10").add(new BigDecimal("2.205")).toPlainString());
        OffsetDateTime time = OffsetDateTime.parse("2024-07-23T16:03:34.123+02:00");
        parts.add(time.toInstant() + " " + time.toInstant().toEpochMilli() + " " + Instant.ofEpochMilli(0)
                + " " + Duration.ofMillis(90_061_001));
        parts.add(Math.sqrt(2) + " " + Math.floor(-2.5) + " " + Math.ceil(-0.5) + " " + Math.rint(2.5) + " "
                + Math.rint(-3.5) + " " + Math.rint(1e300) + " " + Math.pow(2, 0.5) + " " + Math.abs(-7));
        return String.join("\n", parts);
    }
}
