/**
 * The schema-driven Karmem codec over plain Java values ({@link dev.xtp4j.karmem.codec.KarmemCodec}): encode a
 * {@code Map} to bytes identical to upstream's, decode bytes leniently with upstream's default-on-error rules and an
 * element budget, or validate untrusted bytes strictly first.
 */
package dev.xtp4j.karmem.codec;
