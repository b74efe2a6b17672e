package app.atelier.plugins.discounts.web;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRoutes;
import app.atelier.plugins.discounts.rules.Rule;
import app.atelier.plugins.discounts.rules.RuleJson;
import app.atelier.plugins.discounts.rules.RuleService;
import io.javalin.http.NotFoundResponse;

/** {@code /api/v1/discounts/rules…}: owners and administrators manage, masters read. */
final class RuleRoutes {
    private final RuleService rules;

    RuleRoutes(PluginContext context) {
        this.rules = new RuleService(context);
    }

    void register(PluginRoutes routes) {
        routes.api("GET", "rules", "The salon's discount rules", Http.guarded((ctx, req) ->
                        ctx.json(rules.list(req.salon().id()).stream().map(RuleJson::of).toList())))
                .api("POST", "rules", "Create a discount rule (owner, admin); 400 names every bad field", Http.guarded((ctx, req) -> {
                    Http.requireManager(req);
                    Rule created = rules.create(req.salon().id(), Http.body(ctx));
                    ctx.status(201).header("Location", "/api/v1/discounts/rules/" + created.id()).json(RuleJson.of(created));
                }))
                .api("GET", "rules/{id}", "One discount rule", Http.guarded((ctx, req) ->
                        ctx.json(RuleJson.of(rules.find(req.salon().id(), Http.id(req, "id")).orElseThrow(RuleRoutes::notFound)))))
                .api("PUT", "rules/{id}", "Replace a discount rule (owner, admin)", Http.guarded((ctx, req) -> {
                    Http.requireManager(req);
                    Rule replaced = rules.replace(req.salon().id(), Http.id(req, "id"), Http.body(ctx)).orElseThrow(RuleRoutes::notFound);
                    ctx.json(RuleJson.of(replaced));
                }))
                .api("DELETE", "rules/{id}", "Delete a discount rule (owner, admin)", Http.guarded((ctx, req) -> {
                    Http.requireManager(req);
                    if (!rules.delete(req.salon().id(), Http.id(req, "id"))) {
                        throw notFound();
                    }
                    ctx.status(204);
                }));
    }

    /** Another salon's id answers exactly like a missing one. */
    private static NotFoundResponse notFound() {
        return new NotFoundResponse("no such discount rule");
    }
}
