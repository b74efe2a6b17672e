package app.atelier.web.clients;

import app.atelier.core.AtelierCore;
import app.atelier.core.clients.ClientFilter;
import app.atelier.core.clients.ClientInput;
import app.atelier.web.http.Access;
import app.atelier.web.http.ApiRoutes;
import app.atelier.web.http.Bodies;
import app.atelier.web.http.Params;

/** Clients of the caller's salon. */
public final class ClientRoutes {
    private final AtelierCore core;
    private final Access access;
    private final Bodies bodies;

    public ClientRoutes(AtelierCore core, Access access, Bodies bodies) {
        this.core = core;
        this.access = access;
        this.bodies = bodies;
    }

    public void register(ApiRoutes routes) {
        routes.tag("clients")
                .post("/api/v1/clients", "Create a client (phone normalised to E.164)", ctx -> {
                    long salonId = access.desk(ctx).requireSalon();
                    ctx.status(201).json(core.clients().create(salonId, bodies.read(ctx, ClientInput.class)));
                })
                .get("/api/v1/clients", "Search clients by name, phone or email and filter them "
                        + "(?q=&tag=&source=&minSpent=&maxSpent=&lastVisitFrom=&lastVisitTo=&limit=&offset=; money in minor units, "
                        + "dates salon-local)", ctx -> {
                    long salonId = access.desk(ctx).requireSalon();
                    String q = ctx.queryParam("q");
                    if (q != null && q.length() > 200) {
                        throw app.atelier.core.common.InvalidInputException.of("q", "must be at most 200 characters");
                    }
                    ClientFilter filter = new ClientFilter(q, ctx.queryParam("tag"), ctx.queryParam("source"),
                            Params.optionalLong(ctx, "minSpent"), Params.optionalLong(ctx, "maxSpent"),
                            Params.optionalDate(ctx, "lastVisitFrom"), Params.optionalDate(ctx, "lastVisitTo"));
                    ctx.json(core.clients().list(salonId, filter, Params.intParam(ctx, "limit", 50, 1, 500),
                            Params.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE)));
                })
                .get("/api/v1/clients/{id}", "One client", ctx ->
                        ctx.json(core.clients().get(access.desk(ctx).requireSalon(), Params.id(ctx, "id"))))
                .patch("/api/v1/clients/{id}", "Change the given fields of a client", ctx -> {
                    long salonId = access.desk(ctx).requireSalon();
                    long id = Params.id(ctx, "id");
                    core.clients().get(salonId, id);
                    ctx.json(core.clients().patch(salonId, id, bodies.read(ctx, ClientInput.class)));
                })
                .delete("/api/v1/clients/{id}", "Delete a client (soft: history stays for reports)", ctx -> {
                    core.clients().delete(access.desk(ctx).requireSalon(), Params.id(ctx, "id"));
                    ctx.status(204);
                })
                .get("/api/v1/clients/{id}/export", "Everything held on the client (data-subject request)", ctx ->
                        ctx.json(core.clients().export(access.desk(ctx).requireSalon(), Params.id(ctx, "id"))))
                .get("/api/v1/clients/{id}/summary", "Spend, visits, habits, debt and plugin widgets", ctx ->
                        ctx.json(core.summaries().summary(access.desk(ctx).requireSalon(), Params.id(ctx, "id"))))
                .get("/api/v1/clients/{id}/messages", "Messages sent or planned for the client", ctx -> {
                    long salonId = access.desk(ctx).requireSalon();
                    long id = Params.id(ctx, "id");
                    core.clients().get(salonId, id);
                    ctx.json(core.notifications().log(salonId, id));
                });
    }
}
