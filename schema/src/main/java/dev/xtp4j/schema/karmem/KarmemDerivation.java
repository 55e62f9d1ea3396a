package dev.xtp4j.schema.karmem;

import dev.xtp4j.codec.KarmemBinding;
import dev.xtp4j.karmem.layout.KarmemLayout;
import dev.xtp4j.karmem.schema.KarmemSchema;
import dev.xtp4j.schema.model.XtpFunction;
import dev.xtp4j.schema.model.XtpType;
import dev.xtp4j.schema.value.ValueCodec;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Karmem schema derived from an XTP schema by {@link XtpKarmem#derive}, with the names it chose: the struct of
 * each object, the enum of each enum, the field of each property, and the root struct of each function input and
 * output. Immutable and thread-safe.
 *
 * <pre>{@code
 * KarmemDerivation km = XtpKarmem.derive(schema);
 * String text = km.toKm();                                    // for guest authors: upstream kmgen reads it
 * XtpFunction greet = schema.exportNamed("greet").orElseThrow();
 * KarmemBinding in = km.inputBinding(greet).orElseThrow();    // for codecs of generated code
 * ValueCodec codec = km.inputCodec(greet).orElseThrow();       // for typed values (xtp call --schema)
 * }</pre>
 */
public final class KarmemDerivation {

    /**
     * The root struct of a function's input or output.
     *
     * @param struct   the struct name
     * @param type     the parameter's type
     * @param nullable whether the parameter is nullable
     * @param slot     how the value is laid out
     * @param wrapper  true for a derived wrapper table ({@code GreetInput { Value ... }}), false when the root is the
     *                 parameter's object table itself
     */
    record Root(String struct, XtpType type, boolean nullable, Shape.Slot slot, boolean wrapper) {
    }

    private final KarmemSchema schema;
    private final KarmemLayout layout;
    private final Map<String, Shape> namedShapes;
    private final Map<String, Root> inputs;
    private final Map<String, Root> outputs;
    private final Map<String, Root> importInputs;
    private final Map<String, Root> importOutputs;

    KarmemDerivation(KarmemSchema schema, Map<String, Shape> namedShapes, Map<String, Root> inputs,
            Map<String, Root> outputs, Map<String, Root> importInputs, Map<String, Root> importOutputs) {
        this.schema = schema;
        this.layout = KarmemLayout.of(schema);
        this.namedShapes = Map.copyOf(namedShapes);
        this.inputs = Map.copyOf(inputs);
        this.outputs = Map.copyOf(outputs);
        this.importInputs = Map.copyOf(importInputs);
        this.importOutputs = Map.copyOf(importOutputs);
    }

    /**
     * Returns the derived schema.
     *
     * @return the Karmem schema
     */
    public KarmemSchema schema() {
        return schema;
    }

    /**
     * Returns the layouts of the derived schema.
     *
     * @return the layouts
     */
    public KarmemLayout layout() {
        return layout;
    }

    /**
     * Returns the derived schema as {@code .km} text, for upstream Karmem code generators.
     *
     * @return the text
     */
    public String toKm() {
        return schema.toKm();
    }

    /**
     * Returns the Karmem name of a named XTP type: the table of an object, the enum of an enum.
     *
     * @param xtpTypeName the XTP type name (aliases have no Karmem declaration)
     * @return the Karmem name, or empty for an alias or an unknown name
     */
    public Optional<String> nameOf(String xtpTypeName) {
        Shape s = namedShapes.get(xtpTypeName);
        if (s instanceof Shape.Table t) {
            return Optional.of(t.struct());
        }
        if (s instanceof Shape.Enum e) {
            return Optional.of(e.name());
        }
        return Optional.empty();
    }

    /**
     * Returns the Karmem field name of an object property.
     *
     * @param object   the XTP object name
     * @param property the property name
     * @return the field name, or empty if there is no such object or property
     */
    public Optional<String> fieldOf(String object, String property) {
        if (namedShapes.get(object) instanceof Shape.Table t) {
            return t.fields().stream().filter(f -> f.field().name().equals(property)).map(Shape.FieldShape::name)
                    .findFirst();
        }
        return Optional.empty();
    }

    private Optional<Root> root(XtpFunction f, boolean output) {
        Objects.requireNonNull(f, "function");
        Root r = (output ? outputs : inputs).get(f.name());
        if (r != null && sameParameter(f, r, output)) {
            return Optional.of(r);
        }
        r = (output ? importOutputs : importInputs).get(f.name());
        return r != null && sameParameter(f, r, output) ? Optional.of(r) : Optional.empty();
    }

    private static boolean sameParameter(XtpFunction f, Root r, boolean output) {
        return (output ? f.output() : f.input()).map(p -> p.type().equals(r.type()) && p.nullable() == r.nullable())
                .orElse(false);
    }

    /**
     * Returns the root struct of a function's input.
     *
     * @param function an export or import of the schema
     * @return the struct name, or empty if the function has no input
     */
    public Optional<String> inputRoot(XtpFunction function) {
        return root(function, false).map(Root::struct);
    }

    /**
     * Returns the root struct of a function's output.
     *
     * @param function an export or import of the schema
     * @return the struct name, or empty if the function has no output
     */
    public Optional<String> outputRoot(XtpFunction function) {
        return root(function, true).map(Root::struct);
    }

    /**
     * Returns what a Karmem codec of generated code needs for a function's input: these layouts and the root struct.
     *
     * @param function an export or import of the schema
     * @return the binding, or empty if the function has no input
     */
    public Optional<KarmemBinding> inputBinding(XtpFunction function) {
        return inputRoot(function).map(s -> new KarmemBinding(layout, s));
    }

    /**
     * Returns the Karmem binding of a function's output.
     *
     * @param function an export or import of the schema
     * @return the binding, or empty if the function has no output
     */
    public Optional<KarmemBinding> outputBinding(XtpFunction function) {
        return outputRoot(function).map(s -> new KarmemBinding(layout, s));
    }

    /**
     * Returns a value codec for a function's input in Karmem.
     *
     * @param function an export or import of the schema
     * @return the codec, or empty if the function has no input
     */
    public Optional<ValueCodec> inputCodec(XtpFunction function) {
        return root(function, false).map(r -> new KarmemValueCodec(layout, r));
    }

    /**
     * Returns a value codec for a function's output in Karmem.
     *
     * @param function an export or import of the schema
     * @return the codec, or empty if the function has no output
     */
    public Optional<ValueCodec> outputCodec(XtpFunction function) {
        return root(function, true).map(r -> new KarmemValueCodec(layout, r));
    }

    @Override
    public String toString() {
        return "KarmemDerivation[" + schema.packageName() + ", " + schema.declarations().size() + " declarations]";
    }
}
