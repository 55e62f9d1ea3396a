package dev.xtp4j.schema.wave;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Writes a value in a random one of its many valid WAVE spellings: flat options and results where allowed, fields
 * and flags shuffled, {@code none} fields left out or written, optional {@code %} prefixes, escapes and multiline
 * strings, exponent notation, trailing commas, whitespace and comments. Whatever it writes must parse back to the
 * same value.
 */
final class AlternativeWriter {

    private static final String[] TRIVIA = {"", "", " ", "  ", "\n", "\t", "\r\n", " // note\n", "//\n"};

    private final Random random;
    private final StringBuilder out = new StringBuilder();

    AlternativeWriter(Random random) {
        this.random = random;
    }

    String write(WaveValue value) {
        out.setLength(0);
        trivia();
        value(value);
        trivia();
        return out.toString();
    }

    private void trivia() {
        out.append(TRIVIA[random.nextInt(TRIVIA.length)]);
    }

    private void token(String text) {
        trivia();
        out.append(text);
    }

    private void value(WaveValue value) {
        trivia();
        switch (value.kind()) {
            case F32: {
                float f = ((WaveValue.F32Value) value).value();
                out.append(random.nextBoolean() || !Float.isFinite(f) ? Wave.print(value) : Float.toString(f));
                break;
            }
            case F64: {
                double d = ((WaveValue.F64Value) value).value();
                out.append(random.nextBoolean() || !Double.isFinite(d) ? Wave.print(value) : Double.toString(d));
                break;
            }
            case CHAR:
                out.append('\'');
                character(((WaveValue.CharValue) value).codePoint(), '\'');
                out.append('\'');
                break;
            case STRING:
                string(((WaveValue.StringValue) value).value());
                break;
            case LIST:
                sequence("[", ((WaveValue.ListValue) value).elements(), "]");
                break;
            case TUPLE:
                sequence("(", ((WaveValue.TupleValue) value).elements(), ")");
                break;
            case RECORD:
                record((WaveValue.RecordValue) value);
                break;
            case VARIANT: {
                WaveValue.VariantValue v = (WaveValue.VariantValue) value;
                label(v.caseName(), WaveLabels.isKeyword(v.caseName()));
                payload(v.payload());
                break;
            }
            case ENUM: {
                String name = ((WaveValue.EnumValue) value).caseName();
                label(name, WaveLabels.isKeyword(name));
                break;
            }
            case OPTION: {
                WaveValue.OptionValue o = (WaveValue.OptionValue) value;
                if (o.value().isPresent() && flattenable(o.type().some()) && random.nextBoolean()) {
                    value(o.value().get());
                } else {
                    out.append(o.isSome() ? "some" : "none");
                    payload(o.value());
                }
                break;
            }
            case RESULT: {
                WaveValue.ResultValue r = (WaveValue.ResultValue) value;
                if (r.isOk() && r.payload().isPresent() && flattenable(r.type().ok().get()) && random.nextBoolean()) {
                    value(r.payload().get());
                } else {
                    out.append(r.isOk() ? "ok" : "err");
                    payload(r.payload());
                }
                break;
            }
            case FLAGS: {
                List<String> flags = new ArrayList<>(((WaveValue.FlagsValue) value).flags());
                Collections.shuffle(flags, random);
                out.append('{');
                for (int i = 0; i < flags.size(); i++) {
                    if (i > 0) {
                        token(",");
                    }
                    trivia();
                    label(flags.get(i), false);
                }
                if (!flags.isEmpty() && random.nextBoolean()) {
                    token(",");
                }
                token("}");
                break;
            }
            default:
                out.append(Wave.print(value));
        }
    }

    private static boolean flattenable(WaveType type) {
        return type.kind() != WaveType.Kind.OPTION && type.kind() != WaveType.Kind.RESULT;
    }

    private void label(String name, boolean percent) {
        if (percent || random.nextInt(4) == 0) {
            out.append('%');
        }
        out.append(name);
    }

    private void payload(Optional<WaveValue> payload) {
        if (payload.isPresent()) {
            token("(");
            value(payload.get());
            token(")");
        }
    }

    private void sequence(String open, List<WaveValue> elements, String close) {
        out.append(open);
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                token(",");
            }
            value(elements.get(i));
        }
        if (!elements.isEmpty() && random.nextBoolean()) {
            token(",");
        }
        token(close);
    }

    private void record(WaveValue.RecordValue record) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < record.fields().size(); i++) {
            WaveValue field = record.fields().get(i);
            boolean none = field instanceof WaveValue.OptionValue && !((WaveValue.OptionValue) field).isSome();
            if (!none || random.nextBoolean()) {
                order.add(i);
            }
        }
        Collections.shuffle(order, random);
        if (order.isEmpty()) {
            out.append('{');
            token(":");
            token("}");
            return;
        }
        out.append('{');
        for (int k = 0; k < order.size(); k++) {
            if (k > 0) {
                token(",");
            }
            trivia();
            label(record.type().fields().get(order.get(k)).name(), false);
            token(":");
            value(record.fields().get(order.get(k)));
        }
        if (random.nextBoolean()) {
            token(",");
        }
        token("}");
    }

    private void string(String text) {
        if (random.nextInt(3) == 0) {
            multiline(text);
            return;
        }
        out.append('"');
        text.codePoints().forEach(cp -> character(cp, '"'));
        out.append('"');
    }

    /** Writes one scalar: escaped when it must be, otherwise escaped at random or raw. */
    private void character(int cp, char quote) {
        boolean mustEscape = cp == '\\' || cp == quote || cp == '\n';
        if (mustEscape || random.nextInt(4) == 0) {
            escape(cp);
        } else {
            out.appendCodePoint(cp);
        }
    }

    private void escape(int cp) {
        switch (random.nextInt(2) == 0 ? cp : -1) {
            case '\\':
                out.append("\\\\");
                return;
            case '\'':
                out.append("\\'");
                return;
            case '"':
                out.append("\\\"");
                return;
            case '\t':
                out.append("\\t");
                return;
            case '\n':
                out.append("\\n");
                return;
            case '\r':
                out.append("\\r");
                return;
            default:
                String hex = Integer.toHexString(cp);
                int zeros = random.nextInt(7 - hex.length());
                String digits = "0".repeat(zeros) + (random.nextBoolean() ? hex : hex.toUpperCase());
                out.append("\\u{").append(digits).append('}');
        }
    }

    /** A multiline string with a random indentation; line breaks in the text become real line breaks. */
    private void multiline(String text) {
        String indent = " ".repeat(random.nextInt(4));
        out.append("\"\"\"").append(random.nextBoolean() ? "\n" : "\r\n").append(indent);
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append(random.nextBoolean() ? "\n" : "\r\n").append(indent);
            } else if (cp == '\\' || cp == '"' || cp == '\r') {
                escape(cp);
            } else if (random.nextInt(5) == 0) {
                escape(cp);
            } else {
                out.appendCodePoint(cp);
            }
        });
        out.append('\n').append(indent).append("\"\"\"");
    }
}
