package dev.xtp4j.schema.wave;

import dev.xtp4j.schema.wave.WaveType.EnumType;
import dev.xtp4j.schema.wave.WaveType.FlagsType;
import dev.xtp4j.schema.wave.WaveType.ListType;
import dev.xtp4j.schema.wave.WaveType.OptionType;
import dev.xtp4j.schema.wave.WaveType.RecordType;
import dev.xtp4j.schema.wave.WaveType.ResultType;
import dev.xtp4j.schema.wave.WaveType.TupleType;
import dev.xtp4j.schema.wave.WaveType.VariantType;
import dev.xtp4j.schema.wave.WaveValue.OptionValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Interprets untyped {@link Node}s against a {@link WaveType}: the second of the two parsing phases.
 */
final class TypedConverter {

    private static final int MAX_NAMES_SHOWN = 12;

    private final Source source;
    private final TextDecoder text;

    TypedConverter(Source source) {
        this.source = source;
        this.text = new TextDecoder(source);
    }

    WaveValue convert(Node node, WaveType type) throws WaveParseException {
        switch (type.kind()) {
            case BOOL:
                if (node.type() == Node.Type.TRUE || node.type() == Node.Type.FALSE) {
                    return WaveValue.bool(node.type() == Node.Type.TRUE);
                }
                throw mismatch(node, type, null);
            case S8:
            case S16:
            case S32:
            case S64:
            case U8:
            case U16:
            case U32:
            case U64:
                return integer(node, type);
            case F32:
            case F64:
                return floatingPoint(node, type);
            case CHAR:
                if (node.type() != Node.Type.CHAR) {
                    throw mismatch(node, type, null);
                }
                return WaveValue.character(text.decodeChar(node));
            case STRING:
                if (node.type() != Node.Type.STRING && node.type() != Node.Type.MULTILINE_STRING) {
                    throw mismatch(node, type, null);
                }
                return WaveValue.string(text.decodeString(node));
            case LIST:
                return list(node, (ListType) type);
            case RECORD:
                return record(node, (RecordType) type);
            case TUPLE:
                return tuple(node, (TupleType) type);
            case VARIANT:
                return variant(node, (VariantType) type);
            case ENUM:
                return enumCase(node, (EnumType) type);
            case OPTION:
                return option(node, (OptionType) type);
            case RESULT:
                return result(node, (ResultType) type);
            case FLAGS:
                return flags(node, (FlagsType) type);
            default:
                throw new AssertionError(type.kind());
        }
    }

    private WaveValue integer(Node node, WaveType type) throws WaveParseException {
        if (node.type() != Node.Type.NUMBER) {
            throw mismatch(node, type, null);
        }
        String number = source.slice(node);
        boolean unsigned = type.kind().compareTo(WaveType.Kind.U8) >= 0;
        long value;
        try {
            if (number.startsWith("-") && unsigned) {
                throw new NumberFormatException();
            }
            value = type.kind() == WaveType.Kind.U64 ? Long.parseUnsignedLong(number) : Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw invalidInteger(node, type, number);
        }
        long min;
        long max;
        switch (type.kind()) {
            case S8:
                min = Byte.MIN_VALUE;
                max = Byte.MAX_VALUE;
                break;
            case S16:
                min = Short.MIN_VALUE;
                max = Short.MAX_VALUE;
                break;
            case S32:
                min = Integer.MIN_VALUE;
                max = Integer.MAX_VALUE;
                break;
            case U8:
                min = 0;
                max = 0xFF;
                break;
            case U16:
                min = 0;
                max = 0xFFFF;
                break;
            case U32:
                min = 0;
                max = 0xFFFF_FFFFL;
                break;
            default: // s64 and u64: parsing checked the range
                min = Long.MIN_VALUE;
                max = Long.MAX_VALUE;
        }
        if (type.kind() != WaveType.Kind.U64 && (value < min || value > max)) {
            throw invalidInteger(node, type, number);
        }
        switch (type.kind()) {
            case S8:
                return WaveValue.s8((int) value);
            case S16:
                return WaveValue.s16((int) value);
            case S32:
                return WaveValue.s32((int) value);
            case S64:
                return WaveValue.s64(value);
            case U8:
                return WaveValue.u8((int) value);
            case U16:
                return WaveValue.u16((int) value);
            case U32:
                return WaveValue.u32(value);
            default:
                return WaveValue.u64(value);
        }
    }

    private WaveParseException invalidInteger(Node node, WaveType type, String number) {
        boolean integral = number.chars().allMatch(c -> c == '-' || (c >= '0' && c <= '9'));
        String detail = integral
                ? number + " is out of range for " + type + " " + range(type.kind())
                : type + " needs an integer, found " + number;
        return source.error(WaveErrorKind.INVALID_VALUE, detail, node);
    }

    private static String range(WaveType.Kind kind) {
        switch (kind) {
            case S8:
                return "[-128, 127]";
            case S16:
                return "[-32768, 32767]";
            case S32:
                return "[-2147483648, 2147483647]";
            case S64:
                return "[-9223372036854775808, 9223372036854775807]";
            case U8:
                return "[0, 255]";
            case U16:
                return "[0, 65535]";
            case U32:
                return "[0, 4294967295]";
            default:
                return "[0, 18446744073709551615]";
        }
    }

    private WaveValue floatingPoint(Node node, WaveType type) throws WaveParseException {
        if (node.type() != Node.Type.NUMBER) {
            throw mismatch(node, type, null);
        }
        String number = source.slice(node);
        double value;
        switch (number) {
            case "nan":
                value = Double.NaN;
                break;
            case "inf":
                value = Double.POSITIVE_INFINITY;
                break;
            case "-inf":
                value = Double.NEGATIVE_INFINITY;
                break;
            default:
                if (type.kind() == WaveType.Kind.F32) {
                    // Parse directly as float: rounding through double first could round twice.
                    return WaveValue.f32(Float.parseFloat(number));
                }
                value = Double.parseDouble(number);
        }
        return type.kind() == WaveType.Kind.F32 ? WaveValue.f32((float) value) : WaveValue.f64(value);
    }

    private WaveValue list(Node node, ListType type) throws WaveParseException {
        if (node.type() != Node.Type.LIST) {
            throw mismatch(node, type, null);
        }
        List<WaveValue> elements = new ArrayList<>(node.children().size());
        for (Node child : node.children()) {
            elements.add(convert(child, type.element()));
        }
        return new WaveValue.ListValue(type, elements);
    }

    private WaveValue tuple(Node node, TupleType type) throws WaveParseException {
        if (node.type() != Node.Type.TUPLE) {
            throw mismatch(node, type, null);
        }
        int expected = type.elements().size();
        if (node.children().size() != expected) {
            throw source.error(WaveErrorKind.WRONG_TUPLE_LENGTH, "expected " + expected + " element"
                    + (expected == 1 ? "" : "s") + " for " + type + ", found " + node.children().size(), node);
        }
        List<WaveValue> elements = new ArrayList<>(expected);
        for (int i = 0; i < expected; i++) {
            elements.add(convert(node.children().get(i), type.elements().get(i)));
        }
        return new WaveValue.TupleValue(type, elements);
    }

    private WaveValue record(Node node, RecordType type) throws WaveParseException {
        if (node.type() != Node.Type.RECORD) {
            String hint = node.type() == Node.Type.FLAGS && node.children().isEmpty()
                    ? "a record without fields is written {:}" : null;
            throw mismatch(node, type, hint);
        }
        Map<String, Node> given = new HashMap<>();
        for (int i = 0; i < node.children().size(); i += 2) {
            Node label = node.children().get(i);
            String name = labelName(label);
            if (type.indexOf(name) < 0) {
                throw source.error(WaveErrorKind.UNKNOWN_FIELD, "\"" + name + "\" (fields: "
                        + names(type.fields().stream().map(RecordType.Field::name).collect(Collectors.toList()))
                        + ")", label);
            }
            given.put(name, node.children().get(i + 1));
        }
        List<WaveValue> fields = new ArrayList<>(type.fields().size());
        for (RecordType.Field field : type.fields()) {
            Node value = given.get(field.name());
            if (value != null) {
                fields.add(convert(value, field.type()));
            } else if (field.type() instanceof OptionType) {
                fields.add(new OptionValue((OptionType) field.type(), Optional.empty()));
            } else {
                throw source.error(WaveErrorKind.MISSING_FIELD,
                        "\"" + field.name() + "\" of type " + Values.abbreviate(field.type().toString()), node);
            }
        }
        return new WaveValue.RecordValue(type, fields);
    }

    private WaveValue variant(Node node, VariantType type) throws WaveParseException {
        if (node.type() != Node.Type.LABEL && node.type() != Node.Type.VARIANT_WITH_PAYLOAD) {
            throw mismatch(node, type, keywordHint(node,
                    type.cases().stream().map(VariantType.Case::name).collect(Collectors.toList())));
        }
        Node label = node.type() == Node.Type.LABEL ? node : node.children().get(0);
        String name = labelName(label);
        int index = type.indexOf(name);
        if (index < 0) {
            throw source.error(WaveErrorKind.UNKNOWN_CASE, "\"" + name + "\" (cases: "
                    + names(type.cases().stream().map(VariantType.Case::name).collect(Collectors.toList())) + ")",
                    label);
        }
        Optional<WaveValue> payload = payload(node, "case \"" + name + "\"", type.cases().get(index).payload(),
                node.type() == Node.Type.LABEL ? null : node.payload());
        return new WaveValue.VariantValue(type, name, payload);
    }

    private WaveValue enumCase(Node node, EnumType type) throws WaveParseException {
        if (node.type() != Node.Type.LABEL) {
            String hint = node.type() == Node.Type.VARIANT_WITH_PAYLOAD
                    ? "enum cases have no payload" : keywordHint(node, type.cases());
            throw mismatch(node, type, hint);
        }
        String name = labelName(node);
        if (!type.cases().contains(name)) {
            throw source.error(WaveErrorKind.UNKNOWN_CASE,
                    "\"" + name + "\" (cases: " + names(type.cases()) + ")", node);
        }
        return new WaveValue.EnumValue(type, name);
    }

    private WaveValue option(Node node, OptionType type) throws WaveParseException {
        switch (node.type()) {
            case SOME:
                return new OptionValue(type, Optional.of(convert(node.payload(), type.some())));
            case NONE:
                return new OptionValue(type, Optional.empty());
            default:
                if (!flattenable(type.some())) {
                    throw mismatch(node, type, "write some(...) or none: a value of " + type.some()
                            + " cannot stand for some(...) on its own");
                }
                return new OptionValue(type, Optional.of(convert(node, type.some())));
        }
    }

    private WaveValue result(Node node, ResultType type) throws WaveParseException {
        switch (node.type()) {
            case OK:
                return new WaveValue.ResultValue(type, true, payload(node, "ok", type.ok(), node.payload()));
            case ERR:
                return new WaveValue.ResultValue(type, false, payload(node, "err", type.err(), node.payload()));
            default:
                if (type.ok().isEmpty() || !flattenable(type.ok().get())) {
                    throw mismatch(node, type, type.ok().isEmpty() ? "write ok or err"
                            : "write ok(...) or err(...): a value of " + type.ok().get()
                            + " cannot stand for ok(...) on its own");
                }
                return new WaveValue.ResultValue(type, true, Optional.of(convert(node, type.ok().get())));
        }
    }

    private WaveValue flags(Node node, FlagsType type) throws WaveParseException {
        if (node.type() != Node.Type.FLAGS) {
            throw mismatch(node, type, null);
        }
        List<String> names = new ArrayList<>(node.children().size());
        for (Node label : node.children()) {
            String name = labelName(label);
            if (!type.flags().contains(name)) {
                throw source.error(WaveErrorKind.UNKNOWN_FLAG,
                        "\"" + name + "\" (flags: " + names(type.flags()) + ")", label);
            }
            names.add(name);
        }
        return new WaveValue.FlagsValue(type, names);
    }

    /** Matches a written payload (or its absence) against the payload type of a case. */
    private Optional<WaveValue> payload(Node node, String what, Optional<WaveType> payloadType, Node payload)
            throws WaveParseException {
        if (payloadType.isPresent() && payload == null) {
            throw source.error(WaveErrorKind.MISSING_PAYLOAD,
                    what + " needs a payload of type " + Values.abbreviate(payloadType.get().toString()), node);
        }
        if (payloadType.isEmpty() && payload != null) {
            throw source.error(WaveErrorKind.UNEXPECTED_PAYLOAD, what + " has no payload", node);
        }
        return payload == null ? Optional.empty() : Optional.of(convert(payload, payloadType.get()));
    }

    /** Options and results cannot be written flat when their payload is itself an option or result. */
    private static boolean flattenable(WaveType payload) {
        return payload.kind() != WaveType.Kind.OPTION && payload.kind() != WaveType.Kind.RESULT;
    }

    private String labelName(Node label) {
        String name = source.slice(label);
        return name.startsWith("%") ? name.substring(1) : name;
    }

    private WaveParseException mismatch(Node node, WaveType type, String hint) {
        String detail = "expected " + Values.abbreviate(type.toString()) + ", found " + describe(node);
        return source.error(WaveErrorKind.TYPE_MISMATCH, hint == null ? detail : detail + "; " + hint, node);
    }

    /** For a keyword written where a case of the same name is expected: suggests the {@code %} prefix. */
    private String keywordHint(Node node, List<String> cases) {
        String keyword;
        switch (node.type()) {
            case TRUE:
            case FALSE:
            case NONE:
            case NUMBER:
                keyword = source.slice(node);
                break;
            case SOME:
                keyword = "some";
                break;
            case OK:
                keyword = "ok";
                break;
            case ERR:
                keyword = "err";
                break;
            default:
                return null;
        }
        return WaveLabels.isKeyword(keyword) && cases.contains(keyword)
                ? "a case named like a keyword is written %" + keyword
                : null;
    }

    private String describe(Node node) {
        switch (node.type()) {
            case TRUE:
            case FALSE:
            case NONE:
                return source.slice(node);
            case NUMBER:
                return "number " + Values.abbreviate(source.slice(node));
            case CHAR:
                return "char " + Values.abbreviate(source.slice(node));
            case STRING:
                return "string " + Values.abbreviate(source.slice(node));
            case MULTILINE_STRING:
                return "a multiline string";
            case TUPLE:
                return "a tuple";
            case LIST:
                return "a list";
            case RECORD:
                return "a record";
            case FLAGS:
                return node.children().isEmpty() ? "{}" : "flags";
            case LABEL:
                return "label " + source.slice(node);
            case VARIANT_WITH_PAYLOAD:
                return "case " + source.slice(node.children().get(0)) + "(...)";
            case SOME:
                return "some(...)";
            case OK:
            case ERR:
                String word = node.type() == Node.Type.OK ? "ok" : "err";
                return node.payload() == null ? word : word + "(...)";
            default:
                throw new AssertionError(node.type());
        }
    }

    private static String names(List<String> names) {
        if (names.isEmpty()) {
            return "none";
        }
        if (names.size() <= MAX_NAMES_SHOWN) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, MAX_NAMES_SHOWN)) + ", ...";
    }
}
