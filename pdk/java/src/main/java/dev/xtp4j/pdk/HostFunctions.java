package dev.xtp4j.pdk;

import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;

/**
 * Calling host functions: functions the host provides under an import module of its choice, by default
 * {@value #USER_MODULE}.
 *
 * <p>Declare each one as a {@code static native} method with TeaVM's {@code @Import}, taking and returning
 * {@code long} handles (the Extism convention for "bytes in, bytes out"), then call it through these helpers, which
 * move the bytes in and out of kernel memory and free every block:
 *
 * <pre>{@code
 * @Import(module = "extism:host/user", name = "hello")
 * private static native long hello(long name);        // (i64) -> i64
 *
 * String greeting = HostFunctions.callString(MyPlugin::hello, "Ada");
 * }</pre>
 *
 * <p>The four shapes of an XTP schema import map to these helpers: {@code (i64) -> i64} to {@link #call} /
 * {@link #callString}, {@code () -> i64} to {@link #receive}, {@code (i64) -> ()} to {@link #send}, and
 * {@code () -> ()} to a plain call of the native method.
 *
 * <p>Ownership: unlike the functions of {@link Env}, host functions do not free their argument handles; the helpers
 * free them after the call. A returned handle is a new block owned by the plugin; the helpers free it after reading.
 * An empty value travels as handle 0. Host functions may also take and return plain numbers ({@code int},
 * {@code long}, {@code float}, {@code double}); declare and call those directly.
 */
public final class HostFunctions {
    /** The default import module of host functions, {@code extism:host/user}. */
    public static final String USER_MODULE = "extism:host/user";

    private HostFunctions() {
    }

    /**
     * Calls a {@code (i64) -> i64} host function with bytes and returns its bytes.
     *
     * @param function the imported function, typically a method reference to its {@code static native} declaration
     * @param input the argument
     * @return the result; empty when the function returned 0
     */
    public static byte[] call(LongUnaryOperator function, byte[] input) {
        long argument = Memory.allocate(input);
        try {
            return Memory.readAndFree(function.applyAsLong(argument));
        } finally {
            Memory.free(argument);
        }
    }

    /**
     * Calls a {@code (i64) -> i64} host function with UTF-8 text and returns its result as UTF-8 text.
     *
     * @param function the imported function
     * @param input the argument
     * @return the result; empty when the function returned 0
     */
    public static String callString(LongUnaryOperator function, String input) {
        return new String(call(function, input.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    /**
     * Calls a {@code (i64) -> ()} host function with bytes.
     *
     * @param function the imported function
     * @param input the argument
     */
    public static void send(LongConsumer function, byte[] input) {
        long argument = Memory.allocate(input);
        try {
            function.accept(argument);
        } finally {
            Memory.free(argument);
        }
    }

    /**
     * Calls a {@code () -> i64} host function and returns its bytes.
     *
     * @param function the imported function
     * @return the result; empty when the function returned 0
     */
    public static byte[] receive(LongSupplier function) {
        return Memory.readAndFree(function.getAsLong());
    }
}
