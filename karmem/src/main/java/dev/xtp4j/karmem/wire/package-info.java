/**
 * Bytes on the wire: {@link dev.xtp4j.karmem.wire.KarmemWriter}, the low-level bump-allocating writer that
 * generated code and the dynamic encoder call, and {@link dev.xtp4j.karmem.wire.KarmemView}, the zero-copy,
 * allocation-free, never-throwing reader with upstream's default-on-error semantics.
 */
package dev.xtp4j.karmem.wire;
