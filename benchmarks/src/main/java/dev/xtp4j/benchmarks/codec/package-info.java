/**
 * JMH benchmarks of the payload codecs (JSON, MessagePack, Karmem) on the Karmem game shape; see
 * {@code docs/performance.md}, section "Codecs".
 */
package dev.xtp4j.benchmarks.codec;
