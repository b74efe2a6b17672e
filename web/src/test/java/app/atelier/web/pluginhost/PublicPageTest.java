package app.atelier.web.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import app.atelier.web.testing.TestServer.Reply;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin's public page under /s/{slug}/…: its own template and texts, escaped, in the salon's language. */
class PublicPageTest {

    @Test
    void aPluginPageRendersFromItsOwnJarInTheSalonsLanguage(@TempDir Path root) {
        PluginJars.installProof(root.resolve("plugins"));
        try (TestServer server = TestServer.start(root)) {
            String op = server.operatorToken();
            assertEquals(201, server.call("POST", "/api/v1/platform/tariffs", op, Map.of("name", "pages", "plugins", List.of("proof"))).status());
            Reply salon = server.call("POST", "/api/v1/platform/salons", op, Map.of("slug", "rosa", "name", "Rosa <b>&</b> Co",
                    "timezone", "Europe/Moscow", "currency", "RUB", "country", "RU", "locale", "ru", "tariff", "pages",
                    "owner", Map.of("email", "owner@rosa.test", "password", "owner-secret-1")));
            assertEquals(201, salon.status(), salon.body());
            String owner = server.login("owner@rosa.test", "owner-secret-1");

            assertEquals(404, server.call("GET", "/s/rosa/proof/page", null, null).status(), "not switched on yet");
            assertEquals(200, server.call("PUT", "/api/v1/plugins/proof", owner, Map.of("enabled", true)).status());

            Reply page = server.call("GET", "/s/rosa/proof/page", null, null);
            assertEquals(200, page.status(), page.body());
            assertTrue(page.contentType().startsWith("text/html"), page.contentType());
            assertTrue(page.body().contains("<html lang=\"ru\">"), page.body());
            assertTrue(page.body().contains("Здравствуйте, это Rosa &lt;b&gt;&amp;&lt;/b&gt; Co"), page.body());
            assertFalse(page.body().contains("<b>&</b>"), "the salon's name is escaped");

            assertEquals(404, server.call("GET", "/s/nowhere/proof/page", null, null).status());
            Reply preflight = server.call("OPTIONS", "/api/v1/public/rosa/proof/hello", null, null);
            assertEquals(204, preflight.status(), "a plugin answers CORS preflight on its public JSON routes: " + preflight.body());
            assertEquals(404, server.call("GET", "/s/rosa/proof/hello", null, null).status(), "JSON routes are not pages");
            assertTrue(server.call("GET", "/api/openapi.json", null, null).json().get("paths").has("/s/{salonSlug}/proof/page"));
        }
    }
}
