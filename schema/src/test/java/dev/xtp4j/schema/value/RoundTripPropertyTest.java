package dev.xtp4j.schema.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xtp4j.codec.DateTimes;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.karmem.KarmemDerivation;
import dev.xtp4j.schema.karmem.XtpKarmem;
import dev.xtp4j.schema.model.ObjectType;
import dev.xtp4j.schema.model.Parameter;
import dev.xtp4j.schema.model.XtpFunction;
import dev.xtp4j.schema.wave.WaveParseException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Random values of random schema types through every codec and back (fixed seeds). What a codec does not keep is
 * normalized before comparing: MessagePack keeps the instant of a date-time (in UTC), Karmem its microseconds (UTC),
 * JSON cannot carry NaN or the infinities (those values are only sent through the other codecs).
 */
class RoundTripPropertyTest {
    private static final int SCHEMAS = 25;
    private static final int EXPORTS = 6;
    private static final int VALUES = 6;

    @Test
    void everyCodecRoundTripsEveryType() throws WaveParseException {
        Random random = new Random(20240501);
        int checked = 0;
        for (int s = 0; s < SCHEMAS; s++) {
            RandomSchemas gen = new RandomSchemas(random);
            XtpSchema schema = gen.schema(EXPORTS);
            KarmemDerivation km = XtpKarmem.derive(schema);
            for (XtpFunction f : schema.exports()) {
                Parameter p = f.input().orElseThrow();
                ValueCodec json = ValueCodecs.of(dev.xtp4j.codec.ContentType.JSON, p.type(), p.nullable(),
                        JsonCoercion.defaults());
                ValueCodec msgpack = ValueCodecs.of(dev.xtp4j.codec.ContentType.MSGPACK, p.type(), p.nullable(),
                        JsonCoercion.defaults());
                ValueCodec karmem = km.inputCodec(f).orElseThrow();
                for (int i = 0; i < VALUES; i++) {
                    String where = "schema " + s + ", " + f.name() + " (" + p + "), value " + i;
                    XtpValue any = gen.value(p.type(), p.nullable(), true);
                    XtpValue finite = gen.value(p.type(), p.nullable(), false);
                    assertEquals(finite, json.decode(json.encode(finite)), where + " JSON");
                    assertEquals(any, JavaValues.fromJava(JavaValues.toJava(any), p.type(), p.nullable()),
                            where + " Java");
                    assertEquals(normalize(any, t -> t.toInstant().atOffset(ZoneOffset.UTC)),
                            msgpack.decode(msgpack.encode(any)), where + " MessagePack");
                    assertEquals(normalize(any, t -> DateTimes.fromUnixMicros(DateTimes.toUnixMicros(t))),
                            karmem.decode(karmem.encode(any)), where + " Karmem");
                    String wave = XtpWave.print(any, p.nullable());
                    assertEquals(any, XtpWave.parse(wave, p.type(), p.nullable()), where + " WAVE " + wave);
                    checked++;
                }
            }
        }
        assertEquals(SCHEMAS * EXPORTS * VALUES, checked);
    }

    /** Rebuilds a value with every date-time mapped. */
    static XtpValue normalize(XtpValue v, UnaryOperator<OffsetDateTime> f) {
        if (v instanceof DateTimeValue d) {
            return new DateTimeValue(f.apply(d.value()));
        }
        if (v instanceof ArrayValue a) {
            List<XtpValue> items = new ArrayList<>();
            a.items().forEach(i -> items.add(normalize(i, f)));
            return new ArrayValue(a.type(), items);
        }
        if (v instanceof MapValue m) {
            Map<String, XtpValue> e = new LinkedHashMap<>();
            m.entries().forEach((k, x) -> e.put(k, normalize(x, f)));
            return new MapValue(m.type(), e);
        }
        if (v instanceof ObjectValue o) {
            Map<String, XtpValue> e = new LinkedHashMap<>();
            o.fields().forEach((k, x) -> e.put(k, normalize(x, f)));
            return new ObjectValue((ObjectType) o.type(), e);
        }
        return v;
    }
}
