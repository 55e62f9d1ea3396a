/**
 * The normalized XTP schema model: a closed hierarchy of immutable types ({@link dev.xtp4j.schema.model.XtpType})
 * and the declarations that use them (functions, parameters, fields).
 *
 * <p>Start from {@link dev.xtp4j.schema.XtpSchema}; walk types with a {@link dev.xtp4j.schema.model.TypeVisitor} or
 * by switching on {@link dev.xtp4j.schema.model.XtpType#kind()}.
 */
package dev.xtp4j.schema.model;
