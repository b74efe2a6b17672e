package app.atelier.web.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A salon on a {@link TestServer}, made the way the operator and the owner make one: through the
 * REST API, with the owner {@code owner@<slug>.test} / {@code owner-secret-1} signed in. Its
 * methods are the desk's calls the tests repeat (masters, services, clients, visits, quotes,
 * checkouts), each asserting the status it expects so that a broken call fails where it happens.
 *
 * <p>Plugin tests extend it with what only their plugin has (a bonus program, a referral code);
 * see {@link #SalonFixture(SalonFixture)}.
 */
public class SalonFixture {
    public static final String OWNER_PASSWORD = "owner-secret-1";
    public static final String PROBLEM = "application/problem+json";
    private static final AtomicInteger KEYS = new AtomicInteger();

    public final TestServer server;
    /** The salon's id, as the operator's API answered it. */
    public final long id;
    public final String slug;
    private String token;

    private SalonFixture(TestServer server, long id, String slug, String token) {
        this.server = server;
        this.id = id;
        this.slug = slug;
        this.token = token;
    }

    /** The same salon, acting with the same owner session: for plugin fixtures that extend this one. */
    protected SalonFixture(SalonFixture salon) {
        this(salon.server, salon.id, salon.slug, salon.token);
    }

    /**
     * A salon in Moscow (RUB, Russian) on its own tariff {@code tariff-<slug>} that allows
     * {@code plugins}, each of them switched on for the salon.
     */
    public static SalonFixture create(TestServer server, String slug, List<String> plugins) {
        return setup(server, slug).plugins(plugins).create();
    }

    /** The choices for a salon other than {@link #create}'s defaults; {@link Setup#create()} makes it. */
    public static Setup setup(TestServer server, String slug) {
        return new Setup(server, slug);
    }

    /** How a salon is made: its tariff, its plugins, where it is, and who makes it. */
    public static final class Setup {
        private final TestServer server;
        private final String slug;
        private String tariff;
        private List<String> plugins = List.of();
        private List<String> enabled;
        private String operatorToken;
        private final Map<String, String> place = new LinkedHashMap<>(Map.of(
                "timezone", "Europe/Moscow", "currency", "RUB", "country", "RU", "locale", "ru"));

        private Setup(TestServer server, String slug) {
            this.server = server;
            this.slug = slug;
            this.tariff = "tariff-" + slug;
        }

        /** The tariff's name (default {@code tariff-<slug>}); it is created, so it must be new. */
        public Setup tariff(String name) {
            this.tariff = name;
            return this;
        }

        /** The plugins the tariff allows; all of them are switched on unless {@link #enabled} says otherwise. */
        public Setup plugins(List<String> pluginIds) {
            this.plugins = pluginIds;
            return this;
        }

        /** The plugins the owner switches on (default: every plugin of the tariff). */
        public Setup enabled(List<String> pluginIds) {
            this.enabled = pluginIds;
            return this;
        }

        /** Where the salon is (default Europe/Moscow, RUB, RU, ru), e.g. {@code "Europe/Berlin", "EUR", "DE", "en"}. */
        public Setup place(String timezone, String currency, String country, String locale) {
            place.putAll(Map.of("timezone", timezone, "currency", currency, "country", country, "locale", locale));
            return this;
        }

        /** The operator's token to create tariff and salon with (default: the operator signs in anew). */
        public Setup operator(String token) {
            this.operatorToken = token;
            return this;
        }

        /**
         * {@code POST /api/v1/platform/tariffs}, {@code POST /api/v1/platform/salons} with its owner,
         * the owner's sign-in, and {@code PUT /api/v1/plugins/{id}} for each plugin to switch on.
         */
        public SalonFixture create() {
            String op = operatorToken != null ? operatorToken : server.operatorToken();
            ok(server.call("POST", "/api/v1/platform/tariffs", op, Map.of("name", tariff, "plugins", plugins)), 201);
            Map<String, Object> body = new LinkedHashMap<>(place);
            body.putAll(Map.of("slug", slug, "name", "Salon " + slug, "tariff", tariff,
                    "owner", Map.of("email", "owner@" + slug + ".test", "password", OWNER_PASSWORD)));
            long id = ok(server.call("POST", "/api/v1/platform/salons", op, body), 201).get("id").asLong();
            SalonFixture salon = new SalonFixture(server, id, slug, server.login("owner@" + slug + ".test", OWNER_PASSWORD));
            for (String plugin : enabled != null ? enabled : plugins) {
                salon.enable(plugin, true);
            }
            return salon;
        }
    }

    // ---- who calls ----

    /** The owner's bearer token (or the one {@link #as} gave this view). */
    public String token() {
        return token;
    }

    /** Signs the owner in again ({@code POST /api/v1/auth/login}): sessions end when a story moves the clock far. */
    public void relogin() {
        token = server.login(ownerEmail(), OWNER_PASSWORD);
    }

    /** {@code owner@<slug>.test}, the owner's sign-in. */
    public String ownerEmail() {
        return "owner@" + slug + ".test";
    }

    /** This salon, calling with another token (an administrator's, a master's, an API key). */
    public SalonFixture as(String otherToken) {
        return new SalonFixture(server, id, slug, otherToken);
    }

    /** This salon seen through another server on the same data (a restart, a second node), signed in anew. */
    public SalonFixture on(TestServer other) {
        SalonFixture salon = new SalonFixture(other, id, slug, null);
        salon.relogin();
        return salon;
    }

    // ---- plain HTTP with the token ----

    /** Any request with this salon's token; the reply as it came. */
    public Reply call(String method, String path, Object body) {
        return server.call(method, path, token, body);
    }

    /** {@code GET path} with this salon's token; the reply as it came. */
    public Reply get(String path) {
        return call("GET", path, null);
    }

    /** {@code POST path} with this salon's token; the reply as it came. */
    public Reply post(String path, Object body) {
        return call("POST", path, body);
    }

    /** {@code PUT path} with this salon's token; the reply as it came. */
    public Reply put(String path, Object body) {
        return call("PUT", path, body);
    }

    /** {@code DELETE path} with this salon's token; the reply as it came. */
    public Reply delete(String path) {
        return call("DELETE", path, null);
    }

    /** Asserts the status (the body is the message) and returns the JSON body. */
    public static JsonNode ok(Reply r, int status) {
        assertEquals(status, r.status(), r.body());
        return r.json();
    }

    /** Asserts an {@code application/problem+json} answer with this status; returns its {@code detail}. */
    public static String problem(Reply r, int status) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith(PROBLEM), r.contentType() + " " + r.body());
        return r.json().path("detail").asText();
    }

    // ---- plugins ----

    /** {@code PUT /api/v1/plugins/{id} {enabled}}; the reply as it came. */
    public Reply switchPlugin(String pluginId, boolean enabled) {
        return put("/api/v1/plugins/" + pluginId, Map.of("enabled", enabled));
    }

    /** Switches a plugin on or off for the salon ({@link #switchPlugin}); asserts 200. */
    public void enable(String pluginId, boolean on) {
        ok(switchPlugin(pluginId, on), 200);
    }

    /** {@code PUT /api/v1/plugins/{id}/settings}; asserts 200. */
    public void settings(String pluginId, Map<String, ?> values) {
        ok(put("/api/v1/plugins/" + pluginId + "/settings", values), 200);
    }

    // ---- the catalogue and the clients ----

    /**
     * {@code POST /api/v1/users}: a staff account of the salon with this role (owner, admin, master),
     * tied to master {@code staffId} when not null; returns its id. Sign it in with {@code server.login}.
     */
    public long user(String email, String password, String role, Long staffId) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("email", email, "password", password, "role", role));
        if (staffId != null) {
            body.put("staffId", staffId);
        }
        return ok(post("/api/v1/users", body), 201).get("id").asLong();
    }

    /** {@code POST /api/v1/staff {name}}: a master with no working hours; asserts 201, returns the id. */
    public long master(String name) {
        return ok(post("/api/v1/staff", Map.of("name", name)), 201).get("id").asLong();
    }

    /** {@code POST /api/v1/staff {name, hours}}: a master with these working hours (see {@link #hours}); returns the id. */
    public long master(String name, List<Map<String, Object>> hours) {
        return ok(post("/api/v1/staff", Map.of("name", name, "hours", hours)), 201).get("id").asLong();
    }

    /** Working hours from {@code start} to {@code end} ("10:00") on weekdays {@code firstDay}..{@code lastDay} (1 is Monday). */
    public static List<Map<String, Object>> hours(int firstDay, int lastDay, String start, String end) {
        List<Map<String, Object>> hours = new ArrayList<>();
        for (int day = firstDay; day <= lastDay; day++) {
            hours.add(Map.of("weekday", day, "start", start, "end", end));
        }
        return hours;
    }

    /** {@code POST /api/v1/services}: a service of {@code minutes} at {@code price} minor units; returns the id. */
    public long service(String name, String category, int minutes, long price) {
        return ok(post("/api/v1/services", Map.of("name", name, "category", category, "durationMinutes", minutes,
                "price", price)), 201).get("id").asLong();
    }

    /** {@code POST /api/v1/clients {name, phone}} (no phone when null); returns the id. */
    public long client(String name, String phone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        if (phone != null) {
            body.put("phone", phone);
        }
        return client(body);
    }

    /** {@code POST /api/v1/clients} with this body (name, phone, email, birthday, tags, consent, source…); returns the id. */
    public long client(Map<String, ?> body) {
        return ok(post("/api/v1/clients", body), 201).get("id").asLong();
    }

    /**
     * {@code POST /api/v1/clients {name, source, tags}}: a client who came from {@code source} (none
     * when null) with these tags; returns the id. (Not {@link #client(String, String)}: that takes a phone.)
     */
    public long clientFrom(String name, String source, String... tags) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        if (source != null) {
            body.put("source", source);
        }
        body.put("tags", List.of(tags));
        return client(body);
    }

    // ---- visits and money ----

    /** {@code POST /api/v1/visits} at the desk (channel {@code admin}); asserts 201, returns the visit id. */
    public long book(long clientId, long masterId, String localStart, long... serviceIds) {
        return ok(tryBook(clientId, masterId, localStart, "admin", serviceIds), 201).get("id").asLong();
    }

    /**
     * {@code POST /api/v1/visits {clientId, staffId, start, items, channel}} for these services at a
     * salon-local start ({@code 2026-12-02T12:00}); the reply as it came (201 or a problem).
     */
    public Reply tryBook(long clientId, long masterId, String localStart, String channel, long... serviceIds) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (long serviceId : serviceIds) {
            items.add(Map.of("serviceId", serviceId));
        }
        return post("/api/v1/visits", Map.of("clientId", clientId, "staffId", masterId, "start", localStart,
                "items", items, "channel", channel));
    }

    /** {@code POST /api/v1/visits/{id}/quote} with no body; asserts 200, returns {visitId, bill, notes, warnings}. */
    public JsonNode quote(long visitId) {
        return quote(visitId, Map.of());
    }

    /** The same with this body ({@code redeemBonus}, {@code options}…; none when empty). */
    public JsonNode quote(long visitId, Map<String, ?> body) {
        return ok(post("/api/v1/visits/" + visitId + "/quote", body.isEmpty() ? null : body), 200);
    }

    /** {@code POST /api/v1/visits/{id}/checkout {payments}} under an {@code Idempotency-Key}; the reply as it came. */
    public Reply checkout(long visitId, String key, List<Map<String, Object>> payments) {
        return checkout(visitId, key, payments, Map.of());
    }

    /** The same with further body fields ({@code redeemBonus}, {@code options}…). */
    public Reply checkout(long visitId, String key, List<Map<String, Object>> payments, Map<String, ?> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("payments", payments);
        body.putAll(extra);
        return server.call("POST", "/api/v1/visits/" + visitId + "/checkout", token, body, Map.of("Idempotency-Key", key));
    }

    /** A payment of {@code amount} in cash; no payment at all when it is 0. */
    public static List<Map<String, Object>> cash(long amount) {
        return amount == 0 ? List.of() : List.of(Map.of("method", "cash", "amount", amount));
    }

    /** {@link #payInFull(long, Map)} with no extra fields. */
    public JsonNode payInFull(long visitId) {
        return payInFull(visitId, Map.of());
    }

    /**
     * Quotes the visit with {@code extra} as the body, then checks it out with the same fields,
     * paying the whole total in cash under a fresh idempotency key; asserts 201 and returns the
     * completed visit ({visitId, bill, …}).
     */
    public JsonNode payInFull(long visitId, Map<String, ?> extra) {
        long total = quote(visitId, extra).get("bill").get("total").asLong();
        return ok(checkout(visitId, "pay-" + visitId + "-" + KEYS.incrementAndGet(), cash(total), extra), 201);
    }

    /** The adjustments that plugin {@code pluginId} made to a bill (or to the bill of a quote or checkout). */
    public static List<JsonNode> adjustmentsOf(JsonNode billOrQuote, String pluginId) {
        JsonNode bill = billOrQuote.has("bill") ? billOrQuote.get("bill") : billOrQuote;
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode a : bill.get("adjustments")) {
            if (pluginId.equals(a.path("plugin").asText())) {
                result.add(a);
            }
        }
        return result;
    }

    // ---- the database ----

    /** {@code SELECT count(*) …} on the server's database with named parameters ({@link TestServer#count}). */
    public int count(String sql, Map<String, ?> params) {
        return server.count(sql, params);
    }

    /** {@code SELECT count(*) …} on the server's database with positional parameters. */
    public int count(String sql, Object... args) {
        return server.count(sql, args);
    }
}
