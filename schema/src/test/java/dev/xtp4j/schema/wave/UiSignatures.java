package dev.xtp4j.schema.wave;

import static dev.xtp4j.schema.wave.WaveFunction.param;
import static dev.xtp4j.schema.wave.WaveType.BOOL;
import static dev.xtp4j.schema.wave.WaveType.CHAR;
import static dev.xtp4j.schema.wave.WaveType.F32;
import static dev.xtp4j.schema.wave.WaveType.F64;
import static dev.xtp4j.schema.wave.WaveType.STRING;
import static dev.xtp4j.schema.wave.WaveType.U8;
import static dev.xtp4j.schema.wave.WaveType.list;
import static dev.xtp4j.schema.wave.WaveType.option;
import static dev.xtp4j.schema.wave.WaveType.result;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The signatures of {@code wave/ui.wit} (interface {@code ui} of package {@code ui:tests@0.1.0}), by hand. */
final class UiSignatures {

    static final WaveType.RecordType BASIC = WaveType.record()
            .field("required", U8)
            .field("optional", option(U8))
            .build();

    static final WaveType.RecordType OPTIONAL_FIELDS = WaveType.record()
            .field("a", option(U8))
            .field("b", option(U8))
            .build();

    static final WaveType.RecordType KEYWORD_FIELDS = WaveType.record()
            .field("true", BOOL)
            .field("false", BOOL)
            .field("some", option(U8))
            .field("none", option(U8))
            .field("ok", result(null, null))
            .field("err", result(null, null))
            .field("inf", F32)
            .field("nan", F32)
            .build();

    static final WaveType.EnumType HAND = WaveType.enumOf("left", "right");

    static final WaveType.EnumType KEYWORD_CASES =
            WaveType.enumOf("true", "false", "some", "none", "ok", "err", "inf", "nan");

    static final WaveType.FlagsType PERMISSIONS = WaveType.flags("read", "write");

    static final Map<String, WaveFunction> FUNCTIONS = byName(List.of(
            WaveFunction.of("nullary"),
            WaveFunction.of("f32", param("val", F32)),
            WaveFunction.of("list-f32", param("vals", list(F32))),
            WaveFunction.of("f64", param("val", F64)),
            WaveFunction.of("list-f64", param("vals", list(F64))),
            WaveFunction.of("char", param("val", CHAR)),
            WaveFunction.of("list-chars", param("vals", list(CHAR))),
            WaveFunction.of("string", param("val", STRING)),
            WaveFunction.of("list-strings", param("vals", list(STRING))),
            WaveFunction.of("option-u8", param("opt", option(U8))),
            WaveFunction.of("result-ok-u8", param("res", result(U8, null))),
            WaveFunction.of("result-err-u8", param("res", result(null, U8))),
            WaveFunction.of("result-both-u8", param("res", result(U8, U8))),
            WaveFunction.of("result-no-payloads", param("res", result(null, null))),
            WaveFunction.of("basic-record", param("rec", BASIC)),
            WaveFunction.of("optional-fields-record", param("rec", OPTIONAL_FIELDS)),
            WaveFunction.of("keyword-fields-record", param("rec", KEYWORD_FIELDS)),
            WaveFunction.of("hand-enum", param("enm", HAND)),
            WaveFunction.of("keyword-cases-enum", param("enm", KEYWORD_CASES)),
            WaveFunction.of("permission-flags", param("flgs", PERMISSIONS))));

    /** {@code f}, {@code ui.f}, {@code ui:tests/ui.f} and {@code ui:tests/ui.f@0.1.0} name function f. */
    private static final Pattern NAME =
            Pattern.compile("(?:ui:tests/ui\\.([^@./:]+)(?:@0\\.1\\.0)?|ui\\.([^@./:]+)|([^@./:]+))");

    private UiSignatures() {
    }

    static Optional<WaveFunction> resolve(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        String function = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return Optional.ofNullable(FUNCTIONS.get(function));
    }

    private static Map<String, WaveFunction> byName(List<WaveFunction> functions) {
        Map<String, WaveFunction> map = new LinkedHashMap<>();
        functions.forEach(f -> map.put(f.name(), f));
        return map;
    }
}
