/**
 * The Karmem binary format, implemented in Java without dependencies.
 *
 * <p>The module is organised by concern:
 * <ul>
 *   <li>{@link dev.xtp4j.karmem.schema} — the {@code .km} schema language: model, builder, parser, printer and
 *       struct ids;</li>
 *   <li>{@link dev.xtp4j.karmem.layout} — sizes, offsets and padding of every struct, packed and unpacked;</li>
 *   <li>{@link dev.xtp4j.karmem.wire} — the low-level writer that generated code calls, and the zero-copy
 *       {@link dev.xtp4j.karmem.wire.KarmemView} for allocation-free reads;</li>
 *   <li>{@link dev.xtp4j.karmem.codec} — a schema-driven encoder/decoder over plain Java values, and the strict
 *       validator for untrusted buffers.</li>
 * </ul>
 *
 * <p>This package holds the exceptions shared by all of them. The wire format and the Java API are described in
 * {@code docs/karmem.md}.
 */
package dev.xtp4j.karmem;
