package dev.xtp4j.examples.kitchensink;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The host side of the kitchen-sink imports, implemented on the generated {@link KitchenSinkHost}: it scales points
 * by their label's length, reports a fixed time, and records what the plugin logs and how often it ticks.
 */
final class RecordingHost implements KitchenSinkHost {
    /** The time {@link #currentTime()} reports. */
    static final OffsetDateTime NOW = OffsetDateTime.parse("2024-07-23T16:03:34.123+02:00");

    final List<String> logged = new CopyOnWriteArrayList<>();
    final AtomicInteger ticks = new AtomicInteger();
    /** When set, {@link #scalePoint(Point)} throws it. */
    final AtomicReference<Exception> failure = new AtomicReference<>();

    @Override
    public Point scalePoint(Point input) throws Exception {
        Exception e = failure.get();
        if (e != null) {
            throw e;
        }
        int factor = input.label() == null ? 0 : input.label().length();
        return new Point(input.x() * factor, input.y() * factor, input.label());
    }

    @Override
    public OffsetDateTime currentTime() {
        return NOW;
    }

    @Override
    public void logLine(String input) {
        logged.add(input);
    }

    @Override
    public void tick() {
        ticks.incrementAndGet();
    }
}
