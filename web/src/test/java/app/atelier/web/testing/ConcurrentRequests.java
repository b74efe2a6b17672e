package app.atelier.web.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Many requests released at the same instant through a start gate, for races the server must decide. */
public final class ConcurrentRequests {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One answer as it came back. */
    public record Answer(int status, String contentType, String body) {
    }

    private ConcurrentRequests() {
    }

    /**
     * POSTs {@code count} JSON bodies ({@code body.apply(i)}) to {@code path} at once with the bearer
     * {@code token}; returns the answers in request order and prints how long the burst took.
     */
    public static List<Answer> post(TestServer server, String token, String path, int count, IntFunction<Object> body, String label)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch ready = new CountDownLatch(count);
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(server.url(path)))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body.apply(i)))).build();
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    gate.await();
                    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                    return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "threads did not start");
            long t0 = System.nanoTime();
            gate.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get(90, TimeUnit.SECONDS));
            }
            System.out.printf("%d concurrent POST %s (%s) took %d ms%n", count, path, label, (System.nanoTime() - t0) / 1_000_000);
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
