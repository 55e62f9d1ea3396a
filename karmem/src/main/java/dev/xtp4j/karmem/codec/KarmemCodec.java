package dev.xtp4j.karmem.codec;

import dev.xtp4j.karmem.KarmemEncodeException;
import dev.xtp4j.karmem.KarmemFormatException;
import dev.xtp4j.karmem.layout.FieldLayout;
import dev.xtp4j.karmem.layout.KarmemLayout;
import dev.xtp4j.karmem.layout.StructLayout;
import dev.xtp4j.karmem.wire.KarmemView;
import dev.xtp4j.karmem.wire.KarmemWriter;
import java.nio.ByteBuffer;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Encodes and decodes Karmem messages of one root struct, driven by its layout, with plain Java values: no
 * generated code. Immutable and thread-safe.
 *
 * <p><b>Value mapping.</b> A struct is a {@code Map<String, ?>} keyed by Karmem field names; the other values are
 * the Java types below. On encode, a missing key or a {@code null} value means the default (0, false, "", empty, a
 * struct of defaults); an unknown key is an error. Decoding returns fresh maps holding exactly the struct's fields in
 * declaration order (values can be replaced with {@code put}; fields cannot be added or removed), and fresh
 * {@link java.util.ArrayList}s.
 *
 * <table>
 *   <caption>Java values per Karmem type</caption>
 *   <tr><th>Karmem</th><th>encode accepts</th><th>decode returns</th></tr>
 *   <tr><td>{@code bool}</td><td>Boolean</td><td>Boolean</td></tr>
 *   <tr><td>{@code int8 int16 int32 uint8 uint16 byte char}</td><td>an integral Number in range</td>
 *       <td>Integer</td></tr>
 *   <tr><td>{@code uint32 int64}</td><td>an integral Number in range</td><td>Long</td></tr>
 *   <tr><td>{@code uint64}</td><td>an integral Number 0 to 2<sup>64</sup>−1</td>
 *       <td>Long below 2<sup>63</sup>, BigInteger above</td></tr>
 *   <tr><td>{@code float32} / {@code float64}</td><td>any Number</td><td>Float / Double (raw bits kept)</td></tr>
 *   <tr><td>enum</td><td>an integral Number in the range of its type, or an entry name</td>
 *       <td>the number, as for its underlying type (unknown values are kept)</td></tr>
 *   <tr><td>inline struct, table</td><td>Map</td><td>Map of its fields, in declaration order</td></tr>
 *   <tr><td>{@code []char}, {@code [<N]char}</td><td>CharSequence</td><td>String (bad UTF-8 becomes U+FFFD)</td>
 *       </tr>
 *   <tr><td>{@code []byte}, {@code [<N]byte}, {@code [N]byte}</td><td>byte[] or a List of numbers</td>
 *       <td>byte[]</td></tr>
 *   <tr><td>other {@code [N]T}</td><td>a List of exactly N values</td><td>List</td></tr>
 *   <tr><td>other {@code []T}, {@code [<N]T}</td><td>a List (at most N values)</td><td>List</td></tr>
 * </table>
 *
 * <p>Why plain Java values and not a value hierarchy of its own: the schema already gives every value its type, so
 * values need not carry one; and maps, lists and boxed scalars go to and from JSON (Jackson), test fixtures and the
 * XTP typed-value layer without any glue.
 *
 * <p><b>Decoding untrusted bytes.</b> {@link #decode} follows upstream: it never fails on malformed data, it reads
 * defaults instead. It only fails, with the checked {@link KarmemFormatException}, when the message would
 * materialise more than its {@link DecodeLimits element budget} (aliased offsets can make a small message describe
 * a huge graph). {@link #validate} and {@link #decodeStrict} reject anything a well-behaved writer would not
 * produce.
 *
 * <pre>{@code
 * KarmemCodec codec = KarmemCodec.of(KarmemLayout.of(schema), "Point");
 * byte[] bytes = codec.encode(Map.of("X", 1, "Y", -2));   // 0c000000 01000000 feffffff
 * Map<String, Object> point = codec.decode(bytes);         // {X=1, Y=-2}
 * }</pre>
 */
public final class KarmemCodec {
    private final StructLayout root;
    private final Map<StructLayout, Long> defaultCosts;
    private final Map<StructLayout, String[]> fieldNames;

    private KarmemCodec(StructLayout root) {
        this.root = root;
        Map<StructLayout, Long> costs = Budget.defaultCosts(root);
        this.defaultCosts = Map.copyOf(costs);
        Map<StructLayout, String[]> names = new IdentityHashMap<>();
        for (StructLayout s : costs.keySet()) {
            names.put(s, s.fields().stream().map(FieldLayout::name).toArray(String[]::new));
        }
        this.fieldNames = names;
    }

    /**
     * Creates a codec for messages whose root is the given struct.
     *
     * @param layout     the schema's layouts
     * @param rootStruct the root struct's name
     * @return the codec
     * @throws IllegalArgumentException if the schema has no such struct
     */
    public static KarmemCodec of(KarmemLayout layout, String rootStruct) {
        return new KarmemCodec(layout.struct(rootStruct));
    }

    /**
     * Creates a codec for messages whose root is the given struct.
     *
     * @param root the root struct's layout
     * @return the codec
     */
    public static KarmemCodec of(StructLayout root) {
        return new KarmemCodec(Objects.requireNonNull(root, "root"));
    }

    /**
     * Returns the root struct's layout.
     *
     * @return the layout
     */
    public StructLayout root() {
        return root;
    }

    /**
     * Encodes a value.
     *
     * @param value the root struct as a map of field names to values ({@code null} for all defaults)
     * @return the message, byte for byte what upstream Karmem writes
     * @throws KarmemEncodeException naming the field path if a value does not fit the schema
     */
    public byte[] encode(Map<String, ?> value) {
        KarmemWriter writer = new KarmemWriter(Math.max(64, root.total() * 2));
        encode(value, writer);
        return writer.toByteArray();
    }

    /**
     * Encodes a value into a writer, which must be empty (the root sits at offset 0). Reusing a writer avoids
     * re-allocating its buffer.
     *
     * @param value  the root struct
     * @param writer an empty writer
     * @throws KarmemEncodeException naming the field path if a value does not fit the schema
     */
    public void encode(Map<String, ?> value, KarmemWriter writer) {
        if (writer.size() != 0) {
            throw new IllegalArgumentException("the writer must be empty: the root struct is written at offset 0");
        }
        try {
            new DynamicEncoder(writer).writeRoot(root, value);
        } catch (PathFailure e) {
            writer.reset();
            throw new KarmemEncodeException(e.path(root.name()), e.getMessage());
        }
    }

    /**
     * Decodes a message leniently, with the default budget for its length.
     *
     * @param message the message
     * @return the root struct
     * @throws KarmemFormatException only if the element budget is exceeded
     */
    public Map<String, Object> decode(byte[] message) throws KarmemFormatException {
        return decode(ByteBuffer.wrap(message));
    }

    /**
     * Decodes the bytes between a buffer's position and limit leniently, with the default budget for their length.
     * The buffer's state is not changed.
     *
     * @param message the message
     * @return the root struct
     * @throws KarmemFormatException only if the element budget is exceeded
     */
    public Map<String, Object> decode(ByteBuffer message) throws KarmemFormatException {
        return decode(message, DecodeLimits.forMessage(message.remaining()));
    }

    /**
     * Decodes a message leniently: out-of-range offsets, sizes and truncated tables read as defaults, as in
     * upstream Karmem; enum values and UTF-8 are not checked.
     *
     * @param message the message (position to limit; the buffer's state is not changed)
     * @param limits  the element budget
     * @return the root struct
     * @throws KarmemFormatException only if the element budget is exceeded
     */
    public Map<String, Object> decode(ByteBuffer message, DecodeLimits limits) throws KarmemFormatException {
        try {
            return new DynamicDecoder(KarmemView.of(message), new Budget(limits), fieldNames).readRoot(root);
        } catch (PathFailure e) {
            throw new KarmemFormatException(e.path(root.name()), e.offset(), e.getMessage());
        }
    }

    /**
     * Validates an untrusted message with the default budget for its length.
     *
     * @param message the message
     * @throws KarmemFormatException naming the field path and byte offset of the first problem
     */
    public void validate(byte[] message) throws KarmemFormatException {
        validate(ByteBuffer.wrap(message));
    }

    /**
     * Validates an untrusted message with the default budget for its length.
     *
     * @param message the message (position to limit; the buffer's state is not changed)
     * @throws KarmemFormatException naming the field path and byte offset of the first problem
     */
    public void validate(ByteBuffer message) throws KarmemFormatException {
        validate(message, DecodeLimits.forMessage(message.remaining()));
    }

    /**
     * Validates an untrusted message strictly. It checks, for every struct reachable from the root:
     * <ul>
     *   <li>table headers: at least 4, inside the message, and not ending inside a field (a shorter table from an
     *       older writer is fine);</li>
     *   <li>table pointers and slice descriptors: inside the message; byte sizes a multiple of the element size;
     *       the element-size word of unpacked descriptors; limited slices within their limit;</li>
     *   <li>values: strings are well-formed UTF-8, bools are 0 or 1, enums hold a declared value;</li>
     *   <li>the element budget, counted as the decoder counts, so a valid message always decodes within it.</li>
     * </ul>
     *
     * @param message the message (position to limit; the buffer's state is not changed)
     * @param limits  the element budget
     * @throws KarmemFormatException naming the field path and byte offset of the first problem
     */
    public void validate(ByteBuffer message, DecodeLimits limits) throws KarmemFormatException {
        try {
            new StrictValidator(message, new Budget(limits), defaultCosts).validateRoot(root);
        } catch (PathFailure e) {
            throw new KarmemFormatException(e.path(root.name()), e.offset(), e.getMessage());
        }
    }

    /**
     * Validates, then decodes, an untrusted message with the default budget for its length.
     *
     * @param message the message
     * @return the root struct
     * @throws KarmemFormatException naming the field path and byte offset of the first problem
     */
    public Map<String, Object> decodeStrict(byte[] message) throws KarmemFormatException {
        ByteBuffer buffer = ByteBuffer.wrap(message);
        DecodeLimits limits = DecodeLimits.forMessage(message.length);
        validate(buffer, limits);
        return decode(buffer, limits);
    }

    /**
     * Validates, then decodes, an untrusted message.
     *
     * @param message the message (position to limit; the buffer's state is not changed)
     * @param limits  the element budget
     * @return the root struct
     * @throws KarmemFormatException naming the field path and byte offset of the first problem
     */
    public Map<String, Object> decodeStrict(ByteBuffer message, DecodeLimits limits) throws KarmemFormatException {
        validate(message, limits);
        return decode(message, limits);
    }
}
