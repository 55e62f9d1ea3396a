package dev.xtp4j.schema.naming;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/** Makes a list of proposed names unique, in order, with a caller-chosen way to vary a taken name. */
final class Uniquifier {

    private Uniquifier() {
    }

    /**
     * Returns the names made unique: a name is kept when it is free; otherwise {@code vary(name, attempt)} is tried
     * for attempt 2, 3, ... until a free name is found. Names listed in {@code claimedFirst} are taken before the
     * others, so that a name written by the user wins over a derived name that happens to equal it.
     */
    static List<String> unique(List<String> proposed, Set<String> taken, List<Boolean> claimedFirst,
            BiFunction<String, Integer, String> vary) {
        Set<String> used = new HashSet<>(taken);
        String[] result = new String[proposed.size()];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < proposed.size(); i++) {
                boolean first = claimedFirst != null && claimedFirst.get(i);
                if ((pass == 0) != first) {
                    continue;
                }
                String name = proposed.get(i);
                String candidate = name;
                for (int attempt = 2; used.contains(candidate); attempt++) {
                    candidate = vary.apply(name, attempt);
                }
                used.add(candidate);
                result[i] = candidate;
            }
        }
        return new ArrayList<>(List.of(result));
    }
}
