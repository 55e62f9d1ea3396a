package dev.xtp4j.schema.karmem;

import dev.xtp4j.karmem.schema.ElementType;
import dev.xtp4j.karmem.schema.FieldType;
import dev.xtp4j.karmem.schema.NamedType;
import dev.xtp4j.karmem.schema.ScalarType;
import dev.xtp4j.schema.model.ArrayType;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.MapType;
import dev.xtp4j.schema.model.ObjectType;
import dev.xtp4j.schema.model.XtpType;
import java.util.List;

/**
 * How a value of an XTP type is laid out in Karmem: the one description that both the {@code .km} derivation
 * ({@link Deriver}) and the value conversion ({@link KarmemValues}) follow, so the two cannot disagree.
 */
sealed interface Shape {
    /** The name of the single field of every box, option and root wrapper. */
    String VALUE = "Value";
    /** The name of the key field of a map entry. */
    String KEY = "Key";
    /** The field of the date-time struct. */
    String UNIX_MICROS = "UnixMicros";
    /** The field of the free-form JSON struct. */
    String TEXT = "Text";

    /** The Karmem type of a struct field that holds one value of this shape. */
    FieldType fieldType();

    /** {@code bool}, integers, {@code float32}, {@code float64}. */
    record Scalar(XtpType type, ScalarType scalar) implements Shape {
        @Override
        public FieldType fieldType() {
            return FieldType.of(scalar);
        }
    }

    /** A string: {@code []char}. */
    record Text() implements Shape {
        @Override
        public FieldType fieldType() {
            return FieldType.string();
        }
    }

    /** A buffer or byte string: {@code []byte}. */
    record Bytes(XtpType type) implements Shape {
        @Override
        public FieldType fieldType() {
            return FieldType.slice(ScalarType.BYTE);
        }
    }

    /** A date-time: the inline struct {@code DateTime { UnixMicros int64 }}. */
    record DateTime(String struct) implements Shape {
        @Override
        public FieldType fieldType() {
            return FieldType.of(struct);
        }
    }

    /** A free-form object: the inline struct {@code Json { Text []char }} holding its JSON text. */
    record Json(String struct) implements Shape {
        @Override
        public FieldType fieldType() {
            return FieldType.of(struct);
        }
    }

    /** An object: its table. */
    record Table(ObjectType type, String struct, List<FieldShape> fields) implements Shape {
        @Override
        public FieldType fieldType() {
            return FieldType.of(struct);
        }
    }

    /** An enum: the Karmem enum, by position. */
    record Enum(EnumType type, String name) implements Shape {
        @Override
        public FieldType fieldType() {
            return FieldType.of(name);
        }
    }

    /**
     * An array: a slice of its elements, which are stored directly ({@code box == null}: non-nullable scalars,
     * date-times, free-form objects) or in an inline item box {@code { Value <item slot> }}.
     */
    record Sequence(ArrayType type, Slot item, String box) implements Shape {
        @Override
        public FieldType fieldType() {
            ElementType e = box == null ? element(item.base()) : new NamedType(box);
            return FieldType.slice(e);
        }
    }

    /** A map: a slice of inline entries {@code { Key []char; Value <value slot> }}. */
    record Entries(MapType type, Slot value, String entry) implements Shape {
        @Override
        public FieldType fieldType() {
            return FieldType.slice(new NamedType(entry));
        }
    }

    /** The element type of a shape stored directly in a slice (scalars and inline structs only). */
    static ElementType element(Shape s) {
        if (s instanceof Scalar sc) {
            return sc.scalar();
        }
        if (s instanceof DateTime d) {
            return new NamedType(d.struct());
        }
        return new NamedType(((Json) s).struct());
    }

    /** Whether values of a shape can be slice elements without a box. */
    static boolean direct(Shape s) {
        return s instanceof Scalar || s instanceof DateTime || s instanceof Json;
    }

    /**
     * A place holding a value: the base shape and how it may be missing. {@code nullable} and {@code optional} each
     * add one level of {@code [<1]} option box; {@code options.get(k)} is the box of level k+1.
     */
    record Slot(Shape base, boolean nullable, boolean optional, List<String> options) {
        int levels() {
            return (nullable ? 1 : 0) + (optional ? 1 : 0);
        }

        FieldType fieldType() {
            int n = levels();
            return n == 0 ? base.fieldType() : FieldType.limitedSlice(1, new NamedType(options.get(n - 1)));
        }
    }

    /** A field of an object: its XTP field, Karmem name and slot. */
    record FieldShape(dev.xtp4j.schema.model.Field field, String name, Slot slot) {
    }
}
