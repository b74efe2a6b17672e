package app.atelier.api.web;

import app.atelier.api.ApiStatus;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * Places a widget into core pages: the client card (and {@code GET /api/v1/clients/{id}/summary}),
 * the visit card, the dashboard, the client cabinet.
 *
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public interface WidgetProvider extends ExtensionPoint {

    /** The widget for this place, or empty to show nothing there. */
    Optional<Widget> widget(WidgetContext context);
}
