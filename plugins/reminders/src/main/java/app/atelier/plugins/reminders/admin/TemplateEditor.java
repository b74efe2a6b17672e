package app.atelier.plugins.reminders.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.reminders.plan.Kind;
import app.atelier.plugins.reminders.preview.Preview;
import app.atelier.plugins.reminders.send.MessageBuilder;
import app.atelier.plugins.reminders.template.Template;
import app.atelier.plugins.reminders.template.TemplateRules;
import app.atelier.plugins.reminders.template.TemplateStore;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Editing one template in one language: the form (subject, body), saving it under the same rules
 * as the REST API ({@link TemplateRules}, {@link TemplateStore}), going back to the shipped text,
 * and the live preview htmx asks for while the user types (rendered by the plugin's {@link Preview}
 * against sample facts, nothing saved).
 */
final class TemplateEditor {
    private final PluginContext context;
    private final AdminView view;
    private final TemplateStore templates;
    private final Preview preview;

    TemplateEditor(PluginContext context, AdminView view) {
        this.context = context;
        this.view = view;
        this.templates = new TemplateStore(context);
        this.preview = new Preview(context);
    }

    void show(Context ctx, PluginRequest req) {
        Kind kind = kind(req);
        String lang = lang(req);
        Template t = templates.get(req.salon().id(), kind, lang);
        Map<String, Object> m = form(ctx, req, kind, lang, t.subject(), t.body(), Map.of());
        m.put("custom", t.custom());
        m.put("saved", ctx.queryParam("saved") != null);
        m.put("wasReset", ctx.queryParam("reset") != null);
        ctx.render("templates/reminders/admin-template.peb", m);
    }

    void save(Context ctx, PluginRequest req) {
        Kind kind = kind(req);
        String lang = lang(req);
        String subject = text(ctx, "subject");
        String body = text(ctx, "body");
        Map<String, TemplateRules.Problem> problems = TemplateRules.check(kind, subject, body);
        if (!problems.isEmpty()) {
            // the typed text stays in the form, each problem next to its field; nothing is stored
            Map<String, Object> m = form(ctx, req, kind, lang, subject, body, problems);
            m.put("custom", templates.custom(req.salon().id(), kind, lang).isPresent());
            ctx.status(422).render("templates/reminders/admin-template.peb", m);
            return;
        }
        Template t = TemplateRules.normalized(subject, body);
        templates.put(req.salon().id(), kind, lang, t.subject(), t.body(), context.clock().instant());
        ctx.redirect(href(kind, lang) + "?saved=1", HttpStatus.SEE_OTHER);
    }

    void reset(Context ctx, PluginRequest req) {
        Kind kind = kind(req);
        String lang = lang(req);
        templates.reset(req.salon().id(), kind, lang);
        ctx.redirect(href(kind, lang) + "?reset=1", HttpStatus.SEE_OTHER);
    }

    /** The htmx partial under the form: the text as a client would get it, or what keeps it from being saved. */
    void preview(Context ctx, PluginRequest req) {
        Kind kind = kind(req);
        String lang = lang(req);
        Map<String, Object> m = view.model(ctx, req, "templates");
        m.putAll(preview(req, kind, lang, text(ctx, "subject"), text(ctx, "body")));
        ctx.render("templates/reminders/admin-preview.peb", m);
    }

    private Map<String, Object> form(Context ctx, PluginRequest req, Kind kind, String lang, String subject, String body,
                                     Map<String, TemplateRules.Problem> problems) {
        Map<String, Object> m = view.model(ctx, req, "templates");
        m.put("kind", kind.key());
        m.put("kindLabel", view.t(req, "kind." + kind.key()));
        m.put("about", view.t(req, "about." + kind.key()));
        m.put("lang", lang);
        m.put("placeholders", TemplateRules.placeholders(kind));
        m.put("subject", subject == null ? "" : subject);
        m.put("body", body == null ? "" : body);
        m.put("errors", messages(req, problems));
        m.put("href", href(kind, lang));
        m.putAll(problems.isEmpty() ? preview(req, kind, lang, subject, body) : Map.of());
        return m;
    }

    private Map<String, Object> preview(PluginRequest req, Kind kind, String lang, String subject, String body) {
        Map<String, TemplateRules.Problem> problems = TemplateRules.check(kind, subject, body);
        Map<String, Object> m = new LinkedHashMap<>();
        if (!problems.isEmpty()) {
            m.put("previewErrors", messages(req, problems));
            return m;
        }
        Preview.Result out = preview.render(req.salon(), kind, lang, TemplateRules.normalized(subject, body), null, null);
        m.put("previewSubject", out.subject());
        m.put("previewBody", out.body());
        return m;
    }

    /** Each problem in the user's language, by field. */
    private Map<String, String> messages(PluginRequest req, Map<String, TemplateRules.Problem> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        problems.forEach((field, p) -> out.put(field, view.t(req, "error." + p.code(), p.args().toArray())));
        return out;
    }

    private static String href(Kind kind, String lang) {
        return AdminView.BASE + "templates/" + kind.key() + "/" + lang;
    }

    private static Kind kind(PluginRequest req) {
        return Kind.of(req.pathParam("kind")).orElseThrow(() -> new NotFoundResponse("there is no such message kind"));
    }

    /** Only the languages the templates page offers: anything else is not a page. */
    private static String lang(PluginRequest req) {
        String lang = req.pathParam("lang");
        if (!TemplateRules.languages(MessageBuilder.lang(req.salon())).contains(lang)) {
            throw new NotFoundResponse("templates are kept in " + TemplateRules.languages(MessageBuilder.lang(req.salon())));
        }
        return lang;
    }

    private static String text(Context ctx, String field) {
        String value = ctx.formParam(field);
        return value == null ? "" : value.replace("\r\n", "\n");
    }
}
