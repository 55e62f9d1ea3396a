package dev.xtp4j.pdk;

/**
 * Logging through the host. A message is sent only when the host currently accepts its level
 * ({@link Env#getLogLevel}), so a disabled level costs one host call and no allocation of kernel memory.
 *
 * <pre>{@code
 * Log.info("processing " + items.size() + " items");
 * if (Log.isEnabled(LogLevel.DEBUG)) {
 *     Log.debug(expensiveDump());
 * }
 * }</pre>
 */
public final class Log {
    private Log() {
    }

    /**
     * Whether the host currently accepts messages at {@code level}. The host reports the lowest level it accepts, or a
     * very large value when logging is off ({@code Integer.MAX_VALUE} in the Extism reference runtime, -1 read as
     * unsigned in some hosts); the comparison is unsigned, so both mean "off".
     *
     * @param level the level
     * @return true when a message at that level would be logged
     */
    public static boolean isEnabled(LogLevel level) {
        return Integer.compareUnsigned(level.abiValue(), Env.getLogLevel()) >= 0;
    }

    /**
     * Logs {@code message} at {@code level}, if the host accepts that level. An empty message is not sent (the ABI
     * has no empty blocks).
     *
     * @param level the level
     * @param message the message
     */
    public static void log(LogLevel level, String message) {
        if (message.isEmpty() || !isEnabled(level)) {
            return;
        }
        long block = Memory.allocate(message);
        switch (level) {
            case TRACE:
                Env.logTrace(block);
                break;
            case DEBUG:
                Env.logDebug(block);
                break;
            case INFO:
                Env.logInfo(block);
                break;
            case WARN:
                Env.logWarn(block);
                break;
            default:
                Env.logError(block);
                break;
        }
    }

    /**
     * Logs at trace level.
     *
     * @param message the message
     */
    public static void trace(String message) {
        log(LogLevel.TRACE, message);
    }

    /**
     * Logs at debug level.
     *
     * @param message the message
     */
    public static void debug(String message) {
        log(LogLevel.DEBUG, message);
    }

    /**
     * Logs at info level.
     *
     * @param message the message
     */
    public static void info(String message) {
        log(LogLevel.INFO, message);
    }

    /**
     * Logs at warn level.
     *
     * @param message the message
     */
    public static void warn(String message) {
        log(LogLevel.WARN, message);
    }

    /**
     * Logs at error level.
     *
     * @param message the message
     */
    public static void error(String message) {
        log(LogLevel.ERROR, message);
    }
}
