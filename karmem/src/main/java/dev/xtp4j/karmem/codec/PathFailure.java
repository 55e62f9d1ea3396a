package dev.xtp4j.karmem.codec;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An internal failure that collects the field path while it unwinds, so the success path pays nothing for path
 * tracking. Converted to a public exception at the API boundary.
 */
final class PathFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long offset;
    private final transient Deque<String> segments = new ArrayDeque<>();

    PathFailure(long offset, String detail) {
        super(detail, null, false, false);
        this.offset = offset;
    }

    PathFailure within(String segment) {
        segments.addFirst(segment);
        return this;
    }

    long offset() {
        return offset;
    }

    String path(String root) {
        StringBuilder sb = new StringBuilder(root);
        for (String s : segments) {
            sb.append(s);
        }
        return sb.toString();
    }
}
