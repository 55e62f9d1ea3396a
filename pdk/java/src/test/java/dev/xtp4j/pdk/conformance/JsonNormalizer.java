package dev.xtp4j.pdk.conformance;

import dev.xtp4j.pdk.json.JsonReader;
import dev.xtp4j.pdk.json.JsonWriter;

/**
 * Reads any JSON document and writes it back through the PDK's reader and writer: integers through
 * {@code nextLong}/{@code value(long)} when they fit, other numbers through {@code nextDouble}/{@code value(double)}.
 * The same code runs on the JVM (the expected result) and inside the TeaVM-built conformance plugin.
 */
public final class JsonNormalizer {
    private JsonNormalizer() {
    }

    /**
     * Normalizes a document.
     *
     * @param json the document, UTF-8
     * @return the document as the PDK writes it
     */
    public static byte[] normalize(byte[] json) {
        JsonReader reader = new JsonReader(json);
        JsonWriter writer = new JsonWriter();
        copyValue(reader, writer);
        reader.endDocument();
        return writer.toByteArray();
    }

    private static void copyValue(JsonReader reader, JsonWriter writer) {
        int open = 0;
        do {
            switch (reader.peek()) {
                case BEGIN_ARRAY:
                    reader.beginArray();
                    writer.beginArray();
                    open++;
                    break;
                case END_ARRAY:
                    reader.endArray();
                    writer.endArray();
                    open--;
                    break;
                case BEGIN_OBJECT:
                    reader.beginObject();
                    writer.beginObject();
                    open++;
                    break;
                case END_OBJECT:
                    reader.endObject();
                    writer.endObject();
                    open--;
                    break;
                case NAME:
                    writer.name(reader.nextName());
                    break;
                case STRING:
                    writer.value(reader.nextString());
                    break;
                case BOOLEAN:
                    writer.value(reader.nextBoolean());
                    break;
                case NULL:
                    reader.nextNull();
                    writer.nullValue();
                    break;
                case NUMBER:
                    copyNumber(reader, writer);
                    break;
                default:
                    throw new IllegalStateException("unexpected " + reader.peek());
            }
        } while (open > 0);
    }

    private static void copyNumber(JsonReader reader, JsonWriter writer) {
        String text = reader.nextNumber();
        if (isIntegerLiteral(text) && text.length() <= 18) {
            writer.value(JsonReader.of(text).nextLong());
        } else {
            writer.value(JsonReader.of(text).nextDouble());
        }
    }

    private static boolean isIntegerLiteral(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        return true;
    }
}
