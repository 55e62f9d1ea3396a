package dev.xtp4j.sdk.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The allocator properties of extism-abi.md 6.2, checked on the Java kernel directly. */
class KernelTest {
    private final Kernel kernel = new Kernel(MemoryBudget.unlimited());

    @Test
    void handlesAreNonZeroAndZeroSizeGivesTheNullHandle() {
        assertEquals(0, kernel.alloc(0));
        assertEquals(0, kernel.alloc(-5));
        long h = kernel.alloc(1);
        assertTrue(h >= Kernel.BASE);
        assertEquals(1, kernel.length(h));
        long g = kernel.alloc(100);
        assertEquals(100, kernel.length(g));
        assertTrue(g > h);
    }

    @Test
    void lengthIsZeroForNonHandles() {
        long h = kernel.alloc(100);
        assertEquals(0, kernel.length(0));
        assertEquals(0, kernel.length(h + 1));
        assertEquals(0, kernel.length(h - 1));
        assertEquals(0, kernel.length(-1));
        assertEquals(0, kernel.length(Long.MAX_VALUE));
        assertEquals(0, kernel.length(3));
    }

    @Test
    void freeIgnoresNullAndUnknownHandles() {
        long h = kernel.alloc(10);
        kernel.free(0);
        kernel.free(h + 1);
        kernel.free(-7);
        assertEquals(10, kernel.length(h));
        kernel.free(h);
        assertEquals(0, kernel.length(h));
        kernel.free(h); // twice is harmless
    }

    @Test
    void aFreedBlockIsReusedWhenTheArenaIsFull() {
        long big = kernel.alloc(65535);
        long keep = kernel.alloc(8);
        kernel.free(big);
        long again = kernel.alloc(65535);
        assertEquals(big, again, "a freed 65,535-byte block is reused");
        assertEquals(8, kernel.length(keep));
    }

    @Test
    void reuseSplitsLargeFreeBlocks() {
        long big = kernel.alloc(60_000);
        long keep = kernel.alloc(8);
        kernel.free(big);
        // fill the rest of the arena so that the next small allocations must reuse the freed block
        long small1 = kernel.alloc(100);
        long small2 = kernel.alloc(100);
        assertEquals(big, small1);
        assertNotEquals(small1, small2);
        assertTrue(small2 > small1 && small2 < keep, "the second small block comes from the split remainder");
        assertEquals(100, kernel.length(small1));
        assertEquals(100, kernel.length(small2));
        assertEquals(8, kernel.length(keep));
    }

    @Test
    void resetInvalidatesHandlesAndZeroesMemory() {
        long h = kernel.write("secret".getBytes(StandardCharsets.UTF_8));
        kernel.reset();
        assertEquals(0, kernel.length(h));
        long g = kernel.alloc(6);
        assertEquals(h, g, "after reset the first handle comes back");
        assertEquals(0, kernel.loadU64(g), "memory is zeroed by reset");
        assertEquals(0, kernel.loadU8(g + 5));
    }

    @Test
    void everyCallStartsFromZeroedMemory() {
        long big = kernel.alloc(10_000);
        kernel.write(big, 0, new byte[10_000]);
        byte[] noise = new byte[10_000];
        java.util.Arrays.fill(noise, (byte) 0x5A);
        kernel.write(big, 0, noise);
        kernel.free(big);
        long reused = kernel.alloc(100);
        assertEquals(0x5A, kernel.loadU8(reused), "within a call, reused memory keeps its bytes, as upstream");
        kernel.reset();
        for (long a = Kernel.BASE; a < Kernel.BASE + 10_008; a += 8) {
            assertEquals(0, kernel.loadU64(a), "reset zeroes everything the call used, at " + a);
        }
    }

    @Test
    void inputIsAnOrdinaryReadableBlock() {
        byte[] input = "Hello, World!".getBytes(StandardCharsets.UTF_8);
        long h = kernel.write(input);
        kernel.inputSet(h, input.length);
        assertEquals(h, kernel.inputOffset());
        assertEquals(input.length, kernel.length(kernel.inputOffset()));
        for (int i = 0; i < input.length; i++) {
            assertEquals(input[i] & 0xFF, kernel.loadU8(kernel.inputOffset() + i));
            assertEquals(input[i] & 0xFF, kernel.inputLoadU8(i));
        }
        assertEquals(0x57202c6f6c6c6548L, kernel.inputLoadU64(0)); // "Hello, W" little-endian
        assertEquals(0, kernel.inputLoadU64(6), "no partial reads: 6 + 8 > 13");
        assertEquals(0, kernel.inputLoadU64(-1));
        assertEquals(0, kernel.inputLoadU8(13));
        assertEquals(0, kernel.inputLoadU8(-1));
        kernel.free(h);
        assertEquals(0, kernel.inputLength(), "freeing the input makes its length 0");
        assertEquals(0, kernel.inputLoadU8(0));
    }

    @Test
    void eightByteOverrunsNeitherTrapNorDamageNeighbours() {
        List<Long> handles = new ArrayList<>();
        for (int size = 1; size <= 7; size++) {
            handles.add(kernel.alloc(size));
        }
        long neighbour = kernel.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        for (long h : handles) {
            assertEquals(0, kernel.loadU64(h), "fresh blocks read as zero, slack included");
            kernel.storeU64(h, -1L);
            assertEquals(-1L, kernel.loadU64(h));
        }
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, kernel.read(neighbour));
        // a store that overruns the very last block by 8 bytes stays inside its slack
        kernel.storeU64(neighbour + 8, 42);
        assertEquals(42, kernel.loadU64(neighbour + 8));
    }

    @Test
    void outOfRangeLoadsReturnZeroAndStoresAreIgnored() {
        assertEquals(0, kernel.loadU64(0xffffffffffffL));
        assertEquals(0, kernel.loadU64(-1));
        assertEquals(0, kernel.loadU8(Long.MIN_VALUE));
        kernel.storeU64(0xffffffffffffL, 1);
        kernel.storeU8(-1, 1);
        kernel.storeU64(0, 1); // reserved region
        kernel.storeU8(1, 1);
        assertEquals(0, kernel.loadU64(0));
        long h = kernel.alloc(8);
        kernel.storeU64(h + 16, 5); // past the last block and its slack
        assertEquals(0, kernel.loadU64(h + 16));
    }

    @Test
    void outputUsesExactlyTheDeclaredRange() {
        long h = kernel.write("abcdef".getBytes(StandardCharsets.UTF_8));
        kernel.outputSet(h + 1, 3);
        assertEquals("bcd", new String(kernel.output(), StandardCharsets.UTF_8));
        kernel.outputSet(h, 1_000_000); // outside the allocated region: ignored
        assertEquals("bcd", new String(kernel.output(), StandardCharsets.UTF_8));
        kernel.outputSet(0, 0);
        assertEquals(3, kernel.outputLength(), "0/0 lies outside the allocator region and is ignored");
    }

    @Test
    void errorIsTheWholeBlock() {
        assertNull(kernel.error());
        long h = kernel.write("boom".getBytes(StandardCharsets.UTF_8));
        kernel.errorSet(h);
        assertEquals("boom", kernel.error());
        assertEquals(h, kernel.errorGet());
        kernel.errorSet(0);
        assertNull(kernel.error());
        kernel.errorSet(kernel.alloc(0));
        assertNull(kernel.error(), "error_set(alloc(0)) clears");
        kernel.errorSet(h + 1);
        assertNull(kernel.error(), "an error handle that is not a live block counts as no error, as upstream");
        kernel.errorSet(1 << 30);
        assertEquals(h + 1, kernel.errorGet(), "out-of-range error handles are ignored");
    }

    @Test
    void readRejectsNonHandles() {
        long h = kernel.alloc(4);
        assertArrayEquals(new byte[0], kernel.read(0));
        assertThrows(Kernel.InvalidHandleException.class, () -> kernel.read(h + 1));
        kernel.free(h);
        assertThrows(Kernel.InvalidHandleException.class, () -> kernel.read(h));
        assertThrows(Kernel.InvalidHandleException.class, () -> kernel.readString(12345));
    }

    @Test
    void growthBeyondTheFreeAllowanceIsChargedToTheBudget() {
        Kernel limited = new Kernel(MemoryBudget.of(2));
        long first = limited.alloc(Kernel.FREE_BYTES - 1024);
        assertTrue(first != 0, "the first 16 pages are free, as the reference kernel's initial memory");
        long second = limited.alloc(100_000);
        assertTrue(second != 0, "two more pages fit the budget");
        MemoryBudget.Exceeded e = assertThrows(MemoryBudget.Exceeded.class, () -> limited.alloc(1 << 20));
        assertTrue(e.getMessage().contains("max_pages"), e.getMessage());
    }

    @Test
    void memoryBytesReportsTheArena() {
        assertTrue(kernel.memoryBytes() > 0);
        kernel.alloc(1 << 20);
        assertTrue(kernel.memoryBytes() >= (1 << 20));
    }

    /** A model check: random operations never make live blocks overlap or lose their contents. */
    @Test
    void randomOperationsKeepEveryLiveBlockIntact() {
        Random random = new Random(20261121L);
        Map<Long, byte[]> live = new HashMap<>();
        for (int step = 0; step < 20_000; step++) {
            int op = random.nextInt(10);
            if (op < 5) {
                int size = random.nextInt(10) == 0 ? 1 + random.nextInt(70_000) : 1 + random.nextInt(300);
                long h = kernel.alloc(size);
                assertTrue(h >= Kernel.BASE);
                assertEquals(size, kernel.length(h));
                byte[] content = new byte[size];
                random.nextBytes(content);
                kernel.write(h, 0, content);
                // an 8-byte overrun write past the end must not reach any other block
                kernel.storeU64(h + size, random.nextLong());
                live.put(h, content);
            } else if (op < 9 && !live.isEmpty()) {
                long h = new ArrayList<>(live.keySet()).get(random.nextInt(live.size()));
                kernel.free(h);
                live.remove(h);
                assertEquals(0, kernel.length(h));
            } else if (op == 9 && random.nextInt(50) == 0) {
                kernel.reset();
                live.clear();
            }
            if (step % 500 == 0) {
                for (Map.Entry<Long, byte[]> e : live.entrySet()) {
                    assertArrayEquals(e.getValue(), kernel.read(e.getKey()), "block " + e.getKey());
                }
            }
        }
        for (Map.Entry<Long, byte[]> e : live.entrySet()) {
            assertArrayEquals(e.getValue(), kernel.read(e.getKey()), "block " + e.getKey());
        }
    }
}
