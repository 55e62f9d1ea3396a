package dev.xtp4j.pdk;

import java.nio.charset.StandardCharsets;

/**
 * Blocks of the host's kernel memory, addressed by {@code long} handles: copying bytes and strings in and out.
 *
 * <p>This is what host-function calls are made of: allocate a block holding the argument, pass its handle to the
 * import, read the block whose handle comes back, free both (see {@link HostFunctions}). A handle is an opaque,
 * non-zero {@code long}; {@code 0} stands for "no block", which is also how an empty value travels, because the
 * kernel has no empty blocks.
 *
 * <p>Copies move eight bytes per host call ({@link Env#loadU64}/{@link Env#storeU64}) and the remainder byte by
 * byte.
 */
public final class Memory {
    private Memory() {
    }

    /**
     * Allocates a new block holding a copy of {@code bytes}.
     *
     * @param bytes the contents
     * @return the block's handle, owned by the caller; 0 when {@code bytes} is empty
     * @throws PluginException when the host is out of memory
     */
    public static long allocate(byte[] bytes) {
        return allocate(bytes, 0, bytes.length);
    }

    /**
     * Allocates a new block holding a copy of {@code length} bytes of {@code bytes} from {@code offset}.
     *
     * @param bytes the source array
     * @param offset the first byte to copy
     * @param length the number of bytes to copy
     * @return the block's handle, owned by the caller; 0 when {@code length} is 0
     * @throws IndexOutOfBoundsException when the range lies outside {@code bytes}
     * @throws PluginException when the host is out of memory
     */
    public static long allocate(byte[] bytes, int offset, int length) {
        checkRange(bytes.length, offset, length);
        if (length == 0) {
            return 0;
        }
        long handle = Env.alloc(length);
        if (handle == 0) {
            throw new PluginException("the host could not allocate " + length + " bytes of kernel memory");
        }
        write(handle, 0, bytes, offset, length);
        return handle;
    }

    /**
     * Allocates a new block holding the UTF-8 encoding of {@code text}.
     *
     * @param text the contents
     * @return the block's handle, owned by the caller; 0 when {@code text} is empty
     * @throws PluginException when the host is out of memory
     */
    public static long allocate(String text) {
        return allocate(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The byte length of a block.
     *
     * @param handle a block handle, or 0
     * @return its length; 0 for 0 and for anything that is not a live handle
     */
    public static long length(long handle) {
        return handle == 0 ? 0 : Env.length(handle);
    }

    /**
     * Copies a whole block into a new array.
     *
     * @param handle a block handle, or 0
     * @return the block's bytes; empty for 0 and for anything that is not a live handle
     * @throws PluginException when the block is larger than a Java array can hold
     */
    public static byte[] read(long handle) {
        long length = length(handle);
        if (length > Integer.MAX_VALUE - 8) {
            throw new PluginException("a block of " + length + " bytes does not fit in a Java array");
        }
        byte[] bytes = new byte[(int) length];
        read(handle, 0, bytes, 0, bytes.length);
        return bytes;
    }

    /**
     * Reads a whole block as UTF-8 text (malformed sequences become U+FFFD).
     *
     * @param handle a block handle, or 0
     * @return the text; empty for 0
     */
    public static String readString(long handle) {
        return new String(read(handle), StandardCharsets.UTF_8);
    }

    /**
     * Copies a whole block into a new array, then frees the block. Use it for handles the host returns, which belong
     * to the plugin.
     *
     * @param handle a block handle, or 0
     * @return the block's bytes; empty for 0
     */
    public static byte[] readAndFree(long handle) {
        try {
            return read(handle);
        } finally {
            free(handle);
        }
    }

    /**
     * Reads a whole block as UTF-8 text, then frees the block.
     *
     * @param handle a block handle, or 0
     * @return the text; empty for 0
     */
    public static String readStringAndFree(long handle) {
        return new String(readAndFree(handle), StandardCharsets.UTF_8);
    }

    /**
     * Frees a block. 0 and unknown handles are ignored. Do not free blocks handed to the host ({@link Env#outputSet},
     * {@link Env#errorSet}) or passed to a host function that consumes its arguments.
     *
     * @param handle the block to free, or 0
     */
    public static void free(long handle) {
        if (handle != 0) {
            Env.free(handle);
        }
    }

    /**
     * Copies bytes from an array into a block.
     *
     * @param handle the destination block
     * @param at the byte offset inside the block
     * @param source the source array
     * @param offset the first byte of {@code source} to copy
     * @param length the number of bytes to copy
     * @throws IndexOutOfBoundsException when the range lies outside {@code source}
     */
    public static void write(long handle, long at, byte[] source, int offset, int length) {
        checkRange(source.length, offset, length);
        long address = handle + at;
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            Env.storeU64(address + i, Bytes.getLongLE(source, offset + i));
        }
        for (; i < length; i++) {
            Env.storeU8(address + i, source[offset + i]);
        }
    }

    /**
     * Copies bytes from a block into an array.
     *
     * @param handle the source block
     * @param at the byte offset inside the block
     * @param target the destination array
     * @param offset the first byte of {@code target} to fill
     * @param length the number of bytes to copy
     * @throws IndexOutOfBoundsException when the range lies outside {@code target}
     */
    public static void read(long handle, long at, byte[] target, int offset, int length) {
        checkRange(target.length, offset, length);
        long address = handle + at;
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            Bytes.putLongLE(target, offset + i, Env.loadU64(address + i));
        }
        for (; i < length; i++) {
            target[offset + i] = (byte) Env.loadU8(address + i);
        }
    }

    static void checkRange(int arrayLength, int offset, int length) {
        if (offset < 0 || length < 0 || length > arrayLength - offset) {
            throw new IndexOutOfBoundsException(
                    "range [" + offset + ", " + offset + " + " + length + ") outside an array of " + arrayLength);
        }
    }
}
