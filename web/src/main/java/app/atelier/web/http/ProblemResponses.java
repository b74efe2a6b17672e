package app.atelier.web.http;

import app.atelier.core.common.ConflictException;
import app.atelier.core.common.FieldError;
import app.atelier.core.common.ForbiddenException;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.Json;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.auth.AuthService;
import app.atelier.core.plugins.PluginCallException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into {@code application/problem+json}: domain errors into their 4xx, a
 * plugin's failure into a 500 for that request only, anything unexpected into a 500 without details.
 */
public final class ProblemResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    public static final String CONTENT_TYPE = "application/problem+json";
    // without an explicit charset Jetty encodes the text as ISO-8859-1 and Russian turns into "?"
    private static final String CONTENT_TYPE_UTF8 = CONTENT_TYPE + "; charset=utf-8";

    private final Json json;

    public ProblemResponses(Json json) {
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.exception(InvalidInputException.class, (e, ctx) -> send(ctx, 400, "invalid_input", "Invalid input",
                e.getMessage(), e.errors()));
        routes.exception(BadJsonException.class, (e, ctx) -> send(ctx, 400, "malformed_body", "Malformed request body",
                e.getMessage(), e.errors()));
        routes.exception(NotFoundException.class, (e, ctx) -> send(ctx, 404, "not_found", "Not found", e.getMessage(), List.of()));
        routes.exception(ConflictException.class, (e, ctx) -> send(ctx, 409, e.code(), "Conflict", e.getMessage(), List.of()));
        routes.exception(ForbiddenException.class, (e, ctx) -> send(ctx, 403, "forbidden", "Forbidden", e.getMessage(), List.of()));
        routes.exception(AuthService.LoginFailed.class, (e, ctx) -> send(ctx,
                e.failure() == AuthService.Failure.RATE_LIMITED ? 429 : 401,
                e.failure() == AuthService.Failure.RATE_LIMITED ? "rate_limited" : "bad_credentials",
                "Sign-in failed", e.getMessage(), List.of()));
        // plugins answer 4xx with Javalin's responses; their details map becomes the field errors
        routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(), "http_" + e.getStatus(),
                titleOf(e.getStatus()), e.getMessage(), e.getDetails().entrySet().stream()
                        .map(d -> new FieldError(d.getKey(), d.getValue())).toList()));
        routes.exception(PluginCallException.class, (e, ctx) -> {
            LOG.error("plugin {} failed on {} {}", e.pluginId(), ctx.method(), ctx.path(), e.getCause());
            send(ctx, 500, "plugin_failed", "Plugin failed", "plugin " + e.pluginId() + " failed to handle this request", List.of());
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, "internal_error", "Internal error", "something went wrong on our side", List.of());
        });
        routes.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith(CONTENT_TYPE)) {
                send(ctx, 404, "not_found", "Not found", "no such route", List.of());
            }
        });
        routes.error(405, ctx -> send(ctx, 405, "method_not_allowed", "Method not allowed", "this route does not take "
                + ctx.method(), List.of()));
    }

    public void send(Context ctx, int status, String code, String title, String detail, List<FieldError> errors) {
        ctx.status(status).contentType(CONTENT_TYPE_UTF8)
                .result(json.write(new Problem("https://atelier.app/problems/" + code, title, status, detail,
                        errors.isEmpty() ? null : errors)));
    }

    private static String titleOf(int status) {
        return Map.of(400, "Bad request", 401, "Unauthorized", 403, "Forbidden", 404, "Not found", 413, "Too large",
                415, "Unsupported media type", 429, "Too many requests").getOrDefault(status, "Error");
    }
}
