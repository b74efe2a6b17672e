package app.atelier.core.notify;

import app.atelier.api.notify.Delivery;
import app.atelier.api.notify.DeliveryResult;
import app.atelier.core.common.Validator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SMS (or any text) through an HTTP gateway, configured per salon rather than coded per provider.
 *
 * <p>Config keys: {@code url} (may hold placeholders), {@code method} ({@code POST}, the default,
 * or {@code GET}), {@code headers} (one {@code Name: value} per line) and {@code body} (a template;
 * without one a POST sends an empty body). Placeholders {@code {{to}}}, {@code {{text}}} and
 * {@code {{subject}}} are percent-encoded in the URL, JSON-escaped in a body whose
 * {@code Content-Type} mentions json, form-encoded in an {@code application/x-www-form-urlencoded}
 * body, and inserted as they are otherwise (a body without a Content-Type header is sent as
 * {@code text/plain; charset=UTF-8}).
 *
 * <p>2xx is sent; 429, 5xx, a timeout or an I/O error may pass and are retried; any other status
 * means the gateway refused this request, and sending the same request again would not help.
 */
public final class HttpGatewayChannel implements ConfigurableChannel {
    public static final String ID = "sms";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(to|text|subject)}}");
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}");
    // java.net.http refuses to let callers set these
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");
    private static final int RESPONSE_SNIPPET = 200;

    private final HttpClient client;

    public HttpGatewayChannel() {
        // a gateway that redirects is misconfigured: following it would send the text somewhere unchecked.
        // HTTP/1.1 because the client's cleartext HTTP/2 upgrade attempt confuses some gateways
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void validate(Map<String, String> config, Validator v) {
        String url = config.get("url");
        v.text(url, "config.url", 2_000);
        if (url != null && !url.isBlank()) {
            v.require(uri(url, "+70000000000", "text", "subject") != null, "config.url",
                    "must be an http:// or https:// URL (placeholders {{to}}, {{text}}, {{subject}} allowed)");
        }
        String method = config.get("method");
        v.require(method == null || method.isBlank() || method.trim().equalsIgnoreCase("POST")
                || method.trim().equalsIgnoreCase("GET"), "config.method", "must be POST or GET");
        v.require(!isGet(config) || config.get("body") == null || config.get("body").isBlank(), "config.body",
                "a GET request has no body: put the placeholders into the URL");
        try {
            for (Map.Entry<String, String> header : headers(config.get("headers"))) {
                v.require(!RESTRICTED.contains(header.getKey().toLowerCase(Locale.ROOT)), "config.headers",
                        "header " + header.getKey() + " is set by the HTTP client and cannot be configured");
            }
        } catch (IllegalArgumentException e) {
            v.add("config.headers", e.getMessage());
        }
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        Map<String, String> config = delivery.config();
        String to = delivery.recipient();
        String text = delivery.body() == null ? "" : delivery.body();
        String subject = delivery.subject() == null ? "" : delivery.subject();
        URI uri = config.get("url") == null ? null : uri(config.get("url"), to, text, subject);
        if (uri == null) {
            return DeliveryResult.failed("the gateway URL is missing or not a valid http(s) URL", false);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
        String contentType = null;
        try {
            for (Map.Entry<String, String> header : headers(config.get("headers"))) {
                request.header(header.getKey(), header.getValue());
                if (header.getKey().equalsIgnoreCase("Content-Type")) {
                    contentType = header.getValue();
                }
            }
        } catch (IllegalArgumentException e) {
            return DeliveryResult.failed("gateway headers: " + e.getMessage(), false);
        }
        if (isGet(config)) {
            request.GET();
        } else {
            String template = config.get("body");
            String body = template == null ? "" : render(template, to, text, subject, escaperFor(contentType));
            if (contentType == null && !body.isEmpty()) {
                request.header("Content-Type", "text/plain; charset=UTF-8");
            }
            request.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return send(request.build());
    }

    private DeliveryResult send(HttpRequest request) {
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String snippet;
            try (InputStream in = response.body()) {
                // the gateway's explanation helps the salon fix its account; the rest is not needed
                snippet = new String(in.readNBytes(RESPONSE_SNIPPET), StandardCharsets.UTF_8)
                        .replaceAll("\\p{Cntrl}+", " ").trim();
            }
            int status = response.statusCode();
            String detail = "HTTP " + status + (snippet.isEmpty() ? "" : ": " + snippet);
            if (status >= 200 && status < 300) {
                return DeliveryResult.sent(detail);
            }
            return DeliveryResult.failed(detail, status == 429 || status >= 500);
        } catch (HttpTimeoutException e) {
            return DeliveryResult.failed("the gateway did not answer within " + TIMEOUT.toSeconds() + " s", true);
        } catch (IOException e) {
            return DeliveryResult.failed("gateway I/O error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.failed("interrupted while waiting for the gateway", true);
        }
    }

    private static boolean isGet(Map<String, String> config) {
        String method = config.get("method");
        return method != null && method.trim().equalsIgnoreCase("GET");
    }

    /** The rendered URL, or {@code null} when it is not an absolute http(s) URL with a host. */
    private static URI uri(String template, String to, String text, String subject) {
        String rendered = render(template.trim(), to, text, subject, HttpGatewayChannel::percentEncode);
        try {
            URI uri = new URI(rendered);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return http && uri.getHost() != null ? uri : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** Replaces placeholders in one pass, so a value that itself contains {{text}} stays literal. */
    static String render(String template, String to, String text, String subject, UnaryOperator<String> escape) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "to" -> to;
                case "text" -> text;
                default -> subject;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(escape.apply(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static UnaryOperator<String> escaperFor(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return value -> new String(JsonStringEncoder.getInstance().quoteAsString(value));
        }
        if (type.contains("application/x-www-form-urlencoded")) {
            return value -> URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
        return UnaryOperator.identity();
    }

    /** Percent-encoding that is right in a path segment as well as in a query ({@code %20}, never {@code +}). */
    private static String percentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Parses "Name: value" lines; blank lines are ignored. */
    static List<Map.Entry<String, String>> headers(String lines) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (lines == null) {
            return headers;
        }
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String name = colon < 0 ? "" : line.substring(0, colon).trim();
            if (!HEADER_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("each line must be \"Name: value\" with a valid header name");
            }
            String value = line.substring(colon + 1).trim();
            if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
                throw new IllegalArgumentException("header " + name + " holds a control character");
            }
            headers.add(Map.entry(name, value));
        }
        return headers;
    }
}
