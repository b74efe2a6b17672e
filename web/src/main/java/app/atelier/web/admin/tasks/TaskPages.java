package app.atelier.web.admin.tasks;

import app.atelier.core.AtelierCore;
import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.http.ApiRoutes;

/** Staff tasks in the panel under {@code /admin/tasks}. */
public final class TaskPages {
    private final AtelierCore core;

    public TaskPages(AtelierCore core) {
        this.core = core;
    }

    public void register(AdminRoutes admin, ApiRoutes routes) {
        // pages come with issue 7's panel work
    }
}
