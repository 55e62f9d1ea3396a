package dev.xtp4j.codec.internal.karmem;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xtp4j.codec.Codec;
import dev.xtp4j.codec.CodecException;
import dev.xtp4j.codec.ContentType;
import dev.xtp4j.codec.KarmemBinding;
import dev.xtp4j.karmem.KarmemEncodeException;
import dev.xtp4j.karmem.KarmemFormatException;
import dev.xtp4j.karmem.codec.DecodeLimits;
import dev.xtp4j.karmem.codec.KarmemCodec;
import dev.xtp4j.karmem.layout.StructLayout;
import dev.xtp4j.karmem.wire.KarmemView;
import dev.xtp4j.karmem.wire.KarmemWriter;
import java.lang.reflect.Type;

/**
 * Karmem messages to and from typed Java values (records, lists, maps, enums, date-times, optionals), bound once by
 * reflection to the layout of a root struct. Encoding writes upstream's exact bytes; decoding first runs the strict
 * validator (unless disabled) and then reads with the zero-copy view, within an element budget.
 *
 * @param <T> the Java type of the root value
 */
public final class KarmemObjectCodec<T> implements Codec<T> {
    private final StructLayout root;
    private final StructBinding binding;
    private final KarmemCodec validator;
    private final int initialCapacity;

    private KarmemObjectCodec(StructLayout root, StructBinding binding, KarmemCodec validator) {
        this.root = root;
        this.binding = binding;
        this.validator = validator;
        this.initialCapacity = Math.max(64, root.total() * 4);
    }

    /**
     * Binds a Java type to a root struct.
     *
     * @param binding  the layout and root struct
     * @param type     the Java type of the root value
     * @param validate whether to run the strict validator before decoding
     * @param mapper   the JSON mapper (enum wire names, free-form JSON text)
     * @param <T>      the Java type
     * @return the codec
     * @throws IllegalArgumentException if the type does not fit the struct, naming both
     */
    public static <T> KarmemObjectCodec<T> create(KarmemBinding binding, Type type, boolean validate,
            ObjectMapper mapper) {
        StructLayout root = binding.root();
        StructBinding b = new Binder(mapper).struct(root, type);
        return new KarmemObjectCodec<>(root, b, validate ? KarmemCodec.of(root) : null);
    }

    @Override
    public ContentType contentType() {
        return ContentType.KARMEM;
    }

    @Override
    public byte[] encode(T value) {
        KarmemWriter w = new KarmemWriter(initialCapacity);
        try {
            int p = root.isTable() ? w.allocTable(root.total(), root.content()) : w.alloc(root.total());
            binding.writeFields(w, p, value);
        } catch (Failures.Encode e) {
            throw new CodecException(ContentType.KARMEM, CodecException.Operation.ENCODE, root.name() + e.path(),
                    e.getMessage(), null);
        } catch (KarmemEncodeException e) {
            throw new CodecException(ContentType.KARMEM, CodecException.Operation.ENCODE, root.name(),
                    e.getMessage(), e);
        }
        return w.toByteArray();
    }

    @Override
    @SuppressWarnings("unchecked")
    public T decode(byte[] bytes) {
        if (validator != null) {
            try {
                validator.validate(bytes);
            } catch (KarmemFormatException e) {
                throw new CodecException(ContentType.KARMEM, CodecException.Operation.DECODE,
                        e.path() + " (byte offset " + e.byteOffset() + ")", e.detail(), e);
            }
        }
        KarmemView view = KarmemView.of(bytes);
        Budget budget = new Budget(DecodeLimits.forMessage(bytes.length).maxElements());
        try {
            return (T) binding.read(view, view.root(root), budget);
        } catch (Failures.Decode e) {
            throw new CodecException(ContentType.KARMEM, CodecException.Operation.DECODE, e.where(),
                    e.getMessage(), null);
        }
    }
}
