package dev.xtp4j.sdk.internal;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import dev.xtp4j.sdk.HostFunction;
import dev.xtp4j.sdk.internal.kernel.HostTrap;
import dev.xtp4j.sdk.internal.kernel.MemoryBudget;

/** Binds user {@link HostFunction}s to one plugin instance as Chicory host functions. */
final class UserFunctions {
    private UserFunctions() {}

    static com.dylibso.chicory.runtime.HostFunction bind(HostFunction function, CallContext context) {
        HostFunction.Handler handler = function.handler();
        int results = function.results().size();
        return new com.dylibso.chicory.runtime.HostFunction(
                function.namespace(), function.name(),
                LinkedPlugin.Types.toChicory(function.params(), function.results()),
                (instance, args) -> {
                    context.enter(instance);
                    long[] out;
                    try {
                        out = handler.call(context, args);
                    } catch (HostTrap | MemoryBudget.Exceeded | ChicoryInterruptedException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new HostTrap(function.namespace(), function.name(),
                                e.getMessage() == null ? e.getClass().getName() : e.getMessage(), e);
                    } finally {
                        context.leave();
                    }
                    int returned = out == null ? 0 : out.length;
                    if (returned != results) {
                        throw new HostTrap(function.namespace(), function.name(), "the host function returned "
                                + returned + " values but is declared with " + results + " results", null);
                    }
                    return out;
                });
    }
}
