package dev.xtp4j.codegen.c;

import dev.xtp4j.schema.model.AliasType;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.ObjectType;

/**
 * The C form of one XTP type: its C type name, the key used to name containers of it, and its JSON functions.
 *
 * <p>Runtime types ({@code int32_t}, {@code xtp_string}, ...) are coded by functions of {@code xtp4j-bindings.h};
 * named types and containers get {@code dec_<name>} / {@code enc_<name>} functions in the generated source. An alias
 * is a {@code typedef} of its target and shares the target's functions.
 */
sealed interface CType {

    /**
     * The C type name.
     *
     * @return e.g. {@code int32_t}, {@code xtp_string}, {@code Point}, {@code Point_array}
     */
    String name();

    /**
     * The name part used for containers of this type: {@code <key>_array}, {@code <key>_map}, {@code <key>_opt}.
     *
     * @return e.g. {@code int32}, {@code string}, {@code Point}
     */
    String key();

    /**
     * The JSON decoding function, of C type {@code bool (xtp_json_reader *, T *)}.
     *
     * @return the function name
     */
    String decoder();

    /**
     * The JSON encoding function, of C type {@code bool (xtp_json_writer *, const T *)}.
     *
     * @return the function name
     */
    String encoder();

    /** Whether the C type is a struct of ours (by-value members need its definition first). */
    default boolean isStruct() {
        return false;
    }

    /**
     * A type of the runtime header.
     *
     * @param name the C type
     * @param key the container key
     * @param suffix the suffix of the runtime's {@code xtp_jr_<suffix>} / {@code xtp_jw_<suffix>} functions
     */
    record Builtin(String name, String key, String suffix) implements CType {
        @Override
        public String decoder() {
            return "xtp_jr_" + suffix;
        }

        @Override
        public String encoder() {
            return "xtp_jw_" + suffix;
        }
    }

    /**
     * A named enum.
     *
     * @param type the schema type
     * @param name the C name
     */
    record Enum(EnumType type, String name) implements CType {
        @Override
        public String key() {
            return name;
        }

        @Override
        public String decoder() {
            return "dec_" + name;
        }

        @Override
        public String encoder() {
            return "enc_" + name;
        }
    }

    /**
     * A named object: a struct.
     *
     * @param type the schema type
     * @param name the C name
     */
    record Struct(ObjectType type, String name) implements CType {
        @Override
        public String key() {
            return name;
        }

        @Override
        public String decoder() {
            return "dec_" + name;
        }

        @Override
        public String encoder() {
            return "enc_" + name;
        }

        @Override
        public boolean isStruct() {
            return true;
        }
    }

    /**
     * A named alias: a typedef of its target.
     *
     * @param type the schema type
     * @param name the C name
     * @param target the C form of the target
     */
    record Alias(AliasType type, String name, CType target) implements CType {
        @Override
        public String key() {
            return name;
        }

        @Override
        public String decoder() {
            return target.decoder();
        }

        @Override
        public String encoder() {
            return target.encoder();
        }

        @Override
        public boolean isStruct() {
            return target.isStruct();
        }
    }

    /**
     * A counted array: {@code struct { T *items; size_t len; }}, or of {@code T_opt} when the items are nullable.
     *
     * @param item the item type
     * @param nullableItems whether items may be null
     */
    record Array(CType item, boolean nullableItems) implements CType {
        @Override
        public String name() {
            return item.key() + (nullableItems ? "_opt_array" : "_array");
        }

        @Override
        public String key() {
            return name();
        }

        /**
         * The item struct of a nullable array.
         *
         * @return e.g. {@code int32_opt}
         */
        String optName() {
            return item.key() + "_opt";
        }

        /**
         * The C type of one element of {@code items}.
         *
         * @return the element type
         */
        String elementType() {
            return nullableItems ? optName() : item.name();
        }

        @Override
        public String decoder() {
            return "dec_" + name();
        }

        @Override
        public String encoder() {
            return "enc_" + name();
        }

        @Override
        public boolean isStruct() {
            return true;
        }
    }

    /**
     * A map with string keys: {@code struct { T_map_entry *entries; size_t len; }}.
     *
     * @param value the value type
     * @param nullableValues whether values may be null
     */
    record Map(CType value, boolean nullableValues) implements CType {
        @Override
        public String name() {
            return value.key() + (nullableValues ? "_opt_map" : "_map");
        }

        @Override
        public String key() {
            return name();
        }

        /**
         * The entry struct.
         *
         * @return e.g. {@code int32_map_entry}
         */
        String entryName() {
            return name() + "_entry";
        }

        @Override
        public String decoder() {
            return "dec_" + name();
        }

        @Override
        public String encoder() {
            return "enc_" + name();
        }

        @Override
        public boolean isStruct() {
            return true;
        }
    }
}
