package app.atelier.api.web;

import app.atelier.api.ApiStatus;
import java.util.Map;

/**
 * A block of facts a plugin adds to a core page or to the client summary API.
 *
 * @param plugin the contributing plugin's id (the host fills it in)
 * @param title  heading, in the salon's language
 * @param data   JSON-compatible facts, e.g. {@code {"balance": 12000, "tier": "Gold"}}
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record Widget(String plugin, String title, Map<String, Object> data) {
    public Widget {
        data = Map.copyOf(data);
    }
}
