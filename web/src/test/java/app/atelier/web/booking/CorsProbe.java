package app.atelier.web.booking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Reads the CORS headers of an answer. */
final class CorsProbe {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    CorsProbe(String base) {
        this.base = base;
    }

    String allowOrigin(String method, String path, String origin) {
        return header(method, path, origin, "Access-Control-Allow-Origin");
    }

    String header(String method, String path, String origin, String name) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Origin", origin)
                .header("Content-Type", "application/json")
                .method(method, "POST".equals(method) ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).headers().firstValue(name).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
