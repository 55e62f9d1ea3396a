package dev.xtp4j.sdk.internal;

import dev.xtp4j.sdk.internal.http.HttpHost;
import java.net.http.HttpClient;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Resources shared by all instances of one compiled plugin, created on first use: the HTTP client and the timer that
 * enforces call timeouts. The timer's thread is a daemon that exits after a few idle seconds, so a plugin that is not
 * being called holds no thread.
 */
final class PluginServices {
    private final HttpClient configuredClient;
    private HttpClient client;
    private ScheduledExecutorService timer;

    /**
     * Creates the holder.
     *
     * @param configuredClient the client from the options, or {@code null} to create one on first use
     */
    PluginServices(HttpClient configuredClient) {
        this.configuredClient = configuredClient;
    }

    synchronized HttpClient httpClient() {
        if (configuredClient != null) {
            return configuredClient;
        }
        if (client == null) {
            client = HttpHost.newClient();
        }
        return client;
    }

    synchronized ScheduledExecutorService timer() {
        if (timer == null) {
            ThreadFactory daemons = runnable -> {
                Thread thread = new Thread(runnable, "xtp4j-call-timeouts");
                thread.setDaemon(true);
                return thread;
            };
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, daemons);
            executor.setKeepAliveTime(5, TimeUnit.SECONDS);
            executor.allowCoreThreadTimeOut(true);
            executor.setRemoveOnCancelPolicy(true);
            timer = executor;
        }
        return timer;
    }
}
