package dev.xtp4j.karmem.schema;

/** The two kinds of Karmem struct. */
public enum StructKind {
    /**
     * A fixed-size block embedded in place (in a parent, an array element, or as the root). It can never evolve.
     */
    INLINE("inline"),
    /**
     * A block whose first 4 bytes hold its own size, referenced by a 32-bit offset. Fields may be appended in later
     * versions.
     */
    TABLE("table");

    private final String kmName;

    StructKind(String kmName) {
        this.kmName = kmName;
    }

    /**
     * Returns the keyword used in {@code .km} files.
     *
     * @return {@code inline} or {@code table}
     */
    public String kmName() {
        return kmName;
    }
}
