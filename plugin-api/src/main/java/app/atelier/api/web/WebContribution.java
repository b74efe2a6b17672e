package app.atelier.api.web;

import app.atelier.api.ApiStatus;
import org.pf4j.ExtensionPoint;

/**
 * Contributes HTTP routes. The host asks for them once when the plugin starts and serves them
 * through its dispatcher until the plugin stops; they appear in {@code /api/openapi.json}.
 *
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public interface WebContribution extends ExtensionPoint {

    /** Declare the routes. */
    void routes(PluginRoutes routes);
}
