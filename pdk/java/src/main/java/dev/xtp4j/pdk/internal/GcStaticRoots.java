package dev.xtp4j.pdk.internal;

import org.teavm.interop.Address;
import org.teavm.interop.Unmanaged;

/**
 * Where the entries of TeaVM's table of static GC roots begin, for TeaVM's collector ({@code org.teavm.runtime.GC}),
 * which {@code dev.xtp4j.pdk.internal.teavm.ExtismTeaVMPlugin} rewrites to call {@link #firstEntry(Address)}.
 *
 * <p>The table lists the address of every static field of a reference type. TeaVM 0.13.1's WebAssembly backend
 * writes it as an 8-byte count followed by 4-byte addresses, but the collector skips only 4 bytes after reading the
 * count: it takes the count's upper half (0) for the first entry and never reaches the last one. The object in the
 * last static field (which field that is depends on the classes of the program) is then neither marked nor updated
 * when objects move, so the first collection after it was assigned frees it while the field still points at it.
 *
 * <p>Called only from code that the TeaVM plugin rewrites; not part of the API. It runs inside the collector, so it
 * must not allocate.
 */
@Unmanaged
public final class GcStaticRoots {
    private GcStaticRoots() {
    }

    /**
     * The address of the table's first entry.
     *
     * @param table the table's address ({@code Mutator.getStaticGCRoots()}): its count, then its entries
     * @return {@code table + 8} when the count takes 8 bytes, as TeaVM 0.13.1 writes it (the count's upper half is 0:
     *     there are fewer than 2^32 fields); {@code table + 4} when the word after a 4-byte count is already an entry,
     *     which is never 0 (a static field's address), should a later TeaVM write the count in 4 bytes
     */
    public static Address firstEntry(Address table) {
        Address afterInt = table.add(4);
        return afterInt.getInt() == 0 ? afterInt.add(4) : afterInt;
    }
}
