package app.atelier.plugins.referral.web;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRequest;
import app.atelier.api.web.PluginRoutes;
import app.atelier.api.web.WebContribution;
import app.atelier.plugins.referral.admin.ReferralAdmin;
import app.atelier.plugins.referral.code.CodeStore;
import app.atelier.plugins.referral.intake.Refusal;
import app.atelier.plugins.referral.intake.ReferralService;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;

/**
 * REST under {@code /api/v1/referral/…}, and the report page of the admin panel ({@link ReferralAdmin}).
 * Owners and admins (and API keys, which act as admins)
 * record referrals and read clients' referrals and the report; a master may read a client's code
 * (to tell it during a visit) but, as in the core, not the client's other data.
 */
@Extension
public final class ReferralWeb implements WebContribution {
    private static final Set<String> DESK = Set.of("owner", "admin");
    private static final Set<String> STAFF = Set.of("owner", "admin", "master");

    private final PluginContext context;
    private final CodeStore codes;
    private final ReferralService referrals;
    private final ClientReferrals clients;
    private final ReferralReport report;

    public ReferralWeb(PluginContext context) {
        this.context = context;
        this.codes = new CodeStore(context);
        this.referrals = new ReferralService(context);
        this.clients = new ClientReferrals(context);
        this.report = new ReferralReport(context);
    }

    @Override
    public void routes(PluginRoutes routes) {
        routes.api("GET", "clients/{clientId}/code", "The client's promo code (made on first request)", (ctx, req) -> {
                    require(req, STAFF);
                    long salonId = req.salon().id();
                    long clientId = id(req, "clientId");
                    String code = context.salonData().client(salonId, clientId).map(codes::ensure)
                            .orElseThrow(() -> new NotFoundResponse("there is no client " + clientId + " in this salon"));
                    ctx.json(Map.of("clientId", clientId, "code", code));
                })
                .api("GET", "clients/{clientId}", "The client's code, who referred them, whom they brought, their rewards",
                        (ctx, req) -> {
                            require(req, DESK);
                            long clientId = id(req, "clientId");
                            ctx.json(clients.of(req.salon().id(), clientId)
                                    .orElseThrow(() -> new NotFoundResponse("there is no client " + clientId + " in this salon")));
                        })
                .api("POST", "referrals", "Record that a new client was referred: {clientId, code}", this::refer)
                .api("GET", "report", "Referrers: clients brought, how many returned, their revenue (?from&to, dates)",
                        (ctx, req) -> {
                            require(req, DESK);
                            LocalDate from = date(ctx, "from");
                            LocalDate to = date(ctx, "to");
                            if (from != null && to != null && to.isBefore(from)) {
                                throw new BadRequestResponse("to must not be before from");
                            }
                            ctx.json(report.build(req.salon(), from, to));
                        });
        new ReferralAdmin(context).register(routes);
    }

    private void refer(Context ctx, PluginRequest req) {
        require(req, DESK);
        Map<?, ?> body;
        try {
            body = ctx.bodyAsClass(Map.class);
        } catch (Exception e) {
            // Jackson's parse errors are checked exceptions that Javalin rethrows unchecked
            throw new BadRequestResponse("the body must be JSON: {\"clientId\": 42, \"code\": \"ANNA-7K3Q\"}");
        }
        if (body == null || !(body.get("clientId") instanceof Number n) || n.longValue() != n.doubleValue() || n.longValue() <= 0) {
            throw new BadRequestResponse("clientId must be the id of the new client");
        }
        if (!(body.get("code") instanceof String code) || code.isBlank() || code.length() > 100) {
            throw new BadRequestResponse("code must be the promo code the client gave (text, at most 100 characters)");
        }
        try {
            ReferralService.Accepted ok = referrals.refer(req.salon().id(), n.longValue(), code, ReferralService.DESK, req.userId());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("referralId", ok.linkId());
            answer.put("clientId", ok.referred().id());
            answer.put("referrerId", ok.referrer().id());
            answer.put("referrerName", ok.referrer().name());
            answer.put("code", ok.code());
            ctx.status(201).json(answer);
        } catch (Refusal refusal) {
            throw switch (refusal.reason().status()) {
                case 404 -> new NotFoundResponse(refusal.getMessage());
                case 409 -> new ConflictResponse(refusal.getMessage());
                default -> new BadRequestResponse(refusal.getMessage());
            };
        }
    }

    private static void require(PluginRequest req, Set<String> roles) {
        if (req.role() == null || !roles.contains(req.role())) {
            throw new ForbiddenResponse("your role may not do this");
        }
    }

    private static long id(PluginRequest req, String name) {
        try {
            long id = Long.parseLong(req.pathParam(name));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestResponse(name + " must be a positive number");
    }

    private static LocalDate date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + " must be a date like 2026-12-01");
        }
    }
}
