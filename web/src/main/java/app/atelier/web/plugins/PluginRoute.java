package app.atelier.web.plugins;

import app.atelier.api.web.PluginHandler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One route a plugin declared.
 *
 * @param publicRoute true for {@code /api/v1/public/{salonSlug}/…}, false for {@code /api/v1/{pluginId}/…}
 * @param segments    the declared path split at slashes; {@code {name}} segments capture
 */
public record PluginRoute(String pluginId, boolean publicRoute, String method, String path, List<String> segments, String summary,
                   PluginHandler handler) {

    /** The path parameters if {@code actual} matches this route, else null. */
    Map<String, String> match(List<String> actual) {
        if (actual.size() != segments.size()) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            if (s.startsWith("{") && s.endsWith("}")) {
                params.put(s.substring(1, s.length() - 1), actual.get(i));
            } else if (!s.equals(actual.get(i))) {
                return null;
            }
        }
        return params;
    }

    /** The full URL template, for the OpenAPI document. */
    public String template() {
        return publicRoute ? "/api/v1/public/{salonSlug}/" + path : "/api/v1/" + pluginId + "/" + path;
    }
}
