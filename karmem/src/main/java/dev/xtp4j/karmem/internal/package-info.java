/**
 * Implementation helpers of the Karmem module (BLAKE2b, UTF-8). Not part of the public API: they may change
 * without notice.
 */
package dev.xtp4j.karmem.internal;
