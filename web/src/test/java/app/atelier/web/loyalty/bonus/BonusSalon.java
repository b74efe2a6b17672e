package app.atelier.web.loyalty.bonus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A salon (Europe/Moscow, RUB) on a {@link TestServer} with the real bonus jar, one master and one
 * service, and the desk's and owner's calls the bonus stories make over HTTP.
 */
public final class BonusSalon {
    public static final String PROBLEM = "application/problem+json";
    /** A loyalty program as the issue describes it: 3 % from 0, 5 % from 30 000.00, 7 % from 100 000.00. */
    public static final List<Map<String, Object>> TIERS = List.of(
            Map.of("name", "Base", "minSpent", 0, "accrualBasisPoints", 300),
            Map.of("name", "Silver", "minSpent", 3_000_000, "accrualBasisPoints", 500),
            Map.of("name", "Gold", "minSpent", 10_000_000, "accrualBasisPoints", 700));

    public final TestServer server;
    public final long id;
    public final String slug;
    public String token;
    public final long staffId;
    public final long serviceId;
    public final long price;

    private BonusSalon(TestServer server, long id, String slug, String token, long staffId, long serviceId, long price) {
        this.server = server;
        this.id = id;
        this.slug = slug;
        this.token = token;
        this.staffId = staffId;
        this.serviceId = serviceId;
        this.price = price;
    }

    /** {@code plugins/<id>/target/atelier-plugin-<id>.jar}, copied into the server's plugins folder. */
    public static void install(Path pluginsDir, String... pluginIds) {
        app.atelier.web.testing.PluginJars.install(pluginsDir, pluginIds);
    }

    /**
     * The proof plugin under another id that sorts after {@code bonus}, so that its checkout
     * participant (which can be told to fail after writing) runs after ours: its failure must undo
     * the points the bonus plugin already moved in the same transaction.
     */
    public static void installProofAs(Path pluginsDir, String newId) {
        app.atelier.web.testing.PluginJars.installProofAs(pluginsDir, newId);
    }

    /** A salon whose tariff allows {@code plugins}, each switched on, with a service at {@code price}. */
    public static BonusSalon create(TestServer server, String slug, List<String> plugins, long price) {
        String token = server.salonWithOwner(slug, "tariff-" + slug, plugins);
        long salonId = ok(server.call("GET", "/api/v1/auth/me", token, null), 200).path("salonId").asLong();
        long staff = ok(server.call("POST", "/api/v1/staff", token, Map.of("name", "Vera")), 201).get("id").asLong();
        long service = ok(server.call("POST", "/api/v1/services", token, Map.of("name", "Colouring", "category", "Hair",
                "durationMinutes", 60, "price", price)), 201).get("id").asLong();
        BonusSalon salon = new BonusSalon(server, salonId, slug, token, staff, service, price);
        plugins.forEach(p -> salon.enable(p, true));
        return salon;
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

    /** Signs the owner in again (sessions last 30 days; stories move the clock further). */
    public void relogin() {
        token = server.login("owner@" + slug + ".test", "owner-secret-1");
    }

    public void enable(String plugin, boolean on) {
        ok(server.call("PUT", "/api/v1/plugins/" + plugin, token, Map.of("enabled", on)), 200);
    }

    public void settings(Map<String, Object> values) {
        ok(server.call("PUT", "/api/v1/plugins/bonus/settings", token, values), 200);
    }

    /** A new client with an optional birthday ({@code 1990-12-05}) and tags. */
    public long client(String name, String birthday, List<String> tags) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        if (birthday != null) {
            body.put("birthday", birthday);
        }
        body.put("tags", tags);
        return ok(server.call("POST", "/api/v1/clients", token, body), 201).get("id").asLong();
    }

    /** Creates the permanent loyalty program with {@link #TIERS} and the given extras. */
    public long loyaltyProgram(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Loyalty", "kind", "permanent", "tiers", TIERS));
        body.putAll(extra);
        return ok(post("/api/v1/bonus/programs", body), 201).get("id").asLong();
    }

    public long book(long clientId, String localStart) {
        return ok(server.call("POST", "/api/v1/visits", token, Map.of("clientId", clientId, "staffId", staffId,
                "start", localStart, "items", List.of(Map.of("serviceId", serviceId)), "channel", "admin")), 201).get("id").asLong();
    }

    /** The quote's body {bill, notes, warnings} when asking to redeem {@code redeem} points. */
    public JsonNode quote(long visitId, long redeem) {
        return ok(server.call("POST", "/api/v1/visits/" + visitId + "/quote", token, Map.of("redeemBonus", redeem)), 200);
    }

    /** Checks out paying {@code cash} (nothing when 0), redeeming {@code redeem} points, under an idempotency key. */
    public Reply checkout(long visitId, String key, long cash, long redeem) {
        List<Object> payments = cash > 0 ? List.of(Map.of("method", "cash", "amount", cash)) : List.of();
        return server.call("POST", "/api/v1/visits/" + visitId + "/checkout", token, Map.of("payments", payments, "redeemBonus", redeem),
                Map.of("Idempotency-Key", key));
    }

    /** Books at {@code localStart}, redeems {@code redeem} and pays the rest in cash; returns the completed bill. */
    public JsonNode visit(long clientId, String localStart, long redeem) {
        long visit = book(clientId, localStart);
        long total = quote(visit, redeem).get("bill").get("total").asLong();
        return ok(checkout(visit, "visit-" + visit, total, redeem), 201);
    }

    /** {@code GET /api/v1/bonus/clients/{id}}. */
    public JsonNode summary(long clientId) {
        return ok(get("/api/v1/bonus/clients/" + clientId), 200);
    }

    public long balance(long clientId) {
        return summary(clientId).get("balance").asLong();
    }

    /** The client's ledger entries, newest first. */
    public List<JsonNode> ledger(long clientId) {
        List<JsonNode> entries = new ArrayList<>();
        ok(get("/api/v1/bonus/clients/" + clientId + "/ledger"), 200).get("entries").forEach(entries::add);
        return entries;
    }

    /** Amounts of the client's entries of one kind, oldest first. */
    public List<Long> amounts(long clientId, String kind) {
        List<Long> amounts = new ArrayList<>();
        List<JsonNode> entries = ledger(clientId);
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (kind.equals(entries.get(i).get("kind").asText())) {
                amounts.add(entries.get(i).get("amount").asLong());
            }
        }
        return amounts;
    }

    public Reply gift(Map<String, Object> body) {
        return post("/api/v1/bonus/gifts", body);
    }

    public Reply get(String path) {
        return server.call("GET", path, token, null);
    }

    public Reply post(String path, Object body) {
        return server.call("POST", path, token, body);
    }

    /** The adjustments of a bill made by the bonus plugin. */
    public static List<JsonNode> bonusLines(JsonNode bill) {
        List<JsonNode> lines = new ArrayList<>();
        for (JsonNode a : bill.get("adjustments")) {
            if ("bonus".equals(a.path("plugin").asText())) {
                lines.add(a);
            }
        }
        return lines;
    }

    /** {@code SELECT count(*)} over the server's database. */
    public int count(String sql, Map<String, Object> params) {
        return server.core().db().read(h -> {
            var q = h.createQuery(sql);
            params.forEach(q::bind);
            return q.mapTo(Integer.class).one();
        });
    }

    /** Rows of the bonus ledger of this salon. */
    public int ledgerRows() {
        return count("SELECT count(*) FROM bonus_ledger WHERE salon_id = :s", Map.of("s", id));
    }
}
