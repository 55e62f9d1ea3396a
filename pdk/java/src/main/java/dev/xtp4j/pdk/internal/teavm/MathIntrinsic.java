package dev.xtp4j.pdk.internal.teavm;

import java.util.Map;
import org.teavm.ast.InvocationExpr;
import org.teavm.backend.wasm.intrinsics.WasmIntrinsic;
import org.teavm.backend.wasm.intrinsics.WasmIntrinsicManager;
import org.teavm.backend.wasm.model.expression.WasmExpression;
import org.teavm.backend.wasm.model.expression.WasmFloatType;
import org.teavm.backend.wasm.model.expression.WasmFloatUnary;
import org.teavm.backend.wasm.model.expression.WasmFloatUnaryOperation;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;

/**
 * Compiles {@code Math.sqrt}, {@code Math.floor}, {@code Math.ceil} and {@code Math.rint} (and their
 * {@code StrictMath} twins) to the WebAssembly instructions {@code f64.sqrt}, {@code f64.floor}, {@code f64.ceil} and
 * {@code f64.nearest}. TeaVM 0.13.1 implements the first three with imports from a module {@code teavmMath} that no
 * Extism host provides, and {@code rint} with {@code Math.round}, which rounds ties away from zero and overflows
 * above 2<sup>63</sup>; the instructions are exact and IEEE 754 conformant.
 */
final class MathIntrinsic implements WasmIntrinsic {
    static final Map<String, WasmFloatUnaryOperation> OPERATIONS = Map.of(
            "sqrt", WasmFloatUnaryOperation.SQRT,
            "floor", WasmFloatUnaryOperation.FLOOR,
            "ceil", WasmFloatUnaryOperation.CEIL,
            "rint", WasmFloatUnaryOperation.NEAREST);

    @Override
    public boolean isApplicable(MethodReference method) {
        String owner = method.getClassName();
        return (owner.equals("java.lang.Math") || owner.equals("java.lang.StrictMath"))
                && OPERATIONS.containsKey(method.getName())
                && method.parameterCount() == 1
                && method.parameterType(0) == ValueType.DOUBLE
                && method.getReturnType() == ValueType.DOUBLE;
    }

    @Override
    public WasmExpression apply(InvocationExpr invocation, WasmIntrinsicManager manager) {
        WasmFloatUnaryOperation operation = OPERATIONS.get(invocation.getMethod().getName());
        return new WasmFloatUnary(WasmFloatType.FLOAT64, operation,
                manager.generate(invocation.getArguments().get(0)));
    }
}
