package app.atelier.api.web;

import app.atelier.api.ApiStatus;
import app.atelier.api.Salon;
import java.util.Locale;
import java.util.Map;

/**
 * Who and what a plugin route is called for. The host resolved the salon from the caller's
 * session or API key (or, on public routes, from the salon slug in the URL) and checked that the
 * plugin is active for it.
 *
 * @param salon      the salon
 * @param userId     the signed-in user, or {@code null} on public routes and for an API key
 * @param role       {@code owner}, {@code admin}, {@code master}, or {@code null} on public routes
 * @param pathParams the values of the route's {@code {name}} segments
 * @param locale     the language and region to answer in: the salon's, or on an admin page the
 *                   language the signed-in user chose in the panel (since 1.1.0)
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public record PluginRequest(Salon salon, Long userId, String role, Map<String, String> pathParams, Locale locale) {
    public PluginRequest {
        pathParams = Map.copyOf(pathParams);
        locale = locale == null ? salon.locale() : locale;
    }

    /** A request answered in the salon's own language. */
    public PluginRequest(Salon salon, Long userId, String role, Map<String, String> pathParams) {
        this(salon, userId, role, pathParams, null);
    }

    /** A path parameter; throws for an undeclared name. */
    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no path parameter " + name);
        }
        return value;
    }
}
