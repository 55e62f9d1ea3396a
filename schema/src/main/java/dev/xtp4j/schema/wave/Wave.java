package dev.xtp4j.schema.wave;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parses and prints WAVE, the WebAssembly Value Encoding text format (as in the {@code wasm-wave} crate of
 * bytecodealliance/wasm-tools).
 *
 * <p>Parsing is type-directed: {@code Wave.parse("{name: \"x\"}", type)} reads the text against a
 * {@link WaveType} and returns a {@link WaveValue} of exactly that type. It runs in two phases: the text is first
 * checked for syntax as a whole, then interpreted against the type, so a syntax error anywhere is reported before a
 * type error. Every failure is a {@link WaveParseException} with a kind, a detail and the position; no other
 * exception escapes for any input text.
 *
 * <p>Printing is canonical, so equal values always print the same text:
 * <ul>
 *   <li>integers in decimal; floats with the shortest digits that read back to the same value, never with an
 *       exponent ({@code 1e20} prints as {@code 100000000000000000000}), {@code -0} for negative zero,
 *       {@code nan}, {@code inf}, {@code -inf};</li>
 *   <li>chars and strings quoted, with {@code \\ \" \' \t \r \n} escaped and other control, format, separator,
 *       private-use, unassigned and combining characters written <code>&#92;u{hex}</code>;</li>
 *   <li>lists {@code [a, b]}, tuples {@code (a, b)};</li>
 *   <li>records {@code {a: 1, b: 2}} with fields in type order, {@code none} fields left out, {@code {:}} when no
 *       field is left;</li>
 *   <li>options always {@code some(...)} or {@code none}; results always {@code ok}/{@code ok(...)}/{@code err}/
 *       {@code err(...)};</li>
 *   <li>enum and variant cases named like a keyword with a {@code %} prefix ({@code %none});</li>
 *   <li>flags {@code {a, b}} in type order, {@code {}} for none.</li>
 * </ul>
 *
 * <p>This class has no state; all methods are static and thread-safe.
 */
public final class Wave {

    private Wave() {
    }

    /**
     * Parses WAVE text holding one value of the given type. Whitespace and {@code //} comments may surround it.
     *
     * @param text the WAVE text
     * @param type the type to read the text as
     * @return the value, of exactly {@code type}
     * @throws WaveParseException if the text is not WAVE or does not fit the type
     */
    public static WaveValue parse(String text, WaveType type) throws WaveParseException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Source source = new Source(text);
        Node node = new SyntaxParser(source).parseValue();
        return new TypedConverter(source).convert(node, type);
    }

    /**
     * Prints a value in canonical WAVE form.
     *
     * @param value the value
     * @return the WAVE text
     */
    public static String print(WaveValue value) {
        Objects.requireNonNull(value, "value");
        StringBuilder out = new StringBuilder();
        new Printer(out).value(value);
        return out.toString();
    }

    /**
     * Parses a function call {@code name(arg, ...)} against one signature. The name in the text must equal the
     * signature's name.
     *
     * @param text     the call text
     * @param function the signature
     * @return the call
     * @throws WaveParseException if the text is not a call of {@code function} with fitting arguments
     * @see #parseCall(String, Function)
     */
    public static WaveCall parseCall(String text, WaveFunction function) throws WaveParseException {
        Objects.requireNonNull(function, "function");
        return parseCall(text, name -> name.equals(function.name()) ? Optional.of(function) : Optional.empty());
    }

    /**
     * Parses a function call {@code name(arg, ...)}, looking the name up with a resolver.
     *
     * <p>The name is a label, optionally qualified by an interface and a package and followed by a version:
     * {@code f}, {@code iface.f}, {@code ns:pkg/iface.f}, {@code ns:pkg/iface.f@1.2.3}; the resolver receives it
     * as written. The arguments are matched to the parameters in order. Trailing arguments of {@code option} type
     * may be left out and become {@code none}, but {@code f()} is accepted only for a function without parameters.
     *
     * @param text     the call text
     * @param resolver finds the signature for a name, or returns empty for an unknown function
     * @return the call
     * @throws WaveParseException if the text is not a call, names an unknown function, or the arguments do not fit
     */
    public static WaveCall parseCall(String text, Function<String, Optional<WaveFunction>> resolver)
            throws WaveParseException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(resolver, "resolver");
        Source source = new Source(text);
        SyntaxParser.Call call = new SyntaxParser(source).parseCall();
        Token nameToken = call.name();
        String name = source.slice(nameToken.start(), nameToken.end());
        Optional<WaveFunction> resolved = resolver.apply(name);
        if (resolved == null || resolved.isEmpty()) {
            throw source.error(WaveErrorKind.UNKNOWN_FUNCTION, "\"" + name + "\"", nameToken);
        }
        WaveFunction function = resolved.get();
        List<WaveFunction.Param> params = function.params();
        List<WaveValue> arguments = new ArrayList<>(params.size());
        TypedConverter converter = new TypedConverter(source);
        if (call.arguments() == null) {
            if (!params.isEmpty()) {
                throw source.error(WaveErrorKind.INVALID_ARGUMENTS, "no arguments given, but " + function.name()
                        + " has " + params.size() + " parameter" + (params.size() == 1 ? "" : "s"), nameToken);
            }
            return new WaveCall(name, function, arguments);
        }
        List<Node> given = call.arguments().children();
        for (int i = 0; i < given.size(); i++) {
            if (i >= params.size()) {
                throw source.error(WaveErrorKind.INVALID_ARGUMENTS, "more arguments than the " + params.size()
                        + " parameter" + (params.size() == 1 ? "" : "s") + " of " + function.name(), given.get(i));
            }
            arguments.add(converter.convert(given.get(i), params.get(i).type()));
        }
        for (int i = given.size(); i < params.size(); i++) {
            WaveType type = params.get(i).type();
            if (!(type instanceof WaveType.OptionType)) {
                throw source.error(WaveErrorKind.INVALID_ARGUMENTS, "missing argument \"" + params.get(i).name()
                        + "\" of type " + Values.abbreviate(type.toString()), call.end() - 1, call.end());
            }
            arguments.add(new WaveValue.OptionValue((WaveType.OptionType) type, Optional.empty()));
        }
        return new WaveCall(name, function, arguments);
    }

    /**
     * Prints a call as {@code name(param: value, ...)}, with the name as written and canonical values.
     *
     * @param call the call
     * @return the text
     */
    public static String printCall(WaveCall call) {
        Objects.requireNonNull(call, "call");
        StringBuilder out = new StringBuilder(call.name()).append('(');
        Printer printer = new Printer(out);
        List<WaveFunction.Param> params = call.function().params();
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(params.get(i).name()).append(": ");
            printer.value(call.arguments().get(i));
        }
        return out.append(')').toString();
    }
}
