package app.atelier.plugins.bonus.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRoutes;

/**
 * The bonus plugin's pages in the admin panel: the program ({@code /admin/bonus/program}, in the
 * panel's navigation) and the points ({@code /admin/bonus/points}, linked from the program page).
 */
public final class BonusAdmin {
    private final ProgramPage program;
    private final PointsPage points;

    public BonusAdmin(PluginContext context) {
        this.program = new ProgramPage(context);
        this.points = new PointsPage(context);
    }

    public void register(PluginRoutes routes) {
        routes.adminPage("GET", "program", "Panel: the salon's bonus programs and a form to edit one", program::show)
                .adminPage("POST", "program", "Panel: save a bonus program (owner, admin)", program::save)
                .adminPage("GET", "points", "Panel: biggest balances, latest ledger entries, the gift form", points::show)
                .adminPage("POST", "points", "Panel: give a client a gift of points (owner)", points::gift)
                .adminMenu("program", "menu.program");
    }
}
