package app.atelier.plugins.referral.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRoutes;

/** The referral plugin's page in the admin panel: the report at {@code /admin/referral/report}, in the navigation. */
public final class ReferralAdmin {
    private final ReportPage report;

    public ReferralAdmin(PluginContext context) {
        this.report = new ReportPage(context);
    }

    public void register(PluginRoutes routes) {
        routes.adminPage("GET", "report", "Panel: who invited whom in a period, first visits, conversion and rewards", report::show)
                .adminMenu("report", "menu.report");
    }
}
