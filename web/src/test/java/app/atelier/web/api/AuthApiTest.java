package app.atelier.web.api;

import static app.atelier.web.api.ApiTestSupport.assertProblem;
import static app.atelier.web.api.ApiTestSupport.count;
import static app.atelier.web.api.ApiTestSupport.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.core.auth.Role;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in, bearer tokens and API keys over HTTP against the real server.
 *
 * <p>Sign-in is limited to 10 attempts a minute per email and per client address on the server's
 * clock. Every request here comes from the same address, so each test starts a fresh minute by
 * moving the test clock forward; nothing waits.
 */
class AuthApiTest {
    private static final String OWNER = "owner@auth.test";
    private static final String PASSWORD = "owner-secret-1";

    @TempDir
    static Path root;
    static TestServer server;
    static long salonId;

    @BeforeAll
    static void start() {
        server = TestServer.start(root);
        server.salonWithOwner("auth", "auth-basic", List.of());
        salonId = server.core().salons().bySlug("auth").orElseThrow().id();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void freshRateLimitWindow() {
        server.clock.advance(Duration.ofMinutes(2));
    }

    @Test
    void loginReturnsATokenThatIdentifiesTheUserUntilLogout() {
        JsonNode login = expect(server.call("POST", "/api/v1/auth/login", null, Map.of("email", OWNER, "password", PASSWORD)), 200);
        String token = login.path("token").asText();
        assertTrue(token.length() >= 20, "token " + token);
        assertEquals(OWNER, login.path("user").path("email").asText());
        assertEquals("owner", login.path("user").path("role").asText());
        assertEquals(salonId, login.path("user").path("salonId").asLong());

        JsonNode me = expect(server.call("GET", "/api/v1/auth/me", token, null), 200);
        assertEquals(OWNER, me.path("email").asText());
        assertEquals("owner", me.path("role").asText());
        assertEquals(salonId, me.path("salonId").asLong());

        // the email is matched case-insensitively; a second login gets a different token
        String second = expect(server.call("POST", "/api/v1/auth/login", null,
                Map.of("email", "  Owner@AUTH.test ", "password", PASSWORD)), 200).path("token").asText();
        assertNotEquals(token, second);

        // tokens are stored hashed: the secret itself is nowhere in the token table
        assertEquals(0, count(server, "SELECT count(*) FROM auth_token WHERE token_hash = ?", token));

        expect(server.call("POST", "/api/v1/auth/logout", token, null), 204);
        assertProblem(server.call("GET", "/api/v1/auth/me", token, null), 401);
        // logging one session out leaves the other alone
        expect(server.call("GET", "/api/v1/auth/me", second, null), 200);

        JsonNode operator = expect(server.call("GET", "/api/v1/auth/me", server.operatorToken(), null), 200);
        assertEquals("operator", operator.path("role").asText());
        assertTrue(operator.path("salonId").isMissingNode() || operator.path("salonId").isNull(), operator.toString());
    }

    @Test
    void wrongPasswordAndUnknownEmailAreTheSame401Problem() {
        JsonNode wrong = assertProblem(server.call("POST", "/api/v1/auth/login", null,
                Map.of("email", OWNER, "password", "not-the-password")), 401);
        JsonNode unknown = assertProblem(server.call("POST", "/api/v1/auth/login", null,
                Map.of("email", "nobody@auth.test", "password", "not-the-password")), 401);
        // the answer must not reveal whether the email exists
        assertEquals(wrong.path("detail").asText(), unknown.path("detail").asText());
        assertEquals(wrong.path("type").asText(), unknown.path("type").asText());
        assertFalse(wrong.has("token"));

        // missing fields are a 400 naming them, not a 401 or a 500
        JsonNode missing = assertProblem(server.call("POST", "/api/v1/auth/login", null, Map.of("email", OWNER)), 400);
        assertTrue(ApiTestSupport.errorFields(missing).contains("password"), missing.toString());
    }

    @Test
    void repeatedWrongPasswordsForOneEmailAreRateLimited() {
        String victim = "victim@auth.test";
        server.core().db().write(h -> server.core().users().create(h, victim, "victim-secret-1", Role.ADMIN, salonId, null));
        List<Integer> statuses = new ArrayList<>();
        Reply limited = null;
        for (int i = 0; i < 30 && limited == null; i++) {
            Reply r = server.call("POST", "/api/v1/auth/login", null, Map.of("email", victim, "password", "guess-" + i));
            statuses.add(r.status());
            if (r.status() == 429) {
                limited = r;
            } else {
                assertProblem(r, 401);
            }
        }
        assertTrue(limited != null, "never rate-limited: " + statuses);
        assertProblem(limited, 429);
        assertTrue(statuses.size() > 3, "limited too early, a person mistyping should get a few tries: " + statuses);
        assertTrue(statuses.size() <= 21, "limited too late: " + statuses);

        // while limited, even the right password is refused: guessing cannot continue
        assertProblem(server.call("POST", "/api/v1/auth/login", null, Map.of("email", victim, "password", "victim-secret-1")), 429);

        // once the window has passed, the right password works again
        server.clock.advance(Duration.ofMinutes(2));
        JsonNode ok = expect(server.call("POST", "/api/v1/auth/login", null,
                Map.of("email", victim, "password", "victim-secret-1")), 200);
        assertEquals("admin", ok.path("user").path("role").asText());
    }

    @Test
    void ownerCreatesAnApiKeyThatWorksAsBearerUntilRevoked() {
        String owner = server.login(OWNER, PASSWORD);
        JsonNode created = expect(server.call("POST", "/api/v1/api-keys", owner, Map.of("name", "booking widget")), 201);
        String secret = created.path("secret").asText();
        long keyId = created.path("id").asLong();
        assertTrue(secret.startsWith("atk_") && secret.length() > 20, created.toString());
        assertEquals("booking widget", created.path("name").asText());

        // stored hashed: the secret is nowhere in the table, and the list never shows it again
        assertEquals(0, count(server, "SELECT count(*) FROM api_key WHERE key_hash = ? OR prefix = ? OR name = ?",
                secret, secret, secret));
        JsonNode keys = expect(server.call("GET", "/api/v1/api-keys", owner, null), 200);
        boolean listed = false;
        for (JsonNode k : keys) {
            assertFalse(k.hasNonNull("secret"), keys.toString());
            listed |= k.path("id").asLong() == keyId;
        }
        assertTrue(listed, keys.toString());

        // the key is a bearer credential for the salon's desk routes
        JsonNode me = expect(server.call("GET", "/api/v1/auth/me", secret, null), 200);
        assertEquals(salonId, me.path("salonId").asLong());
        long clientId = expect(server.call("POST", "/api/v1/clients", secret, Map.of("name", "Created By Key")), 201)
                .path("id").asLong();
        expect(server.call("GET", "/api/v1/clients/" + clientId, secret, null), 200);

        expect(server.call("DELETE", "/api/v1/api-keys/" + keyId, owner, null), 204);
        assertProblem(server.call("GET", "/api/v1/clients", secret, null), 401);
        assertProblem(server.call("GET", "/api/v1/auth/me", secret, null), 401);
        // revoking twice: there is no live key with that id any more
        assertProblem(server.call("DELETE", "/api/v1/api-keys/" + keyId, owner, null), 404);
        // the owner's own session is unaffected
        expect(server.call("GET", "/api/v1/clients/" + clientId, owner, null), 200);
    }

    @Test
    void onlyTheOwnerManagesApiKeys() {
        String adminEmail = "admin@auth.test";
        server.core().db().write(h -> server.core().users().create(h, adminEmail, "admin-secret-1", Role.ADMIN, salonId, null));
        String admin = server.login(adminEmail, "admin-secret-1");
        String owner = server.login(OWNER, PASSWORD);
        JsonNode key = expect(server.call("POST", "/api/v1/api-keys", owner, Map.of("name", "integration")), 201);
        String apiKey = key.path("secret").asText();
        long before = count(server, "SELECT count(*) FROM api_key");

        // an admin runs the desk...
        expect(server.call("GET", "/api/v1/clients", admin, null), 200);
        // ...but cannot create, list or revoke keys; neither can a key (it acts as an admin)
        for (String caller : List.of(admin, apiKey)) {
            assertProblem(server.call("POST", "/api/v1/api-keys", caller, Map.of("name", "escalation")), 403);
            assertProblem(server.call("GET", "/api/v1/api-keys", caller, null), 403);
            assertProblem(server.call("DELETE", "/api/v1/api-keys/" + key.path("id").asLong(), caller, null), 403);
        }
        assertEquals(before, count(server, "SELECT count(*) FROM api_key"));
        assertEquals(0, count(server, "SELECT count(*) FROM api_key WHERE revoked_at IS NOT NULL AND id = ?",
                key.path("id").asLong()));
        // the key survived the attempts to revoke it
        expect(server.call("GET", "/api/v1/auth/me", apiKey, null), 200);
    }

    @Test
    void requestsWithoutValidCredentialsAre401Problems() {
        for (String path : List.of("/api/v1/auth/me", "/api/v1/clients", "/api/v1/visits", "/api/v1/staff",
                "/api/v1/api-keys", "/api/v1/platform/salons")) {
            assertProblem(server.call("GET", path, null, null), 401);
            assertProblem(server.call("GET", path, "ats_not-a-real-token", null), 401);
            assertProblem(server.call("GET", path, "atk_not-a-real-key", null), 401);
        }
        assertProblem(server.call("GET", "/api/v1/clients", null, null, Map.of("Authorization", "Basic b3duZXI6cHc=")), 401);
        long clients = count(server, "SELECT count(*) FROM client");
        assertProblem(server.call("POST", "/api/v1/clients", null, Map.of("name", "Anonymous")), 401);
        assertEquals(clients, count(server, "SELECT count(*) FROM client"));
        // health needs no credentials
        expect(server.call("GET", "/health", null, null), 200);
    }
}
