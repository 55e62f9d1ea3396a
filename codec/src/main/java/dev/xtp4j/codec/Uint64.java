package dev.xtp4j.codec;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.xtp4j.codec.internal.Uint64Deserializer;
import dev.xtp4j.codec.internal.Uint64Serializer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code long} (or {@code Long}) record component or field that holds an XTP {@code uint64}: its 64 bits are
 * an unsigned number. JSON and MessagePack then write it as the unsigned value (0 to 2<sup>64</sup>−1) and read
 * values above {@link Long#MAX_VALUE} into the negative {@code long}s with the same bits; use
 * {@link Long#toUnsignedString(long)} and {@link Long#compareUnsigned(long, long)} to work with it. The Karmem codec
 * maps a {@code long} to a {@code uint64} field bit for bit, with or without this annotation.
 *
 * <pre>{@code
 * public record Counter(String name, @Uint64 long hits) {}
 * }</pre>
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonSerialize(using = Uint64Serializer.class)
@JsonDeserialize(using = Uint64Deserializer.class)
public @interface Uint64 {
}
