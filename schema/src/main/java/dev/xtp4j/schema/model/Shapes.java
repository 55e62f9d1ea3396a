package dev.xtp4j.schema.model;

import java.util.Objects;

/**
 * Equality and hashing of types at a use site: named types compare by kind and name only, everything else
 * structurally. This keeps {@code equals} and {@code hashCode} linear in the size of a schema even when many fields
 * share the same named types (a deep structural comparison would revisit shared types once per path).
 */
final class Shapes {

    private Shapes() {
    }

    static boolean same(XtpType a, XtpType b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.kind() != b.kind()) {
            return false;
        }
        if (a instanceof NamedType na && b instanceof NamedType nb) {
            return na.name().equals(nb.name());
        }
        if (a instanceof ArrayType aa && b instanceof ArrayType ab) {
            return aa.nullableItems() == ab.nullableItems() && same(aa.items(), ab.items());
        }
        if (a instanceof MapType ma && b instanceof MapType mb) {
            return ma.nullableValues() == mb.nullableValues() && same(ma.values(), mb.values());
        }
        return a.equals(b);
    }

    static int hash(XtpType t) {
        if (t instanceof NamedType n) {
            return 31 * t.kind().hashCode() + n.name().hashCode();
        }
        if (t instanceof ArrayType a) {
            return 31 * (31 * t.kind().hashCode() + Boolean.hashCode(a.nullableItems())) + hash(a.items());
        }
        if (t instanceof MapType m) {
            return 31 * (31 * t.kind().hashCode() + Boolean.hashCode(m.nullableValues())) + hash(m.values());
        }
        return Objects.hashCode(t);
    }
}
