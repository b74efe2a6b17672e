package app.atelier.core.plugins;

import app.atelier.api.PluginContext;
import app.atelier.api.data.SalonActions;
import app.atelier.api.data.SalonData;
import app.atelier.api.notify.Notifications;
import app.atelier.api.settings.SettingsValues;
import app.atelier.core.notify.NotificationService;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * One {@link PluginContext} per plugin id. Configured after the host exists, because the context
 * offers services (notifications, active extensions) that themselves need the host.
 */
public final class HostContexts {
    private final Map<String, PluginContext> byId = new ConcurrentHashMap<>();
    private volatile Parts parts;

    private record Parts(Clock clock, Supplier<Jdbi> database, SalonData salonData, SalonActions salonActions, BiFunction<String, Long, SettingsValues> settings,
                         Supplier<NotificationService> notifications, ActiveExtensions extensions,
                         java.util.function.Function<String, ClassLoader> classLoaders) {
    }

    /** The notification service as one plugin sees it: every message it queues is recorded as its own. */
    private static Notifications signed(NotificationService service, String pluginId) {
        return message -> service.queue(message, pluginId);
    }

    public void configure(Clock clock, Supplier<Jdbi> database, SalonData salonData, SalonActions salonActions, BiFunction<String, Long, SettingsValues> settings,
                          Supplier<NotificationService> notifications, ActiveExtensions extensions,
                          java.util.function.Function<String, ClassLoader> classLoaders) {
        this.parts = new Parts(clock, database, salonData, salonActions, settings, notifications, extensions, classLoaders);
    }

    /** Drops an unloaded plugin's context (and with it its Jdbi), so nothing keeps its classes alive. */
    public void forget(String pluginId) {
        byId.remove(pluginId);
    }

    public PluginContext get(String pluginId) {
        Parts p = parts;
        if (p == null) {
            throw new IllegalStateException("plugin contexts used before the core was assembled");
        }
        return byId.computeIfAbsent(pluginId, id -> new HostPluginContext(id, p.clock(), p.database().get(), p.salonData(), p.salonActions(),
                p.settings(), () -> signed(p.notifications().get(), id), p.extensions(),
                () -> p.classLoaders().apply(id)));
    }
}
