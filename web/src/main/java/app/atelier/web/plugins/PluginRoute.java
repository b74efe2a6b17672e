package app.atelier.web.plugins;

import app.atelier.api.web.PluginHandler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One route a plugin declared.
 *
 * @param space    where it is served
 * @param segments the declared path split at slashes; {@code {name}} segments capture
 */
public record PluginRoute(String pluginId, Space space, String method, String path, List<String> segments, String summary,
                   PluginHandler handler) {

    /** The URL spaces plugin routes live in. */
    public enum Space {
        /** {@code /api/v1/{pluginId}/…}, authenticated. */
        API,
        /** {@code /api/v1/public/{salonSlug}/…}, public JSON. */
        PUBLIC_API,
        /** {@code /s/{salonSlug}/…}, public pages. */
        PAGE,
        /** {@code /admin/{pluginId}/…}, panel pages for signed-in salon users. */
        ADMIN
    }

    /** Whether the route answers without credentials. */
    public boolean isPublic() {
        return space == Space.PUBLIC_API || space == Space.PAGE;
    }

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
        return switch (space) {
            case API -> "/api/v1/" + pluginId + "/" + path;
            case PUBLIC_API -> "/api/v1/public/{salonSlug}/" + path;
            case PAGE -> "/s/{salonSlug}/" + path;
            case ADMIN -> "/admin/" + pluginId + "/" + path;
        };
    }
}
