/**
 * XTP schemas: reading ({@link dev.xtp4j.schema.XtpSchemas}, {@link dev.xtp4j.schema.XtpSchemaReader}), diagnostics
 * ({@link dev.xtp4j.schema.Diagnostic}) and the root of the model ({@link dev.xtp4j.schema.XtpSchema}). The types
 * live in {@code dev.xtp4j.schema.model}; see {@code docs/schema.md}.
 */
package dev.xtp4j.schema;
