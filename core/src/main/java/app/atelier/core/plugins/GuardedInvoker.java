package app.atelier.core.plugins;

import java.util.concurrent.Callable;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one door into plugin code: sets the thread context classloader to the plugin's (libraries
 * that load by name, like Jackson or Flyway, then find the plugin's classes), times the call, and
 * turns anything the plugin throws into a {@link PluginCallException} naming the plugin.
 */
public final class GuardedInvoker {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedInvoker.class);
    private static final long SLOW_CALL_MILLIS = 500;

    private final Function<String, ClassLoader> classLoaders;

    public GuardedInvoker(Function<String, ClassLoader> classLoaders) {
        this.classLoaders = classLoaders;
    }

    public <R> R call(String pluginId, String operation, Callable<R> call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClassLoader pluginLoader = classLoaders.apply(pluginId);
        long started = System.nanoTime();
        try {
            if (pluginLoader != null) {
                thread.setContextClassLoader(pluginLoader);
            }
            return call.call();
        } catch (RuntimeException | Error e) {
            if (e instanceof PluginCallException pce) {
                throw pce;
            }
            logFailure(pluginId, operation, e);
            throw new PluginCallException(pluginId, operation, e);
        } catch (Exception e) {
            logFailure(pluginId, operation, e);
            throw new PluginCallException(pluginId, operation, e);
        } finally {
            thread.setContextClassLoader(previous);
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis > SLOW_CALL_MILLIS) {
                LOG.warn("plugin {} took {} ms in {}", pluginId, millis, operation);
            }
        }
    }

    /**
     * Logs a plugin's failure by type and the plugin frame that threw, never by message: plugin
     * messages may name clients, and no personal data goes to the logs. A 4xx answer a plugin
     * route gave on purpose (Javalin's HttpResponseException family) is not a failure at all.
     */
    private static void logFailure(String pluginId, String operation, Throwable e) {
        if (e.getClass().getName().startsWith("io.javalin.http.")) {
            return;
        }
        StackTraceElement where = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
        LOG.warn("plugin {} failed in {}: {} at {}", pluginId, operation, e.getClass().getName(), where);
        LOG.debug("plugin {} failure detail", pluginId, e);
    }

    /** Like {@link #call} for calls without a result. */
    public void run(String pluginId, String operation, Runnable call) {
        call(pluginId, operation, () -> {
            call.run();
            return null;
        });
    }
}
