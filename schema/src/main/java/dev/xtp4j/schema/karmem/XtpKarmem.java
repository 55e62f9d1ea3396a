package dev.xtp4j.schema.karmem;

import dev.xtp4j.schema.XtpSchema;
import java.util.Objects;

/**
 * Derives a Karmem schema ({@code .km}) from an XTP schema, as {@code docs/karmem.md} ("XTP → Karmem mapping")
 * describes: objects become tables with their fields in schema order, enums become enums by position, arrays of
 * strings, objects, enums and other non-scalars use inline item boxes, maps become slices of key-value entries,
 * nullable and optional places become {@code [<1]} option boxes, date-times a {@code DateTime} struct of Unix
 * microseconds, free-form objects a {@code Json} struct of their JSON text, and every function input and output gets
 * a root struct. Names are mapped to Karmem identifiers ({@code userName} → {@code UserName}); collisions are
 * reported, never renamed silently; the original names are kept in {@code @xtp.name} tags.
 */
public final class XtpKarmem {
    /** The package name used when none is given. */
    public static final String DEFAULT_PACKAGE = "xtp";

    private XtpKarmem() {
    }

    /**
     * Derives the Karmem schema of an XTP schema, in package {@value #DEFAULT_PACKAGE}.
     *
     * @param schema the XTP schema
     * @return the derivation
     * @throws KarmemDerivationException listing every name that cannot be mapped
     */
    public static KarmemDerivation derive(XtpSchema schema) {
        return derive(schema, DEFAULT_PACKAGE);
    }

    /**
     * Derives the Karmem schema of an XTP schema.
     *
     * @param schema      the XTP schema
     * @param packageName the {@code karmem <package>} name: ASCII letters only
     * @return the derivation
     * @throws KarmemDerivationException listing every name that cannot be mapped
     * @throws IllegalArgumentException  if the package name is not letters only
     */
    public static KarmemDerivation derive(XtpSchema schema, String packageName) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(packageName, "packageName");
        if (packageName.isEmpty() || !packageName.chars().allMatch(c -> (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z'))) {
            throw new IllegalArgumentException("a Karmem package name has ASCII letters only, not \"" + packageName
                    + "\"");
        }
        return new Deriver(schema, packageName).derive();
    }
}
