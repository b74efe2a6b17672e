package app.atelier.api.web;

import app.atelier.api.ApiStatus;
import io.javalin.http.Context;

/**
 * Handles one plugin route. Write the response through Javalin's {@link Context}; throw
 * {@code io.javalin.http.HttpResponseException} subclasses (e.g. {@code BadRequestResponse}) for
 * 4xx answers, which the host turns into problem+json. Any other exception becomes a 500 for this
 * request only.
 *
 * @since 1.0.0
 */
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
@FunctionalInterface
public interface PluginHandler {
    void handle(Context ctx, PluginRequest request) throws Exception;
}
