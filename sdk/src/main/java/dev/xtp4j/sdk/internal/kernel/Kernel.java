package dev.xtp4j.sdk.internal.kernel;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The Extism kernel in Java: the memory that plugins and host exchange data through, and its allocator.
 *
 * <p>Kernel memory is one {@code byte[]} arena, separate from the plugin's linear memory. A handle is the arena
 * offset of a block's first byte; handles are never 0 (offsets below {@link #BASE} are reserved). Unlike the reference
 * kernel, which keeps block headers inside its memory, the block table lives in Java arrays the guest cannot write,
 * so a misbehaving guest can corrupt its own data but never the allocator.
 *
 * <p>The properties the Extism ABI needs (extism-abi.md 6.2) hold:
 * <ul>
 *   <li>handles are non-zero; {@code alloc(0)} and failed allocations return 0;
 *   <li>{@link #length(long)} works on every live handle and returns 0 for anything else;
 *   <li>the input is an ordinary block, so {@code input_offset()} is a readable handle;
 *   <li>every block is followed by {@link #SLACK} spare bytes, so 8-byte loads and stores that run past a block's end
 *       never trap and never touch another live block;
 *   <li>out-of-range loads return 0 and out-of-range stores are ignored;
 *   <li>{@link #reset()} invalidates every handle and zeroes the memory that was used, so every call starts from
 *       zeroed memory and nothing of one call's data is visible to the next.
 * </ul>
 *
 * <p>As upstream, blocks are not zeroed when allocated: a block that reuses memory freed earlier in the same call
 * holds that memory's old bytes.
 *
 * <p>Allocation reuses a freed block first fit (splitting it when the excess is large), else bumps the end of the
 * arena, growing the array as needed; freeing the last blocks gives their space back to the bump region. Use of the
 * arena beyond the first {@link #FREE_BYTES} bytes is charged to the plugin's {@link MemoryBudget} in 64 KiB pages, as
 * the reference kernel's own memory growth is.
 *
 * <p>Not thread-safe: one kernel belongs to one plugin instance, which runs one call at a time.
 */
public final class Kernel {
    /** The first usable offset; everything below is reserved so that small numbers are never handles. */
    public static final int BASE = 64;
    /** Spare bytes after every block, so 8-byte overruns stay inside the block's own space. */
    public static final int SLACK = 8;
    /** Arena bytes that are not charged to the budget, like the reference kernel's initial 16 pages. */
    public static final int FREE_BYTES = 16 * 65536;

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int INITIAL_CAPACITY = 4096;
    /** Arenas larger than this are dropped at reset instead of zeroed, so idle instances stay small. */
    private static final int RETAIN_CAPACITY = 1 << 20;
    /** The largest arena a Java array can hold, minus headroom. */
    private static final int MAX_CAPACITY = Integer.MAX_VALUE - 64;
    /** A free block is split when reusing it would waste at least this many bytes. */
    private static final int SPLIT_THRESHOLD = 128;
    private static final int PAGE = 65536;

    private final MemoryBudget budget;

    private byte[] memory = new byte[INITIAL_CAPACITY];
    /** End of the last block (including its slack); the bump pointer. */
    private int top = BASE;
    /** Everything at or above this offset is zero (the high-water mark of this call). */
    private int dirtyEnd = BASE;
    /** Pages of arena beyond {@link #FREE_BYTES} already charged to the budget. */
    private int chargedPages;
    /** The arena offset up to which growth is paid for. */
    private long chargedLimit = FREE_BYTES;

    // The block table, sorted by start offset. used == -1 marks a free block.
    private int[] starts = new int[16];
    private int[] capacities = new int[16];
    private int[] used = new int[16];
    private int blocks;
    private int freeBlocks;

    private long inputHandle;
    private long inputLength;
    private long outputHandle;
    private long outputLength;
    private long errorHandle;

    /**
     * Creates an empty kernel.
     *
     * @param budget what the arena's growth is charged to
     */
    public Kernel(MemoryBudget budget) {
        this.budget = budget;
    }

    // ---- allocation ----

    /**
     * Allocates a block ({@code alloc}).
     *
     * @param size bytes
     * @return the handle, or 0 for {@code size <= 0} and (without a budget) for sizes no Java array can hold
     * @throws MemoryBudget.Exceeded if growing the arena would exceed the budget
     */
    public long alloc(long size) {
        if (size <= 0) {
            return 0;
        }
        if (size > MAX_CAPACITY - BASE - SLACK - 8) {
            if (budget.isLimited()) {
                // as upstream, where the memory limiter traps the kernel's memory.grow
                throw new MemoryBudget.Exceeded("kernel memory cannot hold a block of " + Long.toUnsignedString(size)
                        + " bytes within the " + budget.limitPages() + "-page budget (memory.max_pages)");
            }
            return 0;
        }
        int capacity = align8((int) size);
        if (freeBlocks > 0) {
            int free = firstFreeFit(capacity);
            if (free >= 0) {
                return reuse(free, (int) size, capacity);
            }
        }
        int needed = capacity + SLACK;
        long end = (long) top + needed;
        if (end > chargedLimit) {
            charge(end);
        }
        if (end > memory.length) {
            grow(end);
        }
        int start = bump(needed);
        append(start, capacity, (int) size);
        return start;
    }

    private int bump(int needed) {
        int start = top;
        top = start + needed;
        dirtyEnd = Math.max(dirtyEnd, top);
        return start;
    }

    private long reuse(int index, int size, int capacity) {
        int start = starts[index];
        int excess = capacities[index] - capacity;
        freeBlocks--;
        if (excess >= SPLIT_THRESHOLD + SLACK) {
            capacities[index] = capacity;
            insert(index + 1, start + capacity + SLACK, excess - SLACK, -1);
            freeBlocks++;
        }
        used[index] = size;
        return start;
    }

    private int firstFreeFit(int capacity) {
        for (int i = 0; i < blocks; i++) {
            if (used[i] < 0 && capacities[i] >= capacity) {
                return i;
            }
        }
        return -1;
    }

    /** Charges the budget for the arena in use up to {@code end}, as the reference kernel's memory growth is. */
    private void charge(long end) {
        if (end > MAX_CAPACITY) {
            throw new MemoryBudget.Exceeded("kernel memory cannot grow to " + end
                    + " bytes, more than a JVM array holds");
        }
        long pages = (end - FREE_BYTES + PAGE - 1) / PAGE;
        budget.charge(pages - chargedPages, "kernel memory");
        chargedPages = (int) pages;
        chargedLimit = FREE_BYTES + (long) chargedPages * PAGE;
    }

    private void grow(long minimum) {
        long target = Math.max(minimum, Math.min((long) memory.length * 2, MAX_CAPACITY));
        memory = Arrays.copyOf(memory, (int) target);
    }

    /**
     * Frees a block ({@code free}). 0 and unknown handles are ignored. Freeing the input block makes the input
     * length 0.
     *
     * @param handle the handle
     */
    public void free(long handle) {
        int index = find(handle);
        if (index < 0 || used[index] < 0) {
            return;
        }
        used[index] = -1;
        freeBlocks++;
        if (handle == inputHandle) {
            inputLength = 0;
        }
        // Give trailing free blocks back to the bump region.
        while (blocks > 0 && used[blocks - 1] < 0) {
            blocks--;
            freeBlocks--;
            top = starts[blocks];
        }
    }

    /**
     * The length of a live block ({@code length} and {@code length_unsafe}).
     *
     * @param handle any value
     * @return the block's length, or 0 for values that are not live handles
     */
    public long length(long handle) {
        int index = find(handle);
        return index < 0 ? 0 : Math.max(used[index], 0);
    }

    /**
     * Whether a value is the handle of a live block.
     *
     * @param handle any value
     * @return true for live handles
     */
    public boolean isLive(long handle) {
        int index = find(handle);
        return index >= 0 && used[index] >= 0;
    }

    private int find(long handle) {
        if (handle < BASE || handle >= top) {
            return -1;
        }
        int h = (int) handle;
        int last = blocks - 1;
        if (last >= 0 && starts[last] == h) {
            return last;
        }
        int index = Arrays.binarySearch(starts, 0, blocks, h);
        return index >= 0 ? index : -1;
    }

    private void append(int start, int capacity, int size) {
        ensureTable();
        starts[blocks] = start;
        capacities[blocks] = capacity;
        used[blocks] = size;
        blocks++;
    }

    private void insert(int index, int start, int capacity, int size) {
        ensureTable();
        int tail = blocks - index;
        System.arraycopy(starts, index, starts, index + 1, tail);
        System.arraycopy(capacities, index, capacities, index + 1, tail);
        System.arraycopy(used, index, used, index + 1, tail);
        starts[index] = start;
        capacities[index] = capacity;
        used[index] = size;
        blocks++;
    }

    private void ensureTable() {
        if (blocks == starts.length) {
            int n = blocks * 2;
            starts = Arrays.copyOf(starts, n);
            capacities = Arrays.copyOf(capacities, n);
            used = Arrays.copyOf(used, n);
        }
    }

    /**
     * Invalidates every handle, zeroes the used memory and clears input, output and error ({@code reset}).
     */
    public void reset() {
        if (memory.length > RETAIN_CAPACITY) {
            memory = new byte[INITIAL_CAPACITY];
        } else if (dirtyEnd > BASE) {
            Arrays.fill(memory, BASE, dirtyEnd, (byte) 0);
        }
        top = BASE;
        dirtyEnd = BASE;
        blocks = 0;
        freeBlocks = 0;
        if (starts.length > 1024) {
            starts = new int[16];
            capacities = new int[16];
            used = new int[16];
        }
        inputHandle = 0;
        inputLength = 0;
        outputHandle = 0;
        outputLength = 0;
        errorHandle = 0;
    }

    /**
     * Resets the kernel and gives back its memory, including what was charged to the budget: used when the plugin's
     * wasm instances are rebuilt, which starts a fresh budget.
     */
    public void releaseMemory() {
        reset();
        memory = new byte[INITIAL_CAPACITY];
        chargedPages = 0;
        chargedLimit = FREE_BYTES;
    }

    /**
     * The number of bytes the allocator manages ({@code memory_bytes}).
     *
     * @return the arena size
     */
    public long memoryBytes() {
        return memory.length;
    }

    // ---- loads and stores (absolute addresses) ----

    /**
     * {@code load_u8}: the byte at an address, or 0 outside memory.
     *
     * @param address the address
     * @return the byte, unsigned
     */
    public int loadU8(long address) {
        byte[] m = memory;
        return address >= 0 && address < m.length ? m[(int) address] & 0xFF : 0;
    }

    /**
     * {@code load_u64}: the little-endian word at an address (unaligned allowed), or 0 if it is not all inside memory.
     *
     * @param address the address
     * @return the word
     */
    public long loadU64(long address) {
        byte[] m = memory;
        return address >= 0 && address <= m.length - 8 ? (long) LONG.get(m, (int) address) : 0L;
    }

    /**
     * {@code store_u8}: stores a byte; ignored outside the allocated region.
     *
     * @param address the address
     * @param value the byte (low 8 bits)
     */
    public void storeU8(long address, int value) {
        if (address >= BASE && address < top) {
            memory[(int) address] = (byte) value;
        }
    }

    /**
     * {@code store_u64}: stores a little-endian word; ignored unless all of it is inside the allocated region.
     *
     * @param address the address
     * @param value the word
     */
    public void storeU64(long address, long value) {
        if (address >= BASE && address <= top - 8) {
            LONG.set(memory, (int) address, value);
        }
    }

    // ---- input, output, error ----

    /**
     * {@code input_set}: registers the input block.
     *
     * @param handle the block
     * @param length its length
     */
    public void inputSet(long handle, long length) {
        inputHandle = handle;
        inputLength = Math.max(length, 0);
    }

    /**
     * {@code input_length}.
     *
     * @return the input's length
     */
    public long inputLength() {
        return inputLength;
    }

    /**
     * {@code input_offset}.
     *
     * @return the input's handle
     */
    public long inputOffset() {
        return inputHandle;
    }

    /**
     * {@code input_load_u8}: byte {@code offset} of the input, or 0 past its end.
     *
     * @param offset relative to the input's start
     * @return the byte, unsigned
     */
    public int inputLoadU8(long offset) {
        return offset >= 0 && offset < inputLength ? loadU8(inputHandle + offset) : 0;
    }

    /**
     * {@code input_load_u64}: the word at {@code offset} in the input, or 0 unless all 8 bytes are inside it.
     *
     * @param offset relative to the input's start
     * @return the word
     */
    public long inputLoadU64(long offset) {
        return offset >= 0 && offset <= inputLength - 8 ? loadU64(inputHandle + offset) : 0L;
    }

    /**
     * {@code output_set}: declares {@code [handle, handle + length)} the output; ignored if that range is not inside
     * the allocated region.
     *
     * @param handle where the output starts
     * @param length its length
     */
    public void outputSet(long handle, long length) {
        if (handle >= BASE && length >= 0 && handle <= top - length) {
            outputHandle = handle;
            outputLength = length;
        }
    }

    /**
     * {@code output_length}.
     *
     * @return the output's length
     */
    public long outputLength() {
        return outputLength;
    }

    /**
     * {@code output_offset}.
     *
     * @return the output's handle
     */
    public long outputOffset() {
        return outputHandle;
    }

    /**
     * {@code error_set}: sets (or with 0 clears) the error block; ignored for addresses outside the allocated region.
     *
     * @param handle the block holding the message
     */
    public void errorSet(long handle) {
        if (handle == 0) {
            errorHandle = 0;
        } else if (handle >= BASE && handle < top) {
            errorHandle = handle;
        }
    }

    /**
     * {@code error_get}.
     *
     * @return the error handle, or 0
     */
    public long errorGet() {
        return errorHandle;
    }

    // ---- host-side helpers ----

    /**
     * Copies the output out of kernel memory.
     *
     * @return the output bytes (empty if none was set)
     */
    public byte[] output() {
        if (outputLength == 0) {
            return new byte[0];
        }
        int from = (int) outputHandle;
        return Arrays.copyOfRange(memory, from, from + (int) outputLength);
    }

    /**
     * The error message, if one is set: the whole block as UTF-8. As upstream, an error handle that is not a live,
     * non-empty block counts as no error.
     *
     * @return the message, or {@code null} if no error is set
     */
    public String error() {
        if (errorHandle == 0) {
            return null;
        }
        int index = find(errorHandle);
        if (index < 0 || used[index] <= 0) {
            return null;
        }
        return new String(memory, starts[index], used[index], StandardCharsets.UTF_8);
    }

    /**
     * Copies a whole live block.
     *
     * @param handle the handle; 0 gives an empty array
     * @return the bytes
     * @throws InvalidHandleException if the value is not a live handle
     */
    public byte[] read(long handle) {
        if (handle == 0) {
            return new byte[0];
        }
        int index = find(handle);
        if (index < 0 || used[index] < 0) {
            throw new InvalidHandleException(handle);
        }
        int start = starts[index];
        return Arrays.copyOfRange(memory, start, start + used[index]);
    }

    /**
     * Reads a whole live block as UTF-8.
     *
     * @param handle the handle; 0 gives the empty string
     * @return the text
     * @throws InvalidHandleException if the value is not a live handle
     */
    public String readString(long handle) {
        if (handle == 0) {
            return "";
        }
        int index = find(handle);
        if (index < 0 || used[index] < 0) {
            throw new InvalidHandleException(handle);
        }
        return new String(memory, starts[index], used[index], StandardCharsets.UTF_8);
    }

    /**
     * Allocates a block holding a copy of bytes.
     *
     * @param bytes the content
     * @return the handle, or 0 for an empty array
     */
    public long write(byte[] bytes) {
        return write(bytes, 0, bytes.length);
    }

    /**
     * Allocates a block holding a copy of a range of bytes.
     *
     * @param bytes the source
     * @param offset where the range starts
     * @param length the range's length
     * @return the handle, or 0 for an empty range
     */
    public long write(byte[] bytes, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        long handle = alloc(length);
        if (handle == 0) {
            throw new MemoryBudget.Exceeded("kernel memory cannot hold " + length + " bytes");
        }
        System.arraycopy(bytes, offset, memory, (int) handle, length);
        return handle;
    }

    /**
     * Copies bytes into a live block.
     *
     * @param handle the block
     * @param offset where in the block
     * @param bytes the bytes
     * @throws InvalidHandleException if the value is not a live handle
     * @throws IndexOutOfBoundsException if the bytes do not fit in the block
     */
    public void write(long handle, long offset, byte[] bytes) {
        int index = find(handle);
        if (index < 0 || used[index] < 0) {
            throw new InvalidHandleException(handle);
        }
        if (offset < 0 || offset + bytes.length > used[index]) {
            throw new IndexOutOfBoundsException("writing " + bytes.length + " bytes at offset " + offset
                    + " overruns the " + used[index] + "-byte block " + handle);
        }
        System.arraycopy(bytes, 0, memory, starts[index] + (int) offset, bytes.length);
    }

    private static int align8(int n) {
        return (n + 7) & ~7;
    }

    /** A value that should be a live handle is not. */
    public static final class InvalidHandleException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final long handle;

        InvalidHandleException(long handle) {
            super("invalid handle " + handle);
            this.handle = handle;
        }

        /**
         * The offending value.
         *
         * @return the value passed as a handle
         */
        public long handle() {
            return handle;
        }
    }
}
