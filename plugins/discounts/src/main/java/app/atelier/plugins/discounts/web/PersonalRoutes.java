package app.atelier.plugins.discounts.web;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRequest;
import app.atelier.api.web.PluginRoutes;
import app.atelier.plugins.discounts.input.Fields;
import app.atelier.plugins.discounts.personal.PersonalDiscount;
import app.atelier.plugins.discounts.personal.PersonalStore;
import app.atelier.plugins.discounts.pricing.Texts;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import java.util.Set;

/** {@code /api/v1/discounts/clients/{clientId}/personal}: one personal discount per client card. */
final class PersonalRoutes {
    private final PluginContext context;
    private final PersonalStore store;

    PersonalRoutes(PluginContext context) {
        this.context = context;
        this.store = new PersonalStore(context.database());
    }

    void register(PluginRoutes routes) {
        routes.api("GET", "clients/{clientId}/personal", "The client's personal discount (404 when none)", Http.guarded((ctx, req) -> {
                    long clientId = client(req);
                    PersonalDiscount d = store.find(req.salon().id(), clientId)
                            .orElseThrow(() -> new NotFoundResponse("the client has no personal discount"));
                    ctx.json(json(d));
                }))
                .api("PUT", "clients/{clientId}/personal", "Set the client's personal discount {percent, reason} (owner, admin)",
                        Http.guarded((ctx, req) -> {
                            Http.requireManager(req);
                            long clientId = client(req);
                            Map<String, Object> body = Http.body(ctx);
                            Fields f = new Fields();
                            f.onlyKnown(body, Set.of("percent", "reason"), "");
                            Long percent = f.whole(body.get("percent"), "percent", true, 1, 10_000);
                            String reason = f.text(body.get("reason"), "reason", true, 200);
                            f.check();
                            ctx.json(json(store.put(req.salon().id(), new PersonalDiscount(clientId, percent, reason, req.userId(),
                                    req.role(), context.clock().instant()))));
                        }))
                .api("DELETE", "clients/{clientId}/personal", "Remove the client's personal discount (owner, admin)",
                        Http.guarded((ctx, req) -> {
                            Http.requireManager(req);
                            store.delete(req.salon().id(), client(req));
                            ctx.status(204);
                        }));
    }

    /** The client id from the path, when the client belongs to the caller's salon (404 otherwise). */
    private long client(PluginRequest req) {
        long clientId = Http.id(req, "clientId");
        if (context.salonData().client(req.salon().id(), clientId).isEmpty()) {
            throw new NotFoundResponse("no such client");
        }
        return clientId;
    }

    static Map<String, Object> json(PersonalDiscount d) {
        return Http.map("clientId", d.clientId(), "percent", d.percent(), "label", "Personal discount −" + Texts.percent(d.percent()),
                "reason", d.reason(), "setBy", d.setBy(), "setByRole", d.setByRole(), "setAt", d.setAt().toString());
    }
}
