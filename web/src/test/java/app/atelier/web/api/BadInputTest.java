package app.atelier.web.api;

import static app.atelier.web.api.ApiTestSupport.assertClientError;
import static app.atelier.web.api.ApiTestSupport.assertUnchanged;
import static app.atelier.web.api.ApiTestSupport.book;
import static app.atelier.web.api.ApiTestSupport.createClient;
import static app.atelier.web.api.ApiTestSupport.createProduct;
import static app.atelier.web.api.ApiTestSupport.createService;
import static app.atelier.web.api.ApiTestSupport.createStaff;
import static app.atelier.web.api.ApiTestSupport.errorFields;
import static app.atelier.web.api.ApiTestSupport.product;
import static app.atelier.web.api.ApiTestSupport.service;
import static app.atelier.web.api.ApiTestSupport.snapshot;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input on every write endpoint: malformed JSON, wrong types, unknown ids, 10 000-character
 * strings, invalid phones and dates, empty bodies. Each answer must be a 4xx problem document,
 * never a 500, and the database must be byte-for-byte what it was before the request.
 *
 * <p>Each case changes one thing in a request body that is otherwise valid; the last test sends
 * the unchanged bodies and expects them accepted, so each refusal is due to the change alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG = "x".repeat(10_000);
    private static final AtomicInteger KEYS = new AtomicInteger();

    @TempDir
    static Path root;
    static TestServer server;
    static String owner;
    static String operator;
    static long client;
    static long staff;
    static long cut;
    static long oil;
    static long visit;
    static List<Target> targets;

    /**
     * A write endpoint with a valid body and where its fields are, by kind. Paths are like
     * {@code owner.email} or {@code items[0].serviceId}.
     */
    record Target(String method, String path, boolean platform, String base, List<String> text, List<String> numbers,
                  List<String> lists, List<String> objects, List<String> booleans, boolean emptyObjectIsValid) {
        ObjectNode body() {
            try {
                return (ObjectNode) JSON.readTree(base);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        String token() {
            return platform ? operator : owner;
        }

        Map<String, String> headers() {
            return path.endsWith("/checkout") ? Map.of("Idempotency-Key", "bad-input-" + KEYS.incrementAndGet()) : Map.of();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    static void start() {
        server = TestServer.start(root);
        owner = server.salonWithOwner("bad", "bad-basic", List.of());
        operator = server.operatorToken();
        client = createClient(server, owner, "Bad Input Client", "+79123456789");
        staff = createStaff(server, owner, "Bad Input Master");
        cut = createService(server, owner, "Bad input cut", "Hair", 60, 100000);
        oil = createProduct(server, owner, "Bad input oil", 20000);
        visit = book(server, owner, client, staff, "2026-12-02T12:00", List.of(service(cut), product(oil, 1))).path("id").asLong();
        targets = List.of(
                new Target("POST", "/api/v1/clients", false, """
                        {"name": "Valid Client", "phone": "8 912 000-00-01", "email": "valid@client.test",
                         "birthday": "1990-05-31", "source": "instagram", "tags": ["vip"], "notes": "ok", "consent": true}""",
                        List.of("name", "phone", "email", "birthday", "source", "notes", "tags[0]"), List.of(),
                        List.of("tags"), List.of(), List.of("consent"), false),
                new Target("PATCH", "/api/v1/clients/" + client, false, """
                        {"name": "Renamed Client", "phone": "+7 912 000-00-02", "email": "renamed@client.test",
                         "birthday": "1991-01-01", "source": "friend", "tags": ["regular"], "notes": "patched", "consent": false}""",
                        List.of("name", "phone", "email", "birthday", "source", "notes", "tags[0]"), List.of(),
                        List.of("tags"), List.of(), List.of("consent"), true),
                new Target("POST", "/api/v1/staff", false, """
                        {"name": "Valid Master", "position": "stylist", "phone": "+79120000003", "email": "master@salon.test",
                         "active": true, "hours": [{"weekday": 1, "start": "10:00", "end": "19:00"}], "daysOff": ["2026-12-31"]}""",
                        List.of("name", "position", "phone", "email", "hours[0].start", "hours[0].end", "daysOff[0]"),
                        List.of("hours[0].weekday"), List.of("hours", "daysOff"), List.of("hours[0]"), List.of("active"), false),
                new Target("POST", "/api/v1/services", false, """
                        {"name": "Valid Service", "category": "Hair", "durationMinutes": 30, "price": 150000, "active": true}""",
                        List.of("name", "category"), List.of("durationMinutes", "price"), List.of(), List.of(),
                        List.of("active"), false),
                new Target("POST", "/api/v1/products", false, """
                        {"name": "Valid Product", "price": 99000, "active": true}""",
                        List.of("name"), List.of("price"), List.of(), List.of(), List.of("active"), false),
                new Target("POST", "/api/v1/visits", false, String.format("""
                        {"clientId": %d, "staffId": %d, "start": "2026-12-03T12:00", "channel": "admin",
                         "items": [{"serviceId": %d}, {"productId": %d, "quantity": 2}]}""", client, staff, cut, oil),
                        List.of("start", "channel"), List.of("clientId", "staffId", "items[0].serviceId", "items[1].productId",
                                "items[1].quantity"), List.of("items"), List.of("items[0]"), List.of(), false),
                new Target("POST", "/api/v1/visits/" + visit + "/checkout", false, """
                        {"redeemBonus": 0, "promoCode": "WINTER", "payments": [{"method": "card", "amount": 50000}]}""",
                        List.of("promoCode", "payments[0].method"), List.of("redeemBonus", "payments[0].amount"),
                        List.of("payments"), List.of("payments[0]"), List.of(), true),
                new Target("POST", "/api/v1/platform/salons", true, """
                        {"slug": "fresh-salon", "name": "Fresh Salon", "timezone": "Europe/Moscow", "currency": "RUB",
                         "country": "RU", "locale": "ru", "tariff": "bad-basic",
                         "owner": {"email": "fresh@owner.test", "password": "fresh-secret-1"}}""",
                        List.of("slug", "name", "timezone", "currency", "country", "locale", "tariff", "owner.email",
                                "owner.password"), List.of(), List.of(), List.of("owner"), List.of(), false),
                new Target("POST", "/api/v1/platform/tariffs", true, """
                        {"name": "fresh-tariff", "plugins": ["bonus", "referral"]}""",
                        List.of("name", "plugins[0]"), List.of(), List.of("plugins"), List.of(), List.of(), false));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // ---- the cases ----

    private record Case(String name, Target target, String body, Map<String, String> headers, String path, String field) {
    }

    private static Case replace(Target t, String field, Object value, String what) {
        return replace(t, field, value, what, null);
    }

    private static Case replace(Target t, String field, Object value, String what, String expectField) {
        ObjectNode body = t.body();
        set(body, field, JSON.valueToTree(value));
        return new Case(t + ": " + field + " = " + what, t, body.toString(), null, t.path(), expectField);
    }

    private static Case raw(Target t, String body, String what) {
        return new Case(t + ": " + what, t, body, null, t.path(), null);
    }

    private static List<Case> generic(Target t) {
        List<Case> cases = new ArrayList<>();
        cases.add(raw(t, "", "empty body"));
        cases.add(raw(t, "{", "truncated JSON"));
        cases.add(raw(t, t.base().substring(0, t.base().length() / 2), "JSON cut in half"));
        cases.add(raw(t, "{\"name\": \"x\",}", "trailing comma"));
        cases.add(raw(t, "{'name': 'x'}", "single quotes"));
        cases.add(raw(t, "name=x&price=1", "a form instead of JSON"));
        cases.add(raw(t, "null", "JSON null"));
        cases.add(raw(t, "[]", "a list instead of an object"));
        cases.add(raw(t, "\"text\"", "a string instead of an object"));
        cases.add(raw(t, "42", "a number instead of an object"));
        cases.add(raw(t, t.body() + "}", "valid body followed by a stray brace"));
        cases.add(raw(t, t.body() + " {\"more\": 1}", "two JSON documents"));
        cases.add(raw(t, "[".repeat(5_000) + "]".repeat(5_000), "5000 nested lists"));
        if (!t.emptyObjectIsValid()) {
            cases.add(raw(t, "{}", "empty object"));
        }
        for (String f : t.text()) {
            cases.add(replace(t, f, LONG, "10 000 characters", f));
            cases.add(replace(t, f, Map.of("a", 1), "an object"));
            cases.add(replace(t, f, List.of("a"), "a list"));
        }
        for (String f : t.numbers()) {
            cases.add(replace(t, f, "abc", "a string", null));
            cases.add(replace(t, f, 1.5, "a fraction"));
            cases.add(replace(t, f, new java.math.BigInteger("99999999999999999999999"), "a number beyond long"));
            cases.add(replace(t, f, -1, "-1"));
            cases.add(replace(t, f, true, "a boolean"));
            cases.add(replace(t, f, Map.of("a", 1), "an object"));
        }
        for (String f : t.lists()) {
            cases.add(replace(t, f, Map.of("a", 1), "an object where a list goes"));
            cases.add(replace(t, f, "a", "a string where a list goes"));
            cases.add(replace(t, f, List.of(List.of()), "a list of lists"));
        }
        for (String f : t.objects()) {
            cases.add(replace(t, f, "a", "a string where an object goes"));
            cases.add(replace(t, f, List.of(1), "a list where an object goes"));
        }
        for (String f : t.booleans()) {
            cases.add(replace(t, f, "maybe", "a word"));
            cases.add(replace(t, f, Map.of("a", 1), "an object"));
        }
        return cases;
    }

    private static List<Case> specific(Target t) {
        List<Case> cases = new ArrayList<>();
        String p = t.path();
        if (p.startsWith("/api/v1/clients")) {
            for (String phone : List.of("12345", "8 000 12", "+7 000 000-00-00", "call me", "+1 555", "8 912 345-67-89 ext 2 or 3 or 4")) {
                cases.add(replace(t, "phone", phone, "invalid phone '" + phone + "'", "phone"));
            }
            for (String day : List.of("yesterday", "2026-13-45", "1990-02-30", "31.05.1990", "2099-01-01", "1800-01-01",
                    "+999999999-01-01")) {
                cases.add(replace(t, "birthday", day, "invalid birthday '" + day + "'", "birthday"));
            }
            cases.add(replace(t, "email", "not-an-email", "not an email", "email"));
            cases.add(replace(t, "name", "   ", "blank", "name"));
            cases.add(replace(t, "tags", List.of(""), "a blank tag"));
            cases.add(replace(t, "tags", java.util.Collections.nCopies(10_000, "t"), "10 000 tags"));
            cases.add(replace(t, "tags", java.util.stream.IntStream.range(0, 21).mapToObj(i -> "tag" + i).toList(), "21 tags"));
        }
        if (p.equals("/api/v1/clients")) {
            cases.add(replace(t, "name", null, "missing", "name"));
        }
        if (p.startsWith("/api/v1/clients/")) {
            cases.add(new Case("PATCH /api/v1/clients/999999: unknown id", t, t.base(), null, "/api/v1/clients/999999", null));
            cases.add(new Case("PATCH /api/v1/clients/abc: not an id", t, t.base(), null, "/api/v1/clients/abc", null));
            cases.add(new Case("PATCH /api/v1/clients/-1: negative id", t, t.base(), null, "/api/v1/clients/-1", null));
        }
        if (p.equals("/api/v1/staff")) {
            cases.add(replace(t, "phone", "12345", "invalid phone", "phone"));
            cases.add(replace(t, "email", "nobody", "not an email", "email"));
            cases.add(replace(t, "hours[0].weekday", 8, "8", "hours[0].weekday"));
            cases.add(replace(t, "hours[0].weekday", 0, "0", "hours[0].weekday"));
            cases.add(replace(t, "hours[0].start", "25:00", "25:00", "hours[0].start"));
            cases.add(replace(t, "hours[0].start", "9am", "9am", "hours[0].start"));
            cases.add(replace(t, "hours[0].end", "09:00", "before start", "hours[0].end"));
            cases.add(replace(t, "hours[0].end", "99:99", "99:99", "hours[0].end"));
            cases.add(replace(t, "hours", List.of(Map.of("weekday", 1, "start", "10:00", "end", "19:00"),
                    Map.of("weekday", 1, "start", "18:00", "end", "20:00")), "overlapping intervals"));
            cases.add(replace(t, "hours", List.of(java.util.Collections.singletonMap("weekday", null)), "an interval without times"));
            cases.add(replace(t, "daysOff[0]", "2026-13-01", "2026-13-01", "daysOff[0]"));
            cases.add(replace(t, "daysOff[0]", "tomorrow", "tomorrow", "daysOff[0]"));
            cases.add(replace(t, "daysOff", java.util.Collections.nCopies(10_000, "2026-12-31"), "10 000 days off"));
            cases.add(replace(t, "hours", java.util.Collections.nCopies(10_000, Map.of("weekday", 1, "start", "10:00",
                    "end", "11:00")), "10 000 intervals"));
        }
        if (p.equals("/api/v1/services")) {
            for (int minutes : new int[] {0, 4, 1441}) {
                cases.add(replace(t, "durationMinutes", minutes, String.valueOf(minutes), "durationMinutes"));
            }
            cases.add(replace(t, "price", 10_000_000_001L, "above the maximum", "price"));
            cases.add(replace(t, "durationMinutes", null, "missing", "durationMinutes"));
            cases.add(replace(t, "category", "  ", "blank", "category"));
        }
        if (p.equals("/api/v1/products")) {
            cases.add(replace(t, "price", null, "missing", "price"));
            cases.add(replace(t, "price", Long.MAX_VALUE, "Long.MAX_VALUE", "price"));
            cases.add(replace(t, "name", "", "empty", "name"));
        }
        if (p.equals("/api/v1/visits")) {
            for (String start : List.of("2026-13-45T10:00", "2026-02-30T10:00", "2026-12-03T25:00", "tomorrow", "2026-12-03",
                    "12:00", "", "2026-12-03T12:00+25:00", "2026-12-03 12:00", "+999999999-12-31T23:59",
                    "-999999999-01-01T00:00", "+999999999-12-31T23:59Z")) {
                cases.add(replace(t, "start", start, "'" + start + "'", "start"));
            }
            cases.add(replace(t, "start", null, "missing", "start"));
            cases.add(replace(t, "clientId", 999999, "unknown client 999999", "clientId"));
            cases.add(replace(t, "staffId", 999999, "unknown master 999999", "staffId"));
            cases.add(replace(t, "items[0].serviceId", 999999, "unknown service 999999", "items[0].serviceId"));
            cases.add(replace(t, "items[1].productId", 999999, "unknown product 999999", "items[1].productId"));
            cases.add(replace(t, "items[1].quantity", 0, "0", "items[1].quantity"));
            cases.add(replace(t, "items[1].quantity", 1000, "1000", "items[1].quantity"));
            cases.add(replace(t, "items", List.of(), "empty", "items"));
            cases.add(replace(t, "items", List.of(Map.of()), "an empty item", "items[0]"));
            cases.add(replace(t, "items", List.of(Map.of("serviceId", cut, "productId", oil)), "an item naming both"));
            cases.add(replace(t, "items", List.of(product(oil, 1)), "only a product (no time)", "items"));
            cases.add(replace(t, "items", java.util.Collections.nCopies(10_000, service(cut)), "10 000 items"));
            cases.add(replace(t, "items", java.util.Arrays.asList((Object) null), "a null item"));
            cases.add(replace(t, "channel", "fax", "an unknown channel", "channel"));
            cases.add(replace(t, "clientId", null, "missing", "clientId"));
        }
        if (p.endsWith("/checkout")) {
            cases.add(new Case(t + ": no Idempotency-Key", t, t.base(), Map.of(), p, "Idempotency-Key"));
            cases.add(new Case(t + ": blank Idempotency-Key", t, t.base(), Map.of("Idempotency-Key", " "), p, "Idempotency-Key"));
            cases.add(new Case(t + ": 201-character Idempotency-Key", t, t.base(), Map.of("Idempotency-Key", "k".repeat(201)), p,
                    "Idempotency-Key"));
            cases.add(new Case("POST /api/v1/visits/999999/checkout: unknown visit", t, t.base(), null,
                    "/api/v1/visits/999999/checkout", null));
            cases.add(new Case("POST /api/v1/visits/abc/checkout: not an id", t, t.base(), null, "/api/v1/visits/abc/checkout", null));
            cases.add(replace(t, "payments[0].method", "bitcoin", "bitcoin", "payments[0].method"));
            cases.add(replace(t, "payments[0].amount", 0, "0", "payments[0].amount"));
            cases.add(replace(t, "payments[0].amount", 120001, "more than the bill", "payments"));
            cases.add(replace(t, "payments", List.of(Map.of("method", "cash", "amount", 100000),
                    Map.of("method", "card", "amount", 20001)), "together more than the bill", "payments"));
            cases.add(replace(t, "payments", java.util.Arrays.asList((Object) null), "a null payment"));
            cases.add(replace(t, "payments", java.util.Collections.nCopies(10_000, Map.of("method", "cash", "amount", 1)),
                    "10 000 payments", "payments"));
            cases.add(replace(t, "promoCode", "P".repeat(101), "101 characters", "promoCode"));
        }
        if (p.equals("/api/v1/platform/salons")) {
            for (String slug : List.of("Bad Slug!", "a", "s".repeat(41), "-dash", "")) {
                cases.add(replace(t, "slug", slug, "'" + slug + "'", "slug"));
            }
            for (String zone : List.of("Mars/Olympus", "+03:00", "../../etc/passwd", "Moscow")) {
                cases.add(replace(t, "timezone", zone, "'" + zone + "'", "timezone"));
            }
            for (String currency : List.of("rub", "RUBX", "ZZZ", "")) {
                cases.add(replace(t, "currency", currency, "'" + currency + "'", "currency"));
            }
            cases.add(replace(t, "country", "Russia", "'Russia'", "country"));
            cases.add(replace(t, "country", "XX", "'XX'", "country"));
            cases.add(replace(t, "locale", "klingon", "'klingon'", "locale"));
            cases.add(replace(t, "tariff", "no-such-tariff", "an unknown tariff", "tariff"));
            cases.add(replace(t, "owner.email", "owner", "not an email", "owner.email"));
            cases.add(replace(t, "owner.password", "short", "too short", "owner.password"));
            cases.add(replace(t, "owner", null, "missing"));
            cases.add(replace(t, "slug", "bad", "a slug already taken"));
            cases.add(replace(t, "owner.email", "owner@bad.test", "an email already taken"));
        }
        if (p.equals("/api/v1/platform/tariffs")) {
            cases.add(replace(t, "plugins", null, "missing", "plugins"));
            cases.add(replace(t, "plugins[0]", "Bad Id!", "'Bad Id!'", "plugins[0]"));
            cases.add(replace(t, "plugins", java.util.Arrays.asList((Object) null), "a null id", "plugins[0]"));
            cases.add(replace(t, "name", " ", "blank", "name"));
        }
        return cases;
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> badInputIsAClientErrorProblemAndWritesNothing() {
        List<Case> cases = new ArrayList<>();
        for (Target t : targets) {
            cases.addAll(generic(t));
            cases.addAll(specific(t));
        }
        return cases.stream().map(c -> dynamicTest(c.name(), () -> {
            var before = snapshot(server);
            Map<String, String> headers = c.headers() != null ? c.headers() : c.target().headers();
            Reply r = server.call(c.target().method(), c.path(), c.target().token(), c.body(), headers);
            JsonNode problem = assertClientError(r, c.name());
            assertTrue(problem.path("detail").asText().length() > 3, () -> "a person needs a message: " + r.body());
            if (c.field() != null) {
                assertTrue(errorFields(problem).contains(c.field()), () -> "errors should name " + c.field() + ": " + r.body());
            }
            assertUnchanged(before, snapshot(server), c.name());
        }));
    }

    @Test
    @Order(2)
    void theUnchangedBodiesAreAccepted() {
        for (Target t : targets) {
            Reply r = server.call(t.method(), t.path(), t.token(), t.base(), t.headers());
            assertTrue(r.status() == 200 || r.status() == 201, () -> t + " refused its valid body: " + r.status() + " " + r.body());
        }
    }

    // ---- JSON paths like "owner.email" or "items[0].serviceId" ----

    private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

    private static void set(ObjectNode root, String path, JsonNode value) {
        String[] steps = path.split("\\.");
        ContainerNode<?> node = root;
        for (int i = 0; i < steps.length; i++) {
            Matcher m = STEP.matcher(steps[i]);
            if (!m.matches()) {
                throw new IllegalArgumentException(path);
            }
            boolean last = i == steps.length - 1;
            ObjectNode object = (ObjectNode) node;
            if (m.group(2) == null) {
                if (last) {
                    object.set(m.group(1), value);
                    return;
                }
                node = (ContainerNode<?>) object.get(m.group(1));
            } else {
                ArrayNode array = (ArrayNode) object.get(m.group(1));
                int index = Integer.parseInt(m.group(2));
                if (last) {
                    array.set(index, value);
                    return;
                }
                node = (ContainerNode<?>) array.get(index);
            }
        }
    }
}
