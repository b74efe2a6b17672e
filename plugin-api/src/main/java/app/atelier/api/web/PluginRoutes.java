package app.atelier.api.web;

import app.atelier.api.ApiStatus;

/**
 * Where a {@link WebContribution} declares its routes. Paths are relative and may contain
 * {@code {name}} segments.
 *
 * <ul>
 *   <li>{@link #api} routes answer under {@code /api/v1/{pluginId}/…} to a signed-in salon user or
 *       an API key, for the caller's salon;</li>
 *   <li>{@link #publicApi} routes answer under {@code /api/v1/public/{salonSlug}/…} without
 *       authentication. Their first segment is a claim (e.g. {@code booking}): the host refuses a
 *       second plugin claiming the same one.</li>
 *   <li>{@link #publicPage} routes answer under {@code /s/{salonSlug}/…}, also without
 *       authentication and with the same claims: pages for a salon's clients (online booking,
 *       the client cabinet). Render HTML with {@code ctx.render("templates/<pluginId>/page.peb", model)}:
 *       Pebble, auto-escaped, templates loaded from the plugin's own jar, in the salon's language.</li>
 * </ul>
 * An inactive plugin's routes answer 404 for that salon.
 *
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public interface PluginRoutes {

    /**
     * An authenticated route.
     *
     * @param method  GET, POST, PUT, PATCH or DELETE (and OPTIONS on public JSON routes, for CORS preflight)
     * @param path    e.g. {@code "rules/{id}"}; served at {@code /api/v1/{pluginId}/rules/{id}}
     * @param summary one line for the OpenAPI document
     * @param handler the handler
     */
    PluginRoutes api(String method, String path, String summary, PluginHandler handler);

    /**
     * A public route, e.g. {@code publicApi("GET", "booking/services", …)} served at
     * {@code /api/v1/public/{salonSlug}/booking/services}.
     */
    PluginRoutes publicApi(String method, String path, String summary, PluginHandler handler);

    /**
     * A page of the admin panel, served at {@code /admin/{pluginId}/<path>} to a user signed into
     * the panel (the host checks the session, the plugin being active for the salon, and a CSRF
     * token on every POST). Render it with {@code ctx.render(...)} from your own templates; put the
     * token the host keeps in {@code ctx.attribute("atelier.csrf")} into a hidden {@code _csrf}
     * field of every form. {@link PluginRequest#role()} says who is looking.
     *
     * @param method GET or POST
     */
    PluginRoutes adminPage(String method, String path, String summary, PluginHandler handler);

    /**
     * Puts one of this plugin's {@link #adminPage admin pages} into the panel's navigation, for
     * owners and administrators of the salons where the plugin is active. The entry disappears as
     * soon as the plugin is switched off, leaves the tariff or stops.
     *
     * <p>Render an admin page as an HTML <em>fragment</em> (no {@code <html>} element): the host
     * frames it with the panel's header, navigation, styles and htmx, so the page looks and behaves
     * like the panel's own. A page that renders a whole document is sent as it is.
     *
     * @param path     the GET admin page to open, e.g. {@code "rules"} for {@code /admin/{pluginId}/rules}
     * @param labelKey a key of the plugin's message bundle {@code i18n/<pluginId>} with the entry's
     *                 text, looked up in the panel user's language (the key itself is shown if the
     *                 bundle lacks it)
     * @since 1.1.0
     */
    PluginRoutes adminMenu(String path, String labelKey);

    /**
     * A public page, e.g. {@code publicPage("GET", "booking", …)} served at {@code /s/{salonSlug}/booking}.
     */
    PluginRoutes publicPage(String method, String path, String summary, PluginHandler handler);
}
