package app.atelier.web.admin.plugins;

import app.atelier.web.admin.AdminRoutes;
import app.atelier.web.admin.Page;
import app.atelier.web.admin.PluginTexts;
import app.atelier.web.admin.FormErrors;
import app.atelier.api.settings.SettingField;
import app.atelier.api.settings.SettingsSchema;
import app.atelier.core.AtelierCore;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.plugins.PluginStatus;
import app.atelier.web.http.ApiRoutes;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plugins for the owner: installed ones with version and state, whether the tariff includes them,
 * the salon's switch, and a settings form drawn from each plugin's schema, validated by the same
 * service the settings API uses.
 */
public final class PluginPages {
    private final AtelierCore core;

    public PluginPages(AtelierCore core) {
        this.core = core;
    }

    public void register(AdminRoutes admin, ApiRoutes routes) {
        routes.raw(HandlerType.GET, "/admin/plugins", admin.page(AdminRoutes.Gate.OWNER, (ctx, p) ->
                render(ctx, p, null, Map.of(), Map.of(), 200, null)));
        routes.raw(HandlerType.POST, "/admin/plugins/{id}/switch", admin.page(AdminRoutes.Gate.OWNER, (ctx, p) -> {
            String id = installed(ctx.pathParam("id")).id();
            boolean on = "true".equals(ctx.formParam("enabled"));
            if (on && !core.tariffs().pluginsOfSalon(p.salonId()).contains(id)) {
                render(ctx, p, id, Map.of("enabled", p.t().get("plugins_not_in_tariff")), Map.of(), 409, null);
                return;
            }
            core.pluginSettings().setEnabled(p.salonId(), id, on);
            AdminRoutes.redirect(ctx, "/admin/plugins#plugin-" + id);
        }));
        routes.raw(HandlerType.POST, "/admin/plugins/{id}/settings", admin.page(AdminRoutes.Gate.OWNER, (ctx, p) -> {
            String id = installed(ctx.pathParam("id")).id();
            SettingsSchema schema = core.plugins().settingsSchema(id);
            Map<String, Object> input = new LinkedHashMap<>();
            Map<String, String> errors = new LinkedHashMap<>();
            Map<String, String> typed = new HashMap<>();
            for (SettingField f : schema.fields()) {
                String raw = ctx.formParam("s_" + f.key());
                typed.put(f.key(), raw == null ? "" : raw);
                try {
                    switch (f.type()) {
                        case BOOLEAN -> input.put(f.key(), raw != null);
                        case INTEGER -> input.put(f.key(), Long.parseLong(raw == null ? "" : raw.trim()));
                        case MONEY -> {
                            Long minor = p.fmt().parseMajor(raw);
                            if (minor == null) {
                                errors.put(f.key(), p.t().get("error_required"));
                            } else {
                                input.put(f.key(), minor);
                            }
                        }
                        default -> input.put(f.key(), raw == null ? "" : raw);
                    }
                } catch (NumberFormatException | ArithmeticException e) {
                    errors.put(f.key(), p.t().get("error_number"));
                }
            }
            if (errors.isEmpty()) {
                try {
                    core.pluginSettings().save(p.salonId(), id, schema, input);
                    render(ctx, p, id, Map.of(), Map.of(), 200, p.t().get("plugins_saved"));
                    return;
                } catch (InvalidInputException e) {
                    errors.putAll(FormErrors.of(e));
                }
            }
            render(ctx, p, id, errors, typed, 422, null);
        }));
    }

    private void render(Context ctx, Page p, String focus, Map<String, String> errors, Map<String, String> typed, int status,
                        String saved) {
        long salonId = p.salonId();
        Set<String> tariff = core.tariffs().pluginsOfSalon(salonId);
        Set<String> enabled = core.pluginSettings().enabled(salonId);
        List<Map<String, Object>> plugins = new ArrayList<>();
        for (PluginStatus s : core.plugins().statuses()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", s);
            m.put("inTariff", tariff.contains(s.id()));
            m.put("enabled", enabled.contains(s.id()));
            m.put("active", core.activation().isActive(salonId, s.id()));
            m.put("description", PluginTexts.get(core, s.id(), p.locale(), "plugin.description").orElse(s.description()));
            SettingsSchema schema = core.plugins().settingsSchema(s.id());
            Map<String, String> values = core.pluginSettings().values(salonId, s.id(), schema).values();
            boolean mine = s.id().equals(focus);
            List<Map<String, Object>> fields = new ArrayList<>();
            for (SettingField f : schema.fields()) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("field", f);
                fm.put("type", f.type().name());
                fm.put("label", PluginTexts.get(core, s.id(), p.locale(), "settings." + f.key() + ".label")
                        .orElse(f.label() == null ? f.key() : f.label()));
                fm.put("help", PluginTexts.get(core, s.id(), p.locale(), "settings." + f.key() + ".help").orElse(null));
                if (f.type() == SettingField.Type.CHOICE) {
                    List<Map<String, String>> options = new ArrayList<>();
                    for (String c : f.choices()) {
                        options.add(Map.of("value", c, "label",
                                PluginTexts.get(core, s.id(), p.locale(), "settings." + f.key() + ".option." + c).orElse(c)));
                    }
                    fm.put("options", options);
                }
                String value = mine && typed.containsKey(f.key()) ? typed.get(f.key()) : values.get(f.key());
                if (f.type() == SettingField.Type.MONEY && !(mine && typed.containsKey(f.key())) && value != null) {
                    try {
                        value = p.fmt().major(Long.parseLong(value));
                    } catch (NumberFormatException e) {
                        // show the stored text as it is
                    }
                }
                fm.put("value", value == null ? "" : value);
                fm.put("error", mine ? errors.get(f.key()) : null);
                fields.add(fm);
            }
            m.put("fields", fields);
            m.put("error", mine ? errors.get("enabled") : null);
            m.put("saved", mine ? saved : null);
            plugins.add(m);
        }
        Map<String, Object> model = p.model("plugins");
        model.put("plugins", plugins);
        ctx.status(status).render("templates/admin/plugins.peb", model);
    }

    private PluginStatus installed(String id) {
        return core.plugins().statuses().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("plugin"));
    }
}
