package dev.xtp4j.pdk.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Random;

/** Random Jackson trees, and conversions between them and the PDK's reader and writer, for cross-checks. */
final class JsonTrees {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    /** A random tree; integers are {@link LongNode}s and other numbers {@link DoubleNode}s. */
    static JsonNode random(ObjectMapper mapper, Random random, int depth) {
        int kind = random.nextInt(depth > 4 ? 6 : 8);
        switch (kind) {
            case 0:
                return NODES.nullNode();
            case 1:
                return NODES.booleanNode(random.nextBoolean());
            case 2:
                return LongNode.valueOf(random.nextBoolean() ? random.nextLong() : random.nextInt(1000) - 500);
            case 3: {
                double d = Double.longBitsToDouble(random.nextLong());
                if (Double.isNaN(d) || Double.isInfinite(d) || d == Math.rint(d)) {
                    d = random.nextDouble() + 0.5;
                }
                return DoubleNode.valueOf(d);
            }
            case 4:
            case 5:
                return NODES.textNode(randomString(random));
            case 6: {
                ArrayNode array = NODES.arrayNode();
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    array.add(random(mapper, random, depth + 1));
                }
                return array;
            }
            default: {
                ObjectNode object = NODES.objectNode();
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    object.set(randomString(random), random(mapper, random, depth + 1));
                }
                return object;
            }
        }
    }

    static String randomString(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(5)) {
                case 0:
                    sb.append((char) random.nextInt(0x20));
                    break;
                case 1:
                    sb.append("\"\\/".charAt(random.nextInt(3)));
                    break;
                case 2:
                    sb.appendCodePoint(0x10000 + random.nextInt(0xFFFFF));
                    break;
                case 3:
                    sb.append((char) (0x80 + random.nextInt(0xD700)));
                    break;
                default:
                    sb.append((char) (0x20 + random.nextInt(0x5F)));
            }
        }
        return sb.toString();
    }

    /** Reads one value with the PDK's reader into a tree of the same node types as {@link #random}. */
    static JsonNode read(ObjectMapper mapper, JsonReader reader) {
        switch (reader.peek()) {
            case NULL:
                reader.nextNull();
                return NODES.nullNode();
            case BOOLEAN:
                return NODES.booleanNode(reader.nextBoolean());
            case STRING:
                return NODES.textNode(reader.nextString());
            case NUMBER: {
                String text = reader.nextNumber();
                boolean integer = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
                return integer ? LongNode.valueOf(JsonReader.of(text).nextLong())
                        : DoubleNode.valueOf(JsonReader.of(text).nextDouble());
            }
            case BEGIN_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                reader.beginArray();
                while (reader.hasNext()) {
                    array.add(read(mapper, reader));
                }
                reader.endArray();
                return array;
            }
            case BEGIN_OBJECT: {
                ObjectNode object = NODES.objectNode();
                reader.beginObject();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    object.set(name, read(mapper, reader));
                }
                reader.endObject();
                return object;
            }
            default:
                throw new IllegalStateException("unexpected " + reader.peek());
        }
    }

    /** Writes a tree with the PDK's writer. */
    static void write(JsonNode node, JsonWriter writer) {
        if (node.isNull()) {
            writer.nullValue();
        } else if (node.isBoolean()) {
            writer.value(node.booleanValue());
        } else if (node.isLong() || node.isInt()) {
            writer.value(node.longValue());
        } else if (node.isDouble()) {
            writer.value(node.doubleValue());
        } else if (node.isTextual()) {
            writer.value(node.textValue());
        } else if (node.isArray()) {
            writer.beginArray();
            for (JsonNode element : node) {
                write(element, writer);
            }
            writer.endArray();
        } else {
            writer.beginObject();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                writer.name(field.getKey());
                write(field.getValue(), writer);
            }
            writer.endObject();
        }
    }
}
