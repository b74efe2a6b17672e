package app.atelier.web.admin.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.web.admin.PanelClient;
import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.SalonFixture;
import app.atelier.web.testing.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugin widgets on the client card speak the panel user's language, and the API's summary the salon's. */
class WidgetLanguageTest {

    @Test
    void theBonusWidgetFollowsTheLanguageTheUserChose(@TempDir Path root) {
        PluginJars.install(root.resolve("plugins"), "bonus");
        try (TestServer server = TestServer.start(root)) {
            SalonFixture salon = SalonFixture.create(server, "words", List.of("bonus"));
            long anna = salon.client("Anna", null);
            SalonFixture.ok(server.call("POST", "/api/v1/bonus/gifts", salon.token(), Map.of("clientId", anna, "amount", 10_000,
                    "reason", "welcome"), Map.of("Idempotency-Key", "w-1")), 201);
            PanelClient panel = PanelClient.session(server, salon.ownerEmail(), "owner-secret-1");

            String russian = panel.get("/admin/clients/" + anna).body();
            assertTrue(russian.contains("<dt>Баланс</dt>"), "the Russian salon's language by default: " + russian);
            panel.cookies.put("atelier_lang", "en");
            String english = panel.get("/admin/clients/" + anna).body();
            assertTrue(english.contains("<dt>Balance</dt>") && english.contains("<h3>Bonus points</h3>"),
                    "the user's English: " + english);
            String api = server.call("GET", "/api/v1/clients/" + anna + "/summary", salon.token(), null).body();
            assertTrue(api.contains("\"Баланс\""), "the API answers in the salon's language: " + api);
            assertEquals(200, panel.get("/admin").status());
        }
    }
}
