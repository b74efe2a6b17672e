package app.atelier.plugins.bonus.web;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRoutes;
import app.atelier.api.web.WebContribution;
import app.atelier.plugins.bonus.admin.BonusAdmin;
import org.pf4j.Extension;

/** The bonus plugin's REST routes under {@code /api/v1/bonus/…} and its pages in the admin panel. */
@Extension
public final class BonusWeb implements WebContribution {
    private final PluginContext context;

    public BonusWeb(PluginContext context) {
        this.context = context;
    }

    @Override
    public void routes(PluginRoutes routes) {
        new ProgramRoutes(context).register(routes);
        new ClientRoutes(context).register(routes);
        new GiftRoutes(context).register(routes);
        new BonusAdmin(context).register(routes);
    }
}
