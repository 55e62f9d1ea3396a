package dev.xtp4j.pdk;

/** The Extism log levels, from the most verbose to the most severe. */
public enum LogLevel {
    /** Level 0. */
    TRACE,
    /** Level 1. */
    DEBUG,
    /** Level 2. */
    INFO,
    /** Level 3. */
    WARN,
    /** Level 4. */
    ERROR;

    /**
     * The level's number in the ABI ({@link Env#getLogLevel}): 0 for {@code TRACE} to 4 for {@code ERROR}.
     *
     * @return the ABI number
     */
    public int abiValue() {
        return ordinal();
    }
}
