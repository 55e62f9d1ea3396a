package dev.xtp4j.schema;

/**
 * How strictly a schema is checked. See {@code docs/schema.md} for the full list of rules per mode.
 */
public enum ValidationMode {
    /**
     * The semantics of the reference parser (dylibso/xtp-bindgen v1.0.0-rc17), plus xtp4j's extension content types
     * and a few extra checks that only reject documents the reference parser would turn into broken output.
     */
    DEFAULT,
    /**
     * {@link #DEFAULT} plus the rules of the production XTP JSON Schema: no unknown keys, {@code contentType}
     * required, no inline enums, no map-of-map or array-of-array, only object and enum component schemas, only the
     * int32/int64 integer formats, no extension content types.
     */
    STRICT,
    /**
     * {@link #DEFAULT}, but older documents are accepted with warnings: rc16-style maps without {@code type: object},
     * non-canonical content type spellings such as {@code text/plain; charset=UTF-8}, the legacy root {@code schemas}
     * key and list-shaped exports/imports, and the legacy {@code date} format.
     */
    LENIENT
}
