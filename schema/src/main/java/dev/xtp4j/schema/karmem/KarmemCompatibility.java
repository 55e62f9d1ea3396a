package dev.xtp4j.schema.karmem;

import dev.xtp4j.karmem.schema.Declaration;
import dev.xtp4j.karmem.schema.EnumDecl;
import dev.xtp4j.karmem.schema.EnumEntry;
import dev.xtp4j.karmem.schema.FieldDecl;
import dev.xtp4j.karmem.schema.FieldType;
import dev.xtp4j.karmem.schema.KarmemSchema;
import dev.xtp4j.karmem.schema.NamedType;
import dev.xtp4j.karmem.schema.StructDecl;
import dev.xtp4j.karmem.schema.Tag;
import dev.xtp4j.schema.XtpSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells whether messages written with one version of a Karmem schema can be read with another, and if not, exactly
 * which change breaks it. The rules (Karmem's evolution rules, {@code docs/karmem.md} section 8):
 *
 * <ul>
 *   <li>a table may only grow by appending fields: removing, reordering or retyping a field is breaking (renaming is
 *       not: the bytes are the same);</li>
 *   <li>an inline struct may not change at all;</li>
 *   <li>an enum keeps its underlying type, and every entry keeps its value: new entries go at the end;</li>
 *   <li>the packed or unpacked layout of a struct may not change;</li>
 *   <li>types are compared by structure where a field refers to them, so a renamed table or box is fine as long as
 *       its layout is compatible.</li>
 * </ul>
 *
 * <p>Both directions are covered by the same rules: a newer reader reads defaults for fields an older writer did not
 * store, an older reader ignores appended fields.
 */
public final class KarmemCompatibility {

    private KarmemCompatibility() {
    }

    /**
     * Compares two versions of an XTP schema through their derived Karmem schemas.
     *
     * @param before the older schema
     * @param after  the newer schema
     * @return the report
     * @throws KarmemDerivationException if either schema cannot be derived
     */
    public static CompatibilityReport check(XtpSchema before, XtpSchema after) {
        return check(XtpKarmem.derive(before).schema(), XtpKarmem.derive(after).schema());
    }

    /**
     * Compares two versions of a Karmem schema.
     *
     * @param before the older schema
     * @param after  the newer schema
     * @return the report
     */
    public static CompatibilityReport check(KarmemSchema before, KarmemSchema after) {
        return new Comparer(before, after).run();
    }

    /** One comparison. */
    private static final class Comparer {
        private final KarmemSchema before;
        private final KarmemSchema after;
        private final List<Change> breaking = new ArrayList<>();
        private final List<Change> compatible = new ArrayList<>();
        private final Map<String, Boolean> compared = new HashMap<>();

        Comparer(KarmemSchema before, KarmemSchema after) {
            this.before = before;
            this.after = after;
        }

        CompatibilityReport run() {
            for (Declaration d : before.declarations()) {
                Optional<Declaration> a = after.find(d.name());
                if (a.isEmpty()) {
                    compatible.add(new Change(Change.Severity.COMPATIBLE, label(d), "removed (a field that used it "
                            + "is reported where it changed)"));
                    continue;
                }
                same(d, a.get());
            }
            for (Declaration d : after.declarations()) {
                if (before.find(d.name()).isEmpty()) {
                    compatible.add(new Change(Change.Severity.COMPATIBLE, label(d), "added"));
                }
            }
            List<Change> all = new ArrayList<>(breaking);
            all.addAll(compatible);
            return new CompatibilityReport(all);
        }

        /** Compares two declarations once; true if messages stay readable. */
        private boolean same(Declaration b, Declaration a) {
            String key = b.name() + "\u0000" + a.name();
            Boolean done = compared.get(key);
            if (done != null) {
                return done;
            }
            compared.put(key, true);
            boolean ok;
            if (b instanceof EnumDecl be && a instanceof EnumDecl ae) {
                ok = sameEnum(be, ae);
            } else if (b instanceof StructDecl bs && a instanceof StructDecl as) {
                ok = sameStruct(bs, as);
            } else {
                breaking.add(new Change(Change.Severity.BREAKING, label(b), "was " + kind(b) + ", is now " + kind(a)));
                ok = false;
            }
            compared.put(key, ok);
            return ok;
        }

        private boolean sameEnum(EnumDecl b, EnumDecl a) {
            String where = label(b);
            boolean ok = true;
            if (b.type() != a.type()) {
                breaking.add(new Change(Change.Severity.BREAKING, where, "underlying type changed from "
                        + b.type().kmName() + " to " + a.type().kmName() + " (more than 256 values need uint16; "
                        + "plan the width up front)"));
                ok = false;
            }
            for (EnumEntry e : b.entries()) {
                Optional<EnumEntry> now = a.entry(e.name());
                if (now.isEmpty()) {
                    breaking.add(new Change(Change.Severity.BREAKING, where, "entry " + e.name() + " (value "
                            + e.value() + ") was removed: older messages holding " + e.value()
                            + " would read as an unknown value"));
                    ok = false;
                } else if (now.get().value() != e.value()) {
                    breaking.add(new Change(Change.Severity.BREAKING, where, "entry " + e.name() + " changed value "
                            + "from " + e.value() + " to " + now.get().value() + ": Karmem stores values, not names "
                            + "(was a value inserted before it? add new values at the end)"));
                    ok = false;
                }
            }
            for (EnumEntry e : a.entries()) {
                if (b.entry(e.name()).isEmpty() && ok) {
                    compatible.add(new Change(Change.Severity.COMPATIBLE, where, "entry " + e.name() + " = "
                            + e.value() + " added (older readers see an unknown value)"));
                }
            }
            return ok;
        }

        private boolean sameStruct(StructDecl b, StructDecl a) {
            String where = label(b);
            if (b.kind() != a.kind()) {
                breaking.add(new Change(Change.Severity.BREAKING, where, "was " + b.kind().kmName() + ", is now "
                        + a.kind().kmName() + ": the layouts are not interchangeable"));
                return false;
            }
            if (before.isPacked(b) != after.isPacked(a)) {
                breaking.add(new Change(Change.Severity.BREAKING, where, "layout changed from "
                        + (before.isPacked(b) ? "packed to unpacked" : "unpacked to packed")
                        + ": both sides must agree on it"));
                return false;
            }
            List<FieldDecl> bf = b.fields();
            List<FieldDecl> af = a.fields();
            if (!b.isTable()) {
                if (bf.size() != af.size()) {
                    breaking.add(new Change(Change.Severity.BREAKING, where, "changed from " + bf.size() + " to "
                            + af.size() + " fields: an inline struct can never change, because its size is part of "
                            + "every struct and slice that holds it"));
                    return false;
                }
            }
            boolean ok = true;
            for (int i = 0; i < bf.size(); i++) {
                if (i >= af.size()) {
                    breaking.add(new Change(Change.Severity.BREAKING, where, field(bf.get(i), i) + " was removed: "
                            + "a table may only grow by appending fields (keep it, unused, or start a new version)"));
                    ok = false;
                    continue;
                }
                ok &= sameField(where, bf.get(i), af.get(i), i, b.isTable());
            }
            for (int i = bf.size(); i < af.size(); i++) {
                compatible.add(new Change(Change.Severity.COMPATIBLE, where, field(af.get(i), i) + " appended: "
                        + "older readers ignore it, newer readers read its default from older messages"));
            }
            return ok;
        }

        private boolean sameField(String where, FieldDecl b, FieldDecl a, int index, boolean table) {
            if (table && Tag.find(b.tags(), Deriver.KIND_TAG).map(Tag::value).orElse("").equals("placeholder")) {
                compatible.add(new Change(Change.Severity.COMPATIBLE, where, "placeholder field " + b.name()
                        + " replaced by " + field(a, index) + " (the placeholder never held data)"));
                return true;
            }
            String reason = sameType(b.type(), a.type());
            if (reason != null && b.type().equals(a.type())) {
                return false; // the referenced declaration changed; it is reported under its own name
            }
            if (reason != null) {
                breaking.add(new Change(Change.Severity.BREAKING, where, field(b, index) + " changed type from "
                        + b.type().toKm() + " to " + a.type().toKm() + (a.name().equals(b.name()) ? ""
                        : " (and was renamed to " + a.name() + ")") + ": " + reason));
                return false;
            }
            if (!a.name().equals(b.name())) {
                compatible.add(new Change(Change.Severity.COMPATIBLE, where, field(b, index) + " renamed to "
                        + a.name() + xtpName(a).map(n -> " (property " + n + ")").orElse("")
                        + ": the bytes are the same, generated code and field names change"));
            }
            return true;
        }

        /** Null if compatible, else why not. */
        private String sameType(FieldType b, FieldType a) {
            if (b.shape() != a.shape()) {
                return "a " + shape(b) + " is now a " + shape(a);
            }
            if (b.length() != a.length()) {
                return "the length changed from " + b.length() + " to " + a.length();
            }
            if (b.element() instanceof NamedType bn && a.element() instanceof NamedType an) {
                Declaration bd = before.find(bn.name()).orElseThrow();
                Declaration ad = after.find(an.name()).orElseThrow();
                if (!same(bd, ad)) {
                    return bn.name().equals(an.name()) ? bn.name() + " changed incompatibly (see " + label(bd) + ")"
                            : label(bd) + " and " + label(ad) + " are not compatible";
                }
                return null;
            }
            return b.element().equals(a.element()) ? null : "the element type changed";
        }

        private static String shape(FieldType t) {
            switch (t.shape()) {
                case ARRAY:
                    return "fixed array";
                case SLICE:
                    return "slice";
                case LIMITED_SLICE:
                    return "limited slice";
                default:
                    return "single value";
            }
        }

        private static String field(FieldDecl f, int index) {
            return "field " + (index + 1) + " " + f.name() + xtpName(f).map(n -> " (property " + n + ")").orElse("");
        }

        private static Optional<String> xtpName(FieldDecl f) {
            return Tag.find(f.tags(), Deriver.NAME_TAG).map(Tag::value);
        }

        private static String kind(Declaration d) {
            return d instanceof EnumDecl ? "an enum" : "a struct";
        }

        private static String label(Declaration d) {
            List<Tag> tags = d instanceof EnumDecl e ? e.tags() : ((StructDecl) d).tags();
            String kind = d instanceof EnumDecl ? "enum " : ((StructDecl) d).isTable() ? "table " : "inline struct ";
            Optional<String> xtp = Tag.find(tags, Deriver.NAME_TAG).map(Tag::value);
            String role = Tag.find(tags, Deriver.KIND_TAG).map(Tag::value).orElse("");
            String suffix = xtp.map(n -> role.equals("root") ? " (function " + n + ")"
                    : d instanceof EnumDecl ? " (enum " + n + ")" : " (object " + n + ")").orElse("");
            return kind + d.name() + suffix;
        }
    }
}
