/**
 * Plugin-call benchmarks: xtp4j against {@code org.extism.sdk:chicory-sdk-core} 0.3.0 (the existing pure-Java
 * Extism SDK, run on its own relocated Chicory 1.4.0) on the same wasm files and inputs, in the same JMH run.
 *
 * <ul>
 *   <li>{@link dev.xtp4j.benchmarks.plugins.PluginCallBenchmark}: calls on a warm instance (echo, count_vowels,
 *       consume, allocations);</li>
 *   <li>{@link dev.xtp4j.benchmarks.plugins.InstantiationBenchmark}: a new instance from a compiled plugin plus its
 *       first call;</li>
 *   <li>{@link dev.xtp4j.benchmarks.plugins.Footprint}: retained heap per idle instance (not JMH);</li>
 *   <li>{@link dev.xtp4j.benchmarks.plugins.Report}: reads the JMH and footprint results and prints the comparison
 *       table with ratios and targets.</li>
 * </ul>
 *
 * See {@code docs/performance.md} for the method and the latest results.
 */
package dev.xtp4j.benchmarks.plugins;
