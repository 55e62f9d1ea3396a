package dev.xtp4j.karmem.codec;

import dev.xtp4j.karmem.layout.FieldKind;
import dev.xtp4j.karmem.layout.FieldLayout;
import dev.xtp4j.karmem.layout.StructLayout;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/** Counts elements against {@link DecodeLimits}; also knows what materialising a default struct costs. */
final class Budget {
    private final long limit;
    private long remaining;

    Budget(DecodeLimits limits) {
        this.limit = limits.maxElements();
        this.remaining = limit;
    }

    /** Takes elements before they are materialised; fails once the budget is spent. */
    void take(long n, long offset) {
        remaining -= n;
        if (remaining < 0) {
            throw new PathFailure(offset, "the message needs more than " + limit
                    + " elements (structs, array and slice elements, string bytes), the decode budget; it may "
                    + "alias the same bytes many times. Raise DecodeLimits if the message is trusted");
        }
    }

    /**
     * What decoding a struct that is absent (all defaults) costs, for every struct reachable from the root (through
     * fields, arrays and slices), computed once.
     */
    static Map<StructLayout, Long> defaultCosts(StructLayout root) {
        Map<StructLayout, Long> costs = new IdentityHashMap<>();
        Set<StructLayout> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<StructLayout> pending = new ArrayDeque<>();
        pending.push(root);
        visited.add(root);
        while (!pending.isEmpty()) {
            StructLayout s = pending.pop();
            defaultCost(s, costs);
            for (FieldLayout f : s.fields()) {
                if (f.target() != null && visited.add(f.target())) {
                    pending.push(f.target());
                }
            }
        }
        return costs;
    }

    private static long defaultCost(StructLayout s, Map<StructLayout, Long> costs) {
        Long known = costs.get(s);
        if (known != null) {
            return known;
        }
        long cost = 1;
        for (FieldLayout f : s.fields()) {
            cost = saturatingAdd(cost, defaultCost(f, costs));
        }
        costs.put(s, cost);
        return cost;
    }

    static long defaultCost(FieldLayout f, Map<StructLayout, Long> costs) {
        FieldKind kind = f.kind();
        if (kind == FieldKind.INLINE || kind == FieldKind.TABLE) {
            return defaultCost(f.target(), costs);
        }
        if (kind == FieldKind.ARRAY) {
            long perElement = f.target() == null ? 0 : defaultCost(f.target(), costs);
            return saturatingAdd(f.length(), saturatingMultiply(f.length(), perElement));
        }
        return 0;
    }

    private static long saturatingAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    private static long saturatingMultiply(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
