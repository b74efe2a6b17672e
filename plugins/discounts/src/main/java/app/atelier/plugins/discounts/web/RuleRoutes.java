package app.atelier.plugins.discounts.web;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ServiceView;
import app.atelier.api.web.PluginRoutes;
import app.atelier.plugins.discounts.rules.Rule;
import app.atelier.plugins.discounts.rules.RuleJson;
import app.atelier.plugins.discounts.rules.RuleParser;
import app.atelier.plugins.discounts.rules.RuleStore;
import io.javalin.http.NotFoundResponse;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code /api/v1/discounts/rules…}: owners and administrators manage, masters read. */
final class RuleRoutes {
    private final PluginContext context;
    private final RuleStore store;

    RuleRoutes(PluginContext context) {
        this.context = context;
        this.store = new RuleStore(context.database());
    }

    void register(PluginRoutes routes) {
        routes.api("GET", "rules", "The salon's discount rules", Http.guarded((ctx, req) ->
                        ctx.json(store.list(req.salon().id()).stream().map(RuleJson::of).toList())))
                .api("POST", "rules", "Create a discount rule (owner, admin); 400 names every bad field", Http.guarded((ctx, req) -> {
                    Http.requireManager(req);
                    long salonId = req.salon().id();
                    Rule rule = RuleParser.parse(Http.body(ctx), serviceIds(salonId));
                    Rule created = store.create(salonId, rule, context.clock().millis());
                    ctx.status(201).header("Location", "/api/v1/discounts/rules/" + created.id()).json(RuleJson.of(created));
                }))
                .api("GET", "rules/{id}", "One discount rule", Http.guarded((ctx, req) ->
                        ctx.json(RuleJson.of(existing(req.salon().id(), Http.id(req, "id"))))))
                .api("PUT", "rules/{id}", "Replace a discount rule (owner, admin)", Http.guarded((ctx, req) -> {
                    Http.requireManager(req);
                    long salonId = req.salon().id();
                    long id = Http.id(req, "id");
                    existing(salonId, id);
                    Rule rule = RuleParser.parse(Http.body(ctx), serviceIds(salonId)).withId(id);
                    if (!store.replace(salonId, id, rule, context.clock().millis())) {
                        throw new NotFoundResponse("no such discount rule");
                    }
                    ctx.json(RuleJson.of(rule));
                }))
                .api("DELETE", "rules/{id}", "Delete a discount rule (owner, admin)", Http.guarded((ctx, req) -> {
                    Http.requireManager(req);
                    if (!store.delete(req.salon().id(), Http.id(req, "id"))) {
                        throw new NotFoundResponse("no such discount rule");
                    }
                    ctx.status(204);
                }));
    }

    /** The salon's rule; another salon's id answers 404 exactly like a missing one. */
    private Rule existing(long salonId, long id) {
        return store.find(salonId, id).orElseThrow(() -> new NotFoundResponse("no such discount rule"));
    }

    private Set<Long> serviceIds(long salonId) {
        return context.salonData().services(salonId).stream().map(ServiceView::id).collect(Collectors.toSet());
    }
}
