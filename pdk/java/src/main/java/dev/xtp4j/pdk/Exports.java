package dev.xtp4j.pdk;

import java.nio.charset.StandardCharsets;

/**
 * The export convention: an exported function is a {@code public static int} method annotated with TeaVM's
 * {@code @Export}, taking no parameters and returning 0 for success. Its body goes through {@link #run}, which turns
 * an exception into the call's error message and a non-zero return code, as the other Extism PDKs do.
 *
 * <pre>{@code
 * public final class Plugin {
 *     public static void main(String[] args) {
 *     }
 *
 *     @Export(name = "greet")
 *     public static int greet() {
 *         return Exports.run(() -> Output.set("Hello, " + Input.string() + "!"));
 *     }
 *
 *     @Export(name = "shout")
 *     public static int shout() {
 *         return Exports.runString(input -> input.toUpperCase());
 *     }
 * }
 * }</pre>
 *
 * <p>TeaVM compiles the {@code @Export} methods of the classes it reaches from the main class (the pom's
 * {@code mainClass}); keep them in the main class.
 */
public final class Exports {
    private Exports() {
    }

    /** The body of an export. */
    @FunctionalInterface
    public interface Body {
        /**
         * Runs the export: reads the input, sets the output.
         *
         * @throws Exception to fail the call; see {@link Exports#run}
         */
        void run() throws Exception;
    }

    /** A function from the input text to the output text. */
    @FunctionalInterface
    public interface StringFunction {
        /**
         * Computes the output.
         *
         * @param input the input, decoded as UTF-8
         * @return the output, encoded as UTF-8; {@code null} for none
         * @throws Exception to fail the call; see {@link Exports#run}
         */
        String apply(String input) throws Exception;
    }

    /** A function from the input bytes to the output bytes. */
    @FunctionalInterface
    public interface BytesFunction {
        /**
         * Computes the output.
         *
         * @param input the input
         * @return the output; {@code null} for none
         * @throws Exception to fail the call; see {@link Exports#run}
         */
        byte[] apply(byte[] input) throws Exception;
    }

    /**
     * Runs an export's body and returns the export's result code.
     *
     * <ul>
     *   <li>The body returns normally: 0.</li>
     *   <li>It throws a {@link PluginException}: the exception's message becomes the call's error, and the result is
     *       {@link PluginException#code()} (-1 unless set).</li>
     *   <li>It throws anything else: the error is the exception's class name and message, as
     *       {@code Throwable.toString()} gives them (for example {@code java.lang.IllegalStateException: closed}),
     *       and the result is -1.</li>
     * </ul>
     *
     * <p>Errors TeaVM cannot turn into exceptions (running out of Java heap, exhausting the WebAssembly stack) trap
     * instead: the host reports a trap.
     *
     * @param body the export's body
     * @return the value for the {@code @Export} method to return
     */
    public static int run(Body body) {
        try {
            body.run();
            return 0;
        } catch (PluginException e) {
            return fail(e.getMessage(), e.code());
        } catch (Throwable e) {
            return fail(describe(e), PluginException.DEFAULT_CODE);
        }
    }

    /**
     * Runs a string function over the input and sets its result as the output: {@link #run} with
     * {@link Input#string()} and {@link Output#set(String)}.
     *
     * @param function the function
     * @return the value for the {@code @Export} method to return
     */
    public static int runString(StringFunction function) {
        return run(() -> {
            String output = function.apply(Input.string());
            if (output != null) {
                Output.set(output);
            }
        });
    }

    /**
     * Runs a bytes function over the input and sets its result as the output: {@link #run} with {@link Input#bytes()}
     * and {@link Output#set(byte[])}.
     *
     * @param function the function
     * @return the value for the {@code @Export} method to return
     */
    public static int runBytes(BytesFunction function) {
        return run(() -> {
            byte[] output = function.apply(Input.bytes());
            if (output != null) {
                Output.set(output);
            }
        });
    }

    /**
     * Sets the call's error message. The call fails whatever the export then returns; most exports throw a
     * {@link PluginException} instead. An empty or {@code null} message becomes {@code "error"} (an empty message
     * cannot be represented: handle 0 clears the error).
     *
     * @param message the message
     */
    public static void setError(String message) {
        String text = message == null || message.isEmpty() ? "error" : message;
        Env.errorSet(Memory.allocate(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * {@code Throwable.toString()}, except that a class name TeaVM did not keep (it drops the names of exceptions its
     * runtime throws, such as array index errors) is recovered for the common runtime exceptions.
     */
    static String describe(Throwable e) {
        String name = e.getClass().getName();
        if (name == null) {
            name = runtimeExceptionName(e);
        }
        String message = e.getMessage();
        return message == null ? name : name + ": " + message;
    }

    private static String runtimeExceptionName(Throwable e) {
        if (e instanceof ArrayIndexOutOfBoundsException) {
            return "java.lang.ArrayIndexOutOfBoundsException";
        } else if (e instanceof StringIndexOutOfBoundsException) {
            return "java.lang.StringIndexOutOfBoundsException";
        } else if (e instanceof IndexOutOfBoundsException) {
            return "java.lang.IndexOutOfBoundsException";
        } else if (e instanceof NullPointerException) {
            return "java.lang.NullPointerException";
        } else if (e instanceof ClassCastException) {
            return "java.lang.ClassCastException";
        } else if (e instanceof ArithmeticException) {
            return "java.lang.ArithmeticException";
        } else if (e instanceof NegativeArraySizeException) {
            return "java.lang.NegativeArraySizeException";
        } else if (e instanceof ArrayStoreException) {
            return "java.lang.ArrayStoreException";
        } else if (e instanceof RuntimeException) {
            return "java.lang.RuntimeException";
        } else if (e instanceof Error) {
            return "java.lang.Error";
        }
        return "java.lang.Throwable";
    }

    private static int fail(String message, int code) {
        setError(message);
        return code;
    }
}
