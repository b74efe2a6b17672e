package app.atelier.web.admin.operator;

import app.atelier.core.AtelierCore;
import app.atelier.core.common.ConflictException;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.salons.NewSalon;
import app.atelier.core.salons.SalonSummary;
import app.atelier.core.salons.Tariff;
import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.http.ApiRoutes;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Salons for the operator: the list (name, slug, tariff, owner, created), onboarding a salon with
 * its owner through {@code SalonService.create} (the platform API's validation, field by field),
 * and moving a salon to another tariff.
 */
final class OperatorSalons {
    /** The onboarding form's fields, as {@link NewSalon} names them in its errors. */
    static final List<String> FIELDS = List.of("name", "slug", "timezone", "currency", "country", "locale", "tariff",
            "owner.email", "owner.password");
    private static final Map<String, String> DEFAULTS = Map.of("timezone", "Europe/Moscow", "currency", "RUB",
            "country", "RU", "locale", "ru");

    private final AtelierCore core;

    OperatorSalons(AtelierCore core) {
        this.core = core;
    }

    void register(AdminRoutes admin, ApiRoutes routes) {
        routes.raw(HandlerType.GET, AdminRoutes.OPERATOR_HOME, admin.operatorPage((ctx, p) ->
                render(ctx, p, 200, DEFAULTS, Map.of(), null)));
        routes.raw(HandlerType.GET, AdminRoutes.OPERATOR_HOME + "/salons", admin.operatorPage((ctx, p) ->
                render(ctx, p, 200, DEFAULTS, Map.of(), null)));
        routes.raw(HandlerType.POST, AdminRoutes.OPERATOR_HOME + "/salons", admin.operatorPage(this::create));
        routes.raw(HandlerType.POST, AdminRoutes.OPERATOR_HOME + "/salons/{id}/tariff", admin.operatorPage((ctx, p) -> {
            long id = Long.parseLong(ctx.pathParam("id"));
            core.salons().get(id);
            try {
                core.salons().changeTariff(id, ctx.formParam("tariff"));
            } catch (InvalidInputException e) {
                render(ctx, p, 422, DEFAULTS, Map.of(), Map.of("salon", id, "message", p.errors(e).getOrDefault("tariff", "")));
                return;
            }
            core.activation().invalidate();
            AdminRoutes.redirect(ctx, AdminRoutes.OPERATOR_HOME + "/salons?changed=" + id + "#salon-" + id);
        }));
    }

    private void create(Context ctx, OperatorPage p) {
        Map<String, String> typed = new HashMap<>();
        for (String f : FIELDS) {
            String v = ctx.formParam(f);
            typed.put(f, v == null ? "" : v.trim());
        }
        Map<String, String> errors;
        try {
            core.salons().create(new NewSalon(typed.get("slug"), typed.get("name"), typed.get("timezone"),
                    typed.get("currency"), typed.get("country"), typed.get("locale"), typed.get("tariff"),
                    typed.get("owner.email"), ctx.formParam("owner.password")));
            AdminRoutes.redirect(ctx, AdminRoutes.OPERATOR_HOME + "/salons?created=" + typed.get("slug"));
            return;
        } catch (InvalidInputException e) {
            errors = p.errors(e);
        } catch (ConflictException e) {
            errors = p.conflict(e, "email_taken".equals(e.code()) ? "owner.email" : "slug");
        }
        typed.remove("owner.password"); // a password is typed again, never sent back
        render(ctx, p, 422, typed, errors, null);
    }

    /** The list and the onboarding form; {@code tariffError} is a failed tariff change (salon, message). */
    private void render(Context ctx, OperatorPage p, int status, Map<String, String> typed, Map<String, String> errors,
                        Map<String, Object> tariffError) {
        List<Map<String, Object>> salons = new ArrayList<>();
        for (SalonSummary s : core.salons().summaries()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.salon().id());
            m.put("name", s.salon().name());
            m.put("slug", s.salon().slug());
            m.put("tariff", s.tariff());
            m.put("owner", s.ownerEmail() == null ? "—" : s.ownerEmail());
            m.put("created", p.date(s.createdAt()));
            salons.add(m);
        }
        Map<String, Object> m = p.model("salons");
        m.put("salons", salons);
        m.put("tariffs", core.tariffs().list().stream().map(Tariff::name).toList());
        m.put("fields", FIELDS);
        m.put("form", typed);
        m.put("errors", errors);
        m.put("tariffError", tariffError);
        m.put("created", ctx.queryParam("created"));
        m.put("changed", ctx.queryParam("changed"));
        ctx.status(status).render("templates/admin/operator/salons.peb", m);
    }
}
