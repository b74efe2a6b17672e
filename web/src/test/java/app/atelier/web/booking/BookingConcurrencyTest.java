package app.atelier.web.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.SalonFixture;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fifty clients press "book" for the same time at the same moment over HTTP (a start gate
 * releases them together): exactly one visit is made, the other 49 get 409 with the nearest free
 * times, and no time is double-booked. With "any master" and two masters, exactly two.
 */
class BookingConcurrencyTest {
    private static final int CLIENTS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;
    TestServer server;
    BookingSalon salon;

    @BeforeEach
    void start() {
        PluginJars.install(root.resolve("plugins"), "booking");
        server = TestServer.start(root);
        salon = BookingSalon.create(server, "rush", List.of("booking"));
        // all fifty come from one test machine: the per-address limit is not what this test is about
        salon.settings("booking", Map.of("bookingsPerHourPerAddress", 1000));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<HttpResponse<String>> fire(Long staffId) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch ready = new CountDownLatch(CLIENTS);
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                Map<String, Object> body = salon.booking("2026-12-02T12:00", "Client " + i, String.format("+7916%07d", 2_000_000 + i));
                if (staffId != null) {
                    body.put("staffId", staffId);
                }
                HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/api/v1/public/rush/booking/bookings")))
                        .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    gate.await();
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            ready.await();
            gate.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private int visitsAtNoon() {
        return salon.count("SELECT count(*) FROM visit WHERE salon_id = :s AND status <> 'cancelled' AND start_at = :t",
                Map.of("s", salon.id, "t", java.time.Instant.parse("2026-12-02T09:00:00Z").toEpochMilli()));
    }

    @Test
    void fiftyClientsOneMasterOneTimeExactlyOneVisit() throws Exception {
        List<HttpResponse<String>> answers = fire(salon.staffId);
        long created = answers.stream().filter(a -> a.statusCode() == 201).count();
        List<HttpResponse<String>> refused = answers.stream().filter(a -> a.statusCode() == 409).toList();
        assertEquals(1, created, answers.stream().map(a -> a.statusCode() + " " + a.body()).toList().toString());
        assertEquals(CLIENTS - 1, refused.size());
        for (HttpResponse<String> r : refused) {
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(BookingSalon.PROBLEM));
            JsonNode problem = JSON.readTree(r.body());
            assertTrue(problem.get("nearest").size() > 0, r.body());
            assertTrue(problem.get("detail").asText().contains("только что заняли"), r.body());
        }
        assertEquals(1, visitsAtNoon());
        assertEquals(1, salon.count("SELECT count(*) FROM booking_visit WHERE salon_id = :s", Map.of("s", salon.id)));
    }

    @Test
    void fiftyClientsAnyOfTwoMastersExactlyTwoVisits() throws Exception {
        salon.master("Alina", SalonFixture.hours(1, 6, "10:00", "20:00"));
        List<HttpResponse<String>> answers = fire(null);
        assertEquals(2, answers.stream().filter(a -> a.statusCode() == 201).count(),
                answers.stream().map(a -> a.statusCode() + " " + a.body()).toList().toString());
        assertEquals(CLIENTS - 2, answers.stream().filter(a -> a.statusCode() == 409).count());
        assertEquals(2, visitsAtNoon());
        assertEquals(2, salon.count("SELECT count(DISTINCT staff_id) FROM visit WHERE salon_id = :s", Map.of("s", salon.id)));
    }
}
