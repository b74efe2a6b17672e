package app.atelier.core.plugins;

import app.atelier.api.PluginContext;
import app.atelier.api.data.SalonActions;
import app.atelier.api.data.SalonData;
import app.atelier.api.notify.Notifications;
import app.atelier.api.settings.SettingsValues;
import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/** The {@link PluginContext} the host gives one plugin. */
final class HostPluginContext implements PluginContext {
    private final String pluginId;
    private final Clock clock;
    private final Jdbi database;
    private final SalonData salonData;
    private final SalonActions salonActions;
    private final BiFunction<String, Long, SettingsValues> settings;
    private final Supplier<Notifications> notifications;
    private final ActiveExtensions extensions;
    private final java.util.function.Supplier<ClassLoader> classLoader;

    HostPluginContext(String pluginId, Clock clock, Jdbi database, SalonData salonData, SalonActions salonActions,
                      BiFunction<String, Long, SettingsValues> settings, Supplier<Notifications> notifications,
                      ActiveExtensions extensions, java.util.function.Supplier<ClassLoader> classLoader) {
        this.pluginId = pluginId;
        this.clock = clock;
        this.database = database;
        this.salonData = salonData;
        this.salonActions = salonActions;
        this.settings = settings;
        this.notifications = notifications;
        this.extensions = extensions;
        this.classLoader = classLoader;
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Jdbi database() {
        return database;
    }

    @Override
    public SalonData salonData() {
        return salonData;
    }

    @Override
    public SalonActions salonActions() {
        return salonActions;
    }

    @Override
    public SettingsValues settings(long salonId) {
        return settings.apply(pluginId, salonId);
    }

    @Override
    public java.util.ResourceBundle messages(java.util.Locale locale) {
        ClassLoader loader = classLoader.get();
        return java.util.ResourceBundle.getBundle("i18n/" + pluginId, locale, loader == null ? getClass().getClassLoader() : loader,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public Notifications notifications() {
        return notifications.get();
    }

    @Override
    public <T> List<T> extensions(long salonId, Class<T> type) {
        return extensions.of(salonId, type).stream().map(ActiveExtensions.Contributed::extension).toList();
    }
}
