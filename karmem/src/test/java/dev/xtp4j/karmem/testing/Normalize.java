package dev.xtp4j.karmem.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings decoded values and JSON fixture values to one comparable form: numbers as {@link BigDecimal} without
 * trailing zeros, {@code byte[]} as a list of unsigned numbers, and {@code null} (an empty slice in the fixtures) as
 * an empty list.
 */
public final class Normalize {
    private Normalize() {
    }

    public static Object of(Object v) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, of(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(of(x)));
            return out;
        }
        if (v instanceof byte[] b) {
            List<Object> out = new ArrayList<>();
            for (byte x : b) {
                out.add(BigDecimal.valueOf(x & 0xFF));
            }
            return out;
        }
        if (v instanceof Float f) {
            return Float.isFinite(f) ? new BigDecimal(Float.toString(f)).stripTrailingZeros() : (Object) f.doubleValue();
        }
        if (v instanceof Double d && !Double.isFinite(d)) {
            return d;
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros();
        }
        return v;
    }
}
