package dev.xtp4j.benchmarks.plugins;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the execution samples of a Java Flight Recorder file (for example from JMH's {@code -prof jfr}): the
 * methods most often on top of the stack ("self") and most often anywhere on it ("total"), as shares of all
 * samples of the benchmark thread.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.xtp4j.benchmarks.plugins.HotMethods profile.jfr [top]}.
 */
public final class HotMethods {
    private HotMethods() {}

    /**
     * Prints the summary.
     *
     * @param args the recording, and optionally how many methods to list (default 25)
     * @throws IOException if the recording cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: HotMethods profile.jfr [top]");
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty() || !isBenchmarkThread(stack.getFrames())) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame.getMethod());
                if (seen.add(name)) {
                    total.merge(name, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d samples of the benchmark thread%n%nself%n", samples);
        print(self, samples, top);
        System.out.printf("%ntotal (on the stack)%n");
        print(total, samples, top);
    }

    private static boolean isBenchmarkThread(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            if (frame.getMethod().getType().getName().contains("jmh_generated")) {
                return true;
            }
        }
        return false;
    }

    private static String name(RecordedMethod method) {
        return method.getType().getName() + "." + method.getName();
    }

    private static void print(Map<String, Integer> counts, int samples, int top) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf("%6.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }
}
