package app.atelier.web.admin.clients;

import app.atelier.core.AtelierCore;
import app.atelier.core.clients.Client;
import app.atelier.core.clients.ClientInput;
import app.atelier.core.common.InvalidInputException;
import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.admin.FormErrors;
import app.atelier.web.admin.Page;
import app.atelier.web.http.ApiRoutes;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A new client at the desk (a walk-in, a caller) and changes to a client's own data. The core's
 * client rules check everything (phone in the salon's country, email, birthday, tags) as for the
 * API; the form keeps what was typed and shows each message next to its field. A client created
 * from the booking form goes straight back to it with the client chosen.
 */
final class ClientForm {
    private static final String[] FIELDS = {"name", "phone", "email", "birthday", "source", "tags", "notes", "consent", "next",
        "samePhoneOk"};

    private final AtelierCore core;

    ClientForm(AtelierCore core) {
        this.core = core;
    }

    /** Register before the client card, so that {@code /admin/clients/new} is not taken for an id. */
    void register(AdminRoutes admin, ApiRoutes routes) {
        routes.raw(HandlerType.GET, "/admin/clients/new", admin.page(AdminRoutes.Gate.DESK, (ctx, p) -> {
            // consent is the client's to give: the box starts unticked
            Map<String, String> blank = new LinkedHashMap<>();
            blank.put("next", "calendar".equals(ctx.queryParam("next")) ? "calendar" : "");
            blank.put("name", ctx.queryParam("name") == null ? "" : ctx.queryParam("name"));
            render(ctx, p, null, blank, Map.of(), 200);
        }));
        routes.raw(HandlerType.POST, "/admin/clients", admin.page(AdminRoutes.Gate.DESK, (ctx, p) -> save(ctx, p, null)));
        routes.raw(HandlerType.GET, "/admin/clients/{id}/edit", admin.page(AdminRoutes.Gate.DESK, (ctx, p) -> {
            Client c = core.clients().get(p.salonId(), Long.parseLong(ctx.pathParam("id")));
            render(ctx, p, c.id(), stored(c), Map.of(), 200);
        }));
        routes.raw(HandlerType.POST, "/admin/clients/{id}", admin.page(AdminRoutes.Gate.DESK, (ctx, p) ->
                save(ctx, p, Long.parseLong(ctx.pathParam("id")))));
    }

    private void save(Context ctx, Page p, Long id) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String f : FIELDS) {
            String v = ctx.formParam(f);
            typed.put(f, v == null ? "" : v.strip());
        }
        List<String> tags = Arrays.stream(typed.get("tags").split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        // on a new client a blank field is simply absent; on a change it clears the stored value
        boolean creating = id == null;
        ClientInput in = new ClientInput(typed.get("name"), text(typed.get("phone"), creating), text(typed.get("email"), creating),
                text(typed.get("birthday"), creating), text(typed.get("source"), creating), tags, text(typed.get("notes"), creating),
                !typed.get("consent").isEmpty());
        if (creating && !typed.get("phone").isEmpty() && typed.get("samePhoneOk").isEmpty()) {
            // families share a phone, so it is allowed; but most often the client is already here
            Optional<Client> holder = core.clients().findByPhone(p.salonId(), typed.get("phone"));
            if (holder.isPresent()) {
                Map<String, Object> extra = Map.of("samePhone", holder.get());
                render(ctx, p, null, typed, Map.of(), 409, extra);
                return;
            }
        }
        try {
            Client saved;
            if (creating) {
                saved = core.clients().create(p.salonId(), in);
            } else {
                core.clients().get(p.salonId(), id);
                saved = core.clients().patch(p.salonId(), id, in);
            }
            AdminRoutes.redirect(ctx, "calendar".equals(typed.get("next")) ? "/admin/calendar?client=" + saved.id()
                    : "/admin/clients/" + saved.id());
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            FormErrors.of(e).forEach((field, message) -> errors.merge(field.startsWith("tags") ? "tags" : field, message,
                    (a, b) -> a + "; " + b));
            render(ctx, p, id, typed, errors, 422, Map.of());
        }
    }

    private static String text(String value, boolean creating) {
        return value.isEmpty() && creating ? null : value;
    }

    private static Map<String, String> stored(Client c) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", c.name());
        v.put("phone", c.phone() == null ? "" : c.phone());
        v.put("email", c.email() == null ? "" : c.email());
        v.put("birthday", c.birthday() == null ? "" : c.birthday().toString());
        v.put("source", c.source() == null ? "" : c.source());
        v.put("tags", String.join(", ", c.tags()));
        v.put("notes", c.notes() == null ? "" : c.notes());
        v.put("consent", c.consent() ? "on" : "");
        v.put("next", "");
        return v;
    }

    private void render(Context ctx, Page p, Long id, Map<String, String> values, Map<String, String> errors, int status) {
        render(ctx, p, id, values, errors, status, Map.of());
    }

    private void render(Context ctx, Page p, Long id, Map<String, String> values, Map<String, String> errors, int status,
                        Map<String, Object> extra) {
        Map<String, Object> m = p.model("clients");
        m.putAll(extra);
        m.put("clientId", id);
        m.put("action", id == null ? "/admin/clients" : "/admin/clients/" + id);
        m.put("v", values);
        m.put("errors", errors);
        m.put("sources", core.clients().sourcesInUse(p.salonId()));
        ctx.status(status).render("templates/admin/client_form.peb", m);
    }
}
