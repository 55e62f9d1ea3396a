package dev.xtp4j.schema.internal;

import java.util.List;

/**
 * Every diagnostic message, in one place. The first group reproduces the reference parser's wording exactly; the
 * others are xtp4j's own. docs/schema.md lists them all.
 */
final class Messages {

    private Messages() {
    }

    static final List<String> VALID_TYPES =
            List.of("string", "number", "integer", "boolean", "object", "array", "buffer");

    // ------------------------------------------------------------ reference parser wording

    static String invalidVersion(String v) {
        return "version property not valid: " + v;
    }

    static String invalidIdentifier(String name) {
        return "Invalid identifier: \"" + name + "\". Must match /^[a-zA-Z_$][a-zA-Z0-9_$]*$/";
    }

    static String invalidType(String t) {
        return "Invalid type '" + t + "'. Options are: ['string', 'number', 'integer', 'boolean', 'object', "
                + "'array', 'buffer']";
    }

    static String invalidFormat(String format, String type, List<String> valid) {
        return "Invalid format " + format + " for type " + type + ". Valid formats are: [" + String.join(", ", valid)
                + "]";
    }

    static final String MIXED_PROPERTIES =
            "We currently do not support objects with both fixed properties and additionalProperties";

    static String requiredNotDefined(String name) {
        return "Property " + name + " is marked as required but not defined";
    }

    static String enumItemNotString(String item) {
        return "Enum item must be a string: " + item;
    }

    static String parentTypeNotObject(String type) {
        return "The parent type must be 'object' when using additionalProperties but your type is " + type;
    }

    static String refNotFound(String ref, String name, List<String> options) {
        return "Invalid $ref \"" + ref + "\". Cannot find schema \"" + name + "\". Options are: ["
                + String.join(", ", options) + "]";
    }

    static String invalidRef(String ref) {
        return "Invalid $ref \"" + ref + "\"";
    }

    static String circularReference(List<String> cycle) {
        return "Detected circular reference: " + String.join(" -> ", cycle);
    }

    static String keywordWarning(String name, List<String> languages) {
        return "Potentially Invalid identifier: \"" + name + "\". This is a keyword in the following languages and "
                + "may cause trouble with code generation: " + String.join(",", languages);
    }

    // ------------------------------------------------------------ xtp4j: documents and node kinds

    static String invalidYaml(String problem) {
        return "Invalid YAML: " + problem;
    }

    static String invalidJson(String problem) {
        return "Invalid JSON: " + problem;
    }

    static final String EMPTY_DOCUMENT = "The document is empty";

    static final String RECURSIVE_ALIAS = "Recursive YAML alias: a node cannot contain itself";

    static final String NON_SCALAR_KEY = "Mapping keys must be scalars";

    static String tooLarge(int max) {
        return "The document is too large: more than " + max + " nodes after expanding aliases";
    }

    static String duplicateKey(String key) {
        return "Duplicate key '" + key + "'";
    }

    static String cannotRead(String reason) {
        return "Cannot read the schema: " + reason;
    }

    static String expected(String expected, String actual) {
        return "Expected " + expected + " but found " + actual;
    }

    static String missingKey(String key) {
        return "Missing required key '" + key + "'";
    }

    static String unknownKeyIgnored(String key) {
        return "Unknown key '" + key + "' is ignored";
    }

    static String unknownKeyStrict(String key, List<String> allowed) {
        return "Unknown key '" + key + "'. Allowed keys here: [" + String.join(", ", allowed) + "]";
    }

    static String internalError(String what) {
        return "Internal error while reading the schema (please report it): " + what;
    }

    // ------------------------------------------------------------ xtp4j: names

    static String javaKeywordWarning(String name, String javaName) {
        return "Potentially Invalid identifier: \"" + name + "\". This is a reserved word in Java; generated Java "
                + "code calls it " + javaName;
    }

    static String duplicateSchema(String name) {
        return "Duplicate schema name: " + name;
    }

    // ------------------------------------------------------------ xtp4j: types

    static String cannotDetermineType(boolean component) {
        return "Cannot determine the type: give one of type, $ref, enum, items or additionalProperties"
                + (component ? " (or properties for an object)" : "");
    }

    static final String INLINE_OBJECT =
            "Inline objects are not supported: define the object under components.schemas and use $ref";

    static final String ARRAY_WITHOUT_ITEMS = "An array needs items";

    static String itemsWithoutArray(String type) {
        return "items makes this node an array, but its type is " + type;
    }

    static final String EMPTY_ENUM = "An enum needs at least one value";

    static String duplicateEnumValue(String value) {
        return "Duplicate enum value: " + value;
    }

    static String refSiblingsIgnored(List<String> keys) {
        return "Keys next to $ref are ignored: " + String.join(", ", keys);
    }

    static String refTrailingSegments(String ref) {
        return "Segments after the schema name in $ref \"" + ref + "\" are ignored";
    }

    // ------------------------------------------------------------ xtp4j: content types

    static String invalidContentType(String text) {
        return "Invalid contentType '" + text + "'. Options are: [application/json, text/plain; charset=utf-8, "
                + "application/x-binary, application/x-msgpack, application/x-karmem]";
    }

    static final String MISSING_CONTENT_TYPE = "Missing contentType; production XTP requires one of "
            + "[application/json, text/plain; charset=utf-8, application/x-binary]";

    static String nonCanonicalContentType(String text, String canonical) {
        return "Non-canonical contentType '" + text + "' read as '" + canonical + "'";
    }

    static String extensionContentType(String text) {
        return "contentType '" + text + "' is an xtp4j extension; production XTP accepts only [application/json, "
                + "text/plain; charset=utf-8, application/x-binary]";
    }

    static String textContentTypeMismatch(String type) {
        return "contentType text/plain; charset=utf-8 carries a string or an enum, not " + type;
    }

    static String binaryContentTypeMismatch(String type) {
        return "contentType application/x-binary carries a buffer, not " + type;
    }

    // ------------------------------------------------------------ xtp4j: strict mode

    static final String STRICT_INLINE_ENUM = "Inline enums are not allowed in strict mode: define the enum under "
            + "components.schemas and use $ref";

    static final String STRICT_MAP_OF_MAP = "A map value cannot be a map in strict mode";

    static final String STRICT_ARRAY_OF_ARRAY = "An array item cannot be an array in strict mode";

    static String strictComponentKind(String what) {
        return "Only object and enum schemas are allowed under components.schemas in strict mode; this one is "
                + what;
    }

    static String strictIntegerFormat(String format) {
        return "Format " + format + " is not allowed in strict mode; production XTP accepts int32 and int64";
    }

    static final String STRICT_ENUM_TYPE = "An enum schema may only have type 'string'";

    // ------------------------------------------------------------ xtp4j: legacy and lenient mode

    static final String LEGACY_ROOT_SCHEMAS = "Root key 'schemas' is the legacy (before 2024-08) layout: move each "
            + "schema to components.schemas, keyed by its name";

    static String legacyFunctionList(String key) {
        return key + " as a list is the legacy (before 2024-08) layout: write a map from function name to "
                + "definition";
    }

    static final String RC16_MAP = "additionalProperties without type: object is the rc16 map syntax; add "
            + "type: object";

    static final String LEGACY_DATE_FORMAT = "Format date is legacy; read as a plain string";

}
