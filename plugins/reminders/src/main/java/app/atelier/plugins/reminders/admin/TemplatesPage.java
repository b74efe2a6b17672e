package app.atelier.plugins.reminders.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.reminders.plan.Kind;
import app.atelier.plugins.reminders.send.MessageBuilder;
import app.atelier.plugins.reminders.template.Template;
import app.atelier.plugins.reminders.template.TemplateRules;
import app.atelier.plugins.reminders.template.TemplateStore;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every kind's template in each language the salon edits, with its placeholders and a link to edit it. */
final class TemplatesPage {
    private final AdminView view;
    private final TemplateStore templates;

    TemplatesPage(PluginContext context, AdminView view) {
        this.view = view;
        this.templates = new TemplateStore(context);
    }

    void show(Context ctx, PluginRequest req) {
        long salonId = req.salon().id();
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<Map<String, Object>> langs = new ArrayList<>();
            for (String lang : TemplateRules.languages(MessageBuilder.lang(req.salon()))) {
                Template t = templates.get(salonId, kind, lang);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("lang", lang);
                m.put("subject", t.subject());
                m.put("body", t.body());
                m.put("custom", t.custom());
                m.put("href", AdminView.BASE + "templates/" + kind.key() + "/" + lang);
                langs.add(m);
            }
            kinds.add(Map.of("key", kind.key(), "label", view.t(req, "kind." + kind.key()),
                    "about", view.t(req, "about." + kind.key()), "placeholders", TemplateRules.placeholders(kind),
                    "langs", langs));
        }
        Map<String, Object> m = view.model(ctx, req, "templates");
        m.put("kinds", kinds);
        m.put("salonLang", MessageBuilder.lang(req.salon()));
        view.publicUrlNotice(m, ctx, req);
        ctx.render("templates/reminders/admin-templates.peb", m);
    }
}
