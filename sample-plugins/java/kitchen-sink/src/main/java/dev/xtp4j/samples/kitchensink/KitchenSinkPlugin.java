// This file is yours: xtp4j wrote it once, when the project was created from kitchen-sink.yaml,
// and never overwrites it.
package dev.xtp4j.samples.kitchensink;

import dev.xtp4j.pdk.PluginException;
import dev.xtp4j.pdk.Vars;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The xtp4j Java sample plugin: every export of {@code sample-plugins/kitchen-sink.yaml}, written so that a caller
 * can tell that each value was decoded, handled and encoded (see the descriptions in the schema). It behaves as the
 * C plugin ({@code sample-plugins/c/plugin.c}) does, export by export; {@code README.md} lists the two places where
 * the languages differ.
 */
public final class KitchenSinkPlugin implements KitchenSink {
    private static final Color[] COLORS = Color.values();
    private static final String REMEMBERED = "remembered";

    /** Creates the plugin: once per plugin instance, before the first call. */
    public KitchenSinkPlugin() {
    }

    @Override
    public Everything echoEverything(Everything input) {
        return input;
    }

    @Override
    public Scalars echoScalarsMsgpack(Scalars input) {
        // The same transformation as transformScalars; only the content type differs (application/x-msgpack).
        return transformScalars(input);
    }

    @Override
    public Scalars transformScalars(Scalars input) {
        return new Scalars(
                upperAscii(input.aString()),
                input.aDateTime().plusDays(1),
                input.aByteString(),
                reversed(input.aBuffer()),
                !input.aBoolean(),
                (byte) (input.anInt8() + 1),
                (short) ((input.aUint8() + 1) & 0xFF),
                (short) (input.anInt16() + 1),
                (input.aUint16() + 1) & 0xFFFF,
                input.anInt32() + 1,
                (input.aUint32() + 1) & 0xFFFFFFFFL,
                input.anInt64() + 1,
                input.aUint64() + 1,
                input.anInteger() + 1,
                input.aFloat() * 2,
                input.aDouble() * 2,
                input.aNumber() * 2);
    }

    @Override
    public Summary summarize(Collections input) {
        long intSum = 0;
        for (int i : input.ints()) {
            intSum += i;
        }
        long stringLengths = 0;
        for (String s : input.strings()) {
            stringLengths += s.getBytes(StandardCharsets.UTF_8).length;
        }
        int labelled = 0;
        for (Point p : input.points()) {
            labelled += p.label() != null ? 1 : 0;
        }
        List<String> colorNames = new ArrayList<>();
        for (Color c : input.colors()) {
            colorNames.add(c.wireValue());
        }
        int nullItems = 0;
        for (Integer i : input.maybeInts()) {
            nullItems += i == null ? 1 : 0;
        }
        int gridCells = 0;
        for (List<Integer> row : input.grid()) {
            gridCells += row.size();
        }
        OffsetDateTime latest = null;
        for (OffsetDateTime t : input.times()) {
            if (latest == null || t.isAfter(latest)) {
                latest = t;
            }
        }
        long blobBytes = 0;
        for (byte[] blob : input.blobs()) {
            blobBytes += blob.length;
        }
        long scoreTotal = 0;
        for (long score : input.scores().values()) {
            scoreTotal += score;
        }
        List<String> keys = new ArrayList<>(input.scores().keySet());
        keys.addAll(input.pointsByName().keySet());
        keys.addAll(input.notes().keySet());
        keys.addAll(input.palettes().keySet());
        keys.addAll(input.nested().keySet());
        keys.addAll(input.counters().keySet());
        int nullNotes = 0;
        for (String note : input.notes().values()) {
            nullNotes += note == null ? 1 : 0;
        }
        int trueFlags = 0;
        for (Map<String, Boolean> flags : input.nested().values()) {
            for (boolean flag : flags.values()) {
                trueFlags += flag ? 1 : 0;
            }
        }
        long counterTotal = 0;
        for (int counter : input.counters().values()) {
            counterTotal += counter;
        }
        return new Summary(intSum, stringLengths, input.points().size(), labelled, colorNames, nullItems, gridCells,
                latest, blobBytes, scoreTotal, keys, nullNotes, trueFlags, counterTotal);
    }

    @Override
    public Collections makeCollections(int n) {
        if (n < 0 || n > 1000) {
            throw new PluginException("makeCollections: the size must be between 0 and 1000, not " + n);
        }
        List<Integer> ints = new ArrayList<>();
        List<String> strings = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        List<Integer> maybeInts = new ArrayList<>();
        List<List<Integer>> grid = new ArrayList<>();
        List<OffsetDateTime> times = new ArrayList<>();
        List<byte[]> blobs = new ArrayList<>();
        Map<String, Long> scores = new LinkedHashMap<>();
        Map<String, Point> pointsByName = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        Map<String, List<Color>> palettes = new LinkedHashMap<>();
        Map<String, Map<String, Boolean>> nested = new LinkedHashMap<>();
        Map<String, Integer> counters = new LinkedHashMap<>();
        OffsetDateTime epoch = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 0; i < n; i++) {
            boolean even = i % 2 == 0;
            Point p = new Point(i, -i, even ? "p" + i : null);
            ints.add(i);
            strings.add("s" + i);
            points.add(p);
            colors.add(COLORS[i % 4]);
            maybeInts.add(even ? i * 10 : null);
            List<Integer> row = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                row.add(i * 100 + j);
            }
            grid.add(row);
            times.add(epoch.plusDays(i));
            byte[] blob = new byte[i];
            for (int j = 0; j < i; j++) {
                blob[j] = (byte) j;
            }
            blobs.add(blob);
            scores.put("k" + i, i * 1000L);
            pointsByName.put("p" + i, p);
            notes.put("n" + i, even ? "note " + i : null);
            List<Color> palette = new ArrayList<>();
            for (int k = 0; k <= i % 4; k++) {
                palette.add(COLORS[k]);
            }
            palettes.put("pal" + i, palette);
            Map<String, Boolean> flags = new LinkedHashMap<>();
            flags.put("even", even);
            nested.put("m" + i, flags);
            counters.put("c" + i, i);
        }
        return new Collections(ints, strings, points, colors, maybeInts, grid, times, blobs, scores, pointsByName,
                notes, palettes, nested, counters);
    }

    @Override
    public Map<String, String> describeOptionals(Optionals input) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("requiredNullable", set(input.requiredNullable(), "null"));
        out.put("optionalString", set(input.optionalString(), "absent"));
        // Java tells an absent member (null) from an explicit null (Optional.empty()); the C plugin cannot, and the
        // two plugins answer alike.
        Optional<String> optionalNullable = input.optionalNullable();
        out.put("optionalNullable", set(optionalNullable == null ? null : optionalNullable.orElse(null),
                "absent or null"));
        out.put("optionalPoint", point(input.optionalPoint(), "absent"));
        out.put("nullablePoint", point(input.nullablePoint(), "null"));
        out.put("optionalColor", input.optionalColor() == null ? "absent" : "set:" + input.optionalColor().wireValue());
        out.put("optionalTime", input.optionalTime() == null ? "absent"
                : "set:" + KitchenSinkWire.formatDateTime(input.optionalTime()));
        out.put("optionalInts", input.optionalInts() == null ? "absent"
                : "set:" + input.optionalInts().size() + " items");
        return out;
    }

    private static String set(String value, String otherwise) {
        return value == null ? otherwise : "set:" + value;
    }

    private static String point(Point p, String otherwise) {
        if (p == null) {
            return otherwise;
        }
        return "set:" + p.x() + "," + p.y() + (p.label() == null ? "" : "," + p.label());
    }

    @Override
    public long sumInts(List<Long> input) {
        long sum = 0;
        for (long value : input) {
            sum += value; // wraps on overflow, as the schema says
        }
        return sum;
    }

    @Override
    public Color nextColor(Color input) {
        return COLORS[(input.ordinal() + 1) % COLORS.length];
    }

    @Override
    public Integer doubleOrNull(Integer input) {
        return input == null ? null : input * 2;
    }

    @Override
    public String greet(String input) {
        return "Hello, " + input + "!";
    }

    @Override
    public String priorityLabel(Priority input) {
        return upperAscii(input.wireValue());
    }

    @Override
    public OffsetDateTime addHour(OffsetDateTime input) {
        return input.plusHours(1);
    }

    @Override
    public byte[] reverseBytes(byte[] input) {
        return reversed(input);
    }

    @Override
    public ByteReport inspectBytes(byte[] input) {
        int n = input.length;
        return new ByteReport(n, input, n == 0 ? null : (short) (input[0] & 0xFF),
                n == 0 ? null : (short) (input[n - 1] & 0xFF));
    }

    @Override
    public void remember(String input) {
        Vars.set(REMEMBERED, input);
    }

    @Override
    public String recall() {
        String value = Vars.getString(REMEMBERED);
        return value == null ? "" : value;
    }

    @Override
    public void reset() {
        Vars.remove(REMEMBERED);
    }

    @Override
    public HostReport callHost(HostRequest input) {
        Point scaled = KitchenSinkHost.scalePoint(input.point());
        OffsetDateTime time = KitchenSinkHost.currentTime();
        KitchenSinkHost.logLine(input.message());
        KitchenSinkHost.tick();
        return new HostReport(scaled, time, true, true);
    }

    /**
     * Always fails with the input as the message. An input {@code code N} (N an integer) also sets the export's
     * return code to N, which shows how {@link PluginException} carries one.
     */
    @Override
    public String fail(String input) {
        int code = PluginException.DEFAULT_CODE;
        if (input.startsWith("code ")) {
            try {
                code = Integer.parseInt(input.substring(5));
            } catch (NumberFormatException e) {
                code = PluginException.DEFAULT_CODE;
            }
        }
        throw new PluginException(input, code);
    }

    /** A copy of s with the ASCII letters a to z upper-cased (and nothing else, as the C plugin does). */
    private static String upperAscii(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - 'a' + 'A');
            }
        }
        return new String(chars);
    }

    private static byte[] reversed(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[bytes.length - 1 - i];
        }
        return out;
    }
}
