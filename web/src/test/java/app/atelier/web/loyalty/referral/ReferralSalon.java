package app.atelier.web.loyalty.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A salon (Europe/Moscow, RUB) on a {@link TestServer} with one master and one service at
 * 1 500.00, the plugins of its tariff switched on, and the desk's calls the referral tests make.
 */
public final class ReferralSalon {
    public static final long PRICE = 150_000;
    public static final String PROBLEM = "application/problem+json";

    public final TestServer server;
    public final long id;
    public final String slug;
    public String token;
    public final long staffId;
    public final long serviceId;
    private int keys;

    private ReferralSalon(TestServer server, long id, String slug, String token, long staffId, long serviceId) {
        this.server = server;
        this.id = id;
        this.slug = slug;
        this.token = token;
        this.staffId = staffId;
        this.serviceId = serviceId;
    }

    /** A salon whose tariff allows {@code plugins}, with each of them switched on. */
    public static ReferralSalon create(TestServer server, String slug, List<String> plugins) {
        String token = server.salonWithOwner(slug, "tariff-" + slug, plugins);
        long salonId = ok(server.call("GET", "/api/v1/auth/me", token, null), 200).path("salonId").asLong();
        long staff = ok(server.call("POST", "/api/v1/staff", token, Map.of("name", "Vera")), 201).get("id").asLong();
        long service = ok(server.call("POST", "/api/v1/services", token, Map.of("name", "Haircut", "category", "Hair",
                "durationMinutes", 60, "price", PRICE)), 201).get("id").asLong();
        ReferralSalon salon = new ReferralSalon(server, salonId, slug, token, staff, service);
        plugins.forEach(p -> salon.enable(p, true));
        return salon;
    }

    /** Signs the owner in again (after the clock moved past the session's lifetime). */
    public void relogin() {
        token = server.login("owner@" + slug + ".test", "owner-secret-1");
    }

    /** Whether a JSON field is null or left out (the host's JSON drops null fields). */
    public static boolean absent(JsonNode parent, String field) {
        return parent.path(field).isMissingNode() || parent.path(field).isNull();
    }

    public static JsonNode ok(Reply r, int status) {
        assertEquals(status, r.status(), r.body());
        return r.json();
    }

    /** Asserts a problem+json answer with this status; returns its detail. */
    public static String problem(Reply r, int status) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith(PROBLEM), r.contentType() + " " + r.body());
        return r.json().path("detail").asText();
    }

    public void enable(String plugin, boolean on) {
        ok(server.call("PUT", "/api/v1/plugins/" + plugin, token, Map.of("enabled", on)), 200);
    }

    public void settings(String plugin, Map<String, Object> values) {
        ok(server.call("PUT", "/api/v1/plugins/" + plugin + "/settings", token, values), 200);
    }

    /** A new client; phone and email may be null. */
    public long client(String name, String phone, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        if (phone != null) {
            body.put("phone", phone);
        }
        if (email != null) {
            body.put("email", email);
        }
        return ok(server.call("POST", "/api/v1/clients", token, body), 201).get("id").asLong();
    }

    public String code(long clientId) {
        return ok(get("/api/v1/referral/clients/" + clientId + "/code"), 200).get("code").asText();
    }

    public Reply refer(long clientId, String code) {
        return server.call("POST", "/api/v1/referral/referrals", token, Map.of("clientId", clientId, "code", code));
    }

    /** {@code GET /api/v1/referral/clients/{id}}. */
    public JsonNode referral(long clientId) {
        return ok(get("/api/v1/referral/clients/" + clientId), 200);
    }

    public long book(long clientId, String localStart) {
        return ok(server.call("POST", "/api/v1/visits", token, Map.of("clientId", clientId, "staffId", staffId,
                "start", localStart, "items", List.of(Map.of("serviceId", serviceId)), "channel", "admin")), 201).get("id").asLong();
    }

    public JsonNode quote(long visitId) {
        return ok(server.call("POST", "/api/v1/visits/" + visitId + "/quote", token, null), 200).get("bill");
    }

    /** Checks out paying {@code cash} (nothing when 0) under an idempotency key. */
    public Reply checkout(long visitId, String key, long cash) {
        List<Object> payments = cash > 0 ? List.of(Map.of("method", "cash", "amount", cash)) : List.of();
        return server.call("POST", "/api/v1/visits/" + visitId + "/checkout", token, Map.of("payments", payments),
                Map.of("Idempotency-Key", key));
    }

    /** Quotes, pays the total in full under a fresh key and returns the completed bill. */
    public JsonNode payInFull(long visitId) {
        long total = quote(visitId).get("total").asLong();
        return ok(checkout(visitId, "pay-" + visitId + "-" + (++keys), total), 201);
    }

    /** Books a visit for the client at a salon-local time and pays it in full; returns the visit id. */
    public long visitAndPay(long clientId, String localStart) {
        long visit = book(clientId, localStart);
        payInFull(visit);
        return visit;
    }

    public Reply get(String path) {
        return server.call("GET", path, token, null);
    }

    /** The adjustments of a bill that plugin {@code pluginId} made. */
    public static List<JsonNode> adjustmentsOf(JsonNode bill, String pluginId) {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode a : bill.get("adjustments")) {
            if (pluginId.equals(a.path("plugin").asText())) {
                result.add(a);
            }
        }
        return result;
    }

    /** {@code SELECT count(*) …} on the server's database. */
    public int count(String sql, Map<String, Object> params) {
        return server.core().db().read(h -> {
            var q = h.createQuery(sql);
            params.forEach(q::bind);
            return q.mapTo(Integer.class).one();
        });
    }
}
