package dev.xtp4j.codec.internal.karmem;

import dev.xtp4j.karmem.layout.StructLayout;
import dev.xtp4j.karmem.wire.KarmemView;
import dev.xtp4j.karmem.wire.KarmemWriter;
import java.lang.invoke.MethodHandle;
import java.util.List;

/** A struct bound to a Java type: either a record, field by field, or transparently through its only field. */
abstract class StructBinding {
    final StructLayout layout;

    StructBinding(StructLayout layout) {
        this.layout = layout;
    }

    /** Writes the struct's fields at {@code pos} (a table's header is already written). */
    abstract void writeFields(KarmemWriter w, int pos, Object value);

    /** Reads the struct at a struct reference ({@link KarmemView#ABSENT} reads defaults). */
    abstract Object read(KarmemView view, int ref, Budget budget);

    /** A record whose components are named like the struct's fields. */
    static final class Record extends StructBinding {
        private final Class<?> type;
        private final FieldBinding[] fields;
        private final MethodHandle[] accessors;
        private final MethodHandle constructor;
        private final String where;

        Record(StructLayout layout, Class<?> type, List<FieldBinding> fields, List<MethodHandle> accessors,
                MethodHandle constructor) {
            super(layout);
            this.type = type;
            this.fields = fields.toArray(new FieldBinding[0]);
            this.accessors = accessors.toArray(new MethodHandle[0]);
            this.constructor = constructor;
            this.where = layout.name();
        }

        @Override
        void writeFields(KarmemWriter w, int pos, Object value) {
            if (value == null) {
                throw Failures.encode("null, but struct " + layout.name() + " cannot be absent");
            }
            if (!type.isInstance(value)) {
                throw Failures.encode("expected " + type.getName() + ", got " + value.getClass().getName());
            }
            for (int i = 0; i < fields.length; i++) {
                Object v;
                try {
                    v = (Object) accessors[i].invokeExact(value);
                } catch (Throwable e) {
                    throw Failures.encode("accessor of " + fields[i].field.name() + " failed: " + e);
                }
                try {
                    fields[i].write(w, pos, v);
                } catch (Failures.Encode e) {
                    throw e.prepend("." + fields[i].field.name());
                }
            }
        }

        @Override
        Object read(KarmemView view, int ref, Budget budget) {
            budget.take(1, where);
            Object[] args = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                args[i] = fields[i].read(view, ref, budget);
            }
            try {
                return (Object) constructor.invokeExact(args);
            } catch (Throwable e) {
                throw Failures.decode(where, "the constructor of " + type.getSimpleName() + " rejected the values: "
                        + e);
            }
        }
    }

    /** A struct with a single field that the Java value stands for: boxes, wrappers, {@code Data} references. */
    static final class Transparent extends StructBinding {
        private final FieldBinding field;
        private final String where;

        Transparent(StructLayout layout, FieldBinding field) {
            super(layout);
            this.field = field;
            this.where = layout.name();
        }

        @Override
        void writeFields(KarmemWriter w, int pos, Object value) {
            try {
                field.write(w, pos, value);
            } catch (Failures.Encode e) {
                throw e.prepend("." + field.field.name());
            }
        }

        @Override
        Object read(KarmemView view, int ref, Budget budget) {
            budget.take(1, where);
            return field.read(view, ref, budget);
        }
    }

    /** An inline struct used as an element of an array or slice, or a map entry. */
    static final class AsElement extends Element {
        private final StructBinding struct;

        AsElement(StructBinding struct) {
            this.struct = struct;
        }

        @Override
        int size() {
            return struct.layout.total();
        }

        @Override
        void write(KarmemWriter w, int at, Object value) {
            struct.writeFields(w, at, value);
        }

        @Override
        Object read(KarmemView view, int at, Budget budget) {
            return struct.read(view, at, budget);
        }
    }
}
