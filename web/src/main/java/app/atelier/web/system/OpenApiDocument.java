package app.atelier.web.system;

import app.atelier.web.http.RouteInfo;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3 document, built from the host's route registry and the current plugin route
 * table on every request (plugins come and go, and the document must say what is served now).
 */
public final class OpenApiDocument {
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    private final String version;
    private final Supplier<List<RouteInfo>> coreRoutes;
    private final Supplier<List<RouteInfo>> pluginRoutes;

    public OpenApiDocument(String version, List<RouteInfo> coreRoutes, Supplier<List<RouteInfo>> pluginRoutes) {
        this(version, () -> List.copyOf(coreRoutes), pluginRoutes);
    }

    /**
     * Core routes read at render time, so that routes registered after this document was created
     * (such as the document's own route and {@code /health}) are listed too.
     */
    public OpenApiDocument(String version, Supplier<List<RouteInfo>> coreRoutes, Supplier<List<RouteInfo>> pluginRoutes) {
        this.version = version;
        this.coreRoutes = coreRoutes;
        this.pluginRoutes = pluginRoutes;
    }

    public String render() {
        OpenAPI api = new OpenAPI()
                .info(new Info().title("Atelier CRM").version(version)
                        .description("REST API of Atelier CRM. Money is integer minor units; errors are application/problem+json."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("a sign-in token from /api/v1/auth/login or a salon API key")));
        Paths paths = new Paths();
        List<RouteInfo> all = new ArrayList<>(coreRoutes.get());
        all.addAll(pluginRoutes.get());
        for (RouteInfo route : all) {
            PathItem item = paths.computeIfAbsent(route.path(), p -> new PathItem());
            Operation op = new Operation().summary(route.summary()).addTagsItem(route.tag())
                    .responses(new ApiResponses().addApiResponse("default", new ApiResponse().description(
                            "JSON on success; application/problem+json on error")));
            Matcher m = PARAM.matcher(route.path());
            while (m.find()) {
                op.addParametersItem(new PathParameter().name(m.group(1)).required(true).schema(new StringSchema()));
            }
            if (route.authenticated()) {
                op.addSecurityItem(new SecurityRequirement().addList("bearer"));
            }
            item.operation(PathItem.HttpMethod.valueOf(route.method()), op);
        }
        api.paths(paths);
        try {
            return Json.mapper().writeValueAsString(api);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render the OpenAPI document", e);
        }
    }
}
