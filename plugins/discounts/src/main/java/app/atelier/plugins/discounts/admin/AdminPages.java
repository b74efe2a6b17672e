package app.atelier.plugins.discounts.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRoutes;
import app.atelier.plugins.discounts.rules.RuleService;

/** The discounts pages of the admin panel and their places in its navigation. */
public final class AdminPages {
    private final RulePages rules;
    private final ManualLogPage manualLog;

    public AdminPages(PluginContext context) {
        this.rules = new RulePages(context, new RuleService(context));
        this.manualLog = new ManualLogPage(context);
    }

    public void register(PluginRoutes routes) {
        rules.register(routes);
        manualLog.register(routes);
    }
}
