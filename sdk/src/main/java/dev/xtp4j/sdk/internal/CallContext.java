package dev.xtp4j.sdk.internal;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import dev.xtp4j.sdk.CurrentPlugin;
import dev.xtp4j.sdk.internal.kernel.Kernel;
import dev.xtp4j.sdk.manifest.Manifest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** The {@link CurrentPlugin} that user host functions of one plugin instance receive. */
final class CallContext implements CurrentPlugin {
    private final PluginInstance plugin;
    private final Kernel kernel;
    private Instance caller;

    CallContext(PluginInstance plugin) {
        this.plugin = plugin;
        this.kernel = plugin.kernel();
    }

    void enter(Instance instance) {
        caller = instance;
    }

    void leave() {
        caller = null;
    }

    @Override
    public String pluginId() {
        return plugin.id();
    }

    @Override
    public Manifest manifest() {
        return plugin.manifest();
    }

    @Override
    public long alloc(long size) {
        return kernel.alloc(size);
    }

    @Override
    public void free(long handle) {
        kernel.free(handle);
    }

    @Override
    public long length(long handle) {
        return kernel.length(handle);
    }

    @Override
    public byte[] read(long handle) {
        try {
            return kernel.read(handle);
        } catch (Kernel.InvalidHandleException e) {
            throw new IllegalArgumentException("not a live memory handle: " + handle, e);
        }
    }

    @Override
    public String readString(long handle) {
        return new String(read(handle), StandardCharsets.UTF_8);
    }

    @Override
    public long write(byte[] bytes) {
        return kernel.write(Objects.requireNonNull(bytes, "bytes"));
    }

    @Override
    public long writeString(String text) {
        return write(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(long handle, long offset, byte[] bytes) {
        try {
            kernel.write(handle, offset, bytes);
        } catch (Kernel.InvalidHandleException e) {
            throw new IllegalArgumentException("not a live memory handle: " + handle, e);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public void setError(String message) {
        kernel.errorSet(kernel.write(message.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void clearError() {
        kernel.errorSet(0);
    }

    @Override
    public Optional<String> error() {
        return Optional.ofNullable(kernel.error());
    }

    @Override
    public Optional<Object> hostContext() {
        return Optional.ofNullable(plugin.hostContext());
    }

    @Override
    public <T> T hostContext(Class<T> type) {
        Object value = plugin.hostContext();
        if (value == null) {
            throw new IllegalStateException("this call has no host context; pass one to Plugin.call(name, input, "
                    + "context)");
        }
        if (!type.isInstance(value)) {
            throw new IllegalStateException("the host context is a " + value.getClass().getName() + ", not a "
                    + type.getName());
        }
        return type.cast(value);
    }

    @Override
    public Optional<String> config(String key) {
        return Optional.ofNullable(plugin.config().get(key));
    }

    @Override
    public Optional<byte[]> var(String key) {
        byte[] value = plugin.vars().get(key);
        return value == null ? Optional.empty() : Optional.of(value.clone());
    }

    @Override
    public void setVar(String key, byte[] value) {
        if (value == null) {
            plugin.vars().remove(key);
        } else {
            plugin.vars().set(key, value.clone());
        }
    }

    @Override
    public Memory guestMemory() {
        Instance instance = caller;
        if (instance == null) {
            throw new IllegalStateException("guestMemory() is only available while a host function runs");
        }
        Memory memory = instance.memory();
        if (memory == null) {
            throw new IllegalStateException("the calling module has no memory");
        }
        return memory;
    }

    @Override
    public Optional<Duration> timeRemaining() {
        return plugin.timeLeft();
    }
}
