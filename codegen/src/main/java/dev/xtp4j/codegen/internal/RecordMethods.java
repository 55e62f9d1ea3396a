package dev.xtp4j.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The {@code equals}, {@code hashCode} and {@code toString} of a generated record with {@code byte[]} components,
 * which compare, hash and print those by content (a record's own methods use the arrays' identity). Shared by the
 * Java host and Java guest targets, whose records have the same shape.
 */
public final class RecordMethods {
    /** What the methods need to know of a record component. */
    public interface Component {
        /**
         * The component's Java name.
         *
         * @return the name
         */
        String name();

        /**
         * The component's Java type.
         *
         * @return the type
         */
        TypeName type();

        /**
         * How the property is present.
         *
         * @return the presence
         */
        Presence presence();

        /**
         * Whether the value is a {@code byte[]} (in an {@code Optional} when optional and nullable).
         *
         * @return true for buffers and byte strings
         */
        boolean bytes();
    }

    private RecordMethods() {
    }

    /**
     * {@code equals}: every component, {@code byte[]} by content, floats by {@code compare}.
     *
     * @param self the record
     * @param components its components
     * @return the method
     */
    public static MethodSpec equalsMethod(ClassName self, List<? extends Component> components) {
        CodeBlock.Builder expr = CodeBlock.builder().add("return object == this || object instanceof $T that", self);
        for (Component c : components) {
            expr.add("\n&& $L", equalsTerm(c));
        }
        return MethodSpec.methodBuilder("equals").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN).addParameter(Object.class, "object")
                .addJavadoc("Compares all components; {@code byte[]} components by their content.\n\n"
                        + "@param object the object to compare with\n@return whether it is equal to this one\n")
                .addStatement("$L", expr.build()).build();
    }

    private static CodeBlock equalsTerm(Component c) {
        String n = c.name();
        TypeName t = c.type();
        if (c.bytes() && c.presence() == Presence.OPTIONAL_NULLABLE) {
            return CodeBlock.of("(this.$N == null ? that.$N == null$W: that.$N != null$W&& $T.equals(this.$N.orElse("
                    + "null),$Wthat.$N.orElse(null)))", n, n, n, Arrays.class, n, n);
        }
        if (c.bytes()) {
            return CodeBlock.of("$T.equals(this.$N, that.$N)", Arrays.class, n, n);
        }
        if (t.equals(TypeName.FLOAT) || t.equals(TypeName.DOUBLE)) {
            return CodeBlock.of("$T.compare(this.$N, that.$N) == 0", t.box(), n, n);
        }
        if (t.isPrimitive()) {
            return CodeBlock.of("this.$N == that.$N", n, n);
        }
        return CodeBlock.of("$T.equals(this.$N, that.$N)", Objects.class, n, n);
    }

    /**
     * {@code hashCode}: of every component, {@code byte[]} by content.
     *
     * @param components the record's components
     * @return the method
     */
    public static MethodSpec hashCodeMethod(List<? extends Component> components) {
        List<CodeBlock> terms = new ArrayList<>();
        for (Component c : components) {
            String n = c.name();
            if (c.bytes() && c.presence() == Presence.OPTIONAL_NULLABLE) {
                terms.add(CodeBlock.of("this.$N == null ? -1 : $T.hashCode(this.$N.orElse(null))", n, Arrays.class,
                        n));
            } else if (c.bytes()) {
                terms.add(CodeBlock.of("$T.hashCode(this.$N)", Arrays.class, n));
            } else {
                terms.add(CodeBlock.of("this.$N", n));
            }
        }
        return MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addJavadoc("A hash code of all components; of {@code byte[]} components by their content.\n\n"
                        + "@return the hash code\n")
                .addStatement("return $T.hash($L)", Objects.class, CodeBlock.join(terms, ",$W")).build();
    }

    /**
     * {@code toString}: as a record's, {@code byte[]} components as their values.
     *
     * @param name the record's simple name
     * @param components its components
     * @return the method
     */
    public static MethodSpec toStringMethod(String name, List<? extends Component> components) {
        CodeBlock.Builder expr = CodeBlock.builder();
        String prefix = name + "[";
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            String n = c.name();
            String label = prefix + (i == 0 ? "" : ", ") + n + "=";
            prefix = "";
            CodeBlock value;
            if (c.bytes() && c.presence() == Presence.OPTIONAL_NULLABLE) {
                value = CodeBlock.of("(this.$N == null ? null$W: this.$N.map($T::toString))", n, n, Arrays.class);
            } else if (c.bytes()) {
                value = CodeBlock.of("$T.toString(this.$N)", Arrays.class, n);
            } else {
                value = CodeBlock.of("this.$N", n);
            }
            expr.add(i == 0 ? "$L + $L" : "$W+ $L + $L", Text.literal(label), value);
        }
        expr.add("$W+ $L", Text.literal("]"));
        return MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("The components as text, {@code byte[]} components as their values.\n\n"
                        + "@return the text\n")
                .addStatement("return $L", expr.build()).build();
    }
}
