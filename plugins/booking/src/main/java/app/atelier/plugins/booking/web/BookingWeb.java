package app.atelier.plugins.booking.web;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRoutes;
import app.atelier.api.web.WebContribution;
import app.atelier.plugins.booking.Parts;
import app.atelier.plugins.booking.admin.BookingAdmin;
import org.pf4j.Extension;

/**
 * Everything the plugin serves: the booking and cabinet pages under {@code /s/{slug}/booking} and
 * {@code /s/{slug}/cabinet}, the public JSON API under {@code /api/v1/public/{slug}/booking|cabinet/…}
 * (claims {@code booking} and {@code cabinet}), the desk's REST under {@code /api/v1/booking/…}, and the
 * panel's "Online booking" page ({@link BookingAdmin}).
 */
@Extension
public final class BookingWeb implements WebContribution {
    private final Parts parts;

    public BookingWeb(PluginContext context) {
        this.parts = Parts.wire(context);
    }

    @Override
    public void routes(PluginRoutes routes) {
        new BookingPages(parts).register(routes);
        new VisitPages(parts).register(routes);
        new CabinetPages(parts).register(routes);
        new PublicApi(parts).register(routes);
        new DeskApi(parts).register(routes);
        new BookingAdmin(parts).register(routes);
    }
}
