package dev.xtp4j.schema;

/** The schema versions XTP defines (the root {@code version} key). */
public enum SchemaVersion {
    /** {@code v0}: exports as a list of names; no imports and no types. */
    V0("v0", "v0"),
    /** {@code v1-draft}: exports and imports as maps, typed parameters, {@code components.schemas}. */
    V1_DRAFT("v1-draft", "v1");

    private final String wireName;
    private final String normalizedName;

    SchemaVersion(String wireName, String normalizedName) {
        this.wireName = wireName;
        this.normalizedName = normalizedName;
    }

    /**
     * Returns the spelling in a document's {@code version} key.
     *
     * @return {@code v0} or {@code v1-draft}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the name the reference normalizer reports ({@code v1-draft} normalizes to {@code v1}).
     *
     * @return {@code v0} or {@code v1}
     */
    public String normalizedName() {
        return normalizedName;
    }
}
