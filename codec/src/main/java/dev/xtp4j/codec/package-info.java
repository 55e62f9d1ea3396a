/**
 * Payload codecs: how a plugin call's input and output values become bytes, per content type.
 *
 * <ul>
 *   <li>{@link dev.xtp4j.codec.Codec}: encode and decode one Java type as one {@link dev.xtp4j.codec.ContentType};
 *       failures are {@link dev.xtp4j.codec.CodecException}s that name the place;</li>
 *   <li>{@link dev.xtp4j.codec.CodecFactory} and the shortcuts in {@link dev.xtp4j.codec.Codecs}: raw bytes, UTF-8
 *       text, JSON and MessagePack (Jackson with the XTP conventions of {@link dev.xtp4j.codec.XtpJackson}), and
 *       Karmem bound to Java types through a {@link dev.xtp4j.codec.KarmemBinding};</li>
 *   <li>{@link dev.xtp4j.codec.ContentTypeOverrides}: a host's per-function choice of content type;</li>
 *   <li>{@link dev.xtp4j.codec.DateTimes}: the wire forms of date-times.</li>
 * </ul>
 *
 * <p>The wire formats are specified in {@code docs/codecs.md}. This module needs neither the runtime nor the schema
 * parser: generated host code depends on it alone (plus Jackson and {@code xtp4j-karmem}).
 */
package dev.xtp4j.codec;
