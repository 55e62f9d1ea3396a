package dev.xtp4j.sdk;

/**
 * A wasm value type, for declaring host function signatures.
 *
 * <p>Values cross the boundary as raw {@code long}s: {@code i32} sign-extended, {@code i64} as is, {@code f32} as
 * {@link Float#floatToRawIntBits(float)} and {@code f64} as {@link Double#doubleToRawLongBits(double)}. Extism passes
 * memory handles as {@code i64} ({@link #PTR}).
 */
public enum ValType {
    /** 32-bit integer. */
    I32,
    /** 64-bit integer. */
    I64,
    /** 32-bit float. */
    F32,
    /** 64-bit float. */
    F64,
    /** 128-bit vector (only as an opaque pair of longs; the runtime does not execute SIMD). */
    V128,
    /** A function reference. */
    FUNCREF,
    /** An opaque host reference. */
    EXTERNREF;

    /** The type Extism uses for memory handles: {@code i64}. */
    public static final ValType PTR = I64;
}
