package app.atelier.api.web;

import app.atelier.api.ApiStatus;
import java.util.List;
import java.util.Map;

/**
 * A block of facts a plugin adds to a core page or to the client summary API.
 *
 * <p>Give both forms: {@code data} for programs (the REST API and the mobile app read it), and
 * {@code lines} for people — each a label and a value already in the salon's language, money and
 * dates formatted — which the admin panel shows. A widget without lines is shown as its raw data.
 *
 * @param plugin the contributing plugin's id (the host fills it in)
 * @param title  heading, in the salon's language
 * @param data   JSON-compatible facts, e.g. {@code {"balance": 12000, "tier": "Gold"}}
 * @param lines  the same facts for a person to read, e.g. {@code ("Balance", "120 ₽")}, in order (since 1.1.0)
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record Widget(String plugin, String title, Map<String, Object> data, List<Line> lines) {
    public Widget {
        data = Map.copyOf(data);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A widget with data only (shown raw in the panel). */
    public Widget(String plugin, String title, Map<String, Object> data) {
        this(plugin, title, data, List.of());
    }

    /**
     * Returns this widget with one more line for people.
     *
     * @since 1.1.0
     */
    public Widget withLine(String label, String value) {
        List<Line> more = new java.util.ArrayList<>(lines);
        more.add(new Line(label, value));
        return new Widget(plugin, title, data, more);
    }

    /**
     * One fact as a person reads it.
     *
     * @param label e.g. "Balance", in the salon's language
     * @param value e.g. "1 200 ₽", formatted for the salon
     * @since 1.1.0
     */
    public record Line(String label, String value) {
    }
}
