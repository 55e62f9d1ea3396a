package dev.xtp4j.schema.value;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xtp4j.codec.UnknownKeys;
import dev.xtp4j.codec.XtpJackson;

/**
 * The Jackson mappers of the value layer, configured once with the XTP conventions and never changed afterwards.
 */
final class Mappers {
    /** JSON with the XTP conventions. */
    static final ObjectMapper JSON = XtpJackson.newJsonMapper(UnknownKeys.ERROR);
    /**
     * MessagePack with the XTP conventions. Also used to turn Java objects into trees: unlike the JSON mapper it
     * accepts NaN and the infinities.
     */
    static final ObjectMapper MSGPACK = XtpJackson.newMessagePackMapper(UnknownKeys.ERROR);

    private Mappers() {
    }
}
