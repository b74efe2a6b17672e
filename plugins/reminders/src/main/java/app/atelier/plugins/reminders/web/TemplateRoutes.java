package app.atelier.plugins.reminders.web;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.reminders.plan.Kind;
import app.atelier.plugins.reminders.preview.Preview;
import app.atelier.plugins.reminders.send.MessageBuilder;
import app.atelier.plugins.reminders.template.Template;
import app.atelier.plugins.reminders.template.TemplateRules;
import app.atelier.plugins.reminders.template.TemplateStore;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Templates per kind and language: read, replace (placeholders checked), reset, and preview. */
final class TemplateRoutes {
    private final PluginContext context;
    private final TemplateStore templates;
    private final Preview preview;

    TemplateRoutes(PluginContext context) {
        this.context = context;
        this.templates = new TemplateStore(context);
        this.preview = new Preview(context);
    }

    void list(Context ctx, PluginRequest req) {
        Http.require(req, Http.STAFF);
        List<Map<String, Object>> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (String lang : TemplateRules.languages(MessageBuilder.lang(req.salon()))) {
                all.add(json(kind, lang, templates.get(req.salon().id(), kind, lang)));
            }
        }
        ctx.json(Map.of("language", MessageBuilder.lang(req.salon()), "templates", all));
    }

    void get(Context ctx, PluginRequest req) {
        Http.require(req, Http.STAFF);
        Kind kind = kind(req.pathParam("kind"));
        String lang = lang(req.pathParam("lang"));
        ctx.json(json(kind, lang, templates.get(req.salon().id(), kind, lang)));
    }

    void put(Context ctx, PluginRequest req) {
        Http.require(req, Http.DESK);
        Kind kind = kind(req.pathParam("kind"));
        String lang = lang(req.pathParam("lang"));
        Map<?, ?> body = Http.body(ctx, "{\"subject\": \"…\", \"body\": \"Hello, {clientName}! …\"}");
        Template t = validated(kind, Http.optionalText(body, "subject"), Http.optionalText(body, "body"));
        templates.put(req.salon().id(), kind, lang, t.subject(), t.body(), context.clock().instant());
        ctx.json(json(kind, lang, templates.get(req.salon().id(), kind, lang)));
    }

    void reset(Context ctx, PluginRequest req) {
        Http.require(req, Http.DESK);
        Kind kind = kind(req.pathParam("kind"));
        String lang = lang(req.pathParam("lang"));
        templates.reset(req.salon().id(), kind, lang);
        ctx.json(json(kind, lang, templates.get(req.salon().id(), kind, lang)));
    }

    /**
     * {@code {kind, lang?, subject?, body?, visitId?, clientId?}}: renders the given text (or the
     * template in force) against a real visit or client of the salon, or against a sample.
     */
    void preview(Context ctx, PluginRequest req) {
        Http.require(req, Http.DESK);
        Map<?, ?> body = Http.body(ctx, "{\"kind\": \"reminder\", \"visitId\": 42}");
        String kindKey = Http.optionalText(body, "kind");
        if (kindKey == null) {
            throw Http.bad("kind", "is required: one of " + Kind.keys());
        }
        Kind kind = kind(kindKey);
        Salon salon = req.salon();
        String langText = Http.optionalText(body, "lang");
        String lang = langText == null ? MessageBuilder.lang(salon) : lang(langText);
        String subject = Http.optionalText(body, "subject");
        String text = Http.optionalText(body, "body");
        Template template = templates.get(salon.id(), kind, lang);
        if (subject != null || text != null) {
            template = validated(kind, subject != null ? subject : template.subject(), text != null ? text : template.body());
        }
        Preview.Result out = preview.render(salon, kind, lang, template, Http.optionalId(body, "visitId"),
                Http.optionalId(body, "clientId"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("kind", kind.key());
        answer.put("lang", lang);
        answer.put("sample", out.sample());
        answer.put("subject", out.subject());
        answer.put("body", out.body());
        ctx.json(answer);
    }

    /** Checks a template's text; an unknown placeholder is a 400 naming the field and the allowed ones. */
    static Template validated(Kind kind, String subject, String body) {
        Map<String, TemplateRules.Problem> problems = TemplateRules.check(kind, subject, body);
        if (!problems.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            problems.forEach((field, p) -> errors.put(field, p.english()));
            Map.Entry<String, String> first = errors.entrySet().iterator().next();
            throw new BadRequestResponse(first.getKey() + " " + first.getValue(), errors);
        }
        return TemplateRules.normalized(subject, body);
    }

    private static Map<String, Object> json(Kind kind, String lang, Template t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.key());
        m.put("lang", lang);
        m.put("subject", t.subject());
        m.put("body", t.body());
        m.put("custom", t.custom());
        m.put("placeholders", new TreeSet<>(kind.placeholders()));
        return m;
    }

    static Kind kind(String key) {
        return Kind.of(key).orElseThrow(() -> Http.bad("kind", "must be one of " + Kind.keys()));
    }

    static String lang(String lang) {
        if (lang == null || !lang.matches("[a-z]{2,3}")) {
            throw Http.bad("lang", "must be a language code such as en or ru");
        }
        return lang;
    }
}
