/**
 * JMH benchmarks of the Karmem codec on the upstream "game" shape (monsters with positions, names, inventories,
 * weapons and paths): encoding, decoding to plain Java values, and summing one field with the zero-copy view.
 */
package dev.xtp4j.benchmarks.karmem;
