package app.atelier.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.admin.PanelClient.Page;
import app.atelier.web.testing.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Panel sessions: the cookie's flags, wrong passwords, CSRF on every POST, signing out, the rate limit. */
class AdminSignInTest {
    @TempDir
    static Path root;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(root);
        server.salonWithOwner("alpha", "basic", List.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theServersAddressOpensThePanel() {
        PanelClient.Page root = new PanelClient(server).get("/");
        assertEquals(302, root.status());
        assertEquals("/admin", root.location());
    }

    @Test
    void signInSetsAnHttpOnlySameSiteSessionCookieHoldingAnApiToken() {
        PanelClient panel = new PanelClient(server);
        Page r = panel.signIn("owner@alpha.test", "owner-secret-1");
        assertEquals(303, r.status(), r.body());
        assertEquals("/admin", r.location());
        String cookie = r.setCookies().stream().filter(c -> c.startsWith(AdminSession.COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.contains("Path=/admin"), cookie);
        String token = panel.cookies.get(AdminSession.COOKIE);
        assertTrue(token.startsWith("ats_"), token);
        // the same kind of token as the API's: it works as a bearer token too
        assertEquals(200, server.call("GET", "/api/v1/clients", token, null).status());
        Page dashboard = panel.get("/admin");
        assertEquals(200, dashboard.status());
        assertTrue(dashboard.body().contains("owner@alpha.test"));
        assertTrue(dashboard.headers().get("content-type").get(0).startsWith("text/html"));
    }

    @Test
    void wrongPasswordShowsTheFormAgainWithoutASession() {
        PanelClient panel = new PanelClient(server);
        Page r = panel.signIn("owner@alpha.test", "not-the-password");
        assertEquals(401, r.status());
        assertTrue(r.body().contains("Wrong email or password"), r.body());
        assertFalse(panel.cookies.containsKey(AdminSession.COOKIE));
        assertEquals(303, panel.get("/admin").status());
        assertTrue(panel.get("/admin").location().startsWith("/admin/login?next="));
    }

    @Test
    void signInFormWithoutItsDoubleSubmitTokenIsRefused() {
        PanelClient panel = new PanelClient(server);
        panel.get("/admin/login");
        Page r = panel.post("/admin/login", Map.of("email", "owner@alpha.test", "password", "owner-secret-1"));
        assertEquals(403, r.status());
        assertFalse(panel.cookies.containsKey(AdminSession.COOKIE));
    }

    @Test
    void everyPostNeedsTheSessionsCsrfToken() {
        PanelClient panel = new PanelClient(server).signedIn("owner@alpha.test", "owner-secret-1");
        String csrf = panel.csrf();
        Page none = panel.post("/admin/logout", Map.of());
        assertEquals(403, none.status());
        Page wrong = panel.post("/admin/logout", Map.of("_csrf", csrf.substring(1) + "0"));
        assertEquals(403, wrong.status());
        // another session's token is wrong for this one
        PanelClient other = new PanelClient(server).signedIn("owner@alpha.test", "owner-secret-1");
        assertEquals(403, panel.post("/admin/logout", Map.of("_csrf", other.csrf())).status());
        assertEquals(403, panel.post("/admin/plugins/x/switch", Map.of("enabled", "true")).status());
        assertEquals(200, panel.get("/admin").status(), "still signed in after refused posts");
        // htmx sends it as a header
        assertEquals(303, panel.post("/admin/logout", Map.of(), Map.of("X-CSRF-Token", csrf)).status());
    }

    @Test
    void signOutEndsTheTokenEverywhere() {
        PanelClient panel = new PanelClient(server).signedIn("owner@alpha.test", "owner-secret-1");
        String token = panel.cookies.get(AdminSession.COOKIE);
        Page out = panel.post("/admin/logout", Map.of("_csrf", panel.csrf()));
        assertEquals(303, out.status());
        assertEquals("/admin/login", out.location());
        assertTrue(out.setCookies().stream().anyMatch(c -> c.startsWith(AdminSession.COOKIE + "=;") && c.contains("Max-Age=0")));
        assertEquals(401, server.call("GET", "/api/v1/clients", token, null).status());
        PanelClient stale = new PanelClient(server);
        stale.cookies.put(AdminSession.COOKIE, token);
        assertEquals(303, stale.get("/admin").status());
    }

    @Test
    void operatorSignsInToTheOperatorConsoleNotASalonPanel() {
        PanelClient panel = new PanelClient(server);
        Page r = panel.signIn(TestServer.OPERATOR_EMAIL, TestServer.OPERATOR_PASSWORD);
        assertEquals(303, r.status(), r.body());
        assertEquals("/admin/operator", r.location());
        assertEquals("/admin/operator", panel.get("/admin").location(), "the salon panel sends the operator to the console");
        assertEquals(200, panel.get("/admin/operator").status());
    }

    @Test
    void nextOnlyLeadsInsideThePanel() {
        assertEquals("/admin", AdminRoutes.safeNext("https://evil.example/"));
        assertEquals("/admin", AdminRoutes.safeNext("//evil.example/admin"));
        assertEquals("/admin/clients?q=a", AdminRoutes.safeNext("/admin/clients?q=a"));
    }

    @Test
    void signInIsRateLimitedByTheAuthService(@TempDir Path own) {
        try (TestServer s = TestServer.start(own)) {
            s.salonWithOwner("beta", "basic", List.of());
            PanelClient panel = new PanelClient(s);
            int limited = 0;
            for (int i = 0; i < 15; i++) {
                Page r = panel.signIn("owner@beta.test", "wrong-" + i);
                if (r.status() == 429) {
                    limited++;
                    assertTrue(r.body().contains("Too many sign-in attempts"), r.body());
                }
            }
            assertTrue(limited >= 4, "attempts past the limit are refused: " + limited);
            assertEquals(429, panel.signIn("owner@beta.test", "owner-secret-1").status(), "even the right password waits");
        }
    }
}
