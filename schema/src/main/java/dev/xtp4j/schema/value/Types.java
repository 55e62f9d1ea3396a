package dev.xtp4j.schema.value;

import dev.xtp4j.schema.model.ArrayType;
import dev.xtp4j.schema.model.MapType;
import dev.xtp4j.schema.model.NamedType;
import dev.xtp4j.schema.model.XtpType;

/** Type comparisons and descriptions for values: aliases resolved, named types by name. */
final class Types {
    private Types() {
    }

    /** Whether two types accept the same values: aliases resolved, named types compared by kind and name. */
    static boolean same(XtpType a, XtpType b) {
        XtpType x = a.resolved();
        XtpType y = b.resolved();
        if (x == y) {
            return true;
        }
        if (x.kind() != y.kind()) {
            return false;
        }
        if (x instanceof NamedType nx && y instanceof NamedType ny) {
            return nx.name().equals(ny.name());
        }
        if (x instanceof ArrayType ax && y instanceof ArrayType ay) {
            return ax.nullableItems() == ay.nullableItems() && same(ax.items(), ay.items());
        }
        if (x instanceof MapType mx && y instanceof MapType my) {
            return mx.nullableValues() == my.nullableValues() && same(mx.values(), my.values());
        }
        return x.equals(y);
    }

    /** Checks that a value may stand in a place of a type. */
    static void check(XtpValue value, XtpType type, boolean nullable, String where) {
        if (value == null) {
            throw new IllegalArgumentException(where + ": null; use NullValue for null, or leave an optional field out");
        }
        if (value.isNull()) {
            if (!nullable) {
                throw new IllegalArgumentException(where + ": null, but " + type.display() + " is not nullable here");
            }
            return;
        }
        if (!same(value.type(), type)) {
            throw new IllegalArgumentException(where + ": expected a value of " + describe(type) + ", got one of "
                    + describe(value.type()));
        }
    }

    static String describe(XtpType type) {
        XtpType r = type.resolved();
        return r == type ? type.display() : type.display() + " (" + r.display() + ")";
    }

    /** The index of the first unpaired surrogate, or -1 if the text is well-formed UTF-16. */
    static int firstUnpairedSurrogate(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
