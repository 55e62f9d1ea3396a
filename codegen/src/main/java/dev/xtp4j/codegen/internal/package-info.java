/**
 * Helpers shared by the generator's targets. Not part of the API: anything here may change without notice.
 */
package dev.xtp4j.codegen.internal;
