package app.atelier.plugins.discounts.web;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRoutes;
import app.atelier.api.web.WebContribution;
import app.atelier.plugins.discounts.admin.AdminPages;
import org.pf4j.Extension;

/** The discounts REST API under {@code /api/v1/discounts/…} and the panel pages under {@code /admin/discounts/…}. */
@Extension
public final class DiscountsWeb implements WebContribution {
    private final PluginContext context;

    public DiscountsWeb(PluginContext context) {
        this.context = context;
    }

    @Override
    public void routes(PluginRoutes routes) {
        new RuleRoutes(context).register(routes);
        new PersonalRoutes(context).register(routes);
        new ManualLogRoutes(context).register(routes);
        new AdminPages(context).register(routes);
    }
}
