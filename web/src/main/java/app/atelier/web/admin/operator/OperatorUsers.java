package app.atelier.web.admin.operator;

import app.atelier.api.Salon;
import app.atelier.core.AtelierCore;
import app.atelier.core.auth.SalonUserService;
import app.atelier.core.common.ConflictException;
import app.atelier.core.common.ForbiddenException;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.salons.SalonSummary;
import app.atelier.core.staff.StaffMember;
import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.http.ApiRoutes;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A salon's users for the operator: the owner, administrators and masters; adding an administrator
 * or a master (tied to a staff row), and removing one. The owner's account stays: the core removes
 * only admins and masters, and it has no password reset or disabling yet.
 */
final class OperatorUsers {
    private static final String PATH = AdminRoutes.OPERATOR_HOME + "/users";

    private final AtelierCore core;

    OperatorUsers(AtelierCore core) {
        this.core = core;
    }

    void register(AdminRoutes admin, ApiRoutes routes) {
        routes.raw(HandlerType.GET, PATH, admin.operatorPage((ctx, p) -> {
            String salon = ctx.queryParam("salon");
            render(ctx, p, 200, salon == null || salon.isBlank() ? null : core.salons().get(Long.parseLong(salon)),
                    Map.of("role", "admin"), Map.of(), null);
        }));
        routes.raw(HandlerType.POST, PATH + "/{salon}", admin.operatorPage(this::add));
        routes.raw(HandlerType.POST, PATH + "/{salon}/{user}/delete", admin.operatorPage((ctx, p) -> {
            Salon salon = core.salons().get(Long.parseLong(ctx.pathParam("salon")));
            try {
                core.salonUsers().deleteIn(p.user(), salon.id(), Long.parseLong(ctx.pathParam("user")));
            } catch (ForbiddenException e) {
                render(ctx, p, 409, salon, Map.of("role", "admin"), Map.of(), p.t().get("op_user_owner_stays"));
                return;
            }
            AdminRoutes.redirect(ctx, PATH + "?salon=" + salon.id() + "&done=removed");
        }));
    }

    private void add(Context ctx, OperatorPage p) {
        Salon salon = core.salons().get(Long.parseLong(ctx.pathParam("salon")));
        Map<String, String> typed = new HashMap<>();
        for (String f : List.of("email", "role", "staffId")) {
            typed.put(f, ctx.formParam(f) == null ? "" : ctx.formParam(f).trim());
        }
        Map<String, String> errors;
        try {
            Long staffId = "master".equals(typed.get("role")) && !typed.get("staffId").isEmpty() ? Long.valueOf(typed.get("staffId")) : null;
            core.salonUsers().createIn(p.user(), salon.id(),
                    new SalonUserService.NewUser(typed.get("email"), ctx.formParam("password"), typed.get("role"), staffId));
            AdminRoutes.redirect(ctx, PATH + "?salon=" + salon.id() + "&done=added");
            return;
        } catch (InvalidInputException e) {
            errors = p.errors(e);
        } catch (ConflictException e) {
            errors = p.conflict(e, "email");
        }
        render(ctx, p, 422, salon, typed, errors, null);
    }

    /** The salon picker and, when a salon is chosen, its users and the form to add one. */
    private void render(Context ctx, OperatorPage p, int status, Salon salon, Map<String, String> typed,
                        Map<String, String> errors, String error) {
        Map<String, Object> m = p.model("users");
        m.put("salons", core.salons().summaries().stream().map(SalonSummary::salon).toList());
        m.put("salon", salon);
        if (salon != null) {
            Map<Long, String> staff = new LinkedHashMap<>();
            for (StaffMember s : core.staff().list(salon.id(), true)) {
                staff.put(s.id(), s.name());
            }
            m.put("users", core.salonUsers().listIn(p.user(), salon.id()).stream().map(u -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("user", u);
                row.put("roleLabel", p.t().getOrDefault("role_" + u.role(), u.role()));
                row.put("staff", u.staffId() == null ? "" : staff.getOrDefault(u.staffId(), "#" + u.staffId()));
                row.put("created", p.date(u.createdAt()));
                return row;
            }).toList());
            m.put("staff", staff);
        }
        m.put("form", typed);
        m.put("errors", errors);
        m.put("error", error);
        m.put("done", ctx.queryParam("done"));
        ctx.status(status).render("templates/admin/operator/users.peb", m);
    }
}
