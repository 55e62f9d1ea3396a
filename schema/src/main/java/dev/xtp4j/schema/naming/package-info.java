/**
 * Deterministic, documented mappings from XTP names to the identifiers of target languages (Java, C) and to WAVE
 * labels. The model precomputes them ({@code javaName()}, {@code EnumValue}); generators use this package for the
 * rest.
 */
package dev.xtp4j.schema.naming;
