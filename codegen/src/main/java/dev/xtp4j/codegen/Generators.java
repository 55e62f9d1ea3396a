package dev.xtp4j.codegen;

import dev.xtp4j.codegen.c.CGenerator;
import dev.xtp4j.codegen.java.JavaHostGenerator;
import dev.xtp4j.codegen.javaguest.JavaGuestGenerator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The generators this library provides, by target name. */
public final class Generators {
    private static final List<Generator> ALL = List.of(new CGenerator(), new JavaHostGenerator(),
            new JavaGuestGenerator());

    private Generators() {}

    /**
     * Every generator.
     *
     * @return the generators, in a stable order
     */
    public static List<Generator> all() {
        return ALL;
    }

    /**
     * The generator of a target.
     *
     * @param target e.g. {@code java-host}
     * @return the generator
     * @throws IllegalArgumentException naming the known targets if there is none of that name
     */
    public static Generator forTarget(String target) {
        return find(target).orElseThrow(() -> new IllegalArgumentException("unknown target \"" + target
                + "\"; the targets are " + ALL.stream().map(Generator::target).collect(Collectors.joining(", "))));
    }

    /**
     * The generator that scaffolds plugin projects in a language ({@code init --lang}): the target named like the
     * language ({@code c}), or else the target {@code <lang>-guest} ({@code java} finds {@code java-guest}).
     *
     * @param language e.g. {@code c} or {@code java}
     * @return the generator
     * @throws IllegalArgumentException naming the known targets if there is none for the language
     */
    public static Generator forLanguage(String language) {
        return find(language).or(() -> find(language + "-guest")).orElseThrow(() -> new IllegalArgumentException(
                "no generator for the language \"" + language + "\" (a target named " + language + " or " + language
                        + "-guest); the targets are " + ALL.stream().map(Generator::target)
                                .collect(Collectors.joining(", "))));
    }

    /**
     * The generator of a target, if there is one.
     *
     * @param target the target name
     * @return the generator
     */
    public static Optional<Generator> find(String target) {
        return ALL.stream().filter(g -> g.target().equals(target)).findFirst();
    }
}
