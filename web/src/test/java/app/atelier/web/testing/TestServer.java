package app.atelier.web.testing;

import app.atelier.core.AtelierCore;
import app.atelier.core.CoreConfig;
import app.atelier.web.AtelierApp;
import app.atelier.web.demo.OperatorAccount;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * The real server on a free port over a SQLite file in a temporary folder, plugins loaded from a
 * plugins folder. Background workers are off: tests drive the outbox, messages and tasks by hand
 * with the {@link MutableClock}, so nothing depends on timing.
 */
public final class TestServer implements AutoCloseable {
    public static final String OPERATOR_EMAIL = "operator@test.local";
    public static final String OPERATOR_PASSWORD = "operator-secret-1";
    public static final String API_VERSION = System.getProperty("atelier.apiVersion", "1.0.0");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    public final Path dataDir;
    public final Path pluginsDir;
    public final MutableClock clock;
    private final AtelierApp app;

    private TestServer(Path dataDir, Path pluginsDir, MutableClock clock, String jdbcUrl) {
        this.dataDir = dataDir;
        this.pluginsDir = pluginsDir;
        this.clock = clock;
        AtelierCore core = new AtelierCore(new CoreConfig(dataDir, pluginsDir, API_VERSION, clock, null, jdbcUrl)).start();
        new OperatorAccount(core).ensure(OPERATOR_EMAIL, OPERATOR_PASSWORD);
        this.app = AtelierApp.create(core).start(0);
    }

    /** A server over {@code root/data} and {@code root/plugins} (reuse the root to "restart"). */
    public static TestServer start(Path root, MutableClock clock) {
        return start(root, clock, null);
    }

    /** As {@link #start(Path, MutableClock)}, with the data in the database at {@code jdbcUrl} (null: SQLite). */
    public static TestServer start(Path root, MutableClock clock, String jdbcUrl) {
        try {
            Files.createDirectories(root.resolve("plugins"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestServer(root.resolve("data"), root.resolve("plugins"), clock, jdbcUrl);
    }

    public static TestServer start(Path root) {
        return start(root, new MutableClock(Instant.parse("2026-12-01T06:00:00Z")));
    }

    /** The proof plugin jar built by testing/proof-plugin. */
    public static Path proofPluginJar() {
        Path jar = Path.of(System.getProperty("atelier.proofPluginJar", "../testing/proof-plugin/target/atelier-proof-plugin.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("proof plugin jar missing at " + jar + ": build with mvn from the repository root");
        }
        return jar;
    }

    public AtelierCore core() {
        return app.core();
    }

    public int port() {
        return app.port();
    }

    public String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    /** A response: status, headers and the body parsed as JSON (null when empty or not JSON). */
    public record Reply(int status, String contentType, String body, JsonNode json) {
    }

    public Reply call(String method, String path, String token, Object body) {
        return call(method, path, token, body, Map.of());
    }

    public Reply call(String method, String path, String token, Object body, Map<String, String> headers) {
        try {
            String text = body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                    .method(method, text.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text))
                    .header("Content-Type", "application/json");
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            headers.forEach(b::header);
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            try {
                json = r.body().isBlank() ? null : JSON.readTree(r.body());
            } catch (IOException notJson) {
                // leave json null: the test looks at body
            }
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply upload(String path, String token, Path file) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                    .POST(HttpRequest.BodyPublishers.ofFile(file))
                    .header("Content-Type", "application/java-archive")
                    .header("Authorization", "Bearer " + token).build();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.body().isBlank() ? null : JSON.readTree(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String login(String email, String password) {
        Reply r = call("POST", "/api/v1/auth/login", null, Map.of("email", email, "password", password));
        if (r.status() != 200) {
            throw new IllegalStateException("login failed: " + r.status() + " " + r.body());
        }
        return r.json().get("token").asText();
    }

    public String operatorToken() {
        return login(OPERATOR_EMAIL, OPERATOR_PASSWORD);
    }

    /**
     * Creates tariff {@code tariff} with the plugins, a salon with slug and owner
     * {@code owner@<slug>.test} / {@code owner-secret-1}, and returns the owner's token; no plugin is
     * switched on ({@link SalonFixture} for a salon with more).
     */
    public String salonWithOwner(String slug, String tariff, java.util.List<String> plugins) {
        return SalonFixture.setup(this, slug).tariff(tariff).plugins(plugins).enabled(java.util.List.of()).create().token();
    }

    /** {@code SELECT count(*) …} on this server's database, with named parameters ({@code :s}). */
    public int count(String sql, Map<String, ?> params) {
        return core().db().read(h -> {
            var q = h.createQuery(sql);
            params.forEach(q::bind);
            return q.mapTo(Integer.class).one();
        });
    }

    /** {@code SELECT count(*) …} on this server's database, with positional parameters ({@code ?}). */
    public int count(String sql, Object... args) {
        return core().db().read(h -> h.select(sql, args).mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        app.close();
    }
}
