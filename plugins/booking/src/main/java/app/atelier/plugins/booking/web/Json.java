package app.atelier.plugins.booking.web;

import app.atelier.api.data.VisitView;
import app.atelier.plugins.booking.book.BookingRefused;
import app.atelier.plugins.booking.slots.Slot;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON shapes and problem answers of the public API. */
final class Json {
    static final String PROBLEM = "application/problem+json";

    private Json() {
    }

    /** The request body as a JSON object; a 400 naming the expected shape otherwise. */
    static Map<?, ?> body(Context ctx, String example) {
        try {
            Object body = ctx.bodyAsClass(Map.class);
            if (body instanceof Map<?, ?> map) {
                return map;
            }
        } catch (Exception e) {
            // Jackson's parse errors are checked exceptions Javalin rethrows unchecked: answered below
        }
        throw new BadRequestResponse("the body must be a JSON object like " + example);
    }

    static String text(Map<?, ?> body, String field) {
        Object v = body.get(field);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Number || v instanceof Boolean) {
            return String.valueOf(v);
        }
        throw new BadRequestResponse(field + " must be text", Map.of(field, "must be text"));
    }

    /** A list of ids given as a JSON array or as {@code "1,2"}. */
    static List<Long> ids(Map<?, ?> body, String field) {
        Object v = body.get(field);
        List<String> raw = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof Number) && !(o instanceof String)) {
                    throw new BadRequestResponse(field + " must be a list of ids", Map.of(field, "must be a list of ids"));
                }
                raw.add(String.valueOf(o));
            }
        } else if (v != null) {
            raw.add(String.valueOf(v));
        }
        return Params.ids(raw, field);
    }

    static Map<String, Object> visit(VisitView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("staffId", v.staffId());
        m.put("start", v.start().toString());
        m.put("end", v.end().toString());
        m.put("status", v.status());
        m.put("channel", v.channel());
        return m;
    }

    static List<Map<String, Object>> slots(List<Slot> slots, Texts texts) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Slot s : slots) {
            list.add(Map.of("start", s.start().toString(), "time", texts.time(s.start()), "staffIds", s.staffIds()));
        }
        return list;
    }

    /**
     * Answers a refusal as problem+json (RFC 9457) in the host's shape, field messages as
     * {@code errors[]}; a taken time also lists the nearest free times. Written here rather than
     * thrown to the host because the host's problem writer loses non-ASCII text (Russian messages).
     */
    static void refuse(Context ctx, BookingRefused e, Texts texts) {
        Map<String, Object> problem = new LinkedHashMap<>();
        String code = e.reason() == BookingRefused.Reason.TAKEN ? "slot_taken" : e.reason().name().toLowerCase(java.util.Locale.ROOT);
        problem.put("type", "https://atelier.app/problems/" + code);
        problem.put("title", TITLES.getOrDefault(e.reason().status, "Error"));
        problem.put("status", e.reason().status);
        problem.put("detail", e.getMessage());
        problem.put("code", code);
        if (!e.fields().isEmpty()) {
            List<Map<String, String>> errors = new ArrayList<>();
            e.fields().forEach((field, message) -> errors.add(Map.of("field", field, "message", message)));
            problem.put("errors", errors);
        }
        if (e.reason() == BookingRefused.Reason.TAKEN) {
            problem.put("nearest", slots(e.nearest(), texts));
        }
        ctx.status(e.reason().status).json(problem);
        ctx.contentType(PROBLEM + "; charset=utf-8");
    }

    private static final Map<Integer, String> TITLES = Map.of(400, "Bad request", 404, "Not found", 409, "Conflict",
            429, "Too many requests");
}
