/** The Karmem codec for typed Java values: bindings built by reflection, read through the zero-copy view. Not API. */
package dev.xtp4j.codec.internal.karmem;
