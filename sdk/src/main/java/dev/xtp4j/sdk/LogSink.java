package dev.xtp4j.sdk;

import java.util.Objects;

/**
 * Where plugin log messages ({@code log_info} and friends) go.
 *
 * <p>The default sink is {@link #systemLogger()}: the JDK's {@link System.Logger} named {@code dev.xtp4j.plugin},
 * which reaches SLF4J, Log4j or java.util.logging through their usual bridges.
 */
@FunctionalInterface
public interface LogSink {

    /**
     * Receives one message that passed the level filter.
     *
     * @param level the message's level (never {@link LogLevel#OFF})
     * @param pluginId the plugin instance's id
     * @param message the message text
     */
    void log(LogLevel level, String pluginId, String message);

    /**
     * The most verbose level this sink wants, used when {@link PluginOptions} sets no level. The plugin learns it
     * through {@code get_log_level} and skips building messages below it.
     *
     * @return the level filter; {@link LogLevel#INFO} unless overridden
     */
    default LogLevel threshold() {
        return LogLevel.INFO;
    }

    /**
     * A sink that logs to the {@link System.Logger} named {@code dev.xtp4j.plugin}; its threshold follows that
     * logger's configuration.
     *
     * @return the sink
     */
    static LogSink systemLogger() {
        return systemLogger(System.getLogger("dev.xtp4j.plugin"));
    }

    /**
     * A sink that logs to a {@link System.Logger}; its threshold follows that logger's configuration.
     *
     * @param logger the logger
     * @return the sink
     */
    static LogSink systemLogger(System.Logger logger) {
        Objects.requireNonNull(logger, "logger");
        return new LogSink() {
            @Override
            public void log(LogLevel level, String pluginId, String message) {
                logger.log(toSystem(level), "[plugin {0}] {1}", pluginId, message);
            }

            @Override
            public LogLevel threshold() {
                for (LogLevel level : LogLevel.values()) {
                    if (level != LogLevel.OFF && logger.isLoggable(toSystem(level))) {
                        return level;
                    }
                }
                return LogLevel.OFF;
            }

            private System.Logger.Level toSystem(LogLevel level) {
                return switch (level) {
                    case TRACE -> System.Logger.Level.TRACE;
                    case DEBUG -> System.Logger.Level.DEBUG;
                    case INFO -> System.Logger.Level.INFO;
                    case WARN -> System.Logger.Level.WARNING;
                    case ERROR, OFF -> System.Logger.Level.ERROR;
                };
            }
        };
    }
}
