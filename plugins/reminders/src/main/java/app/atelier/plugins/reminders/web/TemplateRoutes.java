package app.atelier.plugins.reminders.web;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.VisitView;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.reminders.RemindersSettings;
import app.atelier.plugins.reminders.plan.Kind;
import app.atelier.plugins.reminders.send.MessageBuilder;
import app.atelier.plugins.reminders.template.Renderer;
import app.atelier.plugins.reminders.template.Template;
import app.atelier.plugins.reminders.template.TemplateStore;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Templates per kind and language: read, replace (placeholders checked), reset, and preview. */
final class TemplateRoutes {
    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 2_000;

    private final PluginContext context;
    private final TemplateStore templates;
    private final MessageBuilder messages;
    private final Samples samples;

    TemplateRoutes(PluginContext context) {
        this.context = context;
        this.templates = new TemplateStore(context);
        this.messages = new MessageBuilder(context);
        this.samples = new Samples(context);
    }

    void list(Context ctx, PluginRequest req) {
        Http.require(req, Http.STAFF);
        TreeSet<String> langs = new TreeSet<>(List.of("en", "ru", MessageBuilder.lang(req.salon())));
        List<Map<String, Object>> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (String lang : langs) {
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
        Long visitId = Http.optionalId(body, "visitId");
        Long clientId = Http.optionalId(body, "clientId");
        VisitView visit = null;
        ClientView client;
        if (visitId != null) {
            visit = context.salonData().visit(salon.id(), visitId)
                    .orElseThrow(() -> new NotFoundResponse("there is no visit " + visitId + " in this salon"));
            long owner = visit.clientId();
            client = context.salonData().client(salon.id(), owner)
                    .orElseThrow(() -> new NotFoundResponse("the visit's client was deleted"));
        } else if (clientId != null) {
            client = context.salonData().client(salon.id(), clientId)
                    .orElseThrow(() -> new NotFoundResponse("there is no client " + clientId + " in this salon"));
        } else {
            client = samples.client(salon);
        }
        RemindersSettings s = RemindersSettings.of(context.settings(salon.id()));
        Map<String, String> values = new LinkedHashMap<>(messages.values(salon, s, lang, kind, samples.slot(salon, kind), client,
                visit));
        if (visit == null && kind.aboutVisit()) {
            values.putAll(samples.visitValues(salon, s, lang));
        }
        if (kind == Kind.BONUS_EXPIRY && values.getOrDefault("points", "").isEmpty()) {
            values.put("points", "500"); // a sample amount: no points of this client expire at the sample moment
        }
        MessageBuilder.Rendered out = MessageBuilder.render(template, values);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("kind", kind.key());
        answer.put("lang", lang);
        answer.put("sample", visitId == null && clientId == null);
        answer.put("subject", out.subject());
        answer.put("body", out.body());
        ctx.json(answer);
    }

    /** Checks a template's text; an unknown placeholder is a 400 naming the field and the allowed ones. */
    static Template validated(Kind kind, String subject, String body) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, "subject", subject, MAX_SUBJECT, kind);
        if (subject != null && subject.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            errors.putIfAbsent("subject", "must be one line");
        }
        check(errors, "body", body, MAX_BODY, kind);
        if (!errors.isEmpty()) {
            Map.Entry<String, String> first = errors.entrySet().iterator().next();
            throw new BadRequestResponse(first.getKey() + " " + first.getValue(), errors);
        }
        return new Template(subject.trim(), body.strip(), true);
    }

    private static void check(Map<String, String> errors, String field, String value, int max, Kind kind) {
        if (value == null || value.isBlank()) {
            errors.put(field, "is required");
        } else if (value.length() > max) {
            errors.put(field, "must be at most " + max + " characters");
        } else {
            List<String> unknown = Renderer.unknown(value, kind.placeholders());
            if (!unknown.isEmpty()) {
                errors.put(field, "has unknown placeholder" + (unknown.size() > 1 ? "s " : " ")
                        + String.join(", ", unknown.stream().map(p -> "{" + p + "}").toList())
                        + "; a " + kind.key() + " message may use " + new TreeSet<>(kind.placeholders()).stream()
                        .map(p -> "{" + p + "}").toList());
            }
        }
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
