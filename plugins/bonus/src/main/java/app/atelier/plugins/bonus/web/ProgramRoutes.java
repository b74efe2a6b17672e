package app.atelier.plugins.bonus.web;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRequest;
import app.atelier.api.web.PluginRoutes;
import app.atelier.plugins.bonus.program.Program;
import app.atelier.plugins.bonus.program.ProgramStore;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;

/** {@code /api/v1/bonus/programs}: list and read (any salon user), create, change and remove (owner, admin). */
final class ProgramRoutes {
    private final PluginContext context;
    private final ProgramEditor programs;

    ProgramRoutes(PluginContext context) {
        this.context = context;
        this.programs = new ProgramEditor(context);
    }

    void register(PluginRoutes routes) {
        routes.api("GET", "programs", "Bonus programs of the salon with their tiers", this::list)
                .api("POST", "programs", "Create a bonus program: {name, kind: permanent|promo, startsOn, endsOn, tiers: "
                        + "[{name, minSpent, accrualBasisPoints}], minBill, earning: {services, categories, products}, lifetimeDays, "
                        + "enabled} (owner, admin)", this::create)
                .api("GET", "programs/{id}", "One bonus program", this::get)
                .api("PUT", "programs/{id}", "Replace a bonus program (owner, admin)", this::update)
                .api("DELETE", "programs/{id}", "Remove a bonus program; its ledger entries stay (owner, admin)", this::delete);
    }

    private void list(Context ctx, PluginRequest req) {
        Roles.staff(req);
        ctx.json(programs.list(req.salon().id()).stream().map(ProgramInput::json).toList());
    }

    private void get(Context ctx, PluginRequest req) {
        Roles.staff(req);
        long id = Roles.id(req, "id");
        ctx.json(ProgramInput.json(find(req.salon().id(), id)));
    }

    private void create(Context ctx, PluginRequest req) {
        Roles.manager(req);
        long salonId = req.salon().id();
        long id = programs.create(salonId, programs.read(salonId, Fields.of(ctx)));
        ctx.status(201).json(ProgramInput.json(find(salonId, id)));
    }

    private void update(Context ctx, PluginRequest req) {
        Roles.manager(req);
        long salonId = req.salon().id();
        long id = Roles.id(req, "id");
        find(salonId, id);
        if (!programs.update(salonId, id, programs.read(salonId, Fields.of(ctx)))) {
            throw new NotFoundResponse("no such bonus program");
        }
        ctx.json(ProgramInput.json(find(salonId, id)));
    }

    private void delete(Context ctx, PluginRequest req) {
        Roles.manager(req);
        long salonId = req.salon().id();
        long id = Roles.id(req, "id");
        Instant now = context.clock().instant();
        if (!context.database().inTransaction(h -> new ProgramStore(h).delete(salonId, id, now))) {
            throw new NotFoundResponse("no such bonus program");
        }
        ctx.status(204);
    }

    private Program find(long salonId, long id) {
        return programs.find(salonId, id).orElseThrow(() -> new NotFoundResponse("no such bonus program"));
    }
}
