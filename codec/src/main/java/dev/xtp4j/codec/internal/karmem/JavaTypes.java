package dev.xtp4j.codec.internal.karmem;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Small helpers over {@link Type}: raw classes and type arguments. */
final class JavaTypes {
    private JavaTypes() {
    }

    static Class<?> raw(Type t) {
        if (t instanceof Class) {
            return (Class<?>) t;
        }
        if (t instanceof ParameterizedType) {
            return raw(((ParameterizedType) t).getRawType());
        }
        if (t instanceof GenericArrayType) {
            return java.lang.reflect.Array.newInstance(raw(((GenericArrayType) t).getGenericComponentType()), 0)
                    .getClass();
        }
        if (t instanceof WildcardType) {
            return raw(((WildcardType) t).getUpperBounds()[0]);
        }
        if (t instanceof TypeVariable) {
            Type[] bounds = ((TypeVariable<?>) t).getBounds();
            return bounds.length == 0 ? Object.class : raw(bounds[0]);
        }
        return Object.class;
    }

    /** The i-th type argument, or {@code Object} for a raw type. */
    static Type argument(Type t, int i) {
        if (t instanceof ParameterizedType) {
            Type a = ((ParameterizedType) t).getActualTypeArguments()[i];
            return a instanceof WildcardType ? ((WildcardType) a).getUpperBounds()[0] : a;
        }
        return Object.class;
    }

    /** The element type of an array type. */
    static Type component(Type t) {
        if (t instanceof GenericArrayType) {
            return ((GenericArrayType) t).getGenericComponentType();
        }
        return raw(t).getComponentType();
    }

    static boolean isOptional(Type t) {
        return raw(t) == Optional.class;
    }

    static boolean isCollection(Type t) {
        Class<?> c = raw(t);
        return Collection.class.isAssignableFrom(c) || c == Iterable.class;
    }

    static boolean isMap(Type t) {
        return Map.class.isAssignableFrom(raw(t));
    }

    /** Lists, arrays, maps and optionals: the Java types that a slice binds to as a container. */
    static boolean isContainer(Type t) {
        return isCollection(t) || raw(t).isArray() || isMap(t);
    }

    static String name(Type t) {
        return t instanceof Class ? ((Class<?>) t).getSimpleName() : t.getTypeName();
    }
}
