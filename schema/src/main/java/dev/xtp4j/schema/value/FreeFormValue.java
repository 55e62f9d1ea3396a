package dev.xtp4j.schema.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xtp4j.schema.model.FreeFormObjectType;
import dev.xtp4j.schema.model.XtpType;
import java.util.Objects;

/**
 * A free-form object ({@code type: object} alone): any JSON object, keys in order. The tree is copied in and out, so
 * the value stays immutable.
 *
 * @param json the object
 */
public record FreeFormValue(ObjectNode json) implements XtpValue {

    /**
     * Creates a free-form value.
     *
     * @param json the object (deep-copied)
     */
    public FreeFormValue {
        Objects.requireNonNull(json, "json");
        json = json.deepCopy();
    }

    /**
     * Creates a free-form value from any JSON node, which must be an object.
     *
     * @param json the node
     * @return the value
     * @throws IllegalArgumentException if the node is not an object
     */
    public static FreeFormValue of(JsonNode json) {
        if (!(json instanceof ObjectNode)) {
            throw new IllegalArgumentException("a free-form object is a JSON object, not " + json.getNodeType());
        }
        return new FreeFormValue((ObjectNode) json);
    }

    /**
     * Returns a copy of the object.
     *
     * @return the JSON object
     */
    @Override
    public ObjectNode json() {
        return json.deepCopy();
    }

    @Override
    public XtpType type() {
        return FreeFormObjectType.INSTANCE;
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
