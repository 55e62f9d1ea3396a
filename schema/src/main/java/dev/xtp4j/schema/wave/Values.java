package dev.xtp4j.schema.wave;

import java.util.Optional;

/** Checks shared by the value records and the parser. */
final class Values {

    private static final int MAX_SHOWN = 60;

    private Values() {
    }

    static void checkRange(long value, long min, long max, String type) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(type + " value out of range [" + min + ", " + max + "]: " + value);
        }
    }

    static boolean isScalar(int codePoint) {
        return codePoint >= 0 && codePoint <= 0x10FFFF && (codePoint < 0xD800 || codePoint > 0xDFFF);
    }

    /** Returns the index of the first unpaired surrogate in {@code s}, or -1 if it is well-formed UTF-16. */
    static int firstUnpairedSurrogate(CharSequence s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    static void checkPart(WaveValue part, WaveType expected, String where) {
        if (part == null) {
            throw new IllegalArgumentException(where + " must not be null");
        }
        if (!part.hasType(expected)) {
            throw new IllegalArgumentException(where + " has type " + abbreviate(part.type().toString())
                    + ", expected " + abbreviate(expected.toString()));
        }
    }

    static void checkPayload(Optional<WaveType> payloadType, Optional<WaveValue> payload, String what) {
        if (payloadType.isPresent() && payload.isEmpty()) {
            throw new IllegalArgumentException(what + " needs a payload of type " + payloadType.get());
        }
        if (payloadType.isEmpty() && payload.isPresent()) {
            throw new IllegalArgumentException(what + " has no payload, got " + abbreviate(payload.get().toString()));
        }
        payload.ifPresent(p -> checkPart(p, payloadType.get(), what + " payload"));
    }

    /** Shortens text for error messages. */
    static String abbreviate(String text) {
        if (text.length() <= MAX_SHOWN) {
            return text;
        }
        int cut = MAX_SHOWN - 3;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "...";
    }
}
