package app.atelier.proof;

import app.atelier.api.PluginContext;
import app.atelier.api.notify.OutgoingMessage;
import app.atelier.api.web.PluginRoutes;
import app.atelier.api.web.WebContribution;
import io.javalin.http.BadRequestResponse;
import java.util.Map;
import org.pf4j.Extension;

/** Routes under /api/v1/proof/… and the public claim "proof". */
@Extension
public final class ProofWeb implements WebContribution {
    private final PluginContext context;

    public ProofWeb(PluginContext context) {
        this.context = context;
    }

    @Override
    public void routes(PluginRoutes routes) {
        routes.api("GET", "ping", "Answers pong for the caller's salon", (ctx, req) ->
                        ctx.json(Map.of("pong", true, "salonId", req.salon().id())))
                .api("GET", "checkouts/{visitId}", "How many times the proof plugin recorded this visit's checkout", (ctx, req) -> {
                    long visitId;
                    try {
                        visitId = Long.parseLong(req.pathParam("visitId"));
                    } catch (NumberFormatException e) {
                        throw new BadRequestResponse("visitId must be a number");
                    }
                    int count = context.database().withHandle(h -> h.createQuery(
                                    "SELECT count(*) FROM proof_checkout WHERE salon_id = :s AND visit_id = :v")
                            .bind("s", req.salon().id()).bind("v", visitId).mapTo(Integer.class).one());
                    ctx.json(Map.of("visitId", visitId, "count", count));
                })
                .api("POST", "messages", "Queue a message through the host's notification service", (ctx, req) -> {
                    long id = context.notifications().queue(new OutgoingMessage(req.salon().id(), null, "proof-pigeon",
                            "pigeon-loft-1", null, "hello from proof", null, ctx.queryParam("key")));
                    ctx.status(201).json(Map.of("messageId", id));
                })
                .api("GET", "boom", "Always fails (to prove failure isolation)", (ctx, req) -> {
                    throw new IllegalStateException("proof route exploded");
                })
                .publicApi("GET", "proof/hello", "A public greeting from the salon", (ctx, req) ->
                        ctx.json(Map.of("hello", req.salon().name())));
    }
}
