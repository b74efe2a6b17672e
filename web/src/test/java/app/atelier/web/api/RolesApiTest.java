package app.atelier.web.api;

import static app.atelier.web.api.ApiTestSupport.assertProblem;
import static app.atelier.web.api.ApiTestSupport.book;
import static app.atelier.web.api.ApiTestSupport.createClient;
import static app.atelier.web.api.ApiTestSupport.createService;
import static app.atelier.web.api.ApiTestSupport.createStaff;
import static app.atelier.web.api.ApiTestSupport.expect;
import static app.atelier.web.api.ApiTestSupport.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The owner's team: admins run the desk, masters see their own day only. */
class RolesApiTest {
    @TempDir
    static Path root;
    static TestServer server;
    static String owner;
    static long alina;
    static long vera;
    static long alinasVisit;
    static long verasVisit;

    @BeforeAll
    static void salon() {
        server = TestServer.start(root);
        owner = server.salonWithOwner("roles", "roles-basic", List.of());
        alina = createStaff(server, owner, "Alina");
        vera = createStaff(server, owner, "Vera");
        long haircut = createService(server, owner, "Haircut", "Hair", 60, 200000);
        long client = createClient(server, owner, "Client One", null);
        alinasVisit = book(server, owner, client, alina, "2026-12-03T12:00", List.of(service(haircut))).get("id").asLong();
        verasVisit = book(server, owner, client, vera, "2026-12-03T12:00", List.of(service(haircut))).get("id").asLong();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aMasterSeesOnlyTheirOwnVisitsAndNoClients() {
        expect(server.call("POST", "/api/v1/users", owner, Map.of("email", "alina@roles.test", "password", "master-secret-1",
                "role", "master", "staffId", alina)), 201);
        String master = server.login("alina@roles.test", "master-secret-1");
        JsonNode me = expect(server.call("GET", "/api/v1/auth/me", master, null), 200);
        assertEquals("master", me.get("role").asText());
        assertEquals(alina, me.get("staffId").asLong());

        JsonNode visits = expect(server.call("GET", "/api/v1/visits?from=2026-12-03&to=2026-12-04&staffId=" + vera, master, null), 200);
        List<Long> ids = new ArrayList<>();
        visits.forEach(v -> ids.add(v.get("id").asLong()));
        assertEquals(List.of(alinasVisit), ids, "asking for Vera's day still shows only Alina's");
        expect(server.call("GET", "/api/v1/visits/" + alinasVisit, master, null), 200);
        assertProblem(server.call("GET", "/api/v1/visits/" + verasVisit, master, null), 404);
        assertProblem(server.call("GET", "/api/v1/clients", master, null), 403);
        assertProblem(server.call("POST", "/api/v1/visits/" + alinasVisit + "/cancel", master, null), 403);
    }

    @Test
    void anAdminRunsTheDeskButManagesNeitherTeamNorCatalogue() {
        expect(server.call("POST", "/api/v1/users", owner, Map.of("email", "desk@roles.test", "password", "admin-secret-1",
                "role", "admin")), 201);
        String admin = server.login("desk@roles.test", "admin-secret-1");
        expect(server.call("POST", "/api/v1/clients", admin, Map.of("name", "Walk-in")), 201);
        assertProblem(server.call("GET", "/api/v1/users", admin, null), 403);
        assertProblem(server.call("POST", "/api/v1/staff", admin, Map.of("name", "Nobody")), 403);
        assertProblem(server.call("POST", "/api/v1/services", admin, Map.of("name", "X", "category", "Y",
                "durationMinutes", 30, "price", 100)), 403);
    }

    @Test
    void newUsersAreValidatedAndRemovedUsersAreSignedOut() {
        JsonNode noStaff = assertProblem(server.call("POST", "/api/v1/users", owner, Map.of("email", "m2@roles.test",
                "password", "master-secret-1", "role", "master")), 400);
        assertEquals("staffId", noStaff.get("errors").get(0).get("field").asText());
        assertProblem(server.call("POST", "/api/v1/users", owner, Map.of("email", "m3@roles.test",
                "password", "master-secret-1", "role", "master", "staffId", 999_999)), 400);
        assertProblem(server.call("POST", "/api/v1/users", owner, Map.of("email", "m4@roles.test",
                "password", "master-secret-1", "role", "owner")), 400);

        long id = expect(server.call("POST", "/api/v1/users", owner, Map.of("email", "leaving@roles.test",
                "password", "admin-secret-1", "role", "admin")), 201).get("id").asLong();
        String leaving = server.login("leaving@roles.test", "admin-secret-1");
        expect(server.call("GET", "/api/v1/clients", leaving, null), 200);
        assertEquals(204, server.call("DELETE", "/api/v1/users/" + id, owner, null).status());
        assertProblem(server.call("GET", "/api/v1/clients", leaving, null), 401);
    }

    @Test
    void theOwnerSetsQuietHoursTheDeskReadsThem() {
        JsonNode window = expect(server.call("GET", "/api/v1/notifications/quiet-hours", owner, null), 200);
        assertEquals("21:00", window.get("start").asText());
        assertEquals("09:00", window.get("end").asText());
        expect(server.call("PUT", "/api/v1/notifications/quiet-hours", owner, Map.of("start", "22:00", "end", "08:30")), 200);
        assertEquals("08:30", expect(server.call("GET", "/api/v1/notifications/quiet-hours", owner, null), 200).get("end").asText());
        JsonNode bad = assertProblem(server.call("PUT", "/api/v1/notifications/quiet-hours", owner, Map.of("start", "late", "end", "08:30")), 400);
        assertEquals("start", bad.get("errors").get(0).get("field").asText());

        expect(server.call("POST", "/api/v1/users", owner, Map.of("email", "quiet@roles.test", "password", "admin-secret-1",
                "role", "admin")), 201);
        String admin = server.login("quiet@roles.test", "admin-secret-1");
        expect(server.call("GET", "/api/v1/notifications/quiet-hours", admin, null), 200);
        assertProblem(server.call("PUT", "/api/v1/notifications/quiet-hours", admin, Map.of("start", "20:00", "end", "08:00")), 403);
    }
}
