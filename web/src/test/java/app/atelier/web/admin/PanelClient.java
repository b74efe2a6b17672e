package app.atelier.web.admin;

import app.atelier.web.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client for the panel (no redirects followed, so tests see each 303). */
public final class PanelClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final TestServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    public final Map<String, String> cookies = new LinkedHashMap<>();

    public PanelClient(TestServer server) {
        this.server = server;
    }

    public record Page(int status, String body, Map<String, List<String>> headers) {
        public String location() {
            return headers.getOrDefault("location", List.of("")).get(0);
        }

        public List<String> setCookies() {
            return headers.getOrDefault("set-cookie", List.of());
        }

        /** The CSRF token the page's forms carry. */
        public String csrf() {
            Matcher m = CSRF.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no _csrf field in " + body);
            }
            return m.group(1);
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET(), Map.of());
    }

    public Page get(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET(), headers);
    }

    public Page post(String path, Map<String, String> form) {
        return post(path, form, Map.of());
    }

    public Page post(String path, Map<String, String> form, Map<String, String> headers) {
        return post(path, List.copyOf(form.entrySet()), headers);
    }

    /** A form whose fields may repeat (several rows of one field, ticked boxes), sent in this order. */
    public Page post(String path, List<Map.Entry<String, String>> form) {
        return post(path, form, Map.of());
    }

    public Page post(String path, List<Map.Entry<String, String>> form, Map<String, String> headers) {
        String body = form.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded"), headers);
    }

    /** The same as {@link #post(String, List)}. */
    public Page postFields(String path, List<Map.Entry<String, String>> fields) {
        return post(path, fields);
    }

    /**
     * A {@code multipart/form-data} POST, as a browser sends a form with a file input: the text
     * fields, then one file under {@code fileField} (e.g. the operator's plugin upload).
     */
    public Page postMultipart(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        String boundary = "----atelier-test-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = x -> body.writeBytes(x.getBytes(StandardCharsets.UTF_8));
        fields.forEach((name, value) -> text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        text.accept("\r\n--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary), Map.of());
    }

    /** Opens the sign-in form and signs in; returns the sign-in response. */
    public Page signIn(String email, String password) {
        Page form = get("/admin/login");
        return post("/admin/login", Map.of("_csrf", form.csrf(), "email", email, "password", password, "next", "/admin"));
    }

    public PanelClient signedIn(String email, String password) {
        Page r = signIn(email, password);
        if (r.status() != 303) {
            throw new AssertionError("sign-in failed: " + r.status() + " " + r.body());
        }
        return this;
    }

    /**
     * A client holding a session made by the core's AuthService for a fixture address of its own,
     * so that fixtures do not use up the sign-in rate limit of 127.0.0.1 (the panel's own sign-in
     * form is tested by AdminSignInTest).
     */
    public static PanelClient session(TestServer server, String email, String password) {
        PanelClient c = new PanelClient(server);
        c.cookies.put(AdminSession.COOKIE, server.core().auth().login(email, password, "fixture:" + email).token());
        return c;
    }

    /** The session's CSRF token, read from the dashboard's sign-out form. */
    public String csrf() {
        return get("/admin").csrf();
    }

    private Page send(HttpRequest.Builder b, Map<String, String> headers) {
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            for (String c : r.headers().allValues("set-cookie")) {
                String pair = c.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (value.isEmpty() || c.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return new Page(r.statusCode(), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
