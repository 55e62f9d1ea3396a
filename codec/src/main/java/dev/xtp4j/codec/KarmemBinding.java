package dev.xtp4j.codec;

import dev.xtp4j.karmem.layout.KarmemLayout;
import dev.xtp4j.karmem.layout.StructLayout;
import java.util.Objects;

/**
 * Which Karmem message a function's input or output is: the layouts of a {@code .km} schema and the name of the
 * root struct. For XTP schemas both come from the derived {@code .km} (see {@code docs/karmem.md}, section "XTP →
 * Karmem mapping"): the root of a parameter whose type is a non-nullable object is that object's table, any other
 * parameter has a wrapper table named after the function ({@code GreetInput}, {@code GreetOutput}).
 *
 * @param layout     the layouts of the schema
 * @param rootStruct the name of the root struct
 */
public record KarmemBinding(KarmemLayout layout, String rootStruct) {

    /**
     * Creates a binding, checking that the root struct exists.
     *
     * @param layout     the layouts
     * @param rootStruct the root struct's name
     * @throws IllegalArgumentException if the schema has no such struct
     */
    public KarmemBinding {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(rootStruct, "rootStruct");
        layout.struct(rootStruct);
    }

    /**
     * Returns the root struct's layout.
     *
     * @return the layout
     */
    public StructLayout root() {
        return layout.struct(rootStruct);
    }
}
