package dev.xtp4j.sdk;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a plugin is loaded and run, beyond what its manifest says: host functions, WASI, logging and the execution
 * engine. Immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * PluginOptions options = PluginOptions.builder()
 *         .hostFunctions(greet, add)
 *         .wasi(true)
 *         .logLevel(LogLevel.DEBUG)
 *         .build();
 * }</pre>
 */
public final class PluginOptions {
    private static final PluginOptions DEFAULTS = builder().build();

    private final List<HostFunction> hostFunctions;
    private final boolean wasi;
    private final boolean wasiOutput;
    private final LogLevel logLevel;
    private final LogSink logSink;
    private final Engine engine;
    private final boolean httpResponseHeaders;
    private final HttpClient httpClient;

    private PluginOptions(Builder b) {
        this.hostFunctions = List.copyOf(b.hostFunctions);
        this.wasi = b.wasi;
        this.wasiOutput = b.wasiOutput;
        this.logLevel = b.logLevel;
        this.logSink = b.logSink;
        this.engine = b.engine;
        this.httpResponseHeaders = b.httpResponseHeaders;
        this.httpClient = b.httpClient;
    }

    /**
     * The defaults: no host functions, WASI off, logs to {@link LogSink#systemLogger()}, compiled execution.
     *
     * @return the default options
     */
    public static PluginOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A new builder with the defaults.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from these options.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.hostFunctions.addAll(hostFunctions);
        b.wasi = wasi;
        b.wasiOutput = wasiOutput;
        b.logLevel = logLevel;
        b.logSink = logSink;
        b.engine = engine;
        b.httpResponseHeaders = httpResponseHeaders;
        b.httpClient = httpClient;
        return b;
    }

    /**
     * The host functions offered to the plugin.
     *
     * @return the functions
     */
    public List<HostFunction> hostFunctions() {
        return hostFunctions;
    }

    /**
     * Whether WASI preview 1 is available to the plugin.
     *
     * @return true if enabled (default false)
     */
    public boolean wasi() {
        return wasi;
    }

    /**
     * Whether the plugin's WASI stdout and stderr reach the host's {@code System.out} and {@code System.err}.
     *
     * @return true if connected (default false: the output is discarded, as upstream)
     */
    public boolean wasiOutput() {
        return wasiOutput;
    }

    /**
     * The log level set explicitly.
     *
     * @return the level, or empty to follow the sink's {@link LogSink#threshold()}
     */
    public Optional<LogLevel> logLevel() {
        return Optional.ofNullable(logLevel);
    }

    /**
     * The level in effect: the explicit level, else the sink's threshold.
     *
     * @return the level
     */
    public LogLevel effectiveLogLevel() {
        return logLevel != null ? logLevel : logSink.threshold();
    }

    /**
     * Where plugin logs go.
     *
     * @return the sink
     */
    public LogSink logSink() {
        return logSink;
    }

    /**
     * How wasm code runs.
     *
     * @return the engine (default {@link Engine#COMPILER})
     */
    public Engine engine() {
        return engine;
    }

    /**
     * Whether {@code http_headers} gives plugins the headers of their last HTTP response (upstream's
     * {@code with_http_response_headers}).
     *
     * @return true if exposed (default false)
     */
    public boolean httpResponseHeaders() {
        return httpResponseHeaders;
    }

    /**
     * The HTTP client plugin requests go through.
     *
     * @return the client set with {@link Builder#httpClient(HttpClient)}, if any; otherwise each compiled plugin
     *     creates its own on first use
     */
    public Optional<HttpClient> httpClient() {
        return Optional.ofNullable(httpClient);
    }

    /** Builds {@link PluginOptions}. */
    public static final class Builder {
        private final List<HostFunction> hostFunctions = new ArrayList<>();
        private boolean wasi;
        private boolean wasiOutput;
        private LogLevel logLevel;
        private LogSink logSink = LogSink.systemLogger();
        private Engine engine = Engine.COMPILER;
        private boolean httpResponseHeaders;
        private HttpClient httpClient;

        private Builder() {}

        /**
         * Adds host functions.
         *
         * @param functions the functions
         * @return this builder
         */
        public Builder hostFunctions(HostFunction... functions) {
            return hostFunctions(List.of(functions));
        }

        /**
         * Adds host functions.
         *
         * @param functions the functions
         * @return this builder
         */
        public Builder hostFunctions(List<HostFunction> functions) {
            for (HostFunction f : functions) {
                hostFunctions.add(Objects.requireNonNull(f, "host function"));
            }
            return this;
        }

        /**
         * Turns WASI preview 1 on or off.
         *
         * @param enabled whether the plugin gets WASI
         * @return this builder
         */
        public Builder wasi(boolean enabled) {
            this.wasi = enabled;
            return this;
        }

        /**
         * Connects the plugin's WASI stdout and stderr to the host's (off by default).
         *
         * @param enabled whether to connect them
         * @return this builder
         */
        public Builder wasiOutput(boolean enabled) {
            this.wasiOutput = enabled;
            return this;
        }

        /**
         * Sets the log level; plugins learn it through {@code get_log_level}.
         *
         * @param level the level, or {@code null} to follow the sink's threshold
         * @return this builder
         */
        public Builder logLevel(LogLevel level) {
            this.logLevel = level;
            return this;
        }

        /**
         * Sets where plugin logs go.
         *
         * @param sink the sink
         * @return this builder
         */
        public Builder logSink(LogSink sink) {
            this.logSink = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /**
         * Chooses how wasm code runs.
         *
         * @param engine the engine
         * @return this builder
         */
        public Builder engine(Engine engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
            return this;
        }

        /**
         * Lets plugins read the headers of their last HTTP response through {@code http_headers} (off by default).
         *
         * @param enabled whether to expose them
         * @return this builder
         */
        public Builder httpResponseHeaders(boolean enabled) {
            this.httpResponseHeaders = enabled;
            return this;
        }

        /**
         * Sends plugin HTTP requests through this client (for proxies, TLS settings, executors). The runtime follows
         * redirects itself, checking every hop against {@code allowed_hosts}, so the client must not follow them.
         *
         * @param client a client whose redirect policy is {@link HttpClient.Redirect#NEVER}
         * @return this builder
         * @throws IllegalArgumentException if the client follows redirects
         */
        public Builder httpClient(HttpClient client) {
            Objects.requireNonNull(client, "client");
            if (client.followRedirects() != HttpClient.Redirect.NEVER) {
                throw new IllegalArgumentException("the HTTP client must not follow redirects "
                        + "(HttpClient.Redirect.NEVER): xtp4j follows them itself to check each against allowed_hosts");
            }
            this.httpClient = client;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws IllegalArgumentException if two host functions share a namespace and name
         */
        public PluginOptions build() {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (HostFunction f : hostFunctions) {
                if (!seen.add(f.namespace() + "::" + f.name())) {
                    throw new IllegalArgumentException("two host functions named " + f.namespace() + "::" + f.name());
                }
            }
            return new PluginOptions(this);
        }
    }
}
