package app.atelier.web.admin.operator;

import app.atelier.core.AtelierCore;
import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.http.ApiRoutes;

/**
 * The platform operator's console under {@code /admin/operator}: salons (the landing page),
 * tariffs, plugins and salon users, each over the same core services as the platform API.
 */
public final class OperatorConsole {
    private final AtelierCore core;

    public OperatorConsole(AtelierCore core) {
        this.core = core;
    }

    public void register(AdminRoutes admin, ApiRoutes routes) {
        new OperatorSalons(core).register(admin, routes);
        new OperatorTariffs(core).register(admin, routes);
        new OperatorPlugins(core).register(admin, routes);
        new OperatorUsers(core).register(admin, routes);
    }
}
