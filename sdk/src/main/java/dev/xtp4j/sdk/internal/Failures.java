package dev.xtp4j.sdk.internal;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.wasm.ChicoryException;
import dev.xtp4j.sdk.CallCancelledException;
import dev.xtp4j.sdk.CallException;
import dev.xtp4j.sdk.CallTimeoutException;
import dev.xtp4j.sdk.HostFunctionException;
import dev.xtp4j.sdk.MemoryLimitException;
import dev.xtp4j.sdk.TrapException;
import dev.xtp4j.sdk.internal.kernel.HostTrap;
import dev.xtp4j.sdk.internal.kernel.MemoryBudget;
import java.time.Duration;

/** Turns what escapes a running export into the public {@link CallException} that describes it. */
final class Failures {
    private Failures() {}

    /** Why a call was interrupted, when the runtime interrupted it. */
    sealed interface Interruption {}

    /** The call's timeout expired. */
    record TimedOut(Duration limit) implements Interruption {}

    /** The call was cancelled. */
    record Cancelled() implements Interruption {}

    /**
     * The exception to throw for a failure inside a call.
     *
     * @param function the export that was called
     * @param failure what escaped
     * @param interruption why the runtime interrupted the call, or {@code null}
     * @return the public exception
     */
    static CallException translate(String function, Throwable failure, Interruption interruption) {
        if (isInterruption(failure)) {
            // Without a reason of ours, someone else interrupted the calling thread: report it as a cancellation.
            return interruption instanceof TimedOut t
                    ? new CallTimeoutException(function, t.limit())
                    : new CallCancelledException(function);
        }
        if (failure instanceof HostTrap trap) {
            Throwable cause = trap.getCause();
            if (cause instanceof MemoryBudget.Exceeded exceeded) {
                return new MemoryLimitException(function, exceeded.getMessage(), trap);
            }
            return new HostFunctionException(function, trap.namespace(), trap.function(), trap.getMessage(), cause);
        }
        if (failure instanceof MemoryBudget.Exceeded exceeded) {
            return new MemoryLimitException(function, exceeded.getMessage(), exceeded);
        }
        if (failure instanceof OutOfMemoryError) {
            return new MemoryLimitException(function, "the JVM ran out of heap", failure);
        }
        if (isStackOverflow(failure)) {
            return new TrapException(function, "call stack exhausted", failure);
        }
        if (failure instanceof CallException call) {
            return call;
        }
        if (failure instanceof Error error && !(failure instanceof LinkageError)) {
            throw error;
        }
        return new TrapException(function, describe(failure), failure);
    }

    static boolean isInterruption(Throwable failure) {
        Throwable cause = failure.getCause();
        return failure instanceof ChicoryInterruptedException
                || cause instanceof ChicoryInterruptedException
                || cause instanceof InterruptedException;
    }

    private static boolean isStackOverflow(Throwable failure) {
        return failure instanceof StackOverflowError
                || (failure instanceof ChicoryException && failure.getCause() instanceof StackOverflowError);
    }

    /**
     * A one-line description of a runtime failure.
     *
     * @param failure the failure
     * @return its message, or its class name when it has none
     */
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        return failure instanceof ChicoryException ? message : failure.getClass().getSimpleName() + ": " + message;
    }
}
