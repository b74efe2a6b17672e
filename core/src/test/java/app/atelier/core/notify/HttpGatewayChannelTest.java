package app.atelier.core.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.api.Salon;
import app.atelier.api.notify.Delivery;
import app.atelier.api.notify.DeliveryResult;
import app.atelier.core.common.FieldError;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.Validator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpGatewayChannelTest {
    private static final Salon SALON = new Salon(1, "bella", "Bella", ZoneId.of("Europe/Moscow"), "RUB", "RU",
            Locale.forLanguageTag("ru"));
    private static final String PHONE = "+79991234567";

    /** What the gateway saw. */
    record Received(String method, String rawPath, String rawQuery, Map<String, String> headers, String body) {
    }

    private final HttpGatewayChannel channel = new HttpGatewayChannel();
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private volatile int status = 200;
    private volatile String answer = "{\"ok\":true}";
    private HttpServer server;

    @BeforeEach
    void startGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), headers, body));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stopGateway() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private DeliveryResult deliver(String text, Map<String, String> config) {
        return channel.deliver(new Delivery(SALON, 5, PHONE, "Bella", text, config));
    }

    @Test
    void postsAJsonBodyWithEscapedValuesAndConfiguredHeaders() throws Exception {
        String text = "He said \"hi\"\nПока \\ {{to}}";
        DeliveryResult result = deliver(text, Map.of(
                "url", base() + "/send?to={{to}}&sender=bella",
                "headers", "Content-Type: application/json\nAuthorization: Bearer t0ken\n\n",
                "body", "{\"to\":\"{{to}}\",\"text\":\"{{text}}\",\"subject\":\"{{subject}}\"}"));

        assertTrue(result.delivered(), result.detail());
        Received r = received.take();
        assertEquals("POST", r.method());
        assertEquals("/send", r.rawPath());
        assertEquals("to=%2B79991234567&sender=bella", r.rawQuery());
        assertEquals("application/json", r.headers().get("content-type"));
        assertEquals("Bearer t0ken", r.headers().get("authorization"));
        JsonNode json = new ObjectMapper().readTree(r.body());
        assertEquals(PHONE, json.get("to").asText());
        assertEquals(text, json.get("text").asText());
        assertEquals("Bella", json.get("subject").asText());
        assertEquals("HTTP 200: {\"ok\":true}", result.detail());
    }

    @Test
    void getPutsPercentEncodedValuesIntoTheUrl() throws Exception {
        String text = "a b&c=d/ё+";
        DeliveryResult result = deliver(text, Map.of("url", base() + "/sms/{{to}}?msg={{text}}", "method", "GET"));

        assertTrue(result.delivered(), result.detail());
        Received r = received.take();
        assertEquals("GET", r.method());
        assertEquals("/sms/%2B79991234567", r.rawPath());
        assertEquals("msg=a%20b%26c%3Dd%2F%D1%91%2B", r.rawQuery());
        assertEquals(text, URLDecoder.decode(r.rawQuery().substring(4), StandardCharsets.UTF_8));
        assertEquals("", r.body());
    }

    @Test
    void formBodiesAreFormEncodedAndPlainBodiesAreSentAsTheyAre() throws Exception {
        deliver("1 & 2", Map.of("url", base() + "/form",
                "headers", "Content-Type: application/x-www-form-urlencoded", "body", "to={{to}}&text={{text}}"));
        Received form = received.take();
        assertEquals("to=%2B79991234567&text=1+%26+2", form.body());

        deliver("1 & 2 {{to}}", Map.of("url", base() + "/plain", "body", "SMS {{to}}: {{text}}"));
        Received plain = received.take();
        assertEquals("text/plain; charset=UTF-8", plain.headers().get("content-type"));
        assertEquals("SMS " + PHONE + ": 1 & 2 {{to}}", plain.body());
    }

    @Test
    void serverErrorsAndRateLimitsAreRetryableOtherClientErrorsAreNot() {
        Map<String, String> config = Map.of("url", base() + "/send?to={{to}}");
        status = 503;
        answer = "maintenance";
        DeliveryResult unavailable = deliver("x", config);
        assertFalse(unavailable.delivered());
        assertTrue(unavailable.retryable());
        assertEquals("HTTP 503: maintenance", unavailable.detail());

        status = 429;
        assertTrue(deliver("x", config).retryable());

        status = 400;
        answer = "{\"error\":\"invalid phone\"}";
        DeliveryResult bad = deliver("x", config);
        assertFalse(bad.delivered());
        assertFalse(bad.retryable());
        assertEquals("HTTP 400: {\"error\":\"invalid phone\"}", bad.detail());
    }

    @Test
    void anUnreachableGatewayIsRetryable() {
        String url = base() + "/send";
        server.stop(0);

        DeliveryResult result = deliver("x", Map.of("url", url));

        assertFalse(result.delivered());
        assertTrue(result.retryable(), result.detail());
    }

    @Test
    void aUrlThatIsNotHttpIsNotRetried() {
        DeliveryResult result = deliver("x", Map.of("url", "ftp://127.0.0.1/x"));
        assertFalse(result.delivered());
        assertFalse(result.retryable());
        assertNull(received.poll());
    }

    @Test
    void validationRejectsWhatCouldNeverBeSent() {
        Validator v = new Validator();
        channel.validate(Map.of("url", "gateway.example/send", "method", "PUT", "headers", "no colon here"), v);
        InvalidInputException e = assertThrows(InvalidInputException.class, v::check);
        assertEquals(List.of("config.url", "config.method", "config.headers"),
                e.errors().stream().map(FieldError::field).toList());

        Validator get = new Validator();
        channel.validate(Map.of("url", base() + "/x", "method", "GET", "body", "{{text}}", "headers", "Host: evil"), get);
        assertEquals(List.of("config.body", "config.headers"),
                assertThrows(InvalidInputException.class, get::check).errors().stream().map(FieldError::field).toList());

        Validator ok = new Validator();
        channel.validate(Map.of("url", "https://gateway.example/send?to={{to}}&text={{text}}"), ok);
        assertTrue(ok.ok());
    }
}
