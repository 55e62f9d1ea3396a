package dev.xtp4j.codec.internal.karmem;

import dev.xtp4j.karmem.wire.KarmemView;
import dev.xtp4j.karmem.wire.KarmemWriter;

/**
 * One value stored in place at an absolute position: a scalar, or an inline struct (whose struct reference is its
 * position). Fields, array elements and slice elements are all made of elements.
 */
abstract class Element {
    /** Bytes the element occupies. */
    abstract int size();

    /** Writes a Java value at {@code at}; the bytes there are allocated and zero. */
    abstract void write(KarmemWriter w, int at, Object value);

    /**
     * Reads the Java value at {@code at}; a position of {@link KarmemView#ABSENT} (or out of range) reads the default.
     */
    abstract Object read(KarmemView view, int at, Budget budget);
}
