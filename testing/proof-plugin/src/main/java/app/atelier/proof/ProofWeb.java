package app.atelier.proof;

import app.atelier.api.PluginContext;
import app.atelier.api.notify.OutgoingMessage;
import app.atelier.api.web.PluginRoutes;
import app.atelier.api.web.WebContribution;
import io.javalin.http.BadRequestResponse;
import app.atelier.api.data.ActionRejectedException;
import app.atelier.api.data.ClientStats;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.NewBooking;
import app.atelier.api.data.NewClient;
import app.atelier.api.data.VisitView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
                        throw new BadRequestResponse("visitId must be a number", Map.of("visitId", "must be a number"));
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
                .api("POST", "bookings", "Books through the core's rules: finds or creates the client by phone", (ctx, req) -> {
                    Map<?, ?> body = ctx.bodyAsClass(Map.class);
                    long salonId = req.salon().id();
                    String phone = String.valueOf(body.get("phone"));
                    try {
                        ClientView client = context.salonData().clientByPhone(salonId, phone).orElseGet(() ->
                                context.salonActions().createClient(salonId, new NewClient(String.valueOf(body.get("name")), phone,
                                        null, "proof booking", true)));
                        VisitView visit = context.salonActions().book(salonId, new NewBooking(client.id(),
                                ((Number) body.get("staffId")).longValue(), Instant.parse(String.valueOf(body.get("start"))),
                                List.of(((Number) body.get("serviceId")).longValue()), "online"));
                        ctx.status(201).json(Map.of("visitId", visit.id(), "clientId", client.id(), "end", visit.end().toString()));
                    } catch (ActionRejectedException e) {
                        ctx.status(409).json(Map.of("code", e.code(), "message", e.getMessage()));
                    }
                })
                .api("GET", "clients/{clientId}/stats", "The client's spend and visits as plugins see them", (ctx, req) -> {
                    ClientStats stats = context.salonData().clientStats(req.salon().id(), Long.parseLong(req.pathParam("clientId")));
                    Map<String, Object> body = new java.util.LinkedHashMap<>();
                    body.put("totalPaid", stats.totalPaid());
                    body.put("completedVisits", stats.completedVisits());
                    body.put("nextVisit", stats.nextVisit() == null ? null : stats.nextVisit().toString());
                    ctx.json(body);
                })
                .api("GET", "catalogue", "How many masters, services and visits this week plugins can read", (ctx, req) -> {
                    long salonId = req.salon().id();
                    Instant now = context.clock().instant();
                    ctx.json(Map.of("staff", context.salonData().staff(salonId).size(),
                            "clients", context.salonData().clients(salonId, 0, 500).size(),
                            "linesOfFirstVisit", context.salonData().visits(salonId, now, now.plus(Duration.ofDays(7)), null, null)
                                    .stream().findFirst().map(v -> context.salonData().visitLines(salonId, v.id()).size()).orElse(0),
                            "services", context.salonData().services(salonId).size(),
                            "visitsThisWeek", context.salonData().visits(salonId, now, now.plus(Duration.ofDays(7)), null, null).size()));
                })
                .api("GET", "greeting", "A text from the plugin's own message bundle, in the salon's language", (ctx, req) ->
                        ctx.json(Map.of("text", java.text.MessageFormat.format(
                                context.messages(req.salon().locale()).getString("greeting"), req.salon().name()))))
                .api("GET", "boom", "Always fails (to prove failure isolation)", (ctx, req) -> {
                    throw new IllegalStateException("proof route exploded");
                })
                .publicPage("GET", "proof/page", "A public page rendered from the plugin's own template", (ctx, req) ->
                        ctx.render("templates/proof/hello.peb", Map.of("salon", req.salon().name(),
                                "lang", req.salon().locale().getLanguage(),
                                "greeting", java.text.MessageFormat.format(context.messages(req.salon().locale()).getString("greeting"),
                                        req.salon().name()))))
                .publicApi("OPTIONS", "proof/hello", "CORS preflight for the greeting", (ctx, req) ->
                        ctx.status(204).header("Access-Control-Allow-Origin", "https://app.example")
                                .header("Access-Control-Allow-Methods", "GET"))
                .publicApi("GET", "proof/hello", "A public greeting from the salon", (ctx, req) ->
                        ctx.json(Map.of("hello", req.salon().name())))
                // a panel page as a fragment the host frames, in the language the panel user chose
                .adminPage("GET", "board", "The proof plugin's panel page", (ctx, req) ->
                        ctx.render("templates/proof/board.peb", Map.of("role", req.role(), "csrf", ctx.attribute("atelier.csrf"),
                                "greeting", java.text.MessageFormat.format(context.messages(req.locale()).getString("greeting"),
                                        req.salon().name()))))
                .adminPage("POST", "board", "Answers a form on the proof page", (ctx, req) ->
                        ctx.redirect("/admin/proof/board?said=" + java.net.URLEncoder.encode(String.valueOf(ctx.formParam("say")),
                                java.nio.charset.StandardCharsets.UTF_8), io.javalin.http.HttpStatus.SEE_OTHER))
                .adminPage("GET", "document", "A page that is a whole document (sent as it is)", (ctx, req) ->
                        ctx.html("<!doctype html><html><body><p id=\"whole\">whole</p></body></html>"))
                .adminMenu("board", "menu.board");
    }
}
