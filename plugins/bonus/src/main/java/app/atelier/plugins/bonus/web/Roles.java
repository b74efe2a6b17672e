package app.atelier.plugins.bonus.web;

import app.atelier.api.web.PluginRequest;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;

/** Who may do what: owners and admins manage, only owners give points away, masters read. */
final class Roles {
    private Roles() {
    }

    static void manager(PluginRequest req) {
        if (!"owner".equals(req.role()) && !"admin".equals(req.role())) {
            throw new ForbiddenResponse("only the salon's owner or an admin may do this");
        }
    }

    static void owner(PluginRequest req) {
        if (!"owner".equals(req.role())) {
            throw new ForbiddenResponse("only the salon's owner may grant points");
        }
    }

    static void staff(PluginRequest req) {
        if (req.role() == null) {
            throw new ForbiddenResponse("sign in as a salon user");
        }
    }

    /** A positive id from the path; a malformed one is a 404, as a missing one. */
    static long id(PluginRequest req, String name) {
        try {
            long id = Long.parseLong(req.pathParam(name));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new NotFoundResponse("no such " + name.replace("Id", ""));
    }

    /** An optional positive id from the query, e.g. {@code ?before=120}. */
    static Long optionalId(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new BadRequestResponse(name + ": must be a positive id");
    }

    /** A whole-number query parameter in {@code [min, max]}, or the fallback when absent. */
    static int query(String value, String name, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new BadRequestResponse(name + ": must be a whole number from " + min + " to " + max);
    }
}
