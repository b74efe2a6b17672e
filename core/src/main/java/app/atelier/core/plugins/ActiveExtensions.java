package app.atelier.core.plugins;

import java.util.List;

/**
 * The extensions active for a salon: contributed by a started plugin that the salon's tariff
 * allows and the salon switched on. Answered from a cache the plugin lifecycle keeps current,
 * never by scanning plugins per call.
 */
public interface ActiveExtensions {

    /** Active extensions of {@code type} for the salon, in plugin-id order, each with its plugin id. */
    <T> List<Contributed<T>> of(long salonId, Class<T> type);

    /** An extension and the plugin that contributed it. */
    record Contributed<T>(String pluginId, T extension) {
    }
}
