package app.atelier.web.admin.operator;

import app.atelier.core.AtelierCore;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.plugins.PluginStatus;
import app.atelier.core.salons.Tariff;
import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.http.ApiRoutes;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Tariffs for the operator: each with the plugins it allows, a form to change that set (ticking
 * installed plugins, or typing ids of plugins not installed yet), and a form for a new tariff.
 * Saved through {@code TariffService.save}, which the platform API uses too.
 */
final class OperatorTariffs {
    private static final String PATH = AdminRoutes.OPERATOR_HOME + "/tariffs";

    private final AtelierCore core;

    OperatorTariffs(AtelierCore core) {
        this.core = core;
    }

    /** A form that failed: which tariff ("" for the new one), what was typed, the errors. */
    private record Failed(String tariff, String name, List<String> plugins, String other, Map<String, String> errors) {
    }

    void register(AdminRoutes admin, ApiRoutes routes) {
        routes.raw(HandlerType.GET, PATH, admin.operatorPage((ctx, p) -> render(ctx, p, 200, null)));
        routes.raw(HandlerType.POST, PATH, admin.operatorPage(this::save));
    }

    private void save(Context ctx, OperatorPage p) {
        boolean isNew = !"edit".equals(ctx.formParam("mode"));
        String name = ctx.formParam("name") == null ? "" : ctx.formParam("name").trim();
        List<String> ticked = ctx.formParams("plugins");
        String other = ctx.formParam("other") == null ? "" : ctx.formParam("other");
        List<String> plugins = new ArrayList<>(ticked);
        for (String id : other.split("[,\\s]+")) {
            if (!id.isBlank() && !plugins.contains(id.trim())) {
                plugins.add(id.trim());
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (isNew && !name.isEmpty() && core.tariffs().byName(name).isPresent()) {
            errors.put("name", p.t().get("op_tariff_exists"));
        } else if (!isNew && core.tariffs().byName(name).isEmpty()) {
            throw new NotFoundException("tariff");
        } else {
            try {
                core.tariffs().save(name, plugins);
                AdminRoutes.redirect(ctx, PATH + "?saved=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
                return;
            } catch (InvalidInputException e) {
                // plugins[3] → plugins: the ids are one field in the form
                p.errors(e).forEach((field, message) -> errors.merge(field.startsWith("plugins") ? "plugins" : field,
                        field.startsWith("plugins") ? p.t().get("op_err_plugins") : message, (a, b) -> a));
            }
        }
        render(ctx, p, 422, new Failed(isNew ? "" : name, name, ticked, other, errors));
    }

    private void render(Context ctx, OperatorPage p, int status, Failed failed) {
        List<Tariff> tariffs = core.tariffs().list();
        TreeSet<String> installed = new TreeSet<>();
        for (PluginStatus s : core.plugins().statuses()) {
            installed.add(s.id());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Tariff t : tariffs) {
            boolean mine = failed != null && failed.tariff().equals(t.name());
            rows.add(form(t.name(), mine ? failed.plugins() : List.copyOf(t.plugins()), installed, mine ? failed : null));
        }
        boolean mine = failed != null && failed.tariff().isEmpty();
        Map<String, Object> m = p.model("tariffs");
        m.put("tariffs", rows);
        m.put("newTariff", form(mine ? failed.name() : "", mine ? failed.plugins() : List.of(), installed, mine ? failed : null));
        m.put("saved", ctx.queryParam("saved"));
        ctx.status(status).render("templates/admin/operator/tariffs.peb", m);
    }

    /**
     * One tariff's form: a checkbox for each installed plugin and for each plugin the tariff names
     * (installed or not), and the ids typed into "other" after a failed save.
     */
    private static Map<String, Object> form(String name, List<String> chosen, TreeSet<String> installed, Failed failed) {
        TreeSet<String> choices = new TreeSet<>(installed);
        choices.addAll(chosen);
        List<Map<String, Object>> boxes = new ArrayList<>();
        for (String id : choices) {
            boxes.add(Map.of("id", id, "checked", chosen.contains(id), "installed", installed.contains(id)));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("plugins", chosen.stream().sorted().toList());
        m.put("boxes", boxes);
        m.put("other", failed == null ? "" : failed.other());
        m.put("errors", failed == null ? Map.of() : failed.errors());
        return m;
    }
}
