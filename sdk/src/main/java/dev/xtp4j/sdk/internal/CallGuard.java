package dev.xtp4j.sdk.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stops a running call from outside: on timeout (a scheduled task) or on cancel (another thread). It interrupts the
 * calling thread; Chicory's compiled code checks the interrupt flag on every call and loop back-edge, and the
 * interpreter through an execution listener.
 *
 * <p>The state machine makes sure an interrupt never leaks out of a call: {@link #exit()} waits for an interrupt in
 * flight and clears the flag it caused, so the caller's thread leaves the call in the state it entered.
 */
final class CallGuard {
    private static final int IDLE = 0;
    private static final int RUNNING = 1;
    private static final int INTERRUPTING = 2;
    private static final int INTERRUPTED = 3;

    private final AtomicInteger state = new AtomicInteger(IDLE);
    private volatile Thread thread;
    private volatile Failures.Interruption reason;
    private ScheduledFuture<?> timer;
    private long deadline;
    private Duration limit;

    /**
     * Marks the start of a guarded region on the current thread.
     *
     * @param timeout the call's time limit, or {@code null}
     * @param scheduler where the timeout task runs (used only with a timeout)
     */
    void enter(Duration timeout, ScheduledExecutorService scheduler) {
        thread = Thread.currentThread();
        reason = null;
        limit = timeout;
        state.set(RUNNING);
        if (timeout != null) {
            deadline = System.nanoTime() + timeout.toNanos();
            timer = scheduler.schedule(() -> interrupt(new Failures.TimedOut(timeout)),
                    timeout.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /**
     * Ends the guarded region, clearing any interrupt this guard caused.
     *
     * @return why the call was interrupted, or {@code null}
     */
    Failures.Interruption exit() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
        limit = null;
        if (!state.compareAndSet(RUNNING, IDLE)) {
            while (state.get() == INTERRUPTING) {
                Thread.onSpinWait();
            }
            Thread.interrupted();
            state.set(IDLE);
        }
        thread = null;
        return reason;
    }

    /**
     * Interrupts the running call.
     *
     * @param why the reason reported to the caller
     * @return true if a call was running
     */
    boolean interrupt(Failures.Interruption why) {
        if (!state.compareAndSet(RUNNING, INTERRUPTING)) {
            return false;
        }
        reason = why;
        Thread running = thread;
        if (running != null) {
            running.interrupt();
        }
        state.set(INTERRUPTED);
        return true;
    }

    /**
     * The time left before the deadline of the running call.
     *
     * @return the time left, or empty without a timeout
     */
    Optional<Duration> timeLeft() {
        if (limit == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }
}
