package dev.xtp4j.schema.wave;

import dev.xtp4j.schema.wave.WaveValue.BoolValue;
import dev.xtp4j.schema.wave.WaveValue.CharValue;
import dev.xtp4j.schema.wave.WaveValue.EnumValue;
import dev.xtp4j.schema.wave.WaveValue.F32Value;
import dev.xtp4j.schema.wave.WaveValue.F64Value;
import dev.xtp4j.schema.wave.WaveValue.FlagsValue;
import dev.xtp4j.schema.wave.WaveValue.ListValue;
import dev.xtp4j.schema.wave.WaveValue.OptionValue;
import dev.xtp4j.schema.wave.WaveValue.RecordValue;
import dev.xtp4j.schema.wave.WaveValue.ResultValue;
import dev.xtp4j.schema.wave.WaveValue.S16Value;
import dev.xtp4j.schema.wave.WaveValue.S32Value;
import dev.xtp4j.schema.wave.WaveValue.S64Value;
import dev.xtp4j.schema.wave.WaveValue.S8Value;
import dev.xtp4j.schema.wave.WaveValue.StringValue;
import dev.xtp4j.schema.wave.WaveValue.TupleValue;
import dev.xtp4j.schema.wave.WaveValue.U16Value;
import dev.xtp4j.schema.wave.WaveValue.U32Value;
import dev.xtp4j.schema.wave.WaveValue.U64Value;
import dev.xtp4j.schema.wave.WaveValue.U8Value;
import dev.xtp4j.schema.wave.WaveValue.VariantValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Writes values in canonical WAVE form (see {@link Wave#print(WaveValue)} for the rules). */
final class Printer {

    private final StringBuilder out;

    Printer(StringBuilder out) {
        this.out = out;
    }

    void value(WaveValue value) {
        switch (value.kind()) {
            case BOOL:
                out.append(((BoolValue) value).value());
                break;
            case S8:
                out.append(((S8Value) value).value());
                break;
            case S16:
                out.append(((S16Value) value).value());
                break;
            case S32:
                out.append(((S32Value) value).value());
                break;
            case S64:
                out.append(((S64Value) value).value());
                break;
            case U8:
                out.append(((U8Value) value).value());
                break;
            case U16:
                out.append(((U16Value) value).value());
                break;
            case U32:
                out.append(((U32Value) value).value());
                break;
            case U64:
                out.append(Long.toUnsignedString(((U64Value) value).value()));
                break;
            case F32:
                out.append(FloatFormat.f32(((F32Value) value).value()));
                break;
            case F64:
                out.append(FloatFormat.f64(((F64Value) value).value()));
                break;
            case CHAR:
                out.append('\'');
                escaped(((CharValue) value).codePoint());
                out.append('\'');
                break;
            case STRING:
                string(((StringValue) value).value());
                break;
            case LIST:
                sequence('[', ((ListValue) value).elements(), ']');
                break;
            case TUPLE:
                sequence('(', ((TupleValue) value).elements(), ')');
                break;
            case RECORD:
                record((RecordValue) value);
                break;
            case VARIANT: {
                VariantValue variant = (VariantValue) value;
                caseName(variant.caseName());
                payload(variant.payload());
                break;
            }
            case ENUM:
                caseName(((EnumValue) value).caseName());
                break;
            case OPTION: {
                Optional<WaveValue> some = ((OptionValue) value).value();
                out.append(some.isPresent() ? "some" : "none");
                payload(some);
                break;
            }
            case RESULT: {
                ResultValue result = (ResultValue) value;
                out.append(result.isOk() ? "ok" : "err");
                payload(result.payload());
                break;
            }
            case FLAGS:
                out.append('{').append(String.join(", ", ((FlagsValue) value).flags())).append('}');
                break;
            default:
                throw new AssertionError(value.kind());
        }
    }

    private void sequence(char open, List<WaveValue> elements, char close) {
        out.append(open);
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            value(elements.get(i));
        }
        out.append(close);
    }

    /** Fields in type order; {@code none} options are left out; {@code {:}} when nothing is left. */
    private void record(RecordValue record) {
        out.append('{');
        boolean first = true;
        for (int i = 0; i < record.fields().size(); i++) {
            WaveValue field = record.fields().get(i);
            if (field instanceof OptionValue && !((OptionValue) field).isSome()) {
                continue;
            }
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(record.type().fields().get(i).name()).append(": ");
            value(field);
        }
        out.append(first ? ":}" : "}");
    }

    private void caseName(String name) {
        if (WaveLabels.isKeyword(name)) {
            out.append('%');
        }
        out.append(name);
    }

    private void payload(Optional<WaveValue> payload) {
        if (payload.isPresent()) {
            out.append('(');
            value(payload.get());
            out.append(')');
        }
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            escaped(cp);
            i += Character.charCount(cp);
        }
        out.append('"');
    }

    /**
     * Writes one scalar of a char or string: {@code \\ \" \' \t \r \n} as those escapes; control characters,
     * format characters, separators other than the space, private-use and unassigned code points, and grapheme
     * extenders (combining marks and {@link #OTHER_GRAPHEME_EXTEND}) as <code>&#92;u{hex}</code> (lower-case, no leading zeros); everything else as itself.
     */
    private void escaped(int cp) {
        switch (cp) {
            case '\\':
                out.append("\\\\");
                return;
            case '"':
                out.append("\\\"");
                return;
            case '\'':
                out.append("\\'");
                return;
            case '\t':
                out.append("\\t");
                return;
            case '\r':
                out.append("\\r");
                return;
            case '\n':
                out.append("\\n");
                return;
            default:
                break;
        }
        if (needsUnicodeEscape(cp)) {
            out.append("\\u{").append(Integer.toHexString(cp)).append('}');
        } else {
            out.appendCodePoint(cp);
        }
    }

    /**
     * Grapheme extenders that are not combining marks (Mn, Me): spacing marks (Mc) and two modifier letters with the
     * Unicode property Other_Grapheme_Extend. Rust's {@code escape_debug}, which WAVE uses, escapes them too.
     */
    private static final int[] OTHER_GRAPHEME_EXTEND = {
        0x09BE, 0x09D7, 0x0B3E, 0x0B57, 0x0BBE, 0x0BD7, 0x0CC0, 0x0CC2, 0x0CC7, 0x0CC8, 0x0CCA, 0x0CCB, 0x0CD5,
        0x0CD6, 0x0D3E, 0x0D57, 0x0DCF, 0x0DDF, 0x1B35, 0x1B3B, 0x1B3D, 0x1B43, 0x1B44, 0x1BAA, 0x1BF2, 0x1BF3,
        0x302E, 0x302F, 0xA953, 0xA9C0, 0xFF9E, 0xFF9F, 0x111C0, 0x11235, 0x1133E, 0x1134D, 0x11357, 0x114B0,
        0x114BD, 0x115AF, 0x116B6, 0x11930, 0x1193D, 0x16FF0, 0x16FF1, 0x1D165, 0x1D166, 0x1D16D, 0x1D16E,
        0x1D16F, 0x1D170, 0x1D171, 0x1D172};

    private static boolean needsUnicodeEscape(int cp) {
        if (Arrays.binarySearch(OTHER_GRAPHEME_EXTEND, cp) >= 0) {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
                return true;
            case Character.SPACE_SEPARATOR:
                return cp != ' ';
            default:
                return false;
        }
    }
}
