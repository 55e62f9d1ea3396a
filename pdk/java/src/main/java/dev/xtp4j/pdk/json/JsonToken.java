package dev.xtp4j.pdk.json;

/** The kinds of token a {@link JsonReader} can see next. */
public enum JsonToken {
    /** <code>{</code> */
    BEGIN_OBJECT("'{'"),
    /** <code>}</code> */
    END_OBJECT("'}'"),
    /** {@code [} */
    BEGIN_ARRAY("'['"),
    /** {@code ]} */
    END_ARRAY("']'"),
    /** A property name inside an object. */
    NAME("a property name"),
    /** A string value. */
    STRING("a string"),
    /** A number value. */
    NUMBER("a number"),
    /** {@code true} or {@code false}. */
    BOOLEAN("a boolean"),
    /** {@code null}. */
    NULL("null"),
    /** The end of the input, after the document's single value. */
    END_DOCUMENT("the end of the document");

    private final String description;

    JsonToken(String description) {
        this.description = description;
    }

    /**
     * How error messages name this token, for example {@code "a string"} or {@code "'{'"}.
     *
     * @return the description
     */
    public String description() {
        return description;
    }
}
