package dev.xtp4j.sdk.internal.kernel;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.nio.charset.Charset;

/**
 * A wasm linear memory whose growth is charged to the plugin's {@link MemoryBudget}, with the reference runtime's
 * limiter semantics: growing past the budget, or past the memory's declared maximum, traps with {@code oom} instead
 * of returning -1. Everything else is delegated to Chicory's {@link ByteArrayMemory}.
 *
 * <p>Used only when {@code memory.max_pages} is set; unlimited plugins use {@link ByteArrayMemory} directly.
 */
public final class BudgetedMemory implements Memory {
    private final ByteArrayMemory delegate;
    private final MemoryBudget budget;
    private final int declaredMaximum;

    /**
     * Creates a memory.
     *
     * @param limits the memory's limits (its declared maximum is kept)
     * @param budget the plugin's budget
     */
    public BudgetedMemory(MemoryLimits limits, MemoryBudget budget) {
        // A memory can never grow by more than the whole budget, so the delegate's maximum is clamped to that: Chicory
        // allocates a page table as long as the maximum up front (128 KiB for a memory that declares none). The
        // declared maximum is still what maximumPages() reports and what grow() checks.
        long cap = Math.min(limits.maximumPages(), (long) limits.initialPages() + budget.limitPages());
        this.delegate = new ByteArrayMemory(new MemoryLimits(limits.initialPages(), (int) cap, limits.shared()));
        this.budget = budget;
        this.declaredMaximum = limits.maximumPages();
    }

    @Override
    public int grow(int pages) {
        int current = delegate.pages();
        if (pages < 0 || (long) current + pages > declaredMaximum) {
            throw new MemoryBudget.Exceeded("wasm memory cannot grow from " + current + " by " + pages
                    + " pages: its maximum is " + declaredMaximum + " pages");
        }
        budget.charge(pages, "wasm memory");
        return delegate.grow(pages);
    }

    @Override
    public byte atomicAddByte(int offset, byte value) {
        return delegate.atomicAddByte(offset, value);
    }

    @Override
    public int atomicAddInt(int offset, int value) {
        return delegate.atomicAddInt(offset, value);
    }

    @Override
    public long atomicAddLong(int offset, long value) {
        return delegate.atomicAddLong(offset, value);
    }

    @Override
    public short atomicAddShort(int offset, short value) {
        return delegate.atomicAddShort(offset, value);
    }

    @Override
    public byte atomicAndByte(int offset, byte value) {
        return delegate.atomicAndByte(offset, value);
    }

    @Override
    public int atomicAndInt(int offset, int value) {
        return delegate.atomicAndInt(offset, value);
    }

    @Override
    public long atomicAndLong(int offset, long value) {
        return delegate.atomicAndLong(offset, value);
    }

    @Override
    public short atomicAndShort(int offset, short value) {
        return delegate.atomicAndShort(offset, value);
    }

    @Override
    public byte atomicCmpxchgByte(int offset, byte expected, byte replacement) {
        return delegate.atomicCmpxchgByte(offset, expected, replacement);
    }

    @Override
    public int atomicCmpxchgInt(int offset, int expected, int replacement) {
        return delegate.atomicCmpxchgInt(offset, expected, replacement);
    }

    @Override
    public long atomicCmpxchgLong(int offset, long expected, long replacement) {
        return delegate.atomicCmpxchgLong(offset, expected, replacement);
    }

    @Override
    public short atomicCmpxchgShort(int offset, short expected, short replacement) {
        return delegate.atomicCmpxchgShort(offset, expected, replacement);
    }

    @Override
    public void atomicFence() {
        delegate.atomicFence();
    }

    @Override
    public int atomicNotify(int offset, int count) {
        return delegate.atomicNotify(offset, count);
    }

    @Override
    public byte atomicOrByte(int offset, byte value) {
        return delegate.atomicOrByte(offset, value);
    }

    @Override
    public int atomicOrInt(int offset, int value) {
        return delegate.atomicOrInt(offset, value);
    }

    @Override
    public long atomicOrLong(int offset, long value) {
        return delegate.atomicOrLong(offset, value);
    }

    @Override
    public short atomicOrShort(int offset, short value) {
        return delegate.atomicOrShort(offset, value);
    }

    @Override
    public byte atomicReadByte(int offset) {
        return delegate.atomicReadByte(offset);
    }

    @Override
    public int atomicReadInt(int offset) {
        return delegate.atomicReadInt(offset);
    }

    @Override
    public long atomicReadLong(int offset) {
        return delegate.atomicReadLong(offset);
    }

    @Override
    public short atomicReadShort(int offset) {
        return delegate.atomicReadShort(offset);
    }

    @Override
    public int atomicWait(int offset, int expected, long timeout) {
        return delegate.atomicWait(offset, expected, timeout);
    }

    @Override
    public int atomicWait(int offset, long expected, long timeout) {
        return delegate.atomicWait(offset, expected, timeout);
    }

    @Override
    public void atomicWriteByte(int offset, byte value) {
        delegate.atomicWriteByte(offset, value);
    }

    @Override
    public void atomicWriteInt(int offset, int value) {
        delegate.atomicWriteInt(offset, value);
    }

    @Override
    public void atomicWriteLong(int offset, long value) {
        delegate.atomicWriteLong(offset, value);
    }

    @Override
    public void atomicWriteShort(int offset, short value) {
        delegate.atomicWriteShort(offset, value);
    }

    @Override
    public byte atomicXchgByte(int offset, byte value) {
        return delegate.atomicXchgByte(offset, value);
    }

    @Override
    public int atomicXchgInt(int offset, int value) {
        return delegate.atomicXchgInt(offset, value);
    }

    @Override
    public long atomicXchgLong(int offset, long value) {
        return delegate.atomicXchgLong(offset, value);
    }

    @Override
    public short atomicXchgShort(int offset, short value) {
        return delegate.atomicXchgShort(offset, value);
    }

    @Override
    public byte atomicXorByte(int offset, byte value) {
        return delegate.atomicXorByte(offset, value);
    }

    @Override
    public int atomicXorInt(int offset, int value) {
        return delegate.atomicXorInt(offset, value);
    }

    @Override
    public long atomicXorLong(int offset, long value) {
        return delegate.atomicXorLong(offset, value);
    }

    @Override
    public short atomicXorShort(int offset, short value) {
        return delegate.atomicXorShort(offset, value);
    }

    @Override
    public void copy(int destination, int source, int size) {
        delegate.copy(destination, source, size);
    }

    @Override
    public void drop(int segment) {
        delegate.drop(segment);
    }

    @Override
    public void fill(byte value, int from, int to) {
        delegate.fill(value, from, to);
    }

    @Override
    public void initPassiveSegment(int segment, int destination, int offset, int size) {
        delegate.initPassiveSegment(segment, destination, offset, size);
    }

    @Override
    public int initialPages() {
        return delegate.initialPages();
    }

    @Override
    public void initialize(Instance instance, DataSegment[] segments) {
        delegate.initialize(instance, segments);
    }

    @Override
    public void initialize(Instance instance, DataSegment[] segments, int limit) {
        delegate.initialize(instance, segments, limit);
    }

    @Override
    public Object lock(int offset) {
        return delegate.lock(offset);
    }

    @Override
    public int maximumPages() {
        return declaredMaximum;
    }

    @Override
    public int notify(int offset, int count) {
        return delegate.notify(offset, count);
    }

    @Override
    public int pages() {
        return delegate.pages();
    }

    @Override
    public byte read(int offset) {
        return delegate.read(offset);
    }

    @Override
    public byte[] readBytes(int offset, int length) {
        return delegate.readBytes(offset, length);
    }

    @Override
    public String readCString(int offset) {
        return delegate.readCString(offset);
    }

    @Override
    public String readCString(int offset, Charset charset) {
        return delegate.readCString(offset, charset);
    }

    @Override
    public double readDouble(int offset) {
        return delegate.readDouble(offset);
    }

    @Override
    public long readF32(int offset) {
        return delegate.readF32(offset);
    }

    @Override
    public long readF64(int offset) {
        return delegate.readF64(offset);
    }

    @Override
    public float readFloat(int offset) {
        return delegate.readFloat(offset);
    }

    @Override
    public long readI16(int offset) {
        return delegate.readI16(offset);
    }

    @Override
    public long readI32(int offset) {
        return delegate.readI32(offset);
    }

    @Override
    public long readI64(int offset) {
        return delegate.readI64(offset);
    }

    @Override
    public long readI8(int offset) {
        return delegate.readI8(offset);
    }

    @Override
    public int readInt(int offset) {
        return delegate.readInt(offset);
    }

    @Override
    public long readLong(int offset) {
        return delegate.readLong(offset);
    }

    @Override
    public short readShort(int offset) {
        return delegate.readShort(offset);
    }

    @Override
    public String readString(int offset, int length) {
        return delegate.readString(offset, length);
    }

    @Override
    public String readString(int offset, int length, Charset charset) {
        return delegate.readString(offset, length, charset);
    }

    @Override
    public long readU16(int offset) {
        return delegate.readU16(offset);
    }

    @Override
    public long readU32(int offset) {
        return delegate.readU32(offset);
    }

    @Override
    public long readU8(int offset) {
        return delegate.readU8(offset);
    }

    @Override
    public boolean shared() {
        return delegate.shared();
    }

    @Override
    public int waitOn(int offset, int expected, long timeout) {
        return delegate.waitOn(offset, expected, timeout);
    }

    @Override
    public int waitOn(int offset, long expected, long timeout) {
        return delegate.waitOn(offset, expected, timeout);
    }

    @Override
    public void write(int offset, byte[] data) {
        delegate.write(offset, data);
    }

    @Override
    public void write(int offset, byte[] data, int start, int length) {
        delegate.write(offset, data, start, length);
    }

    @Override
    public void writeByte(int offset, byte value) {
        delegate.writeByte(offset, value);
    }

    @Override
    public void writeCString(int offset, String text) {
        delegate.writeCString(offset, text);
    }

    @Override
    public void writeCString(int offset, String text, Charset charset) {
        delegate.writeCString(offset, text, charset);
    }

    @Override
    public void writeF32(int offset, float value) {
        delegate.writeF32(offset, value);
    }

    @Override
    public void writeF64(int offset, double value) {
        delegate.writeF64(offset, value);
    }

    @Override
    public void writeI32(int offset, int value) {
        delegate.writeI32(offset, value);
    }

    @Override
    public void writeLong(int offset, long value) {
        delegate.writeLong(offset, value);
    }

    @Override
    public void writeShort(int offset, short value) {
        delegate.writeShort(offset, value);
    }

    @Override
    public void writeString(int offset, String text) {
        delegate.writeString(offset, text);
    }

    @Override
    public void writeString(int offset, String text, Charset charset) {
        delegate.writeString(offset, text, charset);
    }

    @Override
    public void zero() {
        delegate.zero();
    }
}
