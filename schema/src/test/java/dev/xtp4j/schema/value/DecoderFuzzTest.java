package dev.xtp4j.schema.value;

import static org.junit.jupiter.api.Assertions.fail;

import dev.xtp4j.codec.CodecException;
import dev.xtp4j.codec.ContentType;
import dev.xtp4j.schema.karmem.XtpKarmem;
import dev.xtp4j.schema.model.XtpFunction;
import dev.xtp4j.schema.wave.WaveParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Malformed input for every value decoder: truncations, byte mutations and random bytes of a valid order in JSON,
 * MessagePack and Karmem, and mutated WAVE text. Each decoder either returns a value or fails with its own exception
 * type (never a NullPointerException, ClassCastException, IndexOutOfBoundsException or a raw library exception).
 */
class DecoderFuzzTest {

    @Test
    void bytesDecodersFailOnlyWithCodecExceptions() {
        XtpFunction process = Shop.SCHEMA.exportNamed("process").orElseThrow();
        ObjectValue order = ConversionsTest.order();
        List<ValueCodec> codecs = List.of(
                ValueCodecs.of(ContentType.JSON, Shop.object("Order"), false, JsonCoercion.defaults()),
                ValueCodecs.of(ContentType.MSGPACK, Shop.object("Order"), false, JsonCoercion.defaults()),
                XtpKarmem.derive(Shop.SCHEMA).inputCodec(process).orElseThrow());
        Random r = new Random(99);
        for (ValueCodec codec : codecs) {
            byte[] valid = codec.encode(order);
            for (int n = 0; n < valid.length; n++) {
                decode(codec, java.util.Arrays.copyOf(valid, n));
            }
            for (int i = 0; i < 1500; i++) {
                byte[] m = valid.clone();
                for (int k = 1 + r.nextInt(3); k > 0; k--) {
                    m[r.nextInt(m.length)] = (byte) r.nextInt(256);
                }
                decode(codec, m);
                byte[] noise = new byte[r.nextInt(64)];
                r.nextBytes(noise);
                decode(codec, noise);
            }
        }
    }

    private static void decode(ValueCodec codec, byte[] bytes) {
        try {
            codec.decode(bytes);
        } catch (CodecException expected) {
            // the only acceptable failure
        } catch (RuntimeException e) {
            fail(codec.contentType() + " decoder threw " + e + " for " + java.util.HexFormat.of().formatHex(bytes), e);
        }
    }

    @Test
    void waveFailsOnlyWithWaveOrValueExceptions() {
        String valid = XtpWave.print(ConversionsTest.order(), false);
        Random r = new Random(7);
        String alphabet = "{}[](),:\"'%-_ 0123456789abcnonesomeeinf.\\\n";
        for (int i = 0; i < 3000; i++) {
            StringBuilder m = new StringBuilder(valid);
            for (int k = 1 + r.nextInt(3); k > 0; k--) {
                int at = r.nextInt(m.length());
                switch (r.nextInt(3)) {
                    case 0:
                        m.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
                        break;
                    case 1:
                        m.deleteCharAt(at);
                        break;
                    default:
                        m.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            try {
                XtpWave.parse(m.toString(), Shop.object("Order"), false);
            } catch (WaveParseException | ValueException expected) {
                // a positioned syntax or type error, or a value the XTP type rejects
            } catch (RuntimeException e) {
                fail("WAVE threw " + e + " for " + m, e);
            }
        }
    }
}
