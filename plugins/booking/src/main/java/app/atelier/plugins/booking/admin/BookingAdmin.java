package app.atelier.plugins.booking.admin;

import app.atelier.api.web.PluginHandler;
import app.atelier.api.web.PluginRoutes;
import app.atelier.plugins.booking.Parts;
import app.atelier.plugins.booking.Roles;

/**
 * The plugin's page in the panel, {@code /admin/booking/settings}, in the navigation as "Online
 * booking". Owners and admins only, as for the REST routes that change what is bookable online.
 */
public final class BookingAdmin {
    private final SettingsPage settings;

    public BookingAdmin(Parts parts) {
        this.settings = new SettingsPage(parts, new RecentBookings(parts));
    }

    public void register(PluginRoutes routes) {
        routes.adminPage("GET", "settings", "Panel: public links, what is bookable online, recent online bookings",
                        desk(settings::show))
                .adminPage("POST", "services/{id}/online", "Panel: offer a service online or not (form: online=true|false)",
                        desk(settings::switchService))
                .adminMenu("settings", "menu.settings");
    }

    private static PluginHandler desk(PluginHandler page) {
        return (ctx, req) -> {
            Roles.require(req, Roles.DESK);
            page.handle(ctx, req);
        };
    }
}
