package app.atelier.web.pluginhost;

import static app.atelier.web.testing.SalonFixture.adjustmentsOf;
import static app.atelier.web.testing.SalonFixture.cash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof plugin, loaded from a plugins folder, through each extension point for a salon whose
 * tariff allows it and which switched it on.
 */
class ProofPluginExtensionsTest {
    private static final String PROBLEM = "application/problem+json";

    @TempDir
    Path root;
    TestServer server;
    ProofSalon salon;

    @BeforeEach
    void start() {
        PluginJars.installProof(root.resolve("plugins"));
        server = TestServer.start(root);
        salon = ProofSalon.create(server, server.operatorToken(), "alpha", "with-proof", List.of("proof")).enableProof();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void pricingStepAddsALabelledDiscountLineToTheQuote() {
        long visit = salon.book("2026-12-02T12:00");

        JsonNode bill = salon.quote(visit).get("bill");

        long subtotal = bill.get("subtotal").asLong();
        assertEquals(ProofSalon.PRICE, subtotal);
        List<JsonNode> proof = adjustmentsOf(bill, "proof");
        assertEquals(1, proof.size(), bill.toString());
        JsonNode line = proof.get(0);
        assertTrue(line.get("label").asText().contains("Proof discount"), line.toString());
        long amount = line.get("amount").asLong();
        assertEquals(-subtotal / 10, amount);
        assertEquals(subtotal + amount, bill.get("total").asLong());
        // a quote writes nothing
        assertEquals(0, server.count("SELECT count(*) FROM bill WHERE visit_id = :v", Map.of("v", visit)));
        assertEquals(0, server.count("SELECT count(*) FROM proof_checkout WHERE visit_id = :v", Map.of("v", visit)));
    }

    @Test
    void checkoutParticipantWriteRollsBackWithTheVisitWhenCheckoutFails() {
        long visit = salon.book("2026-12-02T12:00");
        long total = salon.quote(visit).get("bill").get("total").asLong();
        salon.failMode("checkout");

        Reply failed = salon.checkout(visit, "checkout-1", cash(total));

        assertEquals(409, failed.status(), failed.body());
        assertTrue(failed.contentType().startsWith(PROBLEM), failed.contentType());
        Reply after = salon.get("/api/v1/visits/" + visit);
        assertEquals("booked", after.json().get("status").asText());
        assertFalse(after.json().has("bill"), after.body());
        assertEquals(0, server.count("SELECT count(*) FROM bill WHERE visit_id = :v", Map.of("v", visit)));
        assertEquals(0, server.count("SELECT count(*) FROM payment WHERE visit_id = :v", Map.of("v", visit)));
        assertEquals(0, server.count("SELECT count(*) FROM proof_checkout WHERE visit_id = :v", Map.of("v", visit)));

        salon.failMode("none");
        Reply done = salon.checkout(visit, "checkout-2", cash(total));

        assertEquals(201, done.status(), done.body());
        assertEquals("completed", salon.get("/api/v1/visits/" + visit).json().get("status").asText());
        assertEquals(1, server.count("SELECT count(*) FROM proof_checkout WHERE visit_id = :v", Map.of("v", visit)));
        assertEquals(1, salon.get("/api/v1/proof/checkouts/" + visit).json().get("count").asInt());

        Reply repeated = salon.checkout(visit, "checkout-2", cash(total));

        assertEquals(200, repeated.status(), repeated.body());
        assertEquals(1, server.count("SELECT count(*) FROM proof_checkout WHERE visit_id = :v", Map.of("v", visit)));
        assertEquals(1, server.count("SELECT count(*) FROM bill WHERE visit_id = :v", Map.of("v", visit)));
        assertEquals(1, server.count("SELECT count(*) FROM payment WHERE visit_id = :v", Map.of("v", visit)));
    }

    @Test
    void eventListenerGetsTheEventOnlyAfterCommitAndNotDuringTheRequest() {
        long booked = salon.book("2026-12-02T12:00");
        Reply overlapping = salon.tryBook("2026-12-02T12:30");
        assertEquals(409, overlapping.status(), overlapping.body());

        // the booking committed, but the listener was not called inside the request
        assertEquals(0, server.count("SELECT count(*) FROM proof_event_call", Map.of()));
        assertEquals(1, server.count("SELECT count(*) FROM outbox_event WHERE salon_id = :s AND type = 'visit.booked'",
                Map.of("s", salon.id)), "the refused booking wrote no event");

        server.core().events().dispatchDue(100);

        assertEquals(1, server.count("SELECT count(*) FROM proof_event_call WHERE type = 'visit.booked'", Map.of()));
        assertEquals(1, server.count("""
                SELECT count(*) FROM proof_event_call c JOIN outbox_event e ON e.id = c.event_id
                WHERE c.type = 'visit.booked' AND e.subject_id = :v AND c.succeeded = 1""", Map.of("v", booked)));
    }

    @Test
    void eventListenerIsRetriedAfterItThrowsAndNeverCalledTwiceAfterSuccess() {
        salon.failMode("events-once");
        salon.book("2026-12-02T12:00");
        List<Long> events = server.core().db().read(h -> h.createQuery("""
                        SELECT id FROM outbox_event WHERE salon_id = :s AND (type LIKE 'visit.%' OR type = 'client.created')
                        ORDER BY id""").bind("s", salon.id).mapTo(Long.class).list());
        assertFalse(events.isEmpty());

        server.core().events().dispatchDue(100);

        for (long e : events) {
            assertEquals(1, calls(e, null), "first call of event " + e);
            assertEquals(1, calls(e, 0), "the first call of event " + e + " failed");
        }

        assertEquals(0, server.core().events().dispatchDue(100), "no retry before the backoff");
        server.clock.advance(Duration.ofSeconds(9));
        assertEquals(0, server.core().events().dispatchDue(100), "no retry before the backoff");
        for (long e : events) {
            assertEquals(1, calls(e, null));
        }

        server.clock.advance(Duration.ofSeconds(2));
        server.core().events().dispatchDue(100);

        for (long e : events) {
            assertEquals(2, calls(e, null), "retried event " + e);
            assertEquals(1, calls(e, 1), "the retry of event " + e + " succeeded");
        }

        for (int i = 0; i < 3; i++) {
            server.core().events().dispatchDue(100);
            server.clock.advance(Duration.ofMinutes(40));
        }
        server.core().events().dispatchDue(100);

        for (long e : events) {
            assertEquals(2, calls(e, null), "never again after success: event " + e);
            assertEquals(1, calls(e, 1));
            for (Map<String, Object> d : server.core().events().deliveries(e)) {
                assertEquals("delivered", d.get("status"), d.toString());
            }
        }
    }

    @Test
    void routeAnswersUnderThePluginIdAndThePublicClaim() {
        Reply ping = salon.get("/api/v1/proof/ping");
        assertEquals(200, ping.status(), ping.body());
        assertTrue(ping.json().get("pong").asBoolean());
        assertEquals(salon.id, ping.json().get("salonId").asLong());

        Reply hello = server.call("GET", "/api/v1/public/" + salon.slug + "/proof/hello", null, null);
        assertEquals(200, hello.status(), hello.body());
        assertEquals("Salon " + salon.slug, hello.json().get("hello").asText());
    }

    @Test
    void aPluginThatThrowsDoesNotBreakUnrelatedRequests() {
        Reply boom = salon.get("/api/v1/proof/boom");
        assertEquals(500, boom.status(), boom.body());
        assertTrue(boom.contentType().startsWith(PROBLEM), boom.contentType());
        assertTrue(boom.body().contains("proof"), boom.body());

        assertEquals(200, salon.get("/api/v1/clients").status());
        assertEquals(200, salon.get("/api/v1/proof/ping").status());

        long visit = salon.book("2026-12-02T12:00");
        salon.failMode("pricing");
        JsonNode quote = salon.quote(visit);

        JsonNode bill = quote.get("bill");
        assertEquals(List.of(), adjustmentsOf(bill, "proof"));
        assertEquals(bill.get("subtotal").asLong(), bill.get("total").asLong());
        boolean named = false;
        for (JsonNode w : quote.get("warnings")) {
            named |= w.asText().contains("proof");
        }
        assertTrue(named, quote.toString());
    }

    @Test
    void clientSummaryIncludesTheProofWidget() {
        Reply summary = salon.get("/api/v1/clients/" + salon.clientId + "/summary");
        assertEquals(200, summary.status(), summary.body());
        JsonNode widget = null;
        for (JsonNode w : summary.json().get("widgets")) {
            if ("proof".equals(w.path("plugin").asText())) {
                widget = w;
            }
        }
        assertTrue(widget != null, summary.body());
        assertEquals("Proof", widget.get("title").asText());
        assertEquals(salon.clientId, widget.get("data").get("clientId").asLong());
    }

    private int calls(long eventId, Integer succeeded) {
        return succeeded == null
                ? server.count("SELECT count(*) FROM proof_event_call WHERE event_id = :e", Map.of("e", eventId))
                : server.count("SELECT count(*) FROM proof_event_call WHERE event_id = :e AND succeeded = :ok",
                        Map.of("e", eventId, "ok", succeeded));
    }
}
