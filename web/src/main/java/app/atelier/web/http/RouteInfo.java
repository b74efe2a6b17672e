package app.atelier.web.http;

/** One documented route, for the OpenAPI document. */
public record RouteInfo(String method, String path, String summary, String tag, boolean authenticated) {
}
