package dev.xtp4j.schema.wave;

/**
 * What went wrong when parsing WAVE text. The first group are syntax errors (found before any type is looked at),
 * the second group are errors of interpreting well-formed text against a type, the last group concern function calls.
 */
public enum WaveErrorKind {
    /** Text that is not a WAVE token, or a malformed char, string, number or label. */
    INVALID_TOKEN("invalid token"),
    /** A well-formed escape that names no Unicode scalar value, or a bad escape in a multiline string. */
    INVALID_ESCAPE("invalid character escape"),
    /** A multiline string whose delimiters or indentation break the rules. */
    INVALID_MULTILINE_STRING("invalid multiline string"),
    /** The text ended inside a value. */
    UNEXPECTED_END("unexpected end of input"),
    /** A token where another was expected. */
    UNEXPECTED_TOKEN("unexpected token"),
    /** Text after a complete value. */
    TRAILING_CHARACTERS("trailing characters after value"),
    /** {@code ()}: a tuple needs at least one element. */
    EMPTY_TUPLE("empty tuple"),
    /** Values nested more than 100 levels deep. */
    NESTING_TOO_DEEP("value nesting too deep"),
    /** A record field given twice. */
    DUPLICATE_FIELD("duplicate field"),
    /** A flag given twice. */
    DUPLICATE_FLAG("duplicate flag"),

    /** The text is a different kind of value than the type calls for (a string for a {@code u8}). */
    TYPE_MISMATCH("invalid value type"),
    /** A number that does not fit the numeric type (out of range, or not an integer for an integer type). */
    INVALID_VALUE("invalid value"),
    /** A record without a field that is not an {@code option}. */
    MISSING_FIELD("missing field"),
    /** A record field that the record type does not declare. */
    UNKNOWN_FIELD("unknown field"),
    /** An enum or variant case that the type does not declare. */
    UNKNOWN_CASE("unknown case"),
    /** A flag that the flags type does not declare. */
    UNKNOWN_FLAG("unknown flag"),
    /** A case written without the payload its type requires. */
    MISSING_PAYLOAD("missing payload"),
    /** A case written with a payload its type does not have. */
    UNEXPECTED_PAYLOAD("unexpected payload"),
    /** A tuple with a different number of elements than its type. */
    WRONG_TUPLE_LENGTH("wrong number of tuple elements"),

    /** A function call with too many arguments, or missing required ones. */
    INVALID_ARGUMENTS("invalid arguments"),
    /** A function call whose name the caller's resolver does not know. */
    UNKNOWN_FUNCTION("unknown function");

    private final String description;

    WaveErrorKind(String description) {
        this.description = description;
    }

    /**
     * Returns a short description, e.g. {@code "unexpected token"}.
     *
     * @return the description
     */
    public String description() {
        return description;
    }
}
