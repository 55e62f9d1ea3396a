package dev.xtp4j.schema.wave;

import java.util.List;
import java.util.Objects;

/**
 * A parsed WAVE function call: the name as written, the signature it was resolved to, and one argument per
 * parameter (omitted trailing {@code option} arguments are {@code none}). {@link #toString()} prints it as
 * {@code name(param: value, ...)} ({@link Wave#printCall(WaveCall)}).
 *
 * @param name      the function name as written in the call, e.g. {@code ui:tests/ui.string@0.1.0}
 * @param function  the signature
 * @param arguments one value per parameter, of the parameter's type
 */
public record WaveCall(String name, WaveFunction function, List<WaveValue> arguments) {

    /**
     * Checks the arguments against the signature and copies the list.
     *
     * @param name see the record component
     * @param function see the record component
     * @param arguments see the record component
     */
    public WaveCall {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(function, "function");
        arguments = List.copyOf(arguments);
        List<WaveFunction.Param> params = function.params();
        if (arguments.size() != params.size()) {
            throw new IllegalArgumentException(function.name() + " has " + params.size() + " parameters, got "
                    + arguments.size() + " arguments");
        }
        for (int i = 0; i < params.size(); i++) {
            Values.checkPart(arguments.get(i), params.get(i).type(), "argument \"" + params.get(i).name() + "\"");
        }
    }

    /**
     * Returns the argument for a parameter.
     *
     * @param paramName a parameter name of the signature
     * @return the argument
     * @throws IllegalArgumentException if the signature has no such parameter
     */
    public WaveValue argument(String paramName) {
        List<WaveFunction.Param> params = function.params();
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(paramName)) {
                return arguments.get(i);
            }
        }
        throw new IllegalArgumentException("no parameter \"" + paramName + "\" in " + function.name());
    }

    @Override
    public String toString() {
        return Wave.printCall(this);
    }
}
