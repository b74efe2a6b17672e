package app.atelier.plugins.booking.cabinet;

import app.atelier.api.web.Widget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Another plugin's widget for the cabinet: its JSON as given (for the app), and rows of label and
 * value for the page, by key. A widget's data is free-form; where a key has a {@code …Text} twin (the
 * plugin's own formatting, e.g. {@code balanceText}) the page shows the twin.
 */
final class Widgets {
    private Widgets() {
    }

    static Map<String, Object> json(Widget w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plugin", w.plugin());
        m.put("title", w.title());
        m.put("data", w.data());
        m.put("rows", rows(w.data()));
        return m;
    }

    private static List<Map<String, String>> rows(Map<String, Object> data) {
        List<Map<String, String>> rows = new ArrayList<>();
        // a widget's data map has no order of its own (the API copies it): rows go by key, the same every time
        for (Map.Entry<String, Object> e : new java.util.TreeMap<>(data).entrySet()) {
            String key = e.getKey();
            if (data.containsKey(key + "Text")) {
                continue;
            }
            String label = key.endsWith("Text") ? key.substring(0, key.length() - 4) : key;
            rows.add(Map.of("label", humanize(label), "value", value(e.getValue())));
        }
        return rows;
    }

    private static String value(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, x) -> parts.add(humanize(String.valueOf(k)) + ": " + value(x)));
            return String.join(", ", parts);
        }
        if (v instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(x -> parts.add(value(x)));
            return String.join("; ", parts);
        }
        return String.valueOf(v);
    }

    /** {@code nextExpiryAt} → {@code Next expiry at}. */
    static String humanize(String key) {
        String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
