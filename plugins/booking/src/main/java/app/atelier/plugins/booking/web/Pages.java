package app.atelier.plugins.booking.web;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.plugins.booking.BookingSettings;
import app.atelier.plugins.booking.book.BookingRefused;
import app.atelier.plugins.booking.slots.Slot;
import app.atelier.api.web.PluginHandler;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What every public page shows (salon, language, texts) and how pages are rendered. */
final class Pages {
    private Pages() {
    }

    /** A page's model with the salon's name and address, the language, the texts and the base path. */
    static Map<String, Object> model(PluginContext context, Salon salon, Texts texts) {
        BookingSettings s = BookingSettings.of(context.settings(salon.id()));
        Map<String, Object> model = new HashMap<>();
        model.put("t", texts.all());
        model.put("lang", salon.locale().getLanguage());
        model.put("salonName", salon.name());
        model.put("address", s.salonAddress());
        model.put("salonPhone", s.salonPhone());
        model.put("base", "/s/" + salon.slug());
        return model;
    }

    static void render(Context ctx, int status, String template, Map<String, Object> model) {
        ctx.status(status);
        ctx.render("templates/booking/" + template + ".peb", model);
    }

    /** A refusal on a page: its status, its message, its field messages and nearest free times. */
    static void refusal(Map<String, Object> model, BookingRefused e, Texts texts) {
        model.put("error", e.getMessage());
        model.put("fieldErrors", e.fields());
        model.put("nearest", times(e.nearest(), texts));
    }

    /** Free times as the pages show them: the instant (for links) and the local time (to read). */
    static List<Map<String, Object>> times(List<Slot> slots, Texts texts) {
        List<Map<String, Object>> times = new ArrayList<>();
        for (Slot slot : slots) {
            times.add(Map.of("start", slot.start().toString(), "time", texts.time(slot.start()),
                    "when", texts.when(slot.start())));
        }
        return times;
    }

    /**
     * A page handler whose bad input and unknown ids answer as pages (a person follows these links),
     * not as the JSON problems the host makes of them.
     */
    static PluginHandler html(PluginContext context, PluginHandler handler) {
        return (ctx, req) -> {
            try {
                handler.handle(ctx, req);
            } catch (NotFoundResponse | BadRequestResponse e) {
                Texts texts = Texts.of(context, req.salon());
                boolean missing = e instanceof NotFoundResponse;
                message(ctx, missing ? 404 : 400, model(context, req.salon(), texts), texts.t(missing ? "notFoundTitle" : "badInputTitle"),
                        missing ? texts.t("notFoundText") : e.getMessage());
            }
        };
    }

    /** A simple page with a heading and a message (not found, cancelled…). */
    static void message(Context ctx, int status, Map<String, Object> model, String title, String text) {
        model.put("title", title);
        model.put("text", text);
        render(ctx, status, "message", model);
    }
}
