package dev.xtp4j.sdk;

import dev.xtp4j.sdk.manifest.Manifest;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A thread-safe pool of instances of one {@link CompiledPlugin}: how a server calls a plugin from many threads. A
 * plugin instance runs one call at a time; the pool hands each caller its own instance, creating up to
 * {@code maxInstances} of them on demand and reusing them afterwards.
 *
 * <pre>{@code
 * try (PluginPool pool = PluginPool.builder(compiled).maxInstances(8).build()) {
 *     byte[] out = pool.call("count_vowels", input);                   // borrow, call, give back
 *     try (Plugin plugin = pool.borrow(Duration.ofSeconds(1))) {        // several calls on one instance
 *         plugin.call("a", x);
 *         plugin.call("b", y);
 *     }                                                                 // close() gives it back
 * }
 * }</pre>
 *
 * <p>Instances keep their vars between borrowers; vars are never shared between instances. An instance whose call
 * failed with a trap, a host function failure, a timeout, a cancellation or a memory limit is discarded rather than
 * returned, so a hostile input cannot leave state behind for the next borrower.
 */
public final class PluginPool implements AutoCloseable {
    private final CompiledPlugin compiled;
    private final int maxInstances;
    private final Duration borrowTimeout;
    private final Semaphore permits;
    private final ConcurrentLinkedDeque<Plugin> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger discarded = new AtomicInteger();
    private final AtomicInteger live = new AtomicInteger();
    private volatile boolean closed;

    private PluginPool(Builder builder) {
        this.compiled = builder.compiled;
        this.maxInstances = builder.maxInstances;
        this.borrowTimeout = builder.borrowTimeout;
        this.permits = new Semaphore(maxInstances, true);
    }

    /**
     * A builder for a pool of instances of a compiled plugin.
     *
     * @param compiled the plugin
     * @return the builder
     */
    public static Builder builder(CompiledPlugin compiled) {
        return new Builder(compiled);
    }

    /**
     * Borrows an instance, waiting up to the pool's borrow timeout.
     *
     * @return an instance; {@link Plugin#close()} gives it back to the pool
     * @throws PoolTimeoutException if none became free in time
     * @throws IllegalStateException if the pool is closed
     */
    public Plugin borrow() {
        return borrow(borrowTimeout);
    }

    /**
     * Borrows an instance.
     *
     * @param timeout how long to wait for a free instance
     * @return an instance; {@link Plugin#close()} gives it back to the pool
     * @throws PoolTimeoutException if none became free in time
     * @throws IllegalStateException if the pool is closed
     */
    public Plugin borrow(Duration timeout) {
        checkOpen();
        boolean acquired;
        try {
            acquired = permits.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new XtpException("interrupted while waiting for a plugin instance", e);
        }
        if (!acquired) {
            throw new PoolTimeoutException(timeout, maxInstances);
        }
        try {
            checkOpen();
            Plugin instance = idle.pollFirst();
            if (instance == null) {
                instance = compiled.instantiate();
                created.incrementAndGet();
                live.incrementAndGet();
            }
            return new Lease(instance);
        } catch (RuntimeException | Error e) {
            permits.release();
            throw e;
        }
    }

    /**
     * Borrows an instance, calls a function and gives the instance back.
     *
     * @param function the export
     * @param input the input
     * @return the output
     * @throws CallException if the call failed
     * @throws PoolTimeoutException if no instance became free within the borrow timeout
     */
    public byte[] call(String function, byte[] input) {
        try (Plugin plugin = borrow()) {
            return plugin.call(function, input);
        }
    }

    /**
     * Borrows an instance, calls a function with a host context and gives the instance back. Host functions reach
     * the context through {@link CurrentPlugin#hostContext()} during this call only.
     *
     * @param function the export
     * @param input the input
     * @param hostContext the context, or {@code null} for none
     * @return the output
     * @throws CallException if the call failed
     * @throws PoolTimeoutException if no instance became free within the borrow timeout
     */
    public byte[] call(String function, byte[] input, Object hostContext) {
        try (Plugin plugin = borrow()) {
            return plugin.call(function, input, hostContext);
        }
    }

    /**
     * Borrows an instance, calls a function with UTF-8 text and gives the instance back.
     *
     * @param function the export
     * @param input the input text
     * @return the output text
     * @throws CallException if the call failed
     * @throws PoolTimeoutException if no instance became free within the borrow timeout
     */
    public String call(String function, String input) {
        try (Plugin plugin = borrow()) {
            return plugin.call(function, input);
        }
    }

    /**
     * The most instances this pool creates.
     *
     * @return the limit
     */
    public int maxInstances() {
        return maxInstances;
    }

    /**
     * Instances that exist now, borrowed or idle.
     *
     * @return the count
     */
    public int liveInstances() {
        return live.get();
    }

    /**
     * Idle instances, ready to be borrowed.
     *
     * @return the count
     */
    public int idleInstances() {
        return idle.size();
    }

    /**
     * Instances created so far, including discarded ones.
     *
     * @return the count
     */
    public int createdInstances() {
        return created.get();
    }

    /**
     * Instances discarded after a failed call.
     *
     * @return the count
     */
    public int discardedInstances() {
        return discarded.get();
    }

    /**
     * Closes the idle instances and refuses new borrows; instances still borrowed are closed when given back.
     */
    @Override
    public void close() {
        closed = true;
        Plugin instance;
        while ((instance = idle.pollFirst()) != null) {
            instance.close();
            live.decrementAndGet();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the plugin pool is closed");
        }
    }

    private void giveBack(Plugin instance, boolean healthy) {
        try {
            if (!healthy || closed) {
                instance.close();
                live.decrementAndGet();
                if (!healthy) {
                    discarded.incrementAndGet();
                }
            } else {
                instance.reset();
                idle.addFirst(instance);
                if (closed && idle.remove(instance)) {
                    instance.close();
                    live.decrementAndGet();
                }
            }
        } finally {
            permits.release();
        }
    }

    /** A borrowed instance: a {@link Plugin} whose {@code close()} gives it back. */
    private final class Lease implements Plugin {
        private final Plugin instance;
        private final AtomicBoolean returned = new AtomicBoolean();
        private volatile boolean healthy = true;

        Lease(Plugin instance) {
            this.instance = instance;
        }

        private Plugin instance() {
            if (returned.get()) {
                throw new IllegalStateException("this plugin instance was given back to its pool");
            }
            return instance;
        }

        @Override
        public byte[] call(String function, byte[] input, Object hostContext) {
            try {
                return instance().call(function, input, hostContext);
            } catch (GuestErrorException | ExitCodeException | FunctionNotFoundException e) {
                throw e;
            } catch (CallException e) {
                healthy = false;
                throw e;
            }
        }

        @Override
        public boolean functionExists(String function) {
            return instance().functionExists(function);
        }

        @Override
        public List<String> functions() {
            return instance().functions();
        }

        @Override
        public String id() {
            return instance().id();
        }

        @Override
        public Manifest manifest() {
            return instance().manifest();
        }

        @Override
        public CancelHandle cancelHandle() {
            return instance().cancelHandle();
        }

        @Override
        public void reset() {
            instance().reset();
        }

        @Override
        public void close() {
            if (returned.compareAndSet(false, true)) {
                giveBack(instance, healthy);
            }
        }
    }

    /** Builds a {@link PluginPool}. */
    public static final class Builder {
        private final CompiledPlugin compiled;
        private int maxInstances = Runtime.getRuntime().availableProcessors();
        private Duration borrowTimeout = Duration.ofSeconds(30);

        private Builder(CompiledPlugin compiled) {
            this.compiled = Objects.requireNonNull(compiled, "compiled");
        }

        /**
         * The most instances the pool creates (default: the number of processors).
         *
         * @param max at least 1
         * @return this builder
         */
        public Builder maxInstances(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("a pool needs at least one instance, got " + max);
            }
            this.maxInstances = max;
            return this;
        }

        /**
         * How long {@link PluginPool#borrow()} and {@link PluginPool#call} wait for a free instance (default 30 s).
         *
         * @param timeout the wait
         * @return this builder
         */
        public Builder borrowTimeout(Duration timeout) {
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("the borrow timeout must not be negative");
            }
            this.borrowTimeout = timeout;
            return this;
        }

        /**
         * Builds the pool; instances are created on demand.
         *
         * @return the pool
         */
        public PluginPool build() {
            return new PluginPool(this);
        }
    }
}
