package dev.xtp4j.karmem.codec;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A decoded struct: the struct's field names (shared, in declaration order) and one value per field. Far cheaper
 * than a {@link java.util.LinkedHashMap}: two small objects per struct and no hashing. Values can be replaced; fields
 * cannot be added or removed.
 */
final class FieldMap extends AbstractMap<String, Object> {
    private final String[] keys;
    private final Object[] values;

    FieldMap(String[] keys) {
        this.keys = keys;
        this.values = new Object[keys.length];
    }

    void set(int index, Object value) {
        values[index] = value;
    }

    /** The field name at a position; the same String instance as the layout's field name. */
    String keyAt(int index) {
        return keys[index];
    }

    Object valueAt(int index) {
        return values[index];
    }

    private int index(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return index(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = index(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public Object put(String key, Object value) {
        int i = index(key);
        if (i < 0) {
            throw new UnsupportedOperationException("the struct has no field " + key
                    + "; the fields of a decoded struct are fixed");
        }
        Object old = values[i];
        values[i] = value;
        return old;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleEntry<>(keys[i], values[i]) {
                            private static final long serialVersionUID = 1L;

                            @Override
                            public Object setValue(Object value) {
                                values[i] = value;
                                return super.setValue(value);
                            }
                        };
                    }
                };
            }
        };
    }
}
