/**
 * WAVE, the WebAssembly Value Encoding: a WIT-level type model ({@link dev.xtp4j.schema.wave.WaveType}), typed values
 * ({@link dev.xtp4j.schema.wave.WaveValue}), a type-directed parser and a canonical printer
 * ({@link dev.xtp4j.schema.wave.Wave}), function calls ({@link dev.xtp4j.schema.wave.WaveCall}), and the mapping
 * between XTP identifiers and WAVE labels ({@link dev.xtp4j.schema.wave.WaveLabels},
 * {@link dev.xtp4j.schema.wave.WaveNameTable}).
 *
 * <p>The format follows the {@code wasm-wave} crate of bytecodealliance/wasm-tools; {@code docs/wave.md} describes
 * the grammar, the interpretation rules and where this implementation deliberately differs.
 */
package dev.xtp4j.schema.wave;
