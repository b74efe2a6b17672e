package app.atelier.web.staff;

import app.atelier.core.AtelierCore;
import app.atelier.core.staff.StaffInput;
import app.atelier.web.http.Access;
import app.atelier.web.http.ApiRoutes;
import app.atelier.web.http.Bodies;
import app.atelier.web.http.Params;

/** Masters with their weekly hours and days off. */
public final class StaffRoutes {
    private final AtelierCore core;
    private final Access access;
    private final Bodies bodies;

    public StaffRoutes(AtelierCore core, Access access, Bodies bodies) {
        this.core = core;
        this.access = access;
        this.bodies = bodies;
    }

    public void register(ApiRoutes routes) {
        routes.tag("staff")
                .get("/api/v1/staff", "Masters (?all=true includes inactive)", ctx -> ctx.json(core.staff().list(
                        access.salonUser(ctx).requireSalon(), "true".equals(ctx.queryParam("all")))))
                .post("/api/v1/staff", "Add a master with working hours", ctx -> ctx.status(201).json(core.staff().create(
                        access.owner(ctx).requireSalon(), bodies.read(ctx, StaffInput.class))))
                .get("/api/v1/staff/{id}", "One master", ctx -> ctx.json(core.staff().get(
                        access.salonUser(ctx).requireSalon(), Params.id(ctx, "id"))))
                .put("/api/v1/staff/{id}", "Replace a master's details, hours and days off", ctx -> {
                    long salonId = access.owner(ctx).requireSalon();
                    long id = Params.id(ctx, "id");
                    core.staff().get(salonId, id);
                    ctx.json(core.staff().update(salonId, id, bodies.read(ctx, StaffInput.class)));
                })
                .delete("/api/v1/staff/{id}", "Deactivate a master (history stays)", ctx -> {
                    core.staff().deactivate(access.owner(ctx).requireSalon(), Params.id(ctx, "id"));
                    ctx.status(204);
                });
    }
}
