package app.atelier.plugins.reminders.web;

import app.atelier.api.web.PluginRequest;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.util.Map;
import java.util.Set;

/**
 * Request helpers shared by the routes: roles, ids, JSON bodies; every refusal a 4xx with a field.
 * The role check is public because the panel pages ({@code admin}) follow the same rule.
 */
public final class Http {
    /** Who runs the desk: may change templates and settings. */
    public static final Set<String> DESK = Set.of("owner", "admin");
    static final Set<String> STAFF = Set.of("owner", "admin", "master");

    private Http() {
    }

    /** A 403 unless the caller has one of the roles. */
    public static void require(PluginRequest req, Set<String> roles) {
        if (req.role() == null || !roles.contains(req.role())) {
            throw new ForbiddenResponse("your role may not do this");
        }
    }

    static long id(PluginRequest req, String name) {
        try {
            long id = Long.parseLong(req.pathParam(name));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw bad(name, "must be a positive number");
    }

    static Map<?, ?> body(Context ctx, String example) {
        Object body;
        try {
            body = ctx.bodyAsClass(Object.class);
        } catch (Exception e) {
            // Jackson's parse errors are checked exceptions that Javalin rethrows unchecked
            throw bad("body", "must be JSON: " + example);
        }
        if (!(body instanceof Map<?, ?> map)) {
            throw bad("body", "must be a JSON object: " + example);
        }
        return map;
    }

    /** An optional positive whole number field, or {@code null}. */
    static Long optionalId(Map<?, ?> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n && n.longValue() == n.doubleValue() && n.longValue() > 0) {
            return n.longValue();
        }
        throw bad(field, "must be a positive whole number");
    }

    /** An optional text field, or {@code null}. */
    static String optionalText(Map<?, ?> body, String field) {
        Object value = body.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw bad(field, "must be text");
    }

    static BadRequestResponse bad(String field, String message) {
        return new BadRequestResponse(field + " " + message, Map.of(field, message));
    }
}
