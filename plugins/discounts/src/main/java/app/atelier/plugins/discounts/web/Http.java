package app.atelier.plugins.discounts.web;

import app.atelier.api.web.PluginHandler;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.discounts.Roles;
import app.atelier.plugins.discounts.input.InvalidInput;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** What every discounts route shares: role checks, reading the body and ids, and the 400 problem document. */
final class Http {
    static final String PROBLEM_JSON = "application/problem+json";

    private Http() {
    }

    /**
     * Wraps a handler so that {@link InvalidInput} becomes a 400 problem document listing every bad
     * field, in the host's shape ({@code type, title, status, detail, errors[{field, message}]}).
     */
    static PluginHandler guarded(PluginHandler handler) {
        return (ctx, req) -> {
            try {
                handler.handle(ctx, req);
            } catch (InvalidInput e) {
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("type", "https://atelier.app/problems/invalid_input");
                problem.put("title", "Invalid input");
                problem.put("status", 400);
                problem.put("detail", e.getMessage());
                problem.put("errors", e.errors().stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
                ctx.status(400).json(problem);
                ctx.contentType(PROBLEM_JSON);
            }
        };
    }

    /** Owners and administrators change discounts; masters may only read. */
    static void requireManager(PluginRequest req) {
        if (!Roles.manage(req.role())) {
            throw new ForbiddenResponse("only the salon's owner or an administrator may do this");
        }
    }

    /** A positive id from the path; anything else is a 400 naming the parameter. */
    static long id(PluginRequest req, String name) {
        try {
            long id = Long.parseLong(req.pathParam(name));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInput.of(name, "must be a positive whole number");
    }

    /** The body as a JSON object. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> body(Context ctx) {
        if (ctx.body().isBlank()) {
            throw InvalidInput.of("body", "a JSON object is required");
        }
        Object parsed;
        try {
            parsed = ctx.bodyAsClass(Object.class);
        } catch (Exception e) {
            // Javalin's mapper throws Jackson's checked exceptions without declaring them
            throw InvalidInput.of("body", "is not valid JSON");
        }
        if (!(parsed instanceof Map<?, ?> m)) {
            throw InvalidInput.of("body", "must be a JSON object");
        }
        return (Map<String, Object>) m;
    }

    /** A map that keeps its order and its null values, for JSON answers. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
