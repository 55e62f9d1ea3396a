package dev.xtp4j.sdk;

/**
 * Log levels of the Extism ABI, from most to least verbose, plus {@link #OFF}.
 *
 * <p>A plugin asks for the host's level with {@code get_log_level} and skips messages below it; the host drops
 * messages below it too.
 */
public enum LogLevel {
    /** Finest detail. */
    TRACE(0),
    /** Debugging detail. */
    DEBUG(1),
    /** Normal information. */
    INFO(2),
    /** Something unexpected. */
    WARN(3),
    /** A failure. */
    ERROR(4),
    /** Logging is off. */
    OFF(Integer.MAX_VALUE);

    private final int abiValue;

    LogLevel(int abiValue) {
        this.abiValue = abiValue;
    }

    /**
     * The value {@code get_log_level} returns for this level: 0 (trace) to 4 (error), and {@code i32::MAX} when off.
     *
     * @return the ABI value
     */
    public int abiValue() {
        return abiValue;
    }

    /**
     * Whether a message at {@code level} passes a filter set to this level.
     *
     * @param level the message's level
     * @return true if the message is logged
     */
    public boolean allows(LogLevel level) {
        return this != OFF && level != OFF && level.abiValue >= abiValue;
    }
}
