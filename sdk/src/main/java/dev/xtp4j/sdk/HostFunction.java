package dev.xtp4j.sdk;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A function the host offers to plugins: a wasm import {@code namespace::name} with a signature and a Java handler.
 *
 * <p>A host function is an immutable value. The same object can serve any number of plugins and instances at once;
 * per-call state reaches the handler through its {@link CurrentPlugin} argument.
 *
 * <pre>{@code
 * // (i64 handle) -> i64 handle, the usual Extism shape: bytes in, bytes out
 * HostFunction greet = HostFunction.ofString("greet", (plugin, name) -> "Hello, " + name + "!");
 *
 * // any signature, raw values
 * HostFunction add = HostFunction.of("add", List.of(ValType.I64, ValType.I64), List.of(ValType.I64),
 *         (plugin, args) -> new long[] {args[0] + args[1]});
 * }</pre>
 */
public final class HostFunction {
    /** The namespace host functions live in unless another is given: {@code extism:host/user}. */
    public static final String DEFAULT_NAMESPACE = "extism:host/user";

    private final String namespace;
    private final String name;
    private final List<ValType> params;
    private final List<ValType> results;
    private final Handler handler;

    private HostFunction(String namespace, String name, List<ValType> params, List<ValType> results,
            Handler handler) {
        this.namespace = requireNonEmpty(namespace, "namespace");
        this.name = requireNonEmpty(name, "name");
        this.params = List.copyOf(params);
        this.results = List.copyOf(results);
        this.handler = Objects.requireNonNull(handler, "handler");
        if (namespace.equals("extism:host/env")) {
            throw new IllegalArgumentException("the namespace extism:host/env belongs to the Extism ABI; "
                    + "use extism:host/user or a namespace of your own");
        }
    }

    /**
     * A host function in the default namespace {@code extism:host/user}.
     *
     * @param name the import name
     * @param params the parameter types
     * @param results the result types
     * @param handler the implementation
     * @return the host function
     */
    public static HostFunction of(String name, List<ValType> params, List<ValType> results, Handler handler) {
        return new HostFunction(DEFAULT_NAMESPACE, name, params, results, handler);
    }

    /**
     * A host function of the usual Extism shape {@code (i64) -> i64}: the plugin passes the handle of its input bytes
     * and receives the handle of the result bytes. A {@code null} or empty result returns the null handle 0.
     *
     * @param name the import name
     * @param handler turns the input bytes into the result bytes
     * @return the host function
     */
    public static HostFunction ofBytes(String name, BytesHandler handler) {
        Objects.requireNonNull(handler, "handler");
        return of(name, List.of(ValType.PTR), List.of(ValType.PTR), (plugin, args) -> {
            byte[] out = handler.apply(plugin, plugin.read(args[0]));
            return new long[] {out == null ? 0 : plugin.write(out)};
        });
    }

    /**
     * A host function of the usual Extism shape {@code (i64) -> i64} on UTF-8 strings.
     *
     * @param name the import name
     * @param handler turns the input text into the result text
     * @return the host function
     */
    public static HostFunction ofString(String name, StringHandler handler) {
        Objects.requireNonNull(handler, "handler");
        return ofBytes(name, (plugin, in) -> {
            String out = handler.apply(plugin, new String(in, StandardCharsets.UTF_8));
            return out == null ? null : out.getBytes(StandardCharsets.UTF_8);
        });
    }

    /**
     * A copy of this function in another namespace (wasm import module).
     *
     * @param namespace e.g. {@code host} or {@code my:app}
     * @return the copy
     */
    public HostFunction inNamespace(String namespace) {
        return new HostFunction(namespace, name, params, results, handler);
    }

    /**
     * The namespace (wasm import module).
     *
     * @return the namespace
     */
    public String namespace() {
        return namespace;
    }

    /**
     * The import name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The parameter types.
     *
     * @return the types, in order
     */
    public List<ValType> params() {
        return params;
    }

    /**
     * The result types.
     *
     * @return the types, in order
     */
    public List<ValType> results() {
        return results;
    }

    /**
     * The implementation.
     *
     * @return the handler
     */
    public Handler handler() {
        return handler;
    }

    /**
     * The signature as wasm text, e.g. {@code (i64, i64) -> i64}.
     *
     * @return the signature
     */
    public String signature() {
        return signature(params, results);
    }

    @Override
    public String toString() {
        return namespace + "::" + name + " " + signature();
    }

    static String signature(List<ValType> params, List<ValType> results) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < params.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(params.get(i).name().toLowerCase(java.util.Locale.ROOT));
        }
        sb.append(") -> ");
        if (results.size() == 1) {
            sb.append(results.get(0).name().toLowerCase(java.util.Locale.ROOT));
        } else {
            sb.append('(');
            for (int i = 0; i < results.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(results.get(i).name().toLowerCase(java.util.Locale.ROOT));
            }
            sb.append(')');
        }
        return sb.toString();
    }

    private static String requireNonEmpty(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a host function's " + what + " must not be empty");
        }
        return value;
    }

    /** The implementation of a host function, on raw wasm values. */
    @FunctionalInterface
    public interface Handler {
        /**
         * Runs the function.
         *
         * @param plugin the calling plugin: its memory, vars, config and host context
         * @param args the arguments as raw values (see {@link ValType})
         * @return the results as raw values, one per result type ({@code null} or empty when there are none)
         * @throws Exception to fail the call: the guest traps and the call fails with {@link HostFunctionException}
         */
        long[] call(CurrentPlugin plugin, long[] args) throws Exception;
    }

    /** A bytes-in, bytes-out host function; see {@link #ofBytes(String, BytesHandler)}. */
    @FunctionalInterface
    public interface BytesHandler {
        /**
         * Runs the function.
         *
         * @param plugin the calling plugin
         * @param input the bytes the plugin passed
         * @return the bytes to return, or {@code null} for none
         * @throws Exception to fail the call
         */
        byte[] apply(CurrentPlugin plugin, byte[] input) throws Exception;
    }

    /** A string-in, string-out host function; see {@link #ofString(String, StringHandler)}. */
    @FunctionalInterface
    public interface StringHandler {
        /**
         * Runs the function.
         *
         * @param plugin the calling plugin
         * @param input the text the plugin passed
         * @return the text to return, or {@code null} for none
         * @throws Exception to fail the call
         */
        String apply(CurrentPlugin plugin, String input) throws Exception;
    }
}
