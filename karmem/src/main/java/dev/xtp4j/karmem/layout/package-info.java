/**
 * Karmem layouts: the size, padding and field offsets of every struct of a schema, in the packed and the legacy
 * unpacked layout, exactly as upstream computes them. A {@link dev.xtp4j.karmem.layout.FieldLayout} doubles as the
 * precomputed handle that the writer, the dynamic codec and the zero-copy
 * {@link dev.xtp4j.karmem.wire.KarmemView} use to reach a field.
 */
package dev.xtp4j.karmem.layout;
