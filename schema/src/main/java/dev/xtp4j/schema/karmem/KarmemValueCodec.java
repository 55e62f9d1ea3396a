package dev.xtp4j.schema.karmem;

import dev.xtp4j.codec.CodecException;
import dev.xtp4j.codec.ContentType;
import dev.xtp4j.karmem.KarmemEncodeException;
import dev.xtp4j.karmem.KarmemFormatException;
import dev.xtp4j.karmem.codec.KarmemCodec;
import dev.xtp4j.karmem.layout.KarmemLayout;
import dev.xtp4j.schema.model.XtpType;
import dev.xtp4j.schema.value.ValueCodec;
import dev.xtp4j.schema.value.ValueException;
import dev.xtp4j.schema.value.XtpValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Typed values of one function input or output to and from Karmem messages of the derived schema. Encoding writes
 * upstream's exact bytes; decoding validates strictly first. Created by {@link KarmemDerivation#inputCodec} and
 * {@link KarmemDerivation#outputCodec}.
 */
final class KarmemValueCodec implements ValueCodec {
    private final KarmemDerivation.Root root;
    private final KarmemCodec codec;

    KarmemValueCodec(KarmemLayout layout, KarmemDerivation.Root root) {
        this.root = root;
        this.codec = KarmemCodec.of(layout, root.struct());
    }

    @Override
    public ContentType contentType() {
        return ContentType.KARMEM;
    }

    @Override
    public XtpType type() {
        return root.type();
    }

    @Override
    public boolean nullable() {
        return root.nullable();
    }

    @Override
    @SuppressWarnings("unchecked")
    public byte[] encode(XtpValue value) {
        if (!XtpValue.fits(value, root.type(), root.nullable())) {
            throw new CodecException(ContentType.KARMEM, CodecException.Operation.ENCODE, "", value == null
                    || value.isNull() ? "null, but the value is not nullable" : "expected a value of "
                    + root.type().display() + ", got one of " + value.type().display(), null);
        }
        try {
            Object k = KarmemValues.toKarmem(root.slot(), value, "");
            Map<String, Object> message;
            if (root.wrapper()) {
                message = new LinkedHashMap<>();
                message.put(Shape.VALUE, k);
            } else {
                message = (Map<String, Object>) k;
            }
            return codec.encode(message);
        } catch (ValueException e) {
            throw new CodecException(ContentType.KARMEM, CodecException.Operation.ENCODE, e.location(), e.detail(), e);
        } catch (KarmemEncodeException e) {
            throw new CodecException(ContentType.KARMEM, CodecException.Operation.ENCODE, e.path(), e.detail(), e);
        }
    }

    @Override
    public XtpValue decode(byte[] bytes) {
        Map<String, Object> message;
        try {
            message = codec.decodeStrict(bytes);
        } catch (KarmemFormatException e) {
            throw new CodecException(ContentType.KARMEM, CodecException.Operation.DECODE,
                    e.path() + " (byte offset " + e.byteOffset() + ")", e.detail(), e);
        }
        try {
            Object k = root.wrapper() ? message.get(Shape.VALUE) : message;
            return (XtpValue) KarmemValues.fromKarmem(root.slot(), root.type(), k, "");
        } catch (ValueException e) {
            throw new CodecException(ContentType.KARMEM, CodecException.Operation.DECODE, e.location(), e.detail(), e);
        }
    }

    @Override
    public String toString() {
        return "KarmemValueCodec[" + root.struct() + "]";
    }
}
