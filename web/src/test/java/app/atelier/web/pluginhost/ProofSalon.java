package app.atelier.web.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A salon on a {@link TestServer} with one master, one service (1500.00) and one client, and the
 * calls the proof plugin tests make on its behalf.
 */
final class ProofSalon {
    static final long PRICE = 150_000;

    final TestServer server;
    final long id;
    final String slug;
    final String token;
    final long staffId;
    final long serviceId;
    final long clientId;

    private ProofSalon(TestServer server, long id, String slug, String token, long staffId, long serviceId, long clientId) {
        this.server = server;
        this.id = id;
        this.slug = slug;
        this.token = token;
        this.staffId = staffId;
        this.serviceId = serviceId;
        this.clientId = clientId;
    }

    /** Creates tariff {@code tariff} allowing {@code plugins}, a salon on it and its owner, master, service and client. */
    static ProofSalon create(TestServer server, String operatorToken, String slug, String tariff, List<String> plugins) {
        Reply t = server.call("POST", "/api/v1/platform/tariffs", operatorToken, Map.of("name", tariff, "plugins", plugins));
        assertEquals(201, t.status(), t.body());
        Reply s = server.call("POST", "/api/v1/platform/salons", operatorToken, Map.of("slug", slug, "name", "Salon " + slug,
                "timezone", "Europe/Moscow", "currency", "RUB", "country", "RU", "locale", "ru", "tariff", tariff,
                "owner", Map.of("email", "owner@" + slug + ".test", "password", "owner-secret-1")));
        assertEquals(201, s.status(), s.body());
        long salonId = s.json().get("id").asLong();
        String token = server.login("owner@" + slug + ".test", "owner-secret-1");
        Reply staff = server.call("POST", "/api/v1/staff", token, Map.of("name", "Master of " + slug));
        assertEquals(201, staff.status(), staff.body());
        Reply service = server.call("POST", "/api/v1/services", token, Map.of("name", "Haircut", "category", "Hair",
                "durationMinutes", 60, "price", PRICE));
        assertEquals(201, service.status(), service.body());
        Reply client = server.call("POST", "/api/v1/clients", token, Map.of("name", "Client of " + slug));
        assertEquals(201, client.status(), client.body());
        return new ProofSalon(server, salonId, slug, token, staff.json().get("id").asLong(), service.json().get("id").asLong(),
                client.json().get("id").asLong());
    }

    /** PUT /api/v1/plugins/proof {enabled}. */
    Reply switchProof(boolean enabled) {
        return server.call("PUT", "/api/v1/plugins/proof", token, Map.of("enabled", enabled));
    }

    ProofSalon enableProof() {
        Reply r = switchProof(true);
        assertEquals(200, r.status(), r.body());
        return this;
    }

    void failMode(String mode) {
        Reply r = server.call("PUT", "/api/v1/plugins/proof/settings", token, Map.of("failMode", mode));
        assertEquals(200, r.status(), r.body());
    }

    /** Books the service at a salon-local time; returns the reply (201 or a problem). */
    Reply tryBook(String localStart) {
        return server.call("POST", "/api/v1/visits", token, Map.of("clientId", clientId, "staffId", staffId, "start", localStart,
                "items", List.of(Map.of("serviceId", serviceId)), "channel", "admin"));
    }

    long book(String localStart) {
        Reply r = tryBook(localStart);
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asLong();
    }

    /** The quote's body: {visitId, bill, warnings}. */
    JsonNode quote(long visitId) {
        Reply r = server.call("POST", "/api/v1/visits/" + visitId + "/quote", token, null);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    Reply checkout(long visitId, String idempotencyKey, long cash) {
        return server.call("POST", "/api/v1/visits/" + visitId + "/checkout", token,
                Map.of("payments", List.of(Map.of("method", "cash", "amount", cash))), Map.of("Idempotency-Key", idempotencyKey));
    }

    Reply get(String path) {
        return server.call("GET", path, token, null);
    }

    /** The adjustments of a bill made by plugin {@code pluginId}. */
    static List<JsonNode> adjustmentsOf(JsonNode bill, String pluginId) {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode a : bill.get("adjustments")) {
            if (pluginId.equals(a.path("plugin").asText())) {
                result.add(a);
            }
        }
        return result;
    }

    /** {@code SELECT count(*) …} on the server's database with named parameters. */
    static int count(TestServer server, String sql, Map<String, Object> params) {
        return server.core().db().read(h -> {
            var q = h.createQuery(sql);
            params.forEach(q::bind);
            return q.mapTo(Integer.class).one();
        });
    }
}
