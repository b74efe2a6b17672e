package app.atelier.plugins.booking.web;

import app.atelier.plugins.booking.BookingSettings;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * CORS for the public JSON API: an {@code Origin} the salon listed in {@code corsOrigins} is echoed
 * back; any other origin gets no CORS headers (the browser then blocks the answer). Preflight
 * answers also name the methods and headers the API takes.
 */
final class Cors {
    private Cors() {
    }

    /** Adds the allow header when the request's origin is one of the salon's. */
    static boolean allow(Context ctx, BookingSettings s) {
        ctx.header("Vary", "Origin");
        String origin = ctx.header("Origin");
        if (origin == null || !s.corsOrigins().contains(origin.trim().toLowerCase(Locale.ROOT))) {
            return false;
        }
        ctx.header("Access-Control-Allow-Origin", origin.trim());
        return true;
    }

    /** Answers a preflight request. */
    static void preflight(Context ctx, BookingSettings s) {
        if (allow(ctx, s)) {
            ctx.header("Access-Control-Allow-Methods", "GET, POST, DELETE, OPTIONS");
            ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type");
            ctx.header("Access-Control-Max-Age", "600");
        }
        ctx.status(204);
    }
}
