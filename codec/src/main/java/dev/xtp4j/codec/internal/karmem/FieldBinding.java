package dev.xtp4j.codec.internal.karmem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xtp4j.codec.internal.Utf8;
import dev.xtp4j.karmem.layout.FieldKind;
import dev.xtp4j.karmem.layout.FieldLayout;
import dev.xtp4j.karmem.layout.StructLayout;
import dev.xtp4j.karmem.wire.KarmemView;
import dev.xtp4j.karmem.wire.KarmemWriter;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One field of a struct bound to a Java type. {@code structPos} / {@code ref} is the position of the struct. */
abstract class FieldBinding {
    final FieldLayout field;
    final String where;

    FieldBinding(FieldLayout field) {
        this.field = field;
        this.where = field.structName() + "." + field.name();
    }

    abstract void write(KarmemWriter w, int structPos, Object value);

    abstract Object read(KarmemView view, int ref, Budget budget);

    // ------------------------------------------------------------------------------------------ in place

    /** A scalar or enum, in place. */
    static final class Scalar extends FieldBinding {
        private final Element element;

        Scalar(FieldLayout field, Element element) {
            super(field);
            this.element = element;
        }

        @Override
        void write(KarmemWriter w, int structPos, Object value) {
            element.write(w, structPos + field.offset(), value);
        }

        @Override
        Object read(KarmemView view, int ref, Budget budget) {
            return element.read(view, view.fieldPosition(ref, field), budget);
        }
    }

    /** An inline struct, in place. */
    static final class Inline extends FieldBinding {
        private final StructBinding struct;

        Inline(FieldLayout field, StructBinding struct) {
            super(field);
            this.struct = struct;
        }

        @Override
        void write(KarmemWriter w, int structPos, Object value) {
            struct.writeFields(w, structPos + field.offset(), value);
        }

        @Override
        Object read(KarmemView view, int ref, Budget budget) {
            return struct.read(view, view.fieldPosition(ref, field), budget);
        }
    }

    /** A table: allocated now, its offset stored in the field. */
    static final class Table extends FieldBinding {
        private final StructBinding struct;

        Table(FieldLayout field, StructBinding struct) {
            super(field);
            this.struct = struct;
        }

        @Override
        void write(KarmemWriter w, int structPos, Object value) {
            if (value == null) {
                throw Failures.encode("null, but table " + field.target().name() + " cannot be absent");
            }
            StructLayout t = field.target();
            int child = w.allocChildTable(structPos + field.offset(), t.total(), t.content());
            struct.writeFields(w, child, value);
        }

        @Override
        Object read(KarmemView view, int ref, Budget budget) {
            return struct.read(view, view.struct(ref, field), budget);
        }
    }

    // ------------------------------------------------------------------------------------------ text and bytes

    /** {@code []char}, {@code [<N]char}: a String as UTF-8. */
    static final class Text extends FieldBinding {
        Text(FieldLayout field) {
            super(field);
        }

        @Override
        void write(KarmemWriter w, int structPos, Object value) {
            if (!(value instanceof CharSequence)) {
                throw Failures.encode(value == null ? "null, but a Karmem string cannot be absent"
                        : "expected a String, got " + value.getClass().getName());
            }
            putText(w, structPos, (CharSequence) value);
        }

        void putText(KarmemWriter w, int structPos, CharSequence s) {
            long n = Utf8.encodedLength(s);
            if (n < 0) {
                throw Failures.encode("the string has an unpaired surrogate (at character "
                        + Utf8.firstUnpairedSurrogate(s) + "), which UTF-8 cannot carry");
            }
            if (field.kind() == FieldKind.LIMITED_SLICE && n > field.length()) {
                throw Failures.encode("the string has " + n + " UTF-8 bytes, more than the " + field.length()
                        + " of " + field.decl().type().toKm());
            }
            w.putString(structPos + field.offset(), s, field.packed());
        }

        @Override
        Object read(KarmemView view, int ref, Budget budget) {
            budget.take(view.count(ref, field), where);
            return view.getString(ref, field);
        }
    }

    /** A free-form JSON value carried as its JSON text in a string field. */
    static final class JsonText extends FieldBinding {
        private final Text text;
        private final ObjectMapper mapper;
        private final JavaType type;

        JsonText(FieldLayout field, ObjectMapper mapper, JavaType type) {
            super(field);
            this.text = new Text(field);
            this.mapper = mapper;
            this.type = type;
        }

        @Override
        void write(KarmemWriter w, int structPos, Object value) {
            if (value == null) {
                throw Failures.encode("null, but a free-form JSON field cannot be absent");
            }
            String json;
            try {
                json = mapper.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw Failures.encode("cannot write the free-form value as JSON: " + e.getOriginalMessage());
            }
            text.putText(w, structPos, json);
        }

        @Override
        Object read(KarmemView view, int ref, Budget budget) {
            String json = (String) text.read(view, ref, budget);
            try {
                return mapper.readValue(json.isEmpty() ? "{}" : json, type);
            } catch (JsonProcessingException e) {
                throw Failures.decode(where, "the free-form JSON text is not valid JSON: " + e.getOriginalMessage());
            }
        }
    }

    /** {@code byte[]} on a 1-byte slice, limited slice or fixed array. */
    static final class Bytes extends FieldBinding {
        Bytes(FieldLayout field) {
            super(field);
        }

        @Override
        void write(KarmemWriter w, int structPos, Object value) {
            if (!(value instanceof byte[])) {
                throw Failures.encode(value == null ? "null, but Karmem bytes cannot be absent"
                        : "expected byte[], got " + value.getClass().getName());
            }
            byte[] b = (byte[]) value;
            int at = structPos + field.offset();
            switch (field.kind()) {
                case ARRAY:
                    if (b.length != field.length()) {
                        throw Failures.encode("expected exactly " + field.length() + " bytes, got " + b.length);
                    }
                    w.putBytes(at, b, 0, b.length);
                    return;
                case LIMITED_SLICE:
                    if (b.length > field.length()) {
                        throw Failures.encode(b.length + " bytes, more than the " + field.length() + " of "
                                + field.decl().type().toKm());
                    }
                    w.putByteSlice(at, b, 0, b.length, field.packed());
                    return;
                default:
                    w.putByteSlice(at, b, 0, b.length, field.packed());
            }
        }

        @Override
        Object read(KarmemView view, int ref, Budget budget) {
            budget.take(view.count(ref, field), where);
            if (field.kind() == FieldKind.ARRAY && view.fieldPosition(ref, field) < 0) {
                return new byte[(int) field.length()];
            }
            return view.getBytes(ref, field);
        }
    }

    // ------------------------------------------------------------------------------------------ sequences

    /** What a list field builds on decode. */
    enum Container { LIST, OBJECT_ARRAY, PRIMITIVE_ARRAY }

    /** A fixed array, slice or limited slice of elements bound to a List, an array or a primitive array. */
    static final class Sequence extends FieldBinding {
        private final Element element;
        private final Container container;
        private final Class<?> componentType;

        Sequence(FieldLayout field, Element element, Container container, Class<?> componentType) {
            super(field);
            this.element = element;
            this.container = container;
            this.componentType = componentType;
        }

        @Override
        void write(KarmemWriter w, int structPos, Object value) {
            if (value == null) {
                throw Failures.encode("null, but a Karmem " + field.decl().type().toKm() + " cannot be absent");
            }
            int n = size(value);
            int at = structPos + field.offset();
            int first;
            if (field.kind() == FieldKind.ARRAY) {
                if (n != field.length()) {
                    throw Failures.encode("expected exactly " + field.length() + " elements, got " + n);
                }
                first = at;
            } else {
                if (field.kind() == FieldKind.LIMITED_SLICE && n > field.length()) {
                    throw Failures.encode(n + " elements, more than the " + field.length() + " of "
                            + field.decl().type().toKm());
                }
                first = w.allocSlice(at, n, element.size(), field.packed());
            }
            int size = element.size();
            if (container == Container.LIST) {
                int i = 0;
                for (Object item : iterable(value)) {
                    writeElement(w, first + i * size, item, i);
                    i++;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    writeElement(w, first + i * size, Array.get(value, i), i);
                }
            }
        }

        private void writeElement(KarmemWriter w, int at, Object item, int i) {
            try {
                element.write(w, at, item);
            } catch (Failures.Encode e) {
                throw e.prepend("[" + i + "]");
            }
        }

        private int size(Object value) {
            if (container == Container.LIST) {
                if (value instanceof Collection) {
                    return ((Collection<?>) value).size();
                }
                int n = 0;
                for (Object ignored : iterable(value)) {
                    n++;
                }
                return n;
            }
            if (!value.getClass().isArray()) {
                throw Failures.encode("expected an array, got " + value.getClass().getName());
            }
            return Array.getLength(value);
        }

        private static Iterable<?> iterable(Object value) {
            if (!(value instanceof Iterable)) {
                throw Failures.encode("expected a List, got " + value.getClass().getName());
            }
            return (Iterable<?>) value;
        }

        @Override
        Object read(KarmemView view, int ref, Budget budget) {
            int n;
            int first;
            if (field.kind() == FieldKind.ARRAY) {
                n = (int) field.length();
                first = view.fieldPosition(ref, field);
            } else {
                n = view.count(ref, field);
                first = n == 0 ? KarmemView.ABSENT : view.elements(ref, field);
            }
            budget.take(n, where);
            int size = element.size();
            switch (container) {
                case LIST:
                    List<Object> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        list.add(element.read(view, first < 0 ? KarmemView.ABSENT : first + i * size, budget));
                    }
                    return list;
                default:
                    Object array = Array.newInstance(componentType, n);
                    for (int i = 0; i < n; i++) {
                        Array.set(array, i, element.read(view, first < 0 ? KarmemView.ABSENT : first + i * size,
                                budget));
                    }
                    return array;
            }
        }
    }

    /** A slice of inline entry structs ({@code Key []char; Value V}) bound to a {@code Map<String, V>}. */
    static final class MapEntries extends FieldBinding {
        private final FieldBinding key;
        private final FieldBinding value;
        private final int entrySize;

        MapEntries(FieldLayout field, FieldBinding key, FieldBinding value) {
            super(field);
            this.key = key;
            this.value = value;
            this.entrySize = field.elementSize();
        }

        @Override
        void write(KarmemWriter w, int structPos, Object v) {
            if (!(v instanceof Map)) {
                throw Failures.encode(v == null ? "null, but a Karmem map (a slice of entries) cannot be absent"
                        : "expected a Map, got " + v.getClass().getName());
            }
            Map<?, ?> map = (Map<?, ?>) v;
            int n = map.size();
            if (field.kind() == FieldKind.LIMITED_SLICE && n > field.length()) {
                throw Failures.encode(n + " entries, more than the " + field.length() + " of "
                        + field.decl().type().toKm());
            }
            if (field.kind() == FieldKind.ARRAY) {
                throw Failures.encode("a map cannot be written to the fixed array " + field.decl().type().toKm());
            }
            int first = w.allocSlice(structPos + field.offset(), n, entrySize, field.packed());
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                int at = first + i * entrySize;
                String segment = "[\"" + e.getKey() + "\"]";
                if (!(e.getKey() instanceof String)) {
                    throw Failures.encode("map keys must be Strings, got "
                            + (e.getKey() == null ? "null" : e.getKey().getClass().getName())).prepend(segment);
                }
                try {
                    key.write(w, at, e.getKey());
                    value.write(w, at, e.getValue());
                } catch (Failures.Encode x) {
                    throw x.prepend(segment);
                }
                i++;
            }
        }

        @Override
        Object read(KarmemView view, int ref, Budget budget) {
            int n = view.count(ref, field);
            budget.take(n, where);
            int first = view.elements(ref, field);
            Map<String, Object> map = new LinkedHashMap<>(Math.max(4, n * 4 / 3 + 1));
            for (int i = 0; i < n; i++) {
                int at = first + i * entrySize;
                String k = (String) key.read(view, at, budget);
                Object v = value.read(view, at, budget);
                map.put(k, v);
                if (map.size() != i + 1) {
                    throw Failures.decode(where + "[" + i + "] (byte offset " + at + ")", "duplicate map key \""
                            + k + "\"");
                }
            }
            return map;
        }
    }

    // ------------------------------------------------------------------------------------------ options

    /** How a {@code [<1]T} option maps to Java. */
    enum OptionMode {
        /** A nullable reference: null is no element. */
        NULLABLE,
        /** {@code Optional<T>} of a single option: empty (or null) is no element; decodes to Optional.empty(). */
        OPTIONAL,
        /**
         * {@code Optional<T>} of an option of an option: a null reference is no element (absent), and the one
         * element holds the Optional itself (empty for {@code null}).
         */
        OPTIONAL_OF_OPTION
    }

    /** A limited slice of at most one element standing for a value that may be absent. */
    static final class Option extends FieldBinding {
        private final Element element;
        private final OptionMode mode;

        Option(FieldLayout field, Element element, OptionMode mode) {
            super(field);
            this.element = element;
            this.mode = mode;
        }

        @Override
        void write(KarmemWriter w, int structPos, Object value) {
            Object item;
            switch (mode) {
                case OPTIONAL:
                    if (value != null && !(value instanceof Optional)) {
                        throw Failures.encode("expected an Optional, got " + value.getClass().getName());
                    }
                    item = value == null ? null : ((Optional<?>) value).orElse(null);
                    break;
                default:
                    item = value;
            }
            int at = structPos + field.offset();
            int first = w.allocSlice(at, item == null ? 0 : 1, element.size(), field.packed());
            if (item != null) {
                element.write(w, first, item);
            }
        }

        @Override
        Object read(KarmemView view, int ref, Budget budget) {
            int n = view.count(ref, field);
            if (n == 0) {
                return mode == OptionMode.OPTIONAL ? Optional.empty() : null;
            }
            budget.take(1, where);
            Object item = element.read(view, view.elements(ref, field), budget);
            return mode == OptionMode.OPTIONAL ? Optional.of(item) : item;
        }
    }
}
