package dev.xtp4j.schema.wave;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A function signature for WAVE function calls: a name and named, typed parameters.
 *
 * @param name   the function name, a valid {@link WaveLabels label}
 * @param params the parameters in order; names unique
 */
public record WaveFunction(String name, List<Param> params) {

    /**
     * Validates and copies the components.
     *
     * @param name see the record component
     * @param params see the record component
     */
    public WaveFunction {
        WaveLabels.requireValid(name, "function");
        params = List.copyOf(params);
        Set<String> seen = new HashSet<>();
        for (Param param : params) {
            if (!seen.add(param.name())) {
                throw new IllegalArgumentException("duplicate parameter name \"" + param.name() + "\" in " + name);
            }
        }
    }

    /**
     * Returns a signature.
     *
     * @param name   the function name
     * @param params the parameters
     * @return the signature
     */
    public static WaveFunction of(String name, Param... params) {
        return new WaveFunction(name, List.of(params));
    }

    /**
     * Returns a parameter; shorthand for {@code new Param(name, type)}.
     *
     * @param name the parameter name
     * @param type the parameter type
     * @return the parameter
     */
    public static Param param(String name, WaveType type) {
        return new Param(name, type);
    }

    /**
     * A named, typed parameter.
     *
     * @param name the parameter name, a valid label
     * @param type the parameter type
     */
    public record Param(String name, WaveType type) {
        /**
         * Validates the components.
         *
         * @param name see the record component
         * @param type see the record component
         */
        public Param {
            WaveLabels.requireValid(name, "parameter");
            Objects.requireNonNull(type, "parameter type");
        }
    }
}
