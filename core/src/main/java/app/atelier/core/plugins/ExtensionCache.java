package app.atelier.core.plugins;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Extension instances per (plugin, type): created on first use, dropped when the plugin stops. */
final class ExtensionCache {
    private final Map<String, Map<Class<?>, List<?>>> byPlugin = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> List<T> get(String pluginId, Class<T> type, Supplier<List<T>> create) {
        return (List<T>) byPlugin.computeIfAbsent(pluginId, id -> new ConcurrentHashMap<>())
                .computeIfAbsent(type, t -> List.copyOf(create.get()));
    }

    void drop(String pluginId) {
        byPlugin.remove(pluginId);
    }

    void clear() {
        byPlugin.clear();
    }
}
