package dev.xtp4j.sdk.internal.kernel;

/**
 * The page budget of one plugin instance ({@code memory.max_pages}), shared by the growth of its wasm memories and of
 * its kernel memory, with the reference runtime's semantics: the main module's initial memory must fit in the budget,
 * and after instantiation the whole budget is available again for growth.
 *
 * <p>Not thread-safe: it belongs to one plugin instance.
 */
public final class MemoryBudget {
    /** 64 KiB. */
    public static final int PAGE_SIZE = 65536;

    private final long limitPages;
    private long remainingPages;

    private MemoryBudget(long limitPages) {
        this.limitPages = limitPages;
        this.remainingPages = limitPages;
    }

    /**
     * A budget of {@code pages} pages.
     *
     * @param pages the limit
     * @return the budget
     */
    public static MemoryBudget of(int pages) {
        return new MemoryBudget(pages);
    }

    /**
     * A budget that never runs out.
     *
     * @return the budget
     */
    public static MemoryBudget unlimited() {
        return new MemoryBudget(Long.MAX_VALUE);
    }

    /**
     * Whether this budget has a limit.
     *
     * @return false for {@link #unlimited()}
     */
    public boolean isLimited() {
        return limitPages != Long.MAX_VALUE;
    }

    /**
     * The limit.
     *
     * @return pages
     */
    public long limitPages() {
        return limitPages;
    }

    /**
     * Charges growth to the budget.
     *
     * @param pages pages to take
     * @param what what grows, for the error message
     * @throws Exceeded if fewer pages remain
     */
    public void charge(long pages, String what) {
        if (pages > remainingPages) {
            throw new Exceeded(what + " needs " + pages + " more pages of 64 KiB but only " + remainingPages
                    + " of the " + limitPages + "-page budget (memory.max_pages) remain");
        }
        remainingPages -= pages;
    }

    /** Makes the whole budget available again, as upstream does after each instantiation. */
    public void refill() {
        remainingPages = limitPages;
    }

    /** The budget is exhausted. Thrown inside a call; the runtime turns it into a {@code MemoryLimitException}. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /**
         * Creates the exception.
         *
         * @param message what was asked for and what remains
         */
        public Exceeded(String message) {
            super(message, null, false, false);
        }
    }
}
