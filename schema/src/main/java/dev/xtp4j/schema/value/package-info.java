/**
 * Typed values of XTP types and their conversions: {@link dev.xtp4j.schema.value.XtpValue} and its records; JSON
 * ({@link dev.xtp4j.schema.value.XtpJson}, with the type-directed {@link dev.xtp4j.schema.value.JsonCoercion}),
 * plain Java objects ({@link dev.xtp4j.schema.value.JavaValues}), MessagePack
 * ({@link dev.xtp4j.schema.value.MsgpackValues}), WAVE ({@link dev.xtp4j.schema.value.XtpWave}), and value codecs per
 * content type ({@link dev.xtp4j.schema.value.ValueCodecs}). Karmem conversions are in
 * {@code dev.xtp4j.schema.karmem}. See {@code docs/values.md}.
 */
package dev.xtp4j.schema.value;
