package dev.xtp4j.schema.value;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.XtpSchemas;
import dev.xtp4j.schema.model.ArrayType;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.Field;
import dev.xtp4j.schema.model.IntegerFormat;
import dev.xtp4j.schema.model.IntegerType;
import dev.xtp4j.schema.model.MapType;
import dev.xtp4j.schema.model.NumberFormat;
import dev.xtp4j.schema.model.NumberType;
import dev.xtp4j.schema.model.ObjectType;
import dev.xtp4j.schema.model.XtpType;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random XTP schemas (as YAML, read by the real parser) and random values of their types, for property tests.
 * Everything is derived from the {@link Random} given, so a seed reproduces a run.
 */
public final class RandomSchemas {
    private static final String[] SCALARS = {"string", "date-time", "byte", "buffer", "boolean", "int8", "uint8",
        "int16", "uint16", "int32", "uint32", "int64", "uint64", "float", "double"};
    private static final String[] TEXTS = {"", "a", "héllo", "😀", "\"q\" \\ /", "tab\tnl\n", "\u0000\u001f", "~/",
        "日本", "zero-width\u200b"};

    private final Random r;

    /**
     * Creates a generator.
     *
     * @param r the source of randomness
     */
    public RandomSchemas(Random r) {
        this.r = r;
    }

    /** Letters-only names: A, B, ..., Z, BA, ... (Karmem enum names may not contain digits). */
    private static String letters(int i) {
        StringBuilder sb = new StringBuilder();
        do {
            sb.insert(0, (char) ('A' + i % 26));
            i /= 26;
        } while (i > 0);
        return sb.toString();
    }

    /**
     * Makes a schema with a few enums and objects (objects refer only to earlier ones, so there are no cycles) and
     * one export per random parameter type, named {@code f0}, {@code f1}, ...
     *
     * @param exports how many exports
     * @return the schema
     */
    public XtpSchema schema(int exports) {
        StringBuilder y = new StringBuilder("version: v1-draft\nexports:\n");
        int enums = 1 + r.nextInt(2);
        int objects = 1 + r.nextInt(4);
        List<String> named = new ArrayList<>();
        StringBuilder types = new StringBuilder("components:\n  schemas:\n");
        for (int i = 0; i < enums; i++) {
            String name = "Enum" + letters(i);
            int n = 1 + r.nextInt(4);
            List<String> values = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                values.add(k % 2 == 0 ? "v" + letters(k) : "value_" + letters(k).toLowerCase());
            }
            types.append("    ").append(name).append(":\n      enum: ").append(values).append('\n');
            named.add(name);
        }
        for (int i = 0; i < objects; i++) {
            String name = "Obj" + letters(i);
            int n = r.nextInt(5);
            types.append("    ").append(name).append(":\n      properties:");
            if (n == 0) {
                types.append(" {}\n");
            } else {
                types.append('\n');
            }
            List<String> required = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                String field = "field" + letters(k);
                types.append("        ").append(field).append(":\n");
                typeYaml(types, "          ", named, 2, true);
                if (r.nextBoolean()) {
                    required.add(field);
                }
            }
            if (!required.isEmpty()) {
                types.append("      required: ").append(required).append('\n');
            }
            named.add(name);
        }
        for (int i = 0; i < exports; i++) {
            y.append("  f").append(i).append(":\n    input:\n");
            typeYaml(y, "      ", named, 2, true);
            y.append("      contentType: application/json\n");
        }
        return XtpSchemas.parse(y.append(types).toString());
    }

    private void typeYaml(StringBuilder y, String indent, List<String> named, int depth, boolean mayBeNullable) {
        int pick = r.nextInt(10);
        if (pick < 2 && !named.isEmpty()) {
            y.append(indent).append("$ref: \"#/components/schemas/").append(named.get(r.nextInt(named.size())))
                    .append("\"\n");
        } else if (pick == 2 && depth > 0) {
            y.append(indent).append("type: array\n").append(indent).append("items:\n");
            typeYaml(y, indent + "  ", named, depth - 1, true);
        } else if (pick == 3 && depth > 0) {
            y.append(indent).append("type: object\n").append(indent).append("additionalProperties:\n");
            typeYaml(y, indent + "  ", named, depth - 1, true);
        } else if (pick == 4) {
            y.append(indent).append("type: object\n");
        } else {
            String s = SCALARS[r.nextInt(SCALARS.length)];
            switch (s) {
                case "string":
                case "boolean":
                case "buffer":
                    y.append(indent).append("type: ").append(s).append('\n');
                    break;
                case "date-time":
                case "byte":
                    y.append(indent).append("type: string\n").append(indent).append("format: ").append(s).append('\n');
                    break;
                case "float":
                case "double":
                    y.append(indent).append("type: number\n").append(indent).append("format: ").append(s).append('\n');
                    break;
                default:
                    y.append(indent).append("type: integer\n").append(indent).append("format: ").append(s)
                            .append('\n');
            }
        }
        if (mayBeNullable && r.nextInt(3) == 0) {
            y.append(indent).append("nullable: true\n");
        }
    }

    /**
     * Makes a random value for a place.
     *
     * @param type      the type
     * @param nullable  whether the place is nullable
     * @param nonFinite whether NaN and infinities may appear (not for JSON)
     * @return the value
     */
    public XtpValue value(XtpType type, boolean nullable, boolean nonFinite) {
        if (nullable && r.nextInt(4) == 0) {
            return new NullValue(type);
        }
        XtpType t = type.resolved();
        switch (t.kind()) {
            case STRING:
                return new StringValue(text());
            case BYTE_STRING:
            case BUFFER:
                byte[] b = new byte[r.nextInt(6)];
                r.nextBytes(b);
                return new BytesValue(t, b);
            case DATE_TIME:
                LocalDateTime local = LocalDateTime.of(1 + r.nextInt(9998), 1 + r.nextInt(12), 1 + r.nextInt(28),
                        r.nextInt(24), r.nextInt(60), r.nextInt(60), r.nextInt(4) == 0 ? 0 : r.nextInt(1_000_000_000));
                int offsetMinutes = r.nextInt(3) == 0 ? 0 : r.nextInt(36 * 60 + 1) - 18 * 60;
                return new DateTimeValue(OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(offsetMinutes * 60)));
            case BOOLEAN:
                return BooleanValue.of(r.nextBoolean());
            case INTEGER:
                IntegerFormat f = ((IntegerType) t).format();
                BigInteger v;
                switch (r.nextInt(4)) {
                    case 0:
                        v = f.minValue();
                        break;
                    case 1:
                        v = f.maxValue();
                        break;
                    default:
                        v = new BigInteger(f.bits(), r).add(f.minValue());
                        if (v.compareTo(f.maxValue()) > 0) {
                            v = f.maxValue();
                        }
                }
                return IntegerValue.of(f, v);
            case NUMBER:
                boolean single = ((NumberType) t).format() == NumberFormat.FLOAT;
                double d;
                int k = r.nextInt(8);
                if (k == 0 && nonFinite) {
                    d = new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}[r.nextInt(3)];
                } else if (k == 1) {
                    d = r.nextBoolean() ? 0.0 : -0.0;
                } else if (k == 2) {
                    d = single ? Float.intBitsToFloat(r.nextInt()) : Double.longBitsToDouble(r.nextLong());
                    if (!nonFinite && !Double.isFinite(d)) {
                        d = 1.5;
                    }
                } else {
                    d = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(20) - 10);
                }
                return single ? NumberValue.ofFloat((float) d) : NumberValue.ofDouble(d);
            case ENUM:
                EnumType e = (EnumType) t;
                return new EnumCase(e, e.values().get(r.nextInt(e.values().size())));
            case ARRAY:
                ArrayType a = (ArrayType) t;
                List<XtpValue> items = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    items.add(value(a.items(), a.nullableItems(), nonFinite));
                }
                return new ArrayValue(a, items);
            case MAP:
                MapType m = (MapType) t;
                Map<String, XtpValue> entries = new LinkedHashMap<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    entries.put(text(), value(m.values(), m.nullableValues(), nonFinite));
                }
                return new MapValue(m, entries);
            case FREE_FORM_OBJECT:
                return new FreeFormValue(json(2));
            default:
                ObjectType o = (ObjectType) t;
                Map<String, XtpValue> fields = new LinkedHashMap<>();
                for (Field fd : o.fields()) {
                    if (!fd.required() && r.nextInt(3) == 0) {
                        continue;
                    }
                    fields.put(fd.name(), value(fd.type(), fd.nullable(), nonFinite));
                }
                return new ObjectValue(o, fields);
        }
    }

    private String text() {
        return TEXTS[r.nextInt(TEXTS.length)] + (r.nextBoolean() ? "" : Integer.toString(r.nextInt(1000)));
    }

    /** A small JSON object without fractional numbers (their JSON node class is not kept by every codec). */
    private ObjectNode json(int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        for (int i = r.nextInt(4); i > 0; i--) {
            String key = text();
            switch (r.nextInt(depth > 0 ? 6 : 4)) {
                case 0:
                    o.put(key, r.nextInt());
                    break;
                case 1:
                    o.put(key, text());
                    break;
                case 2:
                    o.put(key, r.nextBoolean());
                    break;
                case 3:
                    o.putNull(key);
                    break;
                case 4:
                    o.set(key, json(depth - 1));
                    break;
                default:
                    o.putArray(key).add(r.nextInt(100)).add(text()).add(json(depth - 1));
            }
        }
        return o;
    }
}
