package app.atelier.core.plugins;

import app.atelier.core.salons.TariffService;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Which plugins are active for a salon: started, allowed by the salon's tariff, and switched on by
 * the salon. The tariff-and-switch part is cached per salon and dropped on any change to tariffs
 * or switches; the started part comes from the host's current set.
 */
public final class SalonActivation {
    private final TariffService tariffs;
    private final PluginSettingsService settings;
    private final Supplier<Set<String>> started;
    private final Map<Long, Set<String>> allowedAndEnabled = new ConcurrentHashMap<>();

    public SalonActivation(TariffService tariffs, PluginSettingsService settings, Supplier<Set<String>> started) {
        this.tariffs = tariffs;
        this.settings = settings;
        this.started = started;
    }

    public Set<String> active(long salonId) {
        Set<String> chosen = allowedAndEnabled.computeIfAbsent(salonId, id -> {
            Set<String> both = new HashSet<>(tariffs.pluginsOfSalon(id));
            both.retainAll(settings.enabled(id));
            return Set.copyOf(both);
        });
        Set<String> result = new HashSet<>(chosen);
        result.retainAll(started.get());
        return result;
    }

    public boolean isActive(long salonId, String pluginId) {
        return active(salonId).contains(pluginId);
    }

    /** Forget every cached salon; called after tariff or switch changes. */
    public void invalidate() {
        allowedAndEnabled.clear();
    }
}
