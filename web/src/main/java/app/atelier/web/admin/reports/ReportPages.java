package app.atelier.web.admin.reports;

import app.atelier.core.AtelierCore;
import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.http.ApiRoutes;

/** The owner's report pages under {@code /admin/reports}. */
public final class ReportPages {
    private final AtelierCore core;

    public ReportPages(AtelierCore core) {
        this.core = core;
    }

    public void register(AdminRoutes admin, ApiRoutes routes) {
        // pages come with issue 7's panel work
    }
}
