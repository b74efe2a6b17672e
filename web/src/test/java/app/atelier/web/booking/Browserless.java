package app.atelier.web.booking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The public pages as a browser without script would use them: GET links, POST urlencoded forms,
 * redirects not followed (tests look at them), one cookie remembered.
 */
final class Browserless {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String origin;
    String cookie;

    Browserless(String origin) {
        this.origin = origin;
    }

    /** A page: status, Location, Set-Cookie and the HTML. */
    record Page(int status, String location, List<String> setCookies, String contentType, String body) {

        /** The value of the first {@code <input name=…>}'s value attribute, or null. */
        String input(String name) {
            Matcher m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(body);
            return m.find() ? m.group(1).replace("&amp;", "&") : null;
        }

        /** Every {@code href} of links with this class, unescaped. */
        List<String> links(String cssClass) {
            Matcher m = Pattern.compile("<a class=\"" + Pattern.quote(cssClass) + "\"[^>]*href=\"([^\"]*)\"").matcher(body);
            List<String> links = new ArrayList<>();
            while (m.find()) {
                links.add(m.group(1).replace("&amp;", "&"));
            }
            return links;
        }
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).GET());
    }

    Page post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(origin + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder b) {
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            List<String> cookies = r.headers().allValues("Set-Cookie");
            for (String c : cookies) {
                String pair = c.split(";", 2)[0];
                cookie = pair.endsWith("=") ? null : pair;
            }
            return new Page(r.statusCode(), r.headers().firstValue("Location").orElse(null), cookies,
                    r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
