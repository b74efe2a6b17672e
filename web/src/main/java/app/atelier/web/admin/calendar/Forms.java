package app.atelier.web.admin.calendar;

import app.atelier.web.admin.Page;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** Reading the calendar's and visit card's forms: fields as typed, ids with a message when they are not ids. */
final class Forms {
    private Forms() {
    }

    static Long parseId(String text, String field, Map<String, String> errors, Page p) {
        if (text == null || text.isBlank()) {
            errors.put(field, p.t().get("error_required"));
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            errors.put(field, p.t().get("error_number"));
            return null;
        }
    }


    static Map<String, String> form(Context ctx, String... names) {
        Map<String, String> m = new HashMap<>();
        for (String n : names) {
            String v = ctx.formParam(n);
            m.put(n, v == null ? "" : v);
        }
        return m;
    }
}
