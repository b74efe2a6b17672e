package app.atelier.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Small helpers shared by the REST API tests: problem assertions, database snapshots, fixtures. */
final class ApiTestSupport {
    static final String PROBLEM_JSON = "application/problem+json";

    private ApiTestSupport() {
    }

    /** Asserts the status and returns the JSON body; the message carries the body for diagnosis. */
    static JsonNode expect(Reply r, int status) {
        assertEquals(status, r.status(), () -> "status of " + r.body());
        return r.json();
    }

    /** An RFC 9457 problem document with this status. */
    static JsonNode assertProblem(Reply r, int status) {
        assertEquals(status, r.status(), () -> "status of " + r.body());
        return assertProblemBody(r);
    }

    /** A problem document with one of the client-error statuses bad input may get. */
    static JsonNode assertClientError(Reply r, String what) {
        List<Integer> allowed = List.of(400, 404, 409, 413, 422);
        assertTrue(allowed.contains(r.status()), () -> what + ": expected one of " + allowed + " but got " + r.status()
                + " " + abbreviate(r.body()));
        return assertProblemBody(r);
    }

    private static JsonNode assertProblemBody(Reply r) {
        assertTrue(r.contentType().startsWith(PROBLEM_JSON), () -> "content type " + r.contentType() + " of "
                + abbreviate(r.body()));
        assertNotNull(r.json(), () -> "problem body is not JSON: " + abbreviate(r.body()));
        assertEquals(r.status(), r.json().path("status").asInt(), () -> "status inside " + r.body());
        assertTrue(r.json().path("title").isTextual(), () -> "title inside " + r.body());
        assertTrue(r.json().path("type").isTextual(), () -> "type inside " + r.body());
        return r.json();
    }

    /** The fields named in a problem's {@code errors}. */
    static List<String> errorFields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    static String abbreviate(String text) {
        return text == null || text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }

    /** Every row of every table, as text per table: equal snapshots mean nothing was written. */
    static Map<String, List<String>> snapshot(TestServer server) {
        return server.core().db().read(h -> {
            List<String> tables = h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                    .mapTo(String.class).list();
            Map<String, List<String>> rows = new LinkedHashMap<>();
            for (String table : tables) {
                rows.put(table, h.createQuery("SELECT * FROM \"" + table + "\"").map((rs, ctx) -> row(rs)).list());
            }
            return rows;
        });
    }

    private static String row(ResultSet rs) throws java.sql.SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            sb.append(meta.getColumnName(i)).append('=')
                    .append(value instanceof byte[] bytes ? Base64.getEncoder().encodeToString(bytes) : value).append(';');
        }
        return sb.toString();
    }

    /** Fails naming the tables whose rows differ. */
    static void assertUnchanged(Map<String, List<String>> before, Map<String, List<String>> after, String what) {
        if (before.equals(after)) {
            return;
        }
        TreeSet<String> changed = new TreeSet<>();
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String table : names) {
            if (!String.valueOf(before.get(table)).equals(String.valueOf(after.get(table)))) {
                changed.add(table + " " + abbreviate(String.valueOf(before.get(table))) + " -> "
                        + abbreviate(String.valueOf(after.get(table))));
            }
        }
        fail(what + " wrote to the database: " + changed);
    }

    static long count(TestServer server, String sql, Object... args) {
        return server.core().db().read(h -> {
            var q = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                q.bind(i, args[i]);
            }
            return q.mapTo(Long.class).one();
        });
    }

    // ---- fixtures over the API ----

    static long createClient(TestServer s, String token, String name, String phone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        if (phone != null) {
            body.put("phone", phone);
        }
        return expect(s.call("POST", "/api/v1/clients", token, body), 201).get("id").asLong();
    }

    static long createStaff(TestServer s, String token, String name) {
        return expect(s.call("POST", "/api/v1/staff", token, Map.of("name", name, "position", "stylist",
                "hours", List.of(Map.of("weekday", 1, "start", "10:00", "end", "20:00")))), 201).get("id").asLong();
    }

    static long createService(TestServer s, String token, String name, String category, int minutes, long price) {
        return expect(s.call("POST", "/api/v1/services", token, Map.of("name", name, "category", category,
                "durationMinutes", minutes, "price", price)), 201).get("id").asLong();
    }

    static long createProduct(TestServer s, String token, String name, long price) {
        return expect(s.call("POST", "/api/v1/products", token, Map.of("name", name, "price", price)), 201)
                .get("id").asLong();
    }

    static JsonNode book(TestServer s, String token, long clientId, long staffId, String start, List<Map<String, Object>> items) {
        return expect(s.call("POST", "/api/v1/visits", token, Map.of("clientId", clientId, "staffId", staffId,
                "start", start, "items", items, "channel", "admin")), 201);
    }

    static Map<String, Object> service(long id) {
        return Map.of("serviceId", id);
    }

    static Map<String, Object> product(long id, int quantity) {
        return Map.of("productId", id, "quantity", quantity);
    }
}
